import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { contradictedBy } from '@/lib/coach/problem/contradictions';
import type { Guarantee } from '@/lib/coach/problem/guarantees';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import { readProblem } from '@/lib/coach/problem/reading';
import { problemContext } from '../../../support/problem-context';

/**
 * Promises judges write over an enumerated list ("h_1, h_2, ..., h_N are all distinct") or as an
 * inequality between two indices ("A_i != A_j (i != j)"), in AtCoder, Codeforces, CodeChef and
 * CSES styles. Each row is a constraint line beside "1 <= N <= 10^5"; the near misses promise
 * nothing and must stay unread.
 */
function guaranteesOf(line: string, site: 'atcoder' | 'codeforces' = 'atcoder'): Set<Guarantee> {
  const context = problemContext({
    site,
    url:
      site === 'atcoder'
        ? 'https://atcoder.jp/contests/abc999/tasks/abc999_c'
        : 'https://codeforces.com/problemset/problem/9999/C',
    statement: 'You are given N integers. Find the number of pairs that satisfy the condition.',
    constraints: ['1 <= N <= 10^5', line],
  });
  return readProblem(context).guarantees;
}

const DISTINCT_LISTS = [
  String.raw`A_1, A_2, \ldots, A_N are pairwise distinct.`,
  'h_1, h_2, ..., h_N are all distinct.',
  String.raw`h_1, h_2, \ldots, h_N are all distinct.`,
  String.raw`$h_1, h_2, \dots, h_N$ are all distinct.`,
  'h_1, h_2, …, h_N are all distinct.',
  String.raw`A_1,\ldots,A_N are distinct.`,
  'The values a_1, a_2, ..., a_n are pairwise different.',
  'All a_i are different.',
  String.raw`h_i \neq h_j (i \neq j)`,
  String.raw`A_i \neq A_j\ (1 \leq i < j \leq N)`,
  'a_i != a_j for all i != j',
  'All x_i are pairwise different.',
  'x_1, x_2, ..., x_n are all different.',
  'All values of a_i are distinct.',
];

/** Items told apart by where they stand: every point (and so every pair of coordinates) differs. */
const DISTINCT_PLACES = [
  'No two sensors are located at the same point.',
  'No two trees grow in the same cell.',
  'The n lamps stand at distinct integer points (x_i, y_i).',
  'The shops are placed at pairwise different positions.',
  'No two runners finish at the same time.',
];

const SORTED_LISTS = [
  String.raw`A_1 \leq A_2 \leq \ldots \leq A_N`,
  String.raw`0 \leq x_1 < x_2 < \cdots < x_N \leq 10^9`,
  'a_1 <= a_2 <= ... <= a_n',
];

const NOT_DISTINCT = [
  'h_1, h_2, ..., h_N are not necessarily distinct.',
  String.raw`A_1, A_2, \ldots, A_N may be equal.`,
  'Some of a_1, a_2, ..., a_n may coincide.',
  'The answer is distinct from every a_i.',
  'Print K distinct integers.',
  'A_i and B_i are distinct.',
  'Several sensors may be located at the same point.',
  'No two adjacent towers stand at the same height.',
  'You may move a token to a different cell.',
];

describe('a promise written over an enumerated list of the values', () => {
  it.each(DISTINCT_LISTS)('reads "%s" as distinct', (line) => {
    expect(guaranteesOf(line)).toContain('distinct');
  });

  it.each(DISTINCT_LISTS)('reads no sign from "%s"', (line) => {
    const read = guaranteesOf(line);
    expect(read).not.toContain('positive');
    expect(read).not.toContain('non-negative');
  });

  it.each(['All h_i are distinct.', 'h_i are pairwise distinct.', 'h_1, h_2, ..., h_N are all distinct.'])(
    'reads no sign from "%s" on a page that says nothing more',
    (line) => {
      const read = readProblem(
        problemContext({ site: 'atcoder', constraints: ['1 <= N <= 10^5', line] }),
      ).guarantees;
      expect(read).toContain('distinct');
      expect(read).not.toContain('positive');
      expect(read).not.toContain('non-negative');
    },
  );

  it.each([
    ['a_1, a_2, ..., a_n are positive integers.', 'positive'],
    [String.raw`a_1, a_2, \ldots, a_n are non-negative integers.`, 'non-negative'],
  ] as const)('reads the sign in "%s"', (line, sign) => {
    expect(guaranteesOf(line, 'codeforces')).toContain(sign);
  });

  it('reads no sign where the list may hold negatives', () => {
    expect(guaranteesOf('Some of a_1, a_2, ..., a_n may be negative.', 'codeforces')).not.toContain(
      'non-negative',
    );
  });

  it.each(DISTINCT_PLACES)('reads "%s" as distinct', (line) => {
    expect(guaranteesOf(line)).toContain('distinct');
  });

  it.each(SORTED_LISTS)('reads "%s" as sorted', (line) => {
    expect(guaranteesOf(line, 'codeforces')).toContain('sorted');
  });

  it('reads a strict chain as distinct too, and a weak one as not', () => {
    expect(guaranteesOf(String.raw`0 \leq x_1 < x_2 < \cdots < x_N \leq 10^9`)).toContain('distinct');
    expect(guaranteesOf('a_1 <= a_2 <= ... <= a_n')).not.toContain('distinct');
  });
});

describe('near misses over an enumerated list', () => {
  it.each(NOT_DISTINCT)('does not read "%s" as distinct', (line) => {
    expect(guaranteesOf(line)).not.toContain('distinct');
  });
});

/** An AtCoder page in the shape of DP contest Q, its promise written over the list of heights. */
function flowersPage(promise: string) {
  return problemContext({
    site: 'atcoder',
    url: 'https://atcoder.jp/contests/dp/tasks/dp_q',
    id: 'dp_q',
    title: 'Q - Flowers',
    statement:
      'N flowers stand in a row; the i-th from the left has height h_i and beauty a_i. Remove some flowers so that the heights of those left rise from left to right, and find the largest total beauty they can have.',
    constraints: [
      'All values in input are integers.',
      String.raw`1 \leq N \leq 2 \times 10^5`,
      String.raw`1 \leq h_i \leq N`,
      promise,
      String.raw`1 \leq a_i \leq 10^9`,
    ],
  });
}

describe('the edge cases of a page whose values are promised distinct over a list', () => {
  const library = loadLibrary();

  it.each([
    ['without the library', false],
    ['with the library', true],
  ])('offer none the promise rules out, %s', (_, consulted) => {
    const page = flowersPage(String.raw`h_1, h_2, \ldots, h_N are all distinct.`);
    const match = consulted ? library.match(page) : null;
    if (consulted) expect(match).not.toBeNull();
    const { edgeCases } = analyzeProblem(page, match);
    expect(readProblem(page).guarantees).toContain('distinct');
    expect(edgeCases.filter((line) => contradictedBy(line, ['distinct']).length > 0)).toEqual([]);
  });

  it('keep the equal values when the list is said to repeat', () => {
    const page = flowersPage('h_1, h_2, ..., h_N are not necessarily distinct.');
    const { edgeCases } = analyzeProblem(page);
    expect(edgeCases.some((line) => contradictedBy(line, ['distinct']).length > 0)).toBe(true);
  });
});
