import { describe, expect, it } from 'vitest';
import { expectSoundLadder as expectSound, hintLadder as ladder } from '../../../support/hint-ladder';

const GENERIC_STATE = /Define a state \(a prefix, a position, a remaining amount\)/;

describe('DP ladders say what the table holds, in the statement’s terms', () => {
  it('compare two sequences over both prefixes, naming the two inputs', () => {
    const cases = [
      {
        statement:
          'Given two strings `draft` and `final`, return the fewest single-character insertions, deletions or substitutions that turn `draft` into `final`.',
        constraints: ['0 <= draft.length, final.length <= 500'],
        names: ['draft', 'final'],
      },
      {
        statement:
          'Two strands of genetic code are written as strings `left` and `right`. Return the length of the longest sequence of letters that appears in both strands in the same order, though not necessarily next to each other.',
        constraints: ['1 <= left.length, right.length <= 1000'],
        names: ['left', 'right'],
      },
      {
        statement:
          'Given strings `source` and `goal`, return the number of distinct ways to delete characters from `source` so that what is left equals `goal`.',
        constraints: ['1 <= source.length, goal.length <= 1000'],
        names: ['source', 'goal'],
      },
    ];
    for (const { statement, constraints, names } of cases) {
      const rungs = ladder(statement, constraints, ['Dynamic Programming', 'String']);
      expectSound(rungs);
      const [, approach, outline] = rungs;
      expect(approach, statement).toMatch(/both prefixes|entry \(i, j\)/);
      expect(approach).not.toMatch(GENERIC_STATE);
      for (const name of names) expect(outline, statement).toContain(name);
    }
  });

  it('name the two strings in the classic edit ladder too', () => {
    const statement =
      'Given two words `source` and `target`, return the minimum number of operations to turn `source` into `target`, where an operation inserts a character, deletes a character or replaces one character with another.';
    const [nudge, approach, outline] = ladder(statement, ['0 <= source.length, target.length <= 500'], []);
    expect(approach).toMatch(/entry \(i, j\)/);
    for (const rung of [nudge, approach, outline]) {
      expect(rung).toContain('source');
      expect(rung).toContain('target');
    }
  });

  it('take or leave each item along a line when neighbours exclude each other', () => {
    for (const statement of [
      'Houses stand along a street and `cash[i]` is the money in house `i`. Neighbouring houses are wired together, so you cannot rob two adjacent houses. Return the most money you can take.',
      'A trainer plans `n` days; a session on day `i` burns `kcal[i]` calories. She never trains on two consecutive days. Return the most calories she can burn.',
      'Choose some elements of the integer array `nums` so that no two chosen elements are next to each other. Return the largest possible sum of the chosen elements.',
    ]) {
      const rungs = ladder(
        statement,
        ['1 <= n <= 10^5', '1 <= nums.length <= 10^5'],
        ['Dynamic Programming'],
      );
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/best .*up to/i);
      expect(rungs[1]).toMatch(/two back|i - 2/);
    }
  });

  it('fill a table over amounts, with the loop order deciding combinations against orders', () => {
    const fewest = ladder(
      'You are given an integer array `tokens` of token values and an integer `fare`. Each token value may be used as many times as you like. Return the fewest tokens that add up to exactly `fare`, or `-1` if no choice of tokens does.',
      ['1 <= tokens.length <= 12', '1 <= fare <= 10^4'],
      ['Dynamic Programming'],
    );
    expectSound(fewest);
    expect(fewest[1]).toMatch(/0 to fare/);
    expect(fewest[1]).toMatch(/fewest/);
    expect(fewest[2]).toContain('fare');

    const ways = ladder(
      'A vending machine takes coins whose values are given in `coins`, with an unlimited supply of each. Return the number of combinations of coins that make up exactly `price`. Two combinations that use the same coins in a different order are the same combination.',
      ['1 <= coins.length <= 300', '1 <= price <= 5000'],
      ['Dynamic Programming'],
    );
    expectSound(ways);
    expect(ways[1]).toMatch(/number of ways/);
    expect(ways[1]).toMatch(/outside/);
    expect(ways[2]).toContain('price');

    const orders = ladder(
      'Given distinct step sizes in `steps` and a target `goal`, return the number of sequences of steps that add up to exactly `goal`. Any step may be used any number of times, and sequences that differ only in order count as different.',
      ['1 <= steps.length <= 200', '1 <= goal <= 1000'],
      ['Dynamic Programming'],
    );
    expectSound(orders);
    expect(orders[1]).toMatch(/number of ways/);
    expect(orders[2]).toMatch(/every order counts/i);

    const once = ladder(
      'There are `n` parcels and parcel `i` weighs `w[i]` kilograms. Decide whether some of the parcels weigh exactly `limit` kilograms in total. Each parcel can be chosen at most once.',
      ['1 <= n <= 200', '1 <= w[i] <= 100', '1 <= limit <= 10^4'],
      ['Dynamic Programming'],
    );
    expectSound(once);
    expect(once[2]).toMatch(/downward/);
    expect(once[2]).toContain('limit');
  });

  it('keep the best run ending at each position, with the halving refinement at the outline', () => {
    for (const statement of [
      'Given an integer array `nums`, return the length of the longest strictly increasing subsequence.',
      'A row of `n` saplings is planted; sapling `i` is `h[i]` centimetres tall. Keeping them in their order, pick as many as you can so that the picked heights are strictly increasing. Return the largest number you can pick.',
    ]) {
      const rungs = ladder(
        statement,
        ['1 <= n <= 10^5', '1 <= nums.length <= 2500'],
        ['Dynamic Programming'],
      );
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/ending at/);
      expect(rungs[2], statement).toMatch(/halving/);
    }
  });

  it('keep the best stretch ending at each position when the run must be contiguous', () => {
    for (const statement of [
      'A shop records its daily profit in `profit`; a day may lose money. Return the largest total profit over a non-empty stretch of consecutive days.',
      'Given an integer array `nums`, find the contiguous subarray with the largest sum and return that sum.',
    ]) {
      const rungs = ladder(
        statement,
        ['1 <= profit.length, nums.length <= 10^5', '-10^4 <= profit[i], nums[i] <= 10^4'],
        ['Dynamic Programming'],
      );
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/ending at/);
      expect(rungs[2], statement).toMatch(/negative/);
      expect(rungs[2]).not.toMatch(/halving/);
    }
  });

  it('reach each position from the few a move comes from', () => {
    for (const statement of [
      'A staircase has `n` steps. Each time you climb either one step or two steps. In how many different ways can you get to the top?',
      'Tiles are numbered `1` to `n` and tile `i` has height `h[i]`. A hopper on tile `i` may hop to tile `i + 1` or tile `i + 2`, paying the difference of the two heights. Return the least it pays to get from tile `1` to tile `n`.',
    ]) {
      const rungs = ladder(statement, ['1 <= n <= 10^5'], ['Dynamic Programming']);
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/one move back/);
    }
  });

  it('take jobs in order of their end, each with the best of the jobs that end before it starts', () => {
    for (const statement of [
      'A plumber is offered `n` jobs; job `i` starts at `start[i]`, ends at `finish[i]` and pays `pay[i]`. He can do one job at a time, and a job may start at the moment another ends. Return the most he can earn.',
      'A hall receives `n` booking requests, each with a start day, an end day and a fee. Accepted bookings must not overlap. Return the largest total fee the hall can collect.',
    ]) {
      const rungs = ladder(statement, ['1 <= n <= 5 * 10^4'], ['Dynamic Programming', 'Binary Search']);
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/by end/);
      expect(rungs[2], statement).toMatch(/halving search/);
    }
  });

  it('never sort jobs promised in order', () => {
    const rungs = ladder(
      'A plumber is offered `n` jobs; job `i` starts at `start[i]`, ends at `finish[i]` and pays `pay[i]`. The jobs are sorted by end time. He can do one job at a time. Return the most he can earn.',
      ['1 <= n <= 5 * 10^4'],
      ['Dynamic Programming', 'Binary Search'],
    );
    expectSound(rungs);
    expect(rungs.join(' ')).not.toMatch(/\bSort\b/);
  });

  it('count or price the paths across a grid cell by cell', () => {
    for (const statement of [
      'A robot stands in the top-left cell of an `m x n` board and may only move right or down, one cell at a time. Return the number of different paths it can take to the bottom-right cell.',
      'Each cell of the grid `cost` holds a non-negative toll. Moving only down or right, return the smallest total toll of a path from the top-left cell to the bottom-right cell.',
    ]) {
      const rungs = ladder(
        statement,
        ['m == cost.length', 'n == cost[i].length', '1 <= m, n <= 100'],
        ['Dynamic Programming', 'Matrix'],
      );
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/above/);
      expect(rungs[1]).toMatch(/left/);
    }
  });

  it('mark the beginnings of a string that split into listed words', () => {
    for (const statement of [
      'Given a string `s` and a list of strings `words`, return `true` if `s` can be split into a sequence of one or more words from the list. A word may be used more than once.',
      'A sentence lost its spaces and is now the string `text`. Given a list `vocabulary` of valid words, return the number of ways to break `text` into a sequence of valid words.',
    ]) {
      const rungs = ladder(
        statement,
        ['1 <= s.length, text.length <= 300', '1 <= words.length, vocabulary.length <= 1000'],
        ['Dynamic Programming'],
      );
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/splittable/);
    }
  });

  it('keep the general ladder where no table shape is asked for', () => {
    for (const statement of [
      // Neighbours differ, but nothing is taken or left: a colour per house, not a choice to skip.
      'There are `n` houses in a row and each must be painted red, blue or green; `cost[i][c]` is the price of painting house `i` with colour `c`. No two adjacent houses may have the same colour. Return the cheapest total.',
      // Numbers of shapes with n nodes: a count over sizes, none of the shapes above.
      'Return the number of structurally different binary search trees that store the values `1` to `n`.',
      // Two arrays with values in common, but no order to keep: no table over both prefixes.
      'Common values. You are given two arrays `first` and `second`. Return how many values of `first` also occur in `second`.',
      // Increasing, but one pair and no chain: no best run ending at each position.
      'Given an integer array `nums`, return the maximum difference between two increasing elements: the largest `nums[j] - nums[i]` with `i < j` and `nums[i] < nums[j]`.',
    ]) {
      const rungs = ladder(
        statement,
        ['1 <= n <= 100', '1 <= first.length, second.length <= 100', '2 <= nums.length <= 1000'],
        ['Dynamic Programming'],
      );
      expectSound(rungs);
      expect(rungs[1], statement).not.toMatch(/splittable|both prefixes|ending at|two back|0 to /);
    }
  });
});
