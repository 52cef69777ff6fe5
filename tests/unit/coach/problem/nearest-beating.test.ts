import { describe, expect, it } from 'vitest';
import { analyse } from '../../../support/statement';

/**
 * The previous or next greater or smaller element written in subscripts (knowledge/nearest-beating.ts):
 * for each i an extreme index on one side of it bounded by an order between the two values is a
 * monotonic stack, while an equal value, a count over every earlier index, a comparison with all
 * of them or the best earlier value is not. Statements written for these tests.
 */

const SIZES = ['1 <= n <= 2 * 10^5', '1 <= a_i <= 10^9'];

describe('the nearest index on one side whose value beats the current one', () => {
  it.each([
    'For each i, find the nearest j < i with a_j >= a_i and print i - j, or 0 if there is none.',
    'For every i, print the smallest j > i such that a_j > a_i, or -1 if no such j exists.',
    'For each i, let p_i be the largest index p_i < i with a_p_i < a_i; print p_i, or 0 if there is none.',
    'For each index i, let k be the closest index k > i where a[k] <= a[i]. Print a[k], or -1.',
    'For each i, print the maximum j such that 1 <= j < i and a_j > a_i, or 0 if none exists.',
    'For each i, print the smallest index j greater than i with a_j < a_i, or -1.',
  ])('reads a stack from: %s', (statement) => {
    const analysis = analyse(statement, SIZES);
    expect(analysis.patterns[0]?.id).toBe('monotonic-stack');
    expect(analysis.complexityTarget).toBe('O(n)');
  });

  it.each([
    [
      'an equal value, found by a map of last positions',
      'For each i, find the nearest j < i with a_j = a_i and print i - j, or -1.',
    ],
    [
      'a count over every earlier index (inversions)',
      'Count the pairs of indices (j, i) with j < i and a_j > a_i.',
    ],
    [
      'a comparison with every earlier index (a running maximum)',
      'Count the indices i such that a_i > a_j for every j < i.',
    ],
    [
      'the best earlier value, not the nearest index',
      'For each i, print the maximum a_j over all j < i with a_j < a_i, or -1.',
    ],
  ])('leaves alone %s', (_, statement) => {
    const analysis = analyse(statement, SIZES);
    expect(analysis.patterns[0]?.id).not.toBe('monotonic-stack');
  });
});

describe("the next one that beats each item, in the story's own adjective", () => {
  it.each([
    'A club measures the volume of its music each night in the array volume. For every night, find how many nights pass until a night that is strictly louder, or 0 if none is.',
    'Rainfall is logged for each of n days in rain. For each day, report how many days later the next day which is wetter comes, or -1 if there is none.',
    'Racers finish one after another with times t_1, ..., t_n. For each racer, print the position of the nearest racer after them who was faster, or 0.',
  ])('reads a stack from: %s', (statement) => {
    const analysis = analyse(statement, ['1 <= n <= 10^5', '1 <= volume[i], rain[i], t_i <= 10^9']);
    expect(analysis.patterns.slice(0, 2).map((p) => p.id)).toContain('monotonic-stack');
  });

  it.each([
    [
      'a bar fixed in advance',
      'Temperatures are logged for n days in temps. Find the first day that is warmer than 30 degrees, or -1.',
    ],
    [
      'a word that only ends like a comparative',
      'A falling path takes one element per row and chooses the element in the next row that is either directly below or diagonally next to it. Return the smallest sum of a falling path.',
    ],
  ])('leaves %s alone', (_, statement) => {
    const analysis = analyse(statement, ['1 <= n <= 100', '-100 <= temps[i] <= 100']);
    expect(analysis.patterns[0]?.id).not.toBe('monotonic-stack');
  });
});
