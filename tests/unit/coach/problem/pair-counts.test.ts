import { describe, expect, it } from 'vitest';
import { readPairCount } from '@/lib/coach/problem/pair-counts';
import { analyse, bodyOf } from '../../../support/statement';

/**
 * Counts over pairs of items whose positions and values are tied (pair-counts.ts): what is
 * counted, the order of the positions and the condition on the values, in subscripts or in words.
 * Statements written for these tests.
 */
const SIZES = ['1 <= n <= 2 * 10^5', '1 <= a_i <= 10^9'];
const read = (statement: string, largestValue?: number) => readPairCount(bodyOf(statement, []), largestValue);

describe('reading a count over pairs tied by position and value', () => {
  it.each([
    ['pairs', 'order', 'Count the pairs (i, j) with 1 <= i < j <= n and a_i > a_j.'],
    ['pairs', 'order', 'A pair (i, j) with i < j is lopsided if a_i > 2 * a_j. Count the lopsided pairs.'],
    ['pairs', 'order', 'The loader counts the pairs of crates i<j with w_i>w_j.'],
    [
      'each',
      'order',
      'Return an array result where result[i] is the number of indices j < i with prices[j] > prices[i].',
    ],
    ['each', 'order', 'For each day, report how many earlier days were colder than it.'],
    [
      'each',
      'order',
      'For every student, find how many of the students standing behind them are shorter than they are.',
    ],
    ['pairs', 'order', 'Count the pairs of runners where the one who started later finished earlier.'],
    [
      'triples',
      'order',
      'Three towers i < j < k form a staircase if h_i > h_j > h_k. How many staircases are there?',
    ],
    [
      'pairs',
      'sum-window',
      'Find the number of pairs (i, j) with 1 <= i < j <= n such that l <= a_i + a_j <= r.',
    ],
    ['pairs', 'sum-exact', 'Count the pairs (i, j) with 1 <= i < j <= n and a_i + a_j = k.'],
    [
      'pairs',
      'sum-window',
      'nums is sorted in non-decreasing order. Return the number of pairs (i, j) with i < j and nums[j] - nums[i] <= d.',
    ],
    [
      'each',
      'sum-window',
      'Lamps stand at positions x_1 < x_2 < ... < x_n. For every lamp i, count how many lamps j > i have x_j - x_i <= d.',
    ],
    [
      'pairs',
      'order',
      'Scores arrive in any order. Count the pairs (i, j) with i < j and s_j - s_i >= k: clear improvements.',
    ],
    ['pairs', 'key', 'A pair (i, j) with i < j is steady when a_j - a_i = j - i. Count the steady pairs.'],
    ['pairs', 'key', 'Count the pairs i < j such that nums[i] - i == nums[j] - j.'],
    ['each', 'equal', 'For each entry i, print how many entries j < i have c_j = c_i.'],
    [
      'pairs',
      'equal',
      'Two seconds i < j are an echo if freq[i] == freq[j] and j - i >= k. Return the number of echoes.',
    ],
  ])('reads %s with a condition %s from: %s', (counted, condition, statement) => {
    expect(read(statement)).toMatchObject({ counted, condition });
  });

  it('names the item the statement counts, singular', () => {
    expect(read('Count the pairs of runners where the one who started later finished earlier.')?.item).toBe(
      'runner',
    );
    expect(read('For each day, report how many earlier days were colder than it.')?.item).toBe('day');
  });

  it('does not take the test cases a statement frames for the item', () => {
    const statement =
      'Chef offers a guest two different snacks whose sweetness added together is at most r. For each test case, print the number of pairs of snacks.';
    expect(read(statement)?.item).toBe('snack');
    expect(read('For each test case, count the pairs (i, j) with i < j and a_i + a_j <= k.')?.item).not.toBe(
      'test',
    );
  });

  it('marks values few enough to count in an array', () => {
    const statement =
      'Count the pairs (i, j) with i < j where the earlier review gave more stars than the later one.';
    expect(read(statement, 10)?.fewValues).toBe(true);
    expect(read(statement, 10 ** 9)?.fewValues).toBe(false);
  });

  it.each([
    [
      'the nearest index that beats each one',
      'For each i, print the smallest index j > i such that p_j < p_i, or -1.',
    ],
    [
      'the best difference, not a count',
      'Return the largest value of a[j] - a[i] over all pairs with i < j.',
    ],
    [
      'a wait until a larger one',
      'For each day, find how many days you wait after it until a warmer evening.',
    ],
    ['a comparison with the one day before', 'Count the days that were warmer than the day before them.'],
    [
      'a list of rules and a lower case letter',
      'Count how many strings can be formed under the following rules: each character is a lower case vowel.',
    ],
    ['a record over every earlier day', 'Count the days whose price is higher than on every earlier day.'],
    ['a count with no position tied to a value', 'Count the pairs of equal numbers in the bag.'],
    [
      'the nearest taller one, its distance printed in a later sentence',
      'The i-th player, counting from the left, is h_i tall. How many places to your right stands the first teammate who is strictly taller than you? For every player print that number of places, or 0 if nobody to the right is taller.',
    ],
  ])('reads no count from %s', (_, statement) => {
    expect(read(statement)).toBeNull();
  });
});

describe('what the coach makes of the reading', () => {
  it.each([
    ['Count the pairs (i, j) with i < j and a_i > 3 * a_j.', 'divide-and-conquer', 'O(n log n)'],
    ['For each i, print how many j > i have a_j < a_i.', 'segment-tree', 'O(n log n)'],
    ['Count the pairs (i, j) with i < j such that l <= a_i + a_j <= r.', 'two-pointers', 'O(n log n)'],
    ['Count the pairs (i, j) with i < j and a_i - i = a_j - j.', 'hash-table', 'O(n)'],
  ])('%s leads with %s, target %s', (statement, technique, target) => {
    const analysis = analyse(statement, [...SIZES, '1 <= l <= r <= 2 * 10^9']);
    expect(analysis.patterns[0]?.id).toBe(technique);
    expect(analysis.complexityTarget).toBe(target);
  });

  it('counts over few values in an array of counts', () => {
    const analysis = analyse(
      'Count the pairs (i, j) with i < j where the earlier review gave more stars than the later one.',
      ['1 <= stars.length <= 10^6', '1 <= stars[i] <= 10'],
    );
    expect(analysis.patterns[0]?.id).toBe('hash-table');
    expect(analysis.complexityTarget).toBe('O(n)');
  });

  it('words the hint in the statement’s own items', () => {
    const analysis = analyse('Count the pairs of runners where the one who started later finished earlier.', [
      '1 <= n <= 2 * 10^5',
      '1 <= t_i <= 10^9',
    ]);
    expect(analysis.hints[0]?.text).toMatch(/\brunners?\b/);
    expect(analysis.hints[1]?.text).toMatch(/Fenwick/);
  });
});
