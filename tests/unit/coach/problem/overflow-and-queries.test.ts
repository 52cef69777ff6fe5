import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/*
 * Two statements the coach made on pages where they were false (issue 10 §2): an overflow trap
 * where nothing is summed past 2^31, and "constant work per query" where nothing is queried. Both
 * must follow from what the statement does, not from its bounds alone.
 */

const overflows = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ statement, constraints })).edgeCases.some((line) =>
    /past 2\^31/.test(line),
  );

describe('the overflow trap', () => {
  const big = ['1 <= n <= 2 * 10^5', '0 <= a[i] <= 10^9'];

  it('is offered when the statement adds the values up, in words or as a_i + a_j', () => {
    expect(overflows('Given an array a of n integers, print the total of all its values.', big)).toBe(true);
    expect(overflows('Count the pairs i < j such that a[i] + a[j] is even.', big)).toBe(true);
  });

  it('is not offered for positions and counts: i + a[i] is an index, n + m a number of items', () => {
    expect(
      overflows(
        'From position i you may move to any position from i + 1 up to i + a[i]. Can you reach position n - 1?',
        big,
      ),
    ).toBe(false);
    expect(
      overflows('Two sorted arrays a and b of sizes n and m are merged. Print the n + m numbers in order.', [
        ...big,
        '1 <= m <= 2 * 10^5',
      ]),
    ).toBe(false);
  });

  it('is not offered for the length a union of spans covers, which stays within the coordinates', () => {
    expect(
      overflows(
        'Lamp i lights the road from a[i] to b[i]. Find the total length of road lit by at least two lamps.',
        ['1 <= n <= 2 * 10^5', '0 <= a[i] < b[i] <= 10^9'],
      ),
    ).toBe(false);
  });

  it('is not offered when the statement promises every result fits in 32 bits', () => {
    expect(
      overflows(
        'Print the sum of the values. Every intermediate value fits in a 32-bit signed integer.',
        big,
      ),
    ).toBe(false);
  });
});

describe('the reason for an O(n + m) target', () => {
  it('speaks of queries only when the second size counts queries', () => {
    const { complexityTarget, complexityReason } = analyzeProblem(
      problemContext({
        statement:
          'You are given an array a of n integers and an array b of m integers. For each value of b, print how many times it occurs in a.',
        constraints: ['1 <= n, m <= 10^5', '1 <= a[i], b[i] <= 10^9'],
      }),
    );
    expect(complexityTarget).toBe('O(n + m)');
    expect(complexityReason).not.toMatch(/per query/);
    expect(complexityReason).toMatch(/constant work for each of the m others/);
  });
});

describe("a technique's overflow trap", () => {
  const balance =
    'Given an array arr of n non-negative integers, find the first index at which the sum of the elements to its left equals the sum of the elements to its right, or -1 if there is none.';
  // Tagged as the site would tag it, so the trap comes from the technique whatever the statement's reading.
  const lines = (constraints: string[]) =>
    analyzeProblem(problemContext({ statement: balance, constraints, tags: ['Array', 'Prefix Sum'] }));

  it('is offered when the bounds let a running total pass 2^31', () => {
    const analysis = lines(['1 <= n <= 10^5', '0 <= arr[i] <= 10^9']);
    expect(analysis.patterns[0]?.id).toBe('prefix-sum');
    expect(analysis.edgeCases.some((line) => /2\^31/.test(line))).toBe(true);
  });

  it('is not offered when every total stays within 32 bits (10^5 values of at most 10^4)', () => {
    const analysis = lines(['1 <= n <= 10^5', '0 <= arr[i] <= 10^4']);
    expect(analysis.patterns[0]?.id).toBe('prefix-sum');
    expect(analysis.edgeCases.some((line) => /2\^31|overflow/.test(line))).toBe(false);
  });
});
