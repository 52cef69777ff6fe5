import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { oneByteContext, oneByteText, standsInDashes, withDashes } from '@/lib/coach/problem/one-byte';
import type { ProblemContext } from '@/lib/extract/context';

/** A page cut from markup that holds wider characters elsewhere, as judges' pages do. */
const page: ProblemContext = {
  kind: 'problem',
  site: 'codeforces',
  url: 'https://codeforces.com/problemset/problem/1/A',
  id: '1A',
  title: 'Théâtre Square',
  statement: 'Each flagstone is a × a metres — "no breaking"\n\\ allowed;\ttabs\u0001 too',
  examples: [
    { input: '6 6 4', output: '4' },
    { input: '1 1 1', output: '1', explanation: 'One ≤ one.' },
  ],
  constraints: ['1 ≤ n, m, a ≤ 10^9', '1 <= n'],
  tags: ['math'],
  hints: ['Count along each side.'],
  source: 'Théâtre Square … a × a — ’quoted’',
};

describe('oneByteContext', () => {
  it('keeps every text of the page as it was, but for the dashes of texts that then fit in one byte', () => {
    const narrowed = oneByteContext(page);
    expect(narrowed.statement).toBe(
      'Each flagstone is a × a metres \x97 "no breaking"\n\\ allowed;\ttabs\u0001 too',
    );
    expect(narrowed.constraints).toEqual(page.constraints);
    expect(withDashes(narrowed)).toEqual(page);
    expect(narrowed.examples[0]).not.toHaveProperty('explanation');
  });

  it('gives back the very text where a character needs two bytes even without its dashes, and an equal one elsewhere', () => {
    const wide = 'a × a — b ≤ c';
    expect(oneByteText(wide)).toBe(wide);
    const narrow = `${wide.slice(0, 1)} fits, "quoted" \\ and é`;
    expect(oneByteText(narrow)).toBe(narrow);
  });

  it('leaves a text holding a stand-in of its own as it was, and then no dash is written back', () => {
    const own = 'a \x97 b – c';
    expect(oneByteText(own)).toBe(own);
    expect(standsInDashes({ ...page, hints: [own] })).toBe(false);
    expect(standsInDashes(page)).toBe(true);
    expect(standsInDashes({ ...page, statement: 'no dash', source: '' })).toBe(false);
  });
});

describe('analyzeProblem through stand-ins', () => {
  it("writes the page's own dashes back into what it says of the page", () => {
    const statement =
      'Given n tasks — each with a deadline d_i and a length t_i — return the smallest total lateness.';
    const dashed: ProblemContext = { ...page, statement, hints: ['Sort by deadline — then sweep.'] };
    const analysis = analyzeProblem(dashed);
    const text = JSON.stringify(analysis);
    expect(text).not.toMatch(/[\x96\x97]/);
    expect(analysis.hints.flatMap((hint) => hint.site)).toContain('Sort by deadline — then sweep.');
  });
});
