import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RANKED_PICK } from '@/lib/coach/problem/knowledge/ranked-picks';
import { panelOf } from '../../../support/statement';

/**
 * The k best of n items, or the item at place k once they are ranked, in the setter's own degree
 * (knowledge/ranked-picks.ts). Statements written for these tests.
 */
const N = ['1 <= k <= n <= 10^5', '1 <= a[i] <= 10^9'];

describe('the k best or the k-th of one list', () => {
  it.each([
    'The station recorded n afternoons in heat[]. Return the heat load of the k-th hottest afternoon.',
    'The survey marks n stars as points. The telescope has time for k stars tonight and wants the ones nearest to the dome. Return those k stars.',
    'The crew must take k of the n suitcases off, choosing those that weigh the most. Return their weights.',
    'Print the lap time that would stand at place k if all n laps were ranked from the slowest to the fastest.',
    'List the n readings from the highest to the lowest and return the reading in position k.',
  ])('leads with a heap of k and says O(n log k): %s', (statement) => {
    const panel = panelOf(statement, N);
    expect(panel.top).toBe('heap-priority-queue');
    expect(panel.target).toBe('O(n log k)');
  });

  it('reads a k-th asked of a list promised in order as a halving search by position', () => {
    const panel = panelOf(
      'The n sold ticket numbers are listed in strictly increasing order. Find the k-th smallest positive number that was not sold.',
      ['1 <= n <= 10^5', '1 <= k <= 10^9', '1 <= a[i] <= 10^9', 'a[i] < a[i+1]'],
    );
    expect(panel.top).toBe('binary-search');
    expect(panel.target).toBe('O(log n)');
  });

  it('counts marks from a small range instead of keeping a heap', () => {
    const panel = panelOf(
      'A class of n students sat a quiz; every mark is from 0 to 100. Return the k-th best mark, equal marks counted separately.',
      ['1 <= k <= n <= 10^5', '0 <= marks[i] <= 100'],
    );
    expect(panel.top).not.toBe('heap-priority-queue');
  });

  it('leaves a k-th of combinations built from the items to their own search', () => {
    const panel = panelOf('Return the k-th smallest sum among all pairs of the n values.', N);
    expect(panel.top).not.toBe('heap-priority-queue');
  });

  it('coaches the k kept, the weakest on top, before naming a heap', () => {
    const [first, second] = panelOf(
      'The float has room for k lanterns, and the organisers want the ones that shine the brightest. Return those k lanterns.',
      N,
    ).hints;
    expect(first).toMatch(/best k/);
    expect(first).not.toMatch(/heap/i);
    expect(second).toMatch(/weakest of them sits on top/);
  });

  it('reads a degree in any adjective, and never a word that only ends like one', () => {
    const degree = fc.constantFrom('hottest', 'slowest', 'brightest', 'most expensive', 'best', 'quietest');
    fc.assert(fc.property(degree, (word) => RANKED_PICK.test(`return the k-th ${word} day of the record.`)));
    const stray = fc.constantFrom('rest', 'interest', 'forest', 'request', 'contest', 'guest');
    fc.assert(fc.property(stray, (word) => !RANKED_PICK.test(`return the k-th ${word} of the record.`)));
  });
});
