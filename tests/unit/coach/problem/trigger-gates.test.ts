import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsTheKinds } from '@/lib/coach/problem/fit';
import { firedTriggers, TRIGGERS } from '@/lib/coach/problem/knowledge';
import { type Gate, gateOf } from '@/lib/coach/problem/knowledge/gate-words';
import gates from '@/lib/coach/problem/knowledge/gates.json';
import type { Trigger } from '@/lib/coach/problem/knowledge/trigger';
import { gatesOfTriggers } from '@/lib/coach/problem/knowledge/write-gates';
import { readProblem } from '@/lib/coach/problem/reading';
import { problemCases } from '../../../support/problem-labels';

/** Whether a text meets a gate (no gate lets everything through), as the matcher asks. */
const passes = (gate: Gate | null, text: string) =>
  !gate || gate.some((branch) => branch.every((clause) => clause.some((word) => text.includes(word))));

describe('the words a pattern cannot match without', () => {
  it('keeps the two narrowest requirements of a sequence: runs of letters, or groups every branch of which needs a word', () => {
    expect(gateOf(/\b(?:sort|order)ed by\b/)).toEqual([[['sort', 'order'], ['ed by']]]);
    expect(gateOf(/\bsub(?:array|string)s?\b/)).toEqual([[['sub'], ['array', 'string']]]);
    expect(gateOf(/minimum (?:number of )?(?:rooms|platforms)/)).toEqual([
      [['minimum '], ['rooms', 'platforms']],
    ]);
    // Longer words first, then fewer of them: " sum" and the two-letter choices stay unread.
    expect(gateOf(/\bpick (?:any|some) (?:two|three) (?:cards|coins) (?:whose|with) sum\b/)).toEqual([
      [['pick '], ['cards', 'coins']],
    ]);
  });

  it('reads a choice as branches, one group at a time, and drops what another branch already lets through', () => {
    expect(gateOf(/(?:priority )?queue|stack/)).toEqual([[['queue']], [['stack']]]);
    expect(gateOf(/\b(?:sorted by|in order of)\b/)).toEqual([[['sorted by']], [['in order of']]]);
    expect(gateOf(/\bcolumns? sum\b|\bcolumn\b/)).toEqual([[['column']]]);
    expect(gateOf(/\b(?:column|columns) (?:sum|total)\b/)).toEqual([[['column'], ['sum', 'total']]]);
  });

  it('has no gate where a branch needs no word, a word is optional, or the words are too short', () => {
    expect(gateOf(/\b(?:heap|\d+)\b/)).toBeNull();
    expect(gateOf(/(?:priority )*/)).toBeNull();
    expect(gateOf(/\bk\b|\bab\b/)).toBeNull();
  });

  it('keeps words across a case-insensitive pattern in lower case, as the statement is matched', () => {
    expect(gateOf(/Dijkstra/i)).toEqual([[['dijkstra']]]);
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
      const matched: Trigger[] = [];
      for (const trigger of TRIGGERS) {
        const gate = gateOf(trigger.pattern);
        const open = passes(gate, title.toLowerCase()) || passes(gate, scene.body);
        looked += 1;
        if (!open) skipped += 1;
        if (trigger.pattern.test(title.toLowerCase()) || trigger.pattern.test(scene.body)) {
          expect(open, `${trigger.pattern.source.slice(0, 80)} on ${title}`).toBe(true);
          if (fitsTheKinds(trigger.technique, scene.kinds) && (!trigger.when || trigger.when(scene)))
            matched.push(trigger);
        }
      }
      // The matcher (its words read in one pass, a shared pattern run once) fires what matching
      // every trigger would.
      expect(
        firedTriggers(title, scene).map(({ trigger }) => trigger),
        title,
      ).toEqual(matched);
    }
    // One requirement per branch skipped 70% of them, two (gate-words.ts) skip over 80%.
    expect(skipped / looked).toBeGreaterThan(0.75);
    // Every trigger against every tuned page: seconds alone, past the default limit on a busy machine.
  }, 60_000);
});
