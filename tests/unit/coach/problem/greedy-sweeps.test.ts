import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { readGreedyChoice } from '@/lib/coach/problem/greedy-choices';
import { statementOn } from '../../../support/problem-context';

/** The reading over a statement, lower-cased as the scene's body is. */
const shapeOf = (statement: string) => readGreedyChoice(statement.toLowerCase())?.shape ?? null;
const analysed = (statement: string, constraints = ['1 <= n <= 2 * 10^5', '0 <= a_i <= 10^9']) =>
  analyzeProblem(statementOn('codeforces', statement, constraints), null);
const top = (statement: string, constraints?: string[]) =>
  analysed(statement, constraints)
    .patterns.slice(0, 3)
    .map((p) => p.id);

const ROOFS =
  'A courier starts on roof 1 of a row of n roofs. From roof i he can leap to any roof i + 1, i + 2, ..., i + a_i. Find the smallest number of leaps to reach roof n.';
const PASSES =
  'A hiker walks n legs; leg i costs a_i units of effort. She holds k lift passes, and a pass makes one leg cost nothing. Find the least total effort.';
const BASKETS =
  'Loaves cost a_i each. In a basket holding exactly k loaves the cheapest loaf is free, and no basket holds more than k. You may put the loaves into baskets however you like. Find the least total to pay.';
const PILES =
  'Pancakes are fried one by one; the i-th has width a_i. Each goes on top of an existing stack whose top pancake is strictly wider than it, or starts a new stack. Find the smallest number of stacks.';
const REELS =
  'A film is a string s of lowercase letters. Cut it into reels, each a run of consecutive shots, so that all shots with the same letter end up on the same reel. Make as many reels as possible and return their lengths.';

describe('a take-the-best-available step, whatever the story calls its items', () => {
  it('reads each shape from what the items allow and what the answer counts', () => {
    expect(shapeOf(ROOFS)).toBe('leaps');
    expect(shapeOf(PASSES)).toBe('waive');
    expect(shapeOf(BASKETS)).toBe('freebie');
    expect(shapeOf(PILES)).toBe('piles');
    expect(shapeOf(REELS)).toBe('blocks');
  });

  it('leads with greedy, not the structure the story names, at the figure its walk costs', () => {
    const piles = analysed(PILES);
    expect(piles.patterns.slice(0, 3).map((p) => p.id)).toEqual(
      expect.arrayContaining(['greedy', 'binary-search']),
    );
    expect(piles.patterns[0]?.id).toBe('greedy');
    expect(piles.complexityTarget).toBe('O(n log n)');
    const roofs = analysed(ROOFS);
    expect(roofs.patterns[0]?.id).toBe('greedy');
    expect(roofs.complexityTarget).toBe('O(n)');
    expect(top(PASSES).slice(0, 2)).toEqual(['greedy', 'sorting']);
    expect(top(BASKETS).slice(0, 2)).toEqual(['greedy', 'sorting']);
    expect(top(REELS)).toEqual(expect.arrayContaining(['greedy', 'hash-table']));
  });

  it('coaches from the page: the first rung names no technique, the third the walk', () => {
    for (const statement of [ROOFS, PASSES, BASKETS, PILES, REELS]) {
      const [first, , third] = analysed(statement).hints.map((h) => h.text);
      expect(first).not.toMatch(/\b(?:greedy|sort\w*|binary search|heaps?|hash\w*)\b/i);
      expect(third?.length ?? 0).toBeGreaterThan(40);
    }
    expect(analysed(PILES).hints[2]?.text).toContain('binary-search');
  });

  it('reads the reach whichever way a setter writes it', () => {
    const reach = fc.constantFrom(
      'from cell i it may move to any cell i + 1, ..., i + p_i',
      'from cell i it may move to any cell from i+1 up to i+p_i',
      'from cell i it may move to any cell j with i < j <= i + p_i',
      'from cell i it may move at most p_i cells forward',
      'p[i] is the maximum length of a forward jump from cell i: it may move to cell i + j for any 0 <= j <= p[i]',
    );
    const ask = fc.constantFrom(
      'Find the minimum number of moves to reach cell n.',
      'Print the fewest moves needed, or -1.',
      'What is the smallest number of moves to get to the last cell?',
    );
    fc.assert(
      fc.property(reach, ask, (r, a) => {
        expect(shapeOf(`A robot stands on cell 1 of n cells; ${r}. ${a}`)).toBe('leaps');
      }),
    );
  });

  it('leaves the near misses a DP or a stack decides to other readings', () => {
    // Landings priced apart: the fewest moves is not the cheapest.
    expect(
      shapeOf(`${ROOFS} Landing on roof j costs c_j coins; find the least total cost instead.`),
    ).toBeNull();
    // The ways counted.
    expect(
      shapeOf(
        'From cell i a frog may jump to any cell i + 1, ..., i + a_i. In how many ways can it reach cell n, fewest first?',
      ),
    ).toBeNull();
    // Passes barred from two neighbouring legs interact.
    expect(shapeOf(`${PASSES} Passes may not be used on two consecutive legs.`)).toBeNull();
    // Groups that are runs of the given order.
    expect(
      shapeOf(
        'Loaves cost a_i each and are bagged in the given order, each bag a run of consecutive loaves, however you like. In a bag of exactly k the cheapest is free. Find the least total.',
      ),
    ).toBeNull();
    // The next wider one keeps the order: no pile is chosen.
    expect(
      shapeOf(
        'Pancakes are stacked as fried; the i-th has width a_i. For each, find the first later pancake that is strictly wider.',
      ),
    ).toBeNull();
  });
});
