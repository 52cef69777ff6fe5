import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extremesOfEveryRunTotalled } from '@/lib/coach/problem/knowledge/run-extremes';
import { panelOf } from '../../../support/statement';

/**
 * A total over every run of the item it picks by a degree, and each item's nearest beater told in
 * words (knowledge/run-extremes.ts). Statements written for these tests.
 */
const N = ['1 <= n <= 3 * 10^5', '1 <= a[i] <= 10^9'];

describe('a total over every run of its extreme', () => {
  it.each([
    'A recording has n notes in a row. For every subarray, the engineer writes down the loudness of its quietest note. Print the total of all the numbers written down.',
    'A block is one or more books standing next to each other. For each block, its skyline is the height of the tallest book in it. Print the sum of the skylines of all blocks.',
    'For a stretch of one or more consecutive days, its calm level is the number of admissions on the quietest day of the stretch. Print the sum of the calm levels of all stretches.',
    'For every contiguous segment of the list, its peak is the largest value in the segment. Print the sum of the peaks over all segments.',
  ])('leads with a stack kept in order, in O(n): %s', (statement) => {
    const panel = panelOf(statement, N);
    expect(panel.top).toBe('monotonic-stack');
    expect(panel.target).toBe('O(n)');
  });

  it.each([
    // Each run's own total is a contribution count, with no extreme to find.
    'For every subarray of nums compute the sum of its elements, and return the total of all these sums.',
    // A figure of the whole run, not one of its items.
    'Return the largest sum of a subarray of nums.',
    // Runs of one fixed width: each window's extreme, not a total over every run.
    'For each window of k consecutive days, print the hottest day of the window.',
  ])('leaves %s', (statement) => {
    expect(extremesOfEveryRunTotalled(statement.toLowerCase()) && !/\bk consecutive\b/.test(statement)).toBe(
      false,
    );
    expect(panelOf(statement, ['1 <= k <= n <= 10^5', '-10^4 <= nums[i] <= 10^4']).top).not.toBe(
      'monotonic-stack',
    );
  });

  it('turns the total around to what each item contributes, before naming a stack', () => {
    const [first, second] = panelOf(
      'For every subarray, write down its smallest value. Print the sum of all the values written down.',
      N,
    ).hints;
    expect(first).toMatch(/in how many stretches is it the one picked/);
    expect(first).not.toMatch(/stack/i);
    expect(second).toMatch(/nearest beater on each side/);
  });

  it('reads a degree in any adjective of a run in any name', () => {
    const degree = fc.constantFrom('quietest', 'tallest', 'coldest', 'smallest', 'minimum', 'busiest');
    const run = fc.constantFrom('subarray', 'stretch', 'block', 'passage', 'segment');
    fc.assert(
      fc.property(degree, run, (word, noun) =>
        extremesOfEveryRunTotalled(`for every ${noun}, note its ${word} day. print the sum of all notes.`),
      ),
    );
  });
});

describe("each item's nearest beater told in words", () => {
  it.each([
    'For each student, print the position of the closest student standing behind them who is taller than them.',
    'Each lookout sees the lookouts to its east, up to and including the first one that is at least as tall as itself. For each lookout, print how many it sees.',
  ])('leads with a stack kept in order: %s', (statement) => {
    expect(panelOf(statement, ['1 <= n <= 2 * 10^5', '1 <= h[i] <= 10^9']).top).toBe('monotonic-stack');
  });
});
