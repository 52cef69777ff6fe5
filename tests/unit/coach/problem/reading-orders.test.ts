import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { readProblem } from '@/lib/coach/problem/reading';
import { statementOn } from '../../../support/problem-context';
import { promised, shapeOf } from '../../../support/statement';

/**
 * How orders are read (issue 10): the orders a statement promises, the key an order is by, and
 * what the answer is ordered by. Each test writes a statement of its own in the shape the rule names.
 */

describe('orders the statement promises', () => {
  it('reads an order stated with "is in … order" or element by element', () => {
    expect(promised('The existing leaderboard, ranked, is in descending order.')).toContain('sorted');
    expect(promised('', ['arr[i] < arr[j] for 1 <= i < j <= arr.length'])).toContain('sorted');
  });

  it('reads a strict order of the values as distinct values, and an order by a key as no such promise', () => {
    expect(promised('', ['1 <= a_1 < a_2 < ... < a_M <= N - 1'])).toEqual(
      expect.objectContaining(new Set(['sorted', 'distinct'])),
    );
    expect(promised('You are given an array sorted in a strictly increasing order.')).toContain('distinct');
    const byId = promised('Both arrays are in strictly ascending order by id.');
    expect(byId).toContain('sorted');
    expect(byId).not.toContain('distinct');
  });
});

describe('what an order is by', () => {
  it('keeps an order by the key the question works on, and drops one by a key it never asks about', () => {
    const merged = readProblem(
      statementOn(
        'leetcode',
        'nums1[i] = [id_i, val_i]. Each array contains unique ids and is sorted in ascending order by id. Merge the two arrays into one array that is sorted in ascending order by id, summing the values.',
        ['1 <= nums1.length, nums2.length <= 200'],
      ),
    );
    expect(merged.sortedBy).toBe('id');
    expect(merged.scene.guarantees.has('sorted')).toBe(true);
    const waiting = readProblem(
      statementOn(
        'leetcode',
        'customers[i] = [arrival_i, time_i]. The array customers is sorted by arrival_i in non-decreasing order. A chef serves one customer at a time. Return the average waiting time of all customers.',
        ['1 <= customers.length <= 10^5', '1 <= arrival_i, time_i <= 10^4'],
      ),
    );
    expect(waiting.sortedBy).toBe('arrival');
    expect(waiting.guarantees.has('sorted')).toBe(true);
    expect(waiting.scene.guarantees.has('sorted')).toBe(false);
  });

  it('reads an order of the values themselves as searchable', () => {
    const read = readProblem(
      statementOn('leetcode', 'Given a sorted unique integer array nums, return the index of target.', [
        '1 <= nums.length <= 10^4',
      ]),
    );
    expect(read.sortedBy).toBeNull();
    expect(read.scene.guarantees.has('sorted')).toBe(true);
  });
});

describe('what the answer is ordered by, and searches over the answer', () => {
  it('adds the sort an answer listed in order costs, and reads no promise from an example walking through one answer', () => {
    const analysis = analyzeProblem(
      statementOn(
        'leetcode',
        'You are given records[i] = [id, team]. Count how many records each id has in a hash map, and return the ids seen exactly once. The ids should be returned in increasing order.',
        ['1 <= records.length <= 10^5', '1 <= id, team <= 10^5'],
      ),
    );
    expect(analysis.complexityTarget).toBe('O(n log n)');
    const withExample = readProblem({
      ...statementOn('leetcode', 'Return the values ordered by how often they occur.', [
        '1 <= nums.length <= 100',
      ]),
      examples: [
        {
          input: 'nums = [2,3,1,3,2]',
          output: '[1,3,3,2,2]',
          explanation: 'so they are sorted in decreasing order',
        },
      ],
    });
    expect(withExample.guarantees.has('sorted')).toBe(false);
  });

  it('expects a halving search over the answer when a check only gets easier as the answer grows', () => {
    const analysis = analyzeProblem(
      statementOn(
        'leetcode',
        'You must take n trains in order; dist[i] is the length of ride i. Return the minimum positive integer speed at which all the trains must travel for you to reach the office on time, or -1.',
        ['n == dist.length', '1 <= n <= 10^5', '1 <= dist[i] <= 10^5', '1 <= hour <= 10^9'],
      ),
    );
    expect(analysis.complexityTarget).toBe('O(n log A)');
    const bouquets = shapeOf(
      'The garden has n flowers; bloomDay[i] is the day flower i blooms. You want to make m bouquets of k adjacent flowers. Return the minimum number of days you need to wait.',
      ['bloomDay.length == n', '1 <= n <= 10^5', '1 <= m <= 10^6', '1 <= k <= n'],
    );
    expect(bouquets).toMatchObject({ kind: 'one', n: { bound: 10 ** 5 } });
  });
});
