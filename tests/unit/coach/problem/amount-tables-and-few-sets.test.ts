import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerSearch, readAnswerObject } from '@/lib/coach/problem/answer-object';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { analyse, panelOf } from '../../../support/statement';

/*
 * Two structures a page names without the classic words: pieces of kinds whose supply has no end,
 * making an exact amount (a table over every amount up to it), and a set of few items each used at
 * most once (every subset tried). Statements written for these tests, none a labelled page, each
 * beside a near miss that reads alike and is solved another way.
 */

const KINDS = ['1 <= N <= 100', '1 <= A_i <= 10^4', '1 <= X <= 10^5'];

describe('kinds with no end to their supply, to an exact amount', () => {
  it('the fewest pieces, the supply told as "as many of each as anyone wants": a table over amounts', () => {
    const panel = panelOf(
      'A mint stamps medals of N sizes; a medal of size i weighs A_i grams, and the mint will strike as many medals of each size as anyone wants. Find the fewest medals whose weights add up to exactly X grams, or print -1 if no such set exists.',
      KINDS,
    );
    expect(panel.top).toBe('dynamic-programming');
    expect(panel.target).toBe('O(n * k)');
  });

  it('the different purchases counted, the supply that "never runs out"', () => {
    const panel = panelOf(
      'A bakery packs rolls in bags of N sizes, the i-th holding A_i rolls, and it never runs out of bags of any size. A school wants exactly X rolls. Two orders are different when they hold a different number of bags of some size. Print how many different orders hold exactly X rolls, modulo 10^9 + 7.',
      KINDS,
    );
    expect(panel.top).toBe('dynamic-programming');
    // The kinds times the amount; which letter the amount takes is the target's reading, not this one.
    expect(panel.target).toMatch(/^O\(n \* [a-z]\)$/);
  });

  it('an operation repeated as often as one wants is no supply of kinds', () => {
    const analysis = analyse(
      'You may apply the operation as many times as you want: choose an index i and add A_i to X. Find the fewest operations that make X exactly 0.',
      KINDS,
    );
    const reasons = analysis.patterns.map((pattern) => pattern.reason).join(' ');
    expect(reasons).not.toMatch(/pieces of each kind can be used again and again/);
  });
});

describe('a set of few items, each used at most once, with no verb of choosing', () => {
  const FEW = ['1 <= n <= 20', '1 <= p_i <= 10^9', '1 <= B <= 10^10'];

  it('"at most one of each" beside the items makes them a set of the items: every subset, the total carried', () => {
    const answer = readAnswerObject(
      'a florist has n different flowers, flower i costing p_i. a bouquet of one or more flowers (at most one of each) must cost exactly b. count the bouquets.',
      parseConstraints(FEW, ''),
    );
    expect(answer?.shape).toBe('selection');
    expect(answerSearch(answer)).toBe('subsets');
    const panel = panelOf(
      'A florist has n different flowers, flower i costing p_i. A bouquet of one or more flowers (at most one of each) must cost exactly B in total. Count the bouquets.',
      FEW,
    );
    expect(panel.top).toBe('backtracking');
    expect(panel.target).toBe('O(2^n)');
  });

  it('"never the same weight twice" reads the same way', () => {
    const answer = readAnswerObject(
      'a chemist has n brass weights, weight i of w_i grams. she puts one or more of her weights on the pan, never the same weight twice, so that their total is exactly b.',
      parseConstraints(FEW, ''),
    );
    expect(answerSearch(answer)).toBe('subsets');
  });

  it('"as few courses as possible" of twenty: every subset checked over its members', () => {
    const panel = panelOf(
      'A camp runs n workshops over d days, and workshop i meets on a given set of days. A camper wants a workshop on every day and to join as few workshops as possible. Print the least number of workshops, or -1.',
      ['1 <= n <= 20', '1 <= d <= 30'],
    );
    expect(panel.top).toBe('bit-manipulation');
    expect(panel.target).toBe('O(n * 2^n)');
  });

  it('near miss: the same words over 10^5 items are no subset search', () => {
    const answer = readAnswerObject(
      'a florist has n different flowers, flower i costing p_i. a bouquet of one or more flowers (at most one of each) must cost exactly b. count the bouquets.',
      parseConstraints(['1 <= n <= 10^5', '1 <= p_i <= 10^9', '1 <= B <= 10^10'], ''),
    );
    expect(answerSearch(answer)).toBeNull();
  });

  it('near miss: "as few coins as possible" of kinds used again and again is no set of the coins', () => {
    const answer = readAnswerObject(
      'there are n kinds of coins, coin i worth c_i, and each kind may be used any number of times. pay exactly x with as few coins as possible.',
      parseConstraints(['1 <= n <= 10', '1 <= c_i <= 10^4', '1 <= x <= 10^5'], ''),
    );
    expect(answerSearch(answer)).not.toBe('subsets');
  });

  it('reads "at most one of each" whatever the items are called', () => {
    fc.assert(
      fc.property(fc.constantFrom('flowers', 'stamps', 'gadgets', 'sweets', 'tokens'), (items) => {
        const answer = readAnswerObject(
          `a shop has n different ${items}. a pack of one or more ${items} (at most one of each) must cost exactly b.`,
          parseConstraints(FEW, ''),
        );
        return answerSearch(answer) === 'subsets';
      }),
    );
  });
});
