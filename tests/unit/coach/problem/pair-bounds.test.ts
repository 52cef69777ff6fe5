import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPairBound } from '@/lib/coach/problem/pair-bounds';
import { readPairCount } from '@/lib/coach/problem/pair-counts';
import { panelOf } from '../../../support/statement';

/**
 * The bound a counted pair's two values meet (pair-bounds.ts) and the ladder it picks: one bound
 * walks from both ends, a gap walks one way, only a window subtracts two counts, and values the
 * statement gives sorted are not sorted again. Statements written for these tests.
 */
const bodyOf = (statement: string) => statement.toLowerCase();
const judged = (statement: string) => readPairCount(bodyOf(statement))?.bound ?? null;

describe('reading the bound of a counted pair', () => {
  it.each([
    ['together', 'below', 'Print the number of pairs i < j with H_i + H_j < K.'],
    [
      'together',
      'below',
      'Return the number of pairs (i, j) with i < j and prices[i] + prices[j] <= budget.',
    ],
    ['together', 'both', 'Count the pairs (i, j) with 1 <= i < j <= n such that l <= a_i + a_j <= r.'],
    ['together', 'above', 'Count the pairs (i, j) with i < j and k <= a_i + a_j.'],
    ['gap', 'above', 'Count the pairs (i, j) with 1 <= i < j <= n and |a_i - a_j| >= k.'],
    [
      'gap',
      'below',
      'nums is sorted in non-decreasing order. Return the number of pairs (i, j) with i < j and nums[j] - nums[i] <= d.',
    ],
    [
      'together',
      'below',
      'The seesaw is safe for two children whose total weight is at most k. Count the pairs of different children.',
    ],
    [
      'together',
      'above',
      'He is paid extra for carrying two different bags at once when the two bags together weigh at least x. How many pairs of bags earn it?',
    ],
    [
      'gap',
      'below',
      'Two runners form a close finish if their finishing times differ by at most d. Count the close finishes.',
    ],
    [
      'together',
      'below',
      'Count the pairs of different positions whose two numbers multiplied together give at most x.',
    ],
    [
      'together',
      'both',
      'Two friends want the two prices together to be at least l yen and at most r yen. Count the pairs of dishes.',
    ],
  ])('reads %s %s from: %s', (measure, side, statement) => {
    expect(judged(statement)).toEqual({ measure, side });
  });

  it.each([
    ['a bound that is itself a pair value', 'Count the pairs i < j with a_i + a_j > b_i + b_j.'],
    ['an exact sum, no bound', 'Count the pairs (i, j) with i < j and a_i + a_j = k.'],
  ])('reads no bound from %s', (_, statement) => {
    expect(readPairBound(bodyOf(statement))).toBeNull();
  });

  it('reads the side of every comparison written after a sum, whatever the names', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
    fc.assert(
      fc.property(name, name, fc.constantFrom('<', '<=', '>', '>='), (array, limit, sign) => {
        const body = `count the pairs i < j with ${array}[i] + ${array}[j] ${sign} ${limit}.`;
        expect(readPairBound(body)).toEqual({
          measure: 'together',
          side: sign.startsWith('<') ? 'below' : 'above',
        });
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (body, sentence) => {
        readPairBound(body, sentence);
      }),
    );
  });
});

describe('the ladder a counted pair gets', () => {
  const SIZES = ['1 <= n <= 10^5', '1 <= a_i <= 10^9', '1 <= k <= 2 * 10^9'];
  const hintsOf = (statement: string) => panelOf(statement, SIZES).hints.join('\n');

  it('walks one bound from both ends, with no window to subtract', () => {
    const hints = hintsOf(
      'You are given n integers a_1, ..., a_n and an integer k. Count the pairs (i, j) with 1 <= i < j <= n such that a_i + a_j < k.',
    );
    expect(hints).not.toMatch(/\[L, R\]|L - 1/);
    expect(hints).toMatch(/one pointer at each end/);
    expect(hints).toMatch(/move the left pointer on/);
  });

  it('counts a lower bound at the right end', () => {
    const hints = hintsOf(
      'You are given n integers a_1, ..., a_n and an integer k. Count the pairs (i, j) with 1 <= i < j <= n such that a_i + a_j >= k.',
    );
    expect(hints).not.toMatch(/\[L, R\]/);
    expect(hints).toMatch(/the right one pairs with every value from the left one/);
  });

  it('walks a gap with both pointers moving the same way', () => {
    const hints = hintsOf(
      'You are given n integers a_1, ..., a_n and an integer k. Count the pairs (i, j) with 1 <= i < j <= n such that |a_i - a_j| <= k.',
    );
    expect(hints).toMatch(/move the same way/);
    expect(hints).not.toMatch(/toward each other|\[L, R\]/);
  });

  it('does not sort values the statement gives sorted', () => {
    const hints = hintsOf(
      'You are given n integers a_1 <= a_2 <= ... <= a_n, sorted in non-decreasing order, and an integer k. Count the pairs (i, j) with 1 <= i < j <= n such that a_i + a_j <= k.',
    );
    expect(hints).not.toMatch(/\bSort\b|\bsort the values\b/);
    expect(hints).toMatch(/come sorted/);
  });

  it('keeps the window of two counts where the statement has both ends', () => {
    const hints = panelOf(
      'You are given n integers a_1, ..., a_n and two integers l and r. Count the pairs (i, j) with 1 <= i < j <= n such that l <= a_i + a_j <= r.',
      [...SIZES, '1 <= l <= r <= 2 * 10^9'],
    ).hints.join('\n');
    expect(hints).toMatch(/\[L, R\] is the pairs at most R minus the pairs at most L - 1/);
  });
});
