import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { queriesCompare } from '@/lib/coach/problem/query-kinds';
import { readProblem } from '@/lib/coach/problem/reading';
import { problemContext } from '../../../support/problem-context';

/*
 * Queries over a span of positions, read from how the two ends are bounded (`1 <= l <= r <= n`)
 * rather than from the words that name the span, beside the near misses that look alike: a band
 * of values, a rectangle of a grid, the ends of an edge, a key to look up.
 */

const LIST = 'You are given a list of n values a_1, ..., a_n, and q queries to answer about it.';
const spans = (constraints: string[], statement = LIST) =>
  readProblem(problemContext({ statement, constraints })).scene.positionSpans;

const panel = (statement: string, constraints: string[]) => {
  const analysis = analyzeProblem(problemContext({ statement, constraints }));
  return { top: analysis.patterns[0]?.id, target: analysis.complexityTarget };
};

describe('a span of positions', () => {
  it('is two ends l <= r that the length of the list bounds, 1-based or 0-based', () => {
    expect(spans(['1 <= n, q <= 2 * 10^5', '1 <= a_i <= 10^9', '1 <= l <= r <= n'])).toBe('fixed');
    expect(
      spans(['1 <= nums.length <= 10^5', '1 <= queries.length <= 10^5', '0 <= l_i <= r_i < nums.length']),
    ).toBe('fixed');
    expect(spans(['1 <= n <= 10^5', '1 <= q <= 10^5', '0 <= l <= r <= n - 1'])).toBe('fixed');
  });

  it('changes when a third parameter picks one position on its own (a point update)', () => {
    expect(spans(['1 <= n, q <= 2 * 10^5', '1 <= a_i, x <= 10^9', '1 <= p <= n', '1 <= l <= r <= n'])).toBe(
      'changing',
    );
    expect(
      spans(['1 <= n, q <= 2 * 10^5', '1 <= l <= r <= n'], `${LIST} A query may update one value.`),
    ).toBe('changing');
  });

  it('is not a pair of subscripts that promises the order of the values', () => {
    expect(
      spans(
        ['1 <= arr.length <= 1000', '1 <= arr[i] <= 1000', 'arr[i] < arr[j] for 1 <= i < j <= arr.length'],
        'Given a strictly increasing array arr and an integer k, return the k-th positive integer missing from it.',
      ),
    ).toBeNull();
  });

  it('is not a band of values, nor a query that names one value', () => {
    expect(spans(['1 <= n, q <= 2 * 10^5', '1 <= a_i <= 10^9', '1 <= L <= R <= 10^9'])).toBeNull();
    expect(spans(['1 <= n, q <= 2 * 10^5', '1 <= a_i, x_j <= 10^9'])).toBeNull();
  });
});

describe('span queries on the panel', () => {
  const sizes = ['1 <= n, q <= 2 * 10^5', '1 <= x_i <= 10^9'];

  it('count or add over fixed values with running totals, in O(n + q)', () => {
    const read = panel(
      'You are given x_1, x_2, ..., x_n. Answer q queries: the j-th gives a and b, and asks how many of x_a, x_{a+1}, ..., x_b are even.',
      [...sizes, '1 <= a <= b <= n'],
    );
    expect(read).toEqual({ top: 'prefix-sum', target: 'O(n + q)' });
  });

  it('take the least of a span with a tree or a sparse table: no running total subtracts a minimum', () => {
    const read = panel(
      'A log holds the temperatures x_1, ..., x_n of n nights. Answer q questions: what was the lowest temperature between the a-th and the b-th night?',
      [...sizes, '1 <= a <= b <= n'],
    );
    expect(read).toEqual({ top: 'segment-tree', target: 'O((n + q) log n)' });
  });

  it('mixed with point updates take a Fenwick or segment tree', () => {
    const read = panel(
      'There are n shelves; shelf i holds x_i boxes. Process q events: 1 p v restocks shelf p to v boxes; 2 l r asks for the boxes on shelves l to r.',
      [...sizes, '1 <= v <= 10^9', '1 <= p <= n', '1 <= l <= r <= n'],
    );
    expect(read).toEqual({ top: 'segment-tree', target: 'O((n + q) log n)' });
  });

  it('are not the ends of an edge: a road between towns u_i < v_i is no span', () => {
    const read = panel(
      'A country has n towns and m roads; road i joins towns u_i and v_i. Print how many groups of towns are joined by roads.',
      ['1 <= n, m <= 2 * 10^5', '1 <= u_i < v_i <= n'],
    );
    expect(read.top).not.toBe('prefix-sum');
    expect(read.top).not.toBe('segment-tree');
  });
});

describe('queries that compare against the whole list', () => {
  it('are values held against every item, not spans or keys', () => {
    expect(queriesCompare('for each budget, count the stalls with a price of at most the budget', null)).toBe(
      true,
    );
    expect(queriesCompare('how many parcels are strictly heavier than x_j', null)).toBe(true);
    expect(queriesCompare('return the room of the owner of each badge, or -1', null)).toBe(false);
    expect(queriesCompare('how many days from l to r had sales of at most 5', 'fixed')).toBe(false);
  });

  it('aim at a sort and a halving search only when they compare; a key keeps one pass', () => {
    const constraints = ['1 <= n, q <= 10^5', '1 <= a_i, x_j <= 10^9'];
    const compared = panel(
      'A courier has n parcels weighing a_1, ..., a_n. Then q questions follow; question j names a weight x_j. Print how many parcels weigh at most x_j.',
      constraints,
    );
    expect(compared.target).toBe('O((n + q) log n)');
    const keyed = panel(
      'A shop lists n items with codes a_1, ..., a_n. Then q questions follow; question j names a code x_j. Print how many items carry exactly the code x_j.',
      constraints,
    );
    expect(keyed.target).toBe('O(n + q)');
  });
});
