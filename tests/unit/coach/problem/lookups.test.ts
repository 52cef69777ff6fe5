import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/**
 * A hash table leads when the question is a lookup of something seen or counted
 * (knowledge/lookups.ts). Statements written for these tests, each beside a near miss.
 */
const first = (statement: string, constraints = ['1 <= n <= 2 * 10^5', '1 <= a[i] <= 10^9']) =>
  analyzeProblem(problemContext({ title: 'Example', statement, constraints })).patterns[0]?.id;
const ids = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ title: 'Example', statement, constraints })).patterns.map((p) => p.id);

describe('a question that looks up a partner or a repeat', () => {
  it('reads two items whose values differ by exactly d as a lookup of the partner', () => {
    expect(
      first('Given the lengths a of n rods, find two different rods whose lengths differ by exactly d.'),
    ).toBe('hash-table');
  });

  it('leaves the same question on sorted lengths to the sorted order (near miss)', () => {
    expect(
      first(
        'The lengths a of n rods are sorted in non-decreasing order. Find two different rods whose lengths differ by exactly d.',
      ),
    ).not.toBe('hash-table');
  });

  it('reads pairs whose sum is a multiple of k as counted remainders', () => {
    expect(
      first(
        'Return the number of pairs of indices (i, j) with i < j such that a[i] + a[j] is divisible by k.',
      ),
    ).toBe('hash-table');
  });

  it('reads an item met again as a lookup among those seen', () => {
    const [leader] = analyzeProblem(
      problemContext({
        title: 'Example',
        statement:
          'Badges are swiped at a door in the order given by a. Return the first badge that has already been scanned, or -1.',
        constraints: ['1 <= n <= 2 * 10^5', '1 <= a[i] <= 10^9'],
      }),
    ).patterns;
    expect(leader?.id).toBe('hash-table');
    expect(leader?.reason).toMatch(/already been scanned/);
  });

  it('does not read reuse that is allowed as a repeat to look up (near miss)', () => {
    expect(
      ids(
        'Given coin values coins and an amount, return the fewest coins that make the amount; each coin may be used more than once.',
        ['1 <= coins.length <= 12', '1 <= amount <= 10^4'],
      )[0],
    ).not.toBe('hash-table');
  });
});
