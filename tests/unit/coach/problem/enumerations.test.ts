import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerSearch, readAnswerObject } from '@/lib/coach/problem/answer-object';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { TECHNIQUE_IDS } from '@/lib/coach/problem/types';
import { analyse, topThree } from '../../../support/statement';

/*
 * Which exhaustive search a statement over a few items calls for, read from what its question asks
 * (every candidate listed, how many, the best), what is small (n <= 10, 20, 40) and whether the
 * chosen items interact; and the near misses that must stay what they are (a table over totals, a
 * greedy choice by cost, a formula in the count). Each test writes a statement of its own.
 */

/** A technique's own name, as a level-1 hint must never say it. */
const NAMED = new RegExp(
  [...TECHNIQUE_IDS.map((id) => id.replace(/-/g, '[ -]')), 'bitmask', 'meet in the middle', 'recurs'].join(
    '|',
  ),
  'i',
);

describe('every candidate listed: the output sets the cost', () => {
  it('prints every order of a few acts, though the orders are printed in lexicographic order', () => {
    const show = analyse(
      'A circus has n numbers on its bill; number i is performed by a family f_i. The ringmaster wants a running order in which every number appears exactly once and no two numbers of one family follow each other. Print every such running order, in lexicographic order.',
      ['1 <= n <= 8'],
    );
    expect(show.patterns[0]?.id).toBe('backtracking');
    expect(show.complexityTarget).toBe('O(n * n!)');
  });

  it('writes out every chosen set of a few items even when a total judges it', () => {
    const bundles = analyse(
      'A florist has n different flowers with prices p[i]. Return all the different bouquets (sets of flowers) whose prices add up to exactly b. Each flower is used at most once; return the bouquets in any order.',
      ['1 <= n <= 14', '1 <= p[i] <= 100', '1 <= b <= 1000'],
    );
    expect(bundles.patterns[0]?.id).toBe('backtracking');
    expect(bundles.complexityTarget).toBe('O(n * 2^n)');
  });

  it('reads a split of the items between two sides as each item in or out', () => {
    const found = readAnswerObject(
      'a farmer has n distinct melons. find all the ways to divide them into two groups whose total weights are equal.',
      parseConstraints(['1 <= n <= 12', '1 <= w[i] <= 1000'], ''),
    );
    expect(found).toMatchObject({ shape: 'selection', items: 'melons', count: 12 });
    expect(answerSearch(found)).toBe('subsets');
  });
});

describe('the best or the count where chosen items interact', () => {
  it('tries every order of a few seats before any table, however the count is asked', () => {
    const row = analyse(
      'There are n singers to be placed on a stage in one row. Singers who are rivals must not stand next to each other; rivals lists those pairs. In how many ways can all the singers stand in one row?',
      ['1 <= n <= 9', '0 <= rivals.length <= 36'],
    );
    expect(row.patterns[0]?.id).toBe('backtracking');
    expect(row.complexityTarget).toBe('O(n * n!)');
  });

  it('places pieces that see along their row, column and diagonals one per row', () => {
    const rooks = analyse(
      'A chessboard of n x n squares must hold n archers. An archer shoots along its row, along its column and along both diagonals. Return the number of ways to place the archers so that none can hit another.',
      ['1 <= n <= 10'],
    );
    expect(rooks.patterns[0]?.id).toBe('backtracking');
    expect(rooks.complexityTarget).toBe('O(n!)');
    expect(rooks.hints[1]?.text).toMatch(/diagonal/);
    expect(rooks.hints[0]?.text).not.toMatch(NAMED);
  });

  it('splits up to forty items into halves, matched by a search in one sorted half', () => {
    const coins = analyse(
      'You have n coins with values c[i]. Count the ways to choose some of the coins whose values add up to exactly s.',
      ['1 <= n <= 40', '1 <= c[i] <= 10^9', '1 <= s <= 10^9'],
    );
    expect(coins.patterns[0]?.id).toBe('binary-search');
    expect(coins.complexityTarget).toBe('O(n * sqrt(2^n))');
    expect(coins.hints[1]?.text).toMatch(/half/);
    expect(coins.hints[1]?.text).not.toMatch(/on the answer/);
  });

  it('does not read a definition of when two sets differ as a split in two', () => {
    const shells = analyse(
      'A diver has n shells with values v[i]. How many different sets of shells can she give away whose values add up to exactly t? Two sets are different if some shell is in one and not the other.',
      ['1 <= n <= 18', '1 <= v[i] <= 10^9', '1 <= t <= 10^9'],
    );
    expect(topThree(shells)).not.toContain('breadth-first-search');
    expect(topThree(shells).slice(0, 2).sort()).toEqual(['backtracking', 'bit-manipulation']);
    expect(shells.complexityTarget).toBe('O(2^n)');
  });
});

describe('near misses that stay what they are', () => {
  it('takes the cheapest first when only how many items fit a budget counts', () => {
    const books = analyse(
      'A student has m rupees and a shop has n books; book i costs c[i] rupees. Find the largest number of books she can buy without spending more than m rupees.',
      ['1 <= n <= 20', '1 <= c[i] <= 10^9', '1 <= m <= 10^9'],
    );
    expect(books.patterns[0]?.id).toBe('greedy');
    expect(topThree(books)).toContain('sorting');
    expect(books.complexityTarget).toBe('O(n log n)');
  });

  it('tables the totals when too many items meet a small target', () => {
    const stamps = analyse(
      'A clerk has n stamps; stamp i is worth a[i] cents. Count the sets of stamps, each stamp used at most once, whose values add up to exactly k cents, modulo 10^9 + 7.',
      ['1 <= n <= 1000', '1 <= a[i] <= 100', '1 <= k <= 10^4'],
    );
    expect(stamps.patterns[0]?.id).toBe('dynamic-programming');
    expect(stamps.complexityTarget).toBe('O(n * k)');
  });

  it('counts orders of many items by factorials, the count a size', () => {
    const queue = analyse(
      'A queue of n passengers boards a plane. Passenger 1 must not board first. In how many orders can the passengers line up? Print the answer modulo 10^9 + 7.',
      ['2 <= n <= 10^5'],
    );
    expect(queue.patterns[0]?.id).toBe('math');
    expect(queue.complexityTarget).toBe('O(n)');
    expect(queue.complexityLimit).toBe('O(n log n)');
    expect(queue.hints[0]?.text).not.toMatch(NAMED);
  });

  it('keeps a count of choices of items known only by their number a formula', () => {
    const picnic = analyse(
      'Omar has n cousins. In how many ways can he choose a group of at least three cousins for a picnic?',
      ['1 <= n <= 25'],
    );
    expect(picnic.patterns[0]?.id).toBe('math');
    expect(picnic.complexityTarget).toBe('O(1)');
  });

  it('leaves a pick of two of many items to other methods', () => {
    const pair = readAnswerObject(
      'there are n dancers with heights h[i]. pick two dancers whose heights add up to at most k.',
      parseConstraints(['1 <= n <= 2 * 10^5', '1 <= h[i] <= 10^9', '1 <= k <= 10^9'], ''),
    );
    expect(pair?.tabled ?? false).toBe(false);
  });
});

describe('the phrases a split or a budget is written in', () => {
  const nouns = fc.constantFrom('weights', 'sacks', 'parcels', 'stones', 'melons', 'crates');
  const verbs = fc.constantFrom('divide', 'split', 'partition', 'distribute', 'share');
  const sides = fc.constantFrom('two groups', 'two carts', 'two teams', 'two piles');

  it('reads any split of the counted items between two sides as a selection of few', () => {
    fc.assert(
      fc.property(nouns, verbs, sides, fc.integer({ min: 2, max: 20 }), (noun, verb, side, n) => {
        const found = readAnswerObject(
          `there are n ${noun}. ${verb} the ${noun} into ${side} of equal total weight.`,
          parseConstraints([`1 <= n <= ${n}`, '1 <= w[i] <= 100'], ''),
        );
        expect(found).toMatchObject({ shape: 'selection', count: n });
        expect(answerSearch(found)).toBe('subsets');
      }),
    );
  });

  it('reads any statement without throwing or reading past its count', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 10 ** 6 }), (text, n) => {
        const found = readAnswerObject(text.toLowerCase(), parseConstraints([`1 <= n <= ${n}`], ''));
        if (found) expect(found.count).toBeLessThanOrEqual(n);
      }),
    );
  });
});
