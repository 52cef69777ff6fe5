import { describe, expect, it } from 'vitest';
import { analyse, topThree } from '../../../support/statement';

/**
 * The classic patterns that search a space of states (knowledge/patterns.ts): every subset of few
 * items, the fewest equal-cost moves between settings, words one change apart; on statements
 * written for these tests, with the near-misses each rule must leave alone.
 */

describe('searches over subsets, settings and states', () => {
  it('leads with a DP over subsets when few items each go to exactly one place, and aims at n * 2^n', () => {
    const analysis = analyse(
      'There are n students and n lab benches. score[i][j] is how well student i works at bench j. Each student takes exactly one bench and each bench is taken by exactly one student. Return the largest possible total score.',
      ['1 <= n <= 18', '0 <= score[i][j] <= 100'],
    );
    expect(analysis.patterns[0]?.id).toBe('dynamic-programming');
    expect(topThree(analysis)).toContain('bit-manipulation');
    expect(analysis.complexityTarget).toBe('O(n * 2^n)');
    expect(analysis.hints[1]?.text).toMatch(/DP over subsets/);
  });

  it('leaves a listing of every arrangement to backtracking, and a large n to other methods', () => {
    const listing = analyse(
      'Given n distinct letters, return all possible strings that use each letter exactly once.',
      ['1 <= n <= 12'],
    );
    expect(listing.patterns[0]?.id).not.toBe('dynamic-programming');
    const large = analyse(
      'Each of the n workers is given exactly one task from the list. Return the smallest possible total time.',
      ['1 <= n <= 10^5', '1 <= time[i] <= 10^9'],
    );
    expect(large.patterns[0]?.reason ?? '').not.toMatch(/every subset/);
  });

  it('searches the states breadth-first for the fewest equal-cost presses that may not exist', () => {
    const analysis = analyse(
      'A row of switches is given as a binary string s. Pressing switch i flips it and the switch after it. Return the minimum number of presses that turns every switch on, or -1 if that cannot be done.',
      ['1 <= s.length <= 15'],
    );
    expect(analysis.patterns[0]?.id).toBe('breadth-first-search');
    expect(analysis.complexityTarget).toBe('O(n * 2^n)');
    expect(analysis.hints[1]?.text).toMatch(/over states/);
  });

  it('searches the states breadth-first when a start is turned into a goal that is promised reachable', () => {
    const analysis = analyse(
      'A panel shows a binary string s. Pressing button i flips s[i] and s[i + 1]. Return the fewest button presses that turn s into the string goal. It is guaranteed that this can be done.',
      ['1 <= s.length <= 12', 'goal.length == s.length'],
    );
    expect(analysis.patterns[0]?.id).toBe('breadth-first-search');
  });

  it('searches the values breadth-first only while the range of values is small enough to walk', () => {
    const statement =
      'You start at the number start. One move adds a, subtracts b, or doubles the number. Return the fewest moves that reach goal, or -1 if goal cannot be reached.';
    const small = analyse(statement, ['0 <= start, goal, a, b <= 10^6']);
    expect(small.patterns[0]?.id).toBe('breadth-first-search');
    expect(small.complexityTarget).toBe('O(n)');
    const huge = analyse(statement, ['0 <= start, goal, a, b <= 10^18']);
    expect(huge.patterns[0]?.id).not.toBe('breadth-first-search');
  });

  it('does not read "minimum number of operations" on a large array as a search over states', () => {
    const analysis = analyse(
      'You are given an array of n piles. In one operation you remove one stone from any pile. Return the minimum number of operations to make all piles equal.',
      ['1 <= n <= 10^5', '1 <= piles[i] <= 10^9'],
    );
    expect(topThree(analysis)).not.toContain('breadth-first-search');
  });

  it('reads a tour from "photograph all the sites" as well as from "exactly once"', () => {
    const analysis = analyse(
      'A robot starts at dock 0 and must inspect all the stations; cost[i][j] is the energy to move from station i to station j. Return the least energy needed.',
      ['1 <= n <= 14', 'n == cost.length == cost[i].length', '0 <= cost[i][j] <= 1000'],
    );
    expect(analysis.patterns[0]?.id).toBe('dynamic-programming');
    expect(analysis.complexityTarget).toBe('O(n^2 * 2^n)');
  });

  it('reads no rooms into a change made one letter at a time from one word to another', () => {
    const ladder = analyse(
      'A user may change the code word by replacing exactly one letter at a time, and every word on the way must be in the list allowed. Return the fewest changes needed to go from begin to goal, or 0 if it cannot be done.',
      ['1 <= begin.length <= 10', '1 <= allowed.length <= 5000', 'allowed[i].length == begin.length'],
    );
    expect(topThree(ladder)).not.toContain('heap-priority-queue');
    const spans = analyse(
      'Each booking holds a desk from hour a_i to hour b_i, and a desk serves one booking at a time. Return the fewest desks the office needs.',
      ['1 <= n <= 10^5', '0 <= a_i < b_i <= 24'],
    );
    expect(spans.patterns[0]?.id).toBe('heap-priority-queue');
  });

  it('searches breadth-first through a list of words one change apart, and not for an edit distance', () => {
    const chains = [
      analyse(
        'Each move changes exactly one letter of the current word, and every word reached must be in the dictionary. What is the fewest number of moves from source to destination? Return -1 if it cannot be done.',
        ['1 <= dictionary.length <= 5000', '1 <= source.length <= 10'],
      ),
      analyse(
        'Two codes are neighbours if they differ in exactly one digit. Given the list valid of valid codes, a starting code and a target code, return the length of the shortest chain of valid codes from start to target in which each code is a neighbour of the one before, or 0 if there is none.',
        ['1 <= valid.length <= 10^4', 'All codes have 6 digits.'],
      ),
      analyse(
        'A tag is a string of 8 characters. One mutation replaces a single character. Every tag along the way must appear in the bank. Return the minimum number of mutations needed to turn first into last, or -1.',
        ['0 <= bank.length <= 10', 'first.length == last.length == 8'],
      ),
    ];
    for (const chain of chains) expect(chain.patterns[0]?.id).toBe('breadth-first-search');
    const edits = analyse(
      'Return the minimum number of operations to turn word1 into word2, where one operation inserts, deletes or replaces a single character.',
      ['0 <= word1.length, word2.length <= 500'],
    );
    expect(edits.patterns[0]?.id).not.toBe('breadth-first-search');
    const palindrome = analyse(
      'Return the fewest changes, each replacing a single character of s, that make s a palindrome.',
      ['1 <= s.length <= 10^5'],
    );
    expect(topThree(palindrome)).not.toContain('breadth-first-search');
    // Each mirrored pair of a string made a palindrome by replacements is fixed on its own; one made
    // by insertions is a DP over its ends.
    expect(palindrome.patterns[0]?.id).toBe('two-pointers');
    const insertions = analyse('Return the fewest insertions that make s a palindrome.', [
      '1 <= s.length <= 500',
    ]);
    expect(insertions.patterns[0]?.id).not.toBe('two-pointers');
  });

  it('lists selections, not orders, when the order of picking is said not to matter', () => {
    const selections = [
      analyse(
        'A bakery has n fillings, listed in fillings. Any number of them may go into a pie, none included, and the order in which they are chosen does not matter. Return all the different pies that can be made.',
        ['1 <= fillings.length <= 10', 'All the fillings are different.'],
      ),
      analyse(
        "Return every group of people from the list volunteers that could be sent out, the empty group too. The order in which volunteers are picked doesn't matter.",
        ['1 <= volunteers.length <= 12'],
      ),
    ];
    for (const analysis of selections) expect(analysis.complexityTarget).toBe('O(n * 2^n)');
    const seatings = analyse(
      'Return every order in which the people in the list guests can be seated along the bench.',
      ['1 <= guests.length <= 8', 'All the guests are different.'],
    );
    expect(seatings.complexityTarget).toBe('O(n * n!)');
  });

  it('aims n-queens at O(n!): the exception to an order costing its length', () => {
    // The attacked lines sit in sets, so each placement is O(1): n! partial boards bound it.
    const boards = analyse(
      'Place n queens on an n x n chessboard so that no two queens attack each other: no two share a row, a column or a diagonal. Return every distinct board, each as a list of strings.',
      ['1 <= n <= 9'],
    );
    expect(boards.patterns[0]?.id).toBe('backtracking');
    expect(boards.complexityTarget).toBe('O(n!)');
  });

  it('reads the fewest moves between places as a search, and the fewest moves that change values as arithmetic', () => {
    const places = analyse(
      'You stand on index 0 of the array a. From index i you may jump to index i + a[i] or i - a[i]. Return the fewest jumps to reach the last index, or -1.',
      ['1 <= a.length <= 10^5', '0 <= a[i] <= 10^5'],
    );
    expect(topThree(places)).toContain('breadth-first-search');
    const values = analyse(
      'In one move you add 1 to every element of nums except one. Return the minimum number of moves that makes all the elements equal.',
      ['1 <= nums.length <= 10^5', '-10^9 <= nums[i] <= 10^9'],
    );
    expect(topThree(values)).not.toContain('breadth-first-search');
  });
});
