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

  it('is tallied when the value each query names takes few values, and a running count of each fits', () => {
    const statement = `${LIST} Each query gives l, r and x: how many i with l <= i <= r have a_i = x?`;
    expect(spans(['1 <= n, q <= 2 * 10^5', '1 <= a_i, x <= 50', '1 <= l <= r <= n'], statement)).toBe(
      'tallied',
    );
    // A magnitude, or a range as wide as the list, leaves a count per value too large: still keyed.
    expect(spans(['1 <= n, q <= 2 * 10^5', '1 <= a_i, x <= 10^9', '1 <= l <= r <= n'], statement)).toBe(
      'keyed',
    );
    expect(spans(['1 <= n, q <= 2 * 10^5', '1 <= a_i, x <= 10^5', '1 <= l <= r <= n'], statement)).toBe(
      'keyed',
    );
    const few = panel(statement, ['1 <= n, q <= 2 * 10^5', '1 <= a_i, x <= 50', '1 <= l <= r <= n']);
    expect(few).toEqual({ top: 'prefix-sum', target: 'O(n + q)' });
    const [, approach] = analyzeProblem(
      problemContext({
        statement,
        constraints: ['1 <= n, q <= 2 * 10^5', '1 <= a_i, x <= 50', '1 <= l <= r <= n'],
      }),
    ).hints;
    expect(approach?.text).toContain('one running count per value');
    const many = panel(statement, ['1 <= n, q <= 2 * 10^5', '1 <= a_i, x <= 10^9', '1 <= l <= r <= n']);
    expect(many).toEqual({ top: 'binary-search', target: 'O((n + q) log n)' });
  });

  it('is keyed when each query also names a value whose copies in the span it counts', () => {
    const constraints = ['1 <= n, q <= 2 * 10^5', '1 <= a_i, x <= 10^9', '1 <= l <= r <= n'];
    expect(
      spans(constraints, `${LIST} Each query gives l, r and x: how many i with l <= i <= r have a_i = x?`),
    ).toBe('keyed');
    // A value bounded by the list's length is still the key, not a position to update.
    expect(
      spans(
        ['1 <= n, q <= 2 * 10^5', '1 <= a_i <= n', '1 <= l <= r <= n', '1 <= x <= n'],
        'You are given a_1, ..., a_n and q queries. Each query gives l, r and x; count the j in [l, r] whose label a_j equals x.',
      ),
    ).toBe('keyed');
    // Near misses: a value compared by order, and a count the query asks for, are no key.
    expect(
      spans(
        constraints,
        `${LIST} Each query gives l, r and x: how many values at positions l to r are at most x?`,
      ),
    ).toBe('fixed');
    expect(
      spans(
        ['1 <= n, q <= 2 * 10^5', '1 <= a_i <= 10^9', '1 <= l <= r <= n', '1 <= k <= n'],
        `${LIST} Each query gives l, r and k: print the k-th smallest of a_l, ..., a_r.`,
      ),
    ).not.toBe('keyed');
  });

  it('is a batch when spans are added to and the answer is asked once, after all of them', () => {
    const constraints = ['1 <= n, m <= 2 * 10^5', '1 <= a <= b <= n', '1 <= k <= 10^9'];
    const adds = 'Start with n zeros. Each of m operations adds k to every element from index a to index b.';
    expect(spans(constraints, `${adds} After all operations, print the largest value.`)).toBe('batched');
    expect(spans(constraints, `${adds} When the painter has finished, print every value.`)).toBe('batched');
    // Near miss: the same additions between questions asked one by one change the values.
    expect(
      spans(
        ['1 <= n, q <= 2 * 10^5', '1 <= l <= r <= n', '1 <= x <= 10^9'],
        `${LIST} A query "1 l r x" adds x to every element at positions l to r; a query "2 l r" asks for the sum at positions l to r. For each query of the second kind print the answer.`,
      ),
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

  it('count one named value in a span with a map of sorted positions and two halving searches', () => {
    const read = panel(
      'A corridor has n tiles; tile i has colour c_i. Each of q complaints gives l, r and x and asks how many tiles from l to r are painted in colour x. For each complaint, print the answer.',
      ['1 <= n, q <= 2 * 10^5', '1 <= c_i, x <= 10^9', '1 <= l <= r <= n'],
    );
    expect(read).toEqual({ top: 'binary-search', target: 'O((n + q) log n)' });
  });

  it('add over spans and ask once at the end with a difference array, even for a largest value', () => {
    const read = panel(
      'Start with an array of n zeros. Each of m operations gives a, b and k and adds k to every element from index a to index b. After all operations, print the largest value in the array.',
      ['1 <= n <= 10^7', '1 <= m <= 2 * 10^5', '1 <= a <= b <= n', '0 <= k <= 10^9'],
    );
    expect(read.top).toBe('prefix-sum');
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
