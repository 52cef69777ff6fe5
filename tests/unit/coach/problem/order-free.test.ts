import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/**
 * Sorting read from how a question is built (knowledge/order-free.ts): the answer does not depend
 * on the order the input arrives in. Statements written for these tests (none is a labelled
 * page), each beside a near miss whose answer is a run or a position of the given order.
 */
function analyse(statement: string, constraints: string[]) {
  return analyzeProblem(problemContext({ title: 'Example', statement, constraints }));
}
const first = (statement: string, constraints: string[]) => analyse(statement, constraints).patterns[0]?.id;
const topThree = (statement: string, constraints: string[]) =>
  analyse(statement, constraints)
    .patterns.slice(0, 3)
    .map((p) => p.id);
const MANY = ['1 <= n <= 10^5', '1 <= a[i] <= 10^9'];

describe('sorting where the input order plays no part', () => {
  it('items run one after another in an order the solver chooses, in the words of the story', () => {
    for (const statement of [
      'A potter fires n pieces one at a time, back to back, in an order the potter chooses; piece i takes a[i] hours and earns its target d[i] minus the hour it comes out. Find the largest total of points.',
      'A clerk serves the n customers one after another, and she may choose the order. Customer i needs a[i] minutes. Return the smallest total waiting time.',
    ]) {
      const analysis = analyse(statement, MANY);
      expect(
        analysis.patterns.slice(0, 2).map((p) => p.id),
        statement,
      ).toContain('sorting');
      expect(analysis.complexityTarget, statement).toBe('O(n log n)');
    }
  });

  it('items taken in any order, but not an answer merely returned in any order', () => {
    expect(
      first(
        'A baker bakes the n loaves a[i] in any order she likes; a loaf baked i-th goes stale by i times its weight. Return the least total staleness.',
        MANY,
      ),
    ).toBe('sorting');
    expect(
      topThree(
        'Return every index i such that a[i] is larger than both its neighbours. You may return the answer in any order.',
        MANY,
      ),
    ).not.toContain('sorting');
  });

  it('leaves letters or kinds rearranged at will to a count, and cuts whose neighbours change to a DP', () => {
    expect(
      first(
        'The letters of the string s may be rearranged in any order. Return the length of the longest palindrome that can be built from them.',
        ['1 <= s.length <= 10^5', 's consists of lowercase English letters.'],
      ),
    ).not.toBe('sorting');
    expect(
      first(
        'A rod of length n is marked at the positions cuts[i]. You make the cuts in any order, and each cut costs the length of the piece it is made in. Return the smallest total cost.',
        ['2 <= n <= 10^6', '1 <= cuts.length <= 100'],
      ),
    ).toBe('dynamic-programming');
  });

  it('matches items by rank when each gets exactly one partner, not when few invite a search', () => {
    expect(
      first(
        'The n runners are split into pairs of two for a relay; a pair is as slow as the sum of its times a[i]. Return the smallest possible time of the slowest pair.',
        MANY,
      ),
    ).toBe('sorting');
    expect(
      first(
        'The n runners are split into pairs of two for a relay; a pair is as slow as the sum of its times a[i]. Return the smallest possible time of the slowest pair.',
        ['1 <= n <= 16', '1 <= a[i] <= 10^9'],
      ),
    ).not.toBe('sorting');
  });

  it('pairs by rank when everyone is split into pairs', () => {
    expect(
      first(
        'The 2n dancers a[i] are split into n pairs; a pair is as clumsy as the difference of its two heights. Return the smallest possible total clumsiness.',
        MANY,
      ),
    ).toBe('sorting');
  });

  it('serves items one at a time by their own due times', () => {
    expect(
      topThree(
        'A tailor has n orders; order i takes a[i] days and is due on day d[i]. He sews one order at a time. Can every order be finished on time?',
        [...MANY, '1 <= d[i] <= 10^9'],
      ),
    ).toContain('sorting');
  });

  it('pushes equal values apart with unit steps after putting them together', () => {
    expect(
      first(
        'Some of the n seat numbers a[i] repeat. In one step you may increase a seat number by 1. Return the fewest steps after which all seat numbers are distinct.',
        MANY,
      ),
    ).toBe('sorting');
  });

  it('finds the two closest values over all pairs, but not between neighbours of the input', () => {
    expect(
      first('Return the smallest value of |a_i - a_j| over all pairs i != j of the n readings.', MANY),
    ).toBe('sorting');
    expect(
      topThree('Return the smallest value of |a_i - a_{i+1}| over all adjacent readings i, i + 1.', MANY),
    ).not.toContain('sorting');
  });

  it('puts one point where the total distance is least, not where the farthest walk is shortest', () => {
    expect(
      first(
        'The n shops stand at positions a[i] on a road. Build one depot at an integer position so that the total driving distance from every shop to it is as small as possible.',
        MANY,
      ),
    ).toBe('sorting');
    expect(
      first(
        'The n shops stand at positions a[i] on a road. Build one depot at an integer position so that the longest drive from a shop to it is as short as possible.',
        MANY,
      ),
    ).not.toBe('sorting');
  });

  it('never sorts where the answer is a contiguous run of the given order', () => {
    expect(
      topThree(
        'The n loaves a[i] may be baked in any order, but the inspector checks a contiguous run of the list as given. Return the largest total of a contiguous run.',
        MANY,
      ),
    ).not.toContain('sorting');
  });

  it('fills boats of one or two by rank, but a dock that serves one ship at a time is a schedule', () => {
    expect(
      first(
        'Each canoe takes one or two campers whose weights a[i] add up to at most w. Return the fewest canoes that carry all n campers.',
        [...MANY, '1 <= w <= 10^9'],
      ),
    ).toBe('sorting');
    expect(
      first(
        'Ship i arrives at time s[i] and leaves at time e[i]. A dock serves one ship at a time. Return the fewest docks needed.',
        ['1 <= n <= 10^5', '0 <= s[i] < e[i] <= 10^9'],
      ),
    ).not.toBe('sorting');
  });

  it('finds the two most alike values, but not the closest two entries of a log by position', () => {
    expect(
      first(
        'Return the height difference of the two trees whose heights are the most alike among the n trees a[i].',
        MANY,
      ),
    ).toBe('sorting');
    expect(
      topThree(
        'Return the two closest entries of the log that hold the same code: the smallest j - i with a[i] == a[j].',
        MANY,
      ),
    ).not.toContain('sorting');
  });

  it('picks the chosen items with the least spread from the sorted values', () => {
    expect(
      first(
        'Choose k of the n melons a[i] for a crate so that the difference between the heaviest and the lightest melon chosen is as small as possible. Return that difference.',
        [...MANY, '1 <= k <= n'],
      ),
    ).toBe('sorting');
  });

  it('reads neighbours in an arrangement made at will as no order of the input', () => {
    expect(
      topThree(
        'The n guests a[i] may be seated in any order along a bench. Return the smallest possible largest height difference between two guests sitting next to each other.',
        MANY,
      ),
    ).toContain('sorting');
    expect(
      topThree(
        'The n guests sit on a bench in the order given. Return the largest height difference between two guests sitting next to each other.',
        MANY,
      ),
    ).not.toContain('sorting');
  });
});
