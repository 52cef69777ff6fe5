import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerSearch, readAnswerObject } from '@/lib/coach/problem/answer-object';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { panelOf } from '../../../support/statement';

/*
 * A few items and a question that chooses among all of them: every subset (or every order) is the
 * method, whatever the story, and the bound on the items, not on their values, sets the figure.
 */
describe('a search over the subsets of a few items', () => {
  it('reads two sides of a split judged by their totals as every subset, not a pair walked from both ends', () => {
    const panel = panelOf(
      'There are n parcels; parcel i weighs w_i grams. Every parcel must be placed on one of the two pans of a scale. Print the smallest possible difference between the totals on the two pans.',
      ['1 <= n <= 20', '1 <= w_i <= 10^9'],
    );
    expect(panel.top).toBe('backtracking');
    expect(panel.ids).not.toContain('two-pointers');
    // The running total is carried down the choices: O(2^n), with O(n * 2^n) still within the limit.
    expect(panel.target).toBe('O(2^n)');
    expect(panel.limit).toBe('O(n * 2^n)');
  });

  it('reads the fewest items that meet a need together as a bitmask over the items, not a table over subsets', () => {
    const panel = panelOf(
      'A museum has m rooms and n guards. Each guard can watch some of the rooms, given as a string of m characters 0 or 1. Find the fewest guards who together watch every one of the rooms, or print -1.',
      ['1 <= n <= 16', '1 <= m <= 20'],
    );
    expect(panel.top).toBe('bit-manipulation');
    expect(panel.ids).toContain('backtracking');
    expect(panel.target).toBe('O(n * 2^n)');
    expect(panel.limit).toBe('O(n^2 * 2^n)');
  });

  it('leaves many items split by a small total to a table over the totals', () => {
    const panel = panelOf(
      'There are n parcels; parcel i weighs w_i grams. Every parcel must be placed on one of the two pans of a scale. Print the smallest possible difference between the totals on the two pans.',
      ['1 <= n <= 100000', '1 <= w_i <= 10^9'],
    );
    expect(panel.target).not.toMatch(/2\^n/);
  });

  it('reads a split onto one of two sides whatever the items and the verb are', () => {
    const items = fc.constantFrom('crates', 'books', 'sacks', 'guests', 'toys');
    const verb = fc.constantFrom('goes', 'is put', 'must be loaded', 'has to be placed', 'should be sent');
    const side = fc.constantFrom('the two', 'its two', 'their two');
    fc.assert(
      fc.property(items, verb, side, (noun, moved, two) => {
        const single = noun.replace(/s$/, '');
        const body = `there are n ${noun}. every ${single} ${moved} onto one of ${two} carts. print the smallest difference between the cart totals.`;
        const answer = readAnswerObject(body, parseConstraints(['1 <= n <= 20', '1 <= w_i <= 10^9'], ''));
        expect(answer).toMatchObject({ shape: 'selection', items: noun });
        expect(answerSearch(answer)).toBe('subsets');
      }),
    );
  });
});
