import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRIGGERS } from '@/lib/coach/problem/knowledge';
import { gateOf } from '@/lib/coach/problem/knowledge/gate-words';
import gates from '@/lib/coach/problem/knowledge/gates.json';
import { gatesOfTriggers } from '@/lib/coach/problem/knowledge/write-gates';
import { readProblem } from '@/lib/coach/problem/reading';
import { problemCases } from '../../../support/problem-labels';

/** Whether a text holds one of a gate's words (no gate lets everything through), as the matcher asks. */
const passes = (gate: readonly string[] | null, text: string) =>
  !gate || gate.some((word) => text.includes(word));

describe('the words a pattern cannot match without', () => {
  it('takes the narrowest requirement of a sequence: a run of letters or a group every branch of which needs a word', () => {
    expect(gateOf(/\b(?:sort|order)ed by\b/)).toEqual(['ed by']);
    expect(gateOf(/\bsub(?:array|string)s?\b/)).toEqual(['array', 'string']);
    expect(gateOf(/minimum (?:number of )?(?:rooms|platforms)/)).toEqual(['minimum ']);
  });

  it('has no gate where a branch needs no word, a word is optional, or the words are too short', () => {
    expect(gateOf(/\b(?:heap|\d+)\b/)).toBeNull();
    expect(gateOf(/(?:priority )?queue|stack/)).toEqual(['queue', 'stack']);
    expect(gateOf(/(?:priority )*/)).toBeNull();
    expect(gateOf(/\bk\b|\bab\b/)).toBeNull();
  });

  it('keeps words across a case-insensitive pattern in lower case, as the statement is matched', () => {
    expect(gateOf(/Dijkstra/i)).toEqual(['dijkstra']);
  });

  it('lets through every text a pattern matches (fuzzed over patterns built of words)', () => {
    const word = fc.constantFrom('sort', 'ed', 'pair', 'k', 'window', ' ', 'of', 'heap');
    const pattern: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        word,
        fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')),
        fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((parts) => `(?:${parts.join('|')})`),
        fc.tuple(tie('node'), fc.constantFrom('?', '*', '+', '{2}')).map(([part, q]) => `(?:${part})${q}`),
      ),
    })).node;
    const text = fc.array(word, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(pattern, text, (source, sample) => {
        const regexp = new RegExp(source);
        if (regexp.test(sample)) expect(passes(gateOf(regexp), sample)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('the gates the matcher uses', () => {
  it('are the gates of the triggers as they are now (run write-gates.ts after changing a pattern)', () => {
    expect(gates).toEqual(gatesOfTriggers());
  });

  it('skip most triggers on a statement, and never one whose pattern matches it', () => {
    let skipped = 0;
    let looked = 0;
    for (const { context } of problemCases()) {
      if (!context) continue;
      const { title, scene } = readProblem(context);
      for (const trigger of TRIGGERS) {
        const gate = gateOf(trigger.pattern);
        const open = passes(gate, title.toLowerCase()) || passes(gate, scene.body);
        looked += 1;
        if (!open) skipped += 1;
        if (trigger.pattern.test(title.toLowerCase()) || trigger.pattern.test(scene.body))
          expect(open, `${trigger.pattern.source.slice(0, 80)} on ${title}`).toBe(true);
      }
    }
    expect(skipped / looked).toBeGreaterThan(0.5);
    // Every trigger against every tuned page: seconds alone, past the default limit on a busy machine.
  }, 60_000);
});
