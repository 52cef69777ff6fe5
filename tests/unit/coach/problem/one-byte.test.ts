import { describe, expect, it } from 'vitest';
import { oneByteContext, oneByteText } from '@/lib/coach/problem/one-byte';
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
  it('keeps every text of the page exactly as it was, wide characters included', () => {
    expect(oneByteContext(page)).toEqual(page);
    expect(oneByteContext(page).examples[0]).not.toHaveProperty('explanation');
  });

  it('gives back the very text where a character needs two bytes, and an equal one elsewhere', () => {
    const wide = 'a × a';
    expect(oneByteText(wide)).toBe(wide);
    const narrow = `${wide.slice(0, 1)} fits, "quoted" \\ and é`;
    expect(oneByteText(narrow)).toBe(narrow);
  });
});
