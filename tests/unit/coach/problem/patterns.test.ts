import { describe, expect, it } from 'vitest';
import { analyse, topThree } from '../../../support/statement';

/**
 * The classic interview patterns read from a statement's structure (knowledge/patterns.ts), on
 * statements written for these tests (none is a labelled case), with the near-misses each rule
 * must leave alone: orders, stacks, heaps, groups and running totals. Searches over states and
 * over the answer have files of their own (patterns-states, patterns-halving).
 */

describe('classic patterns read from what is asked, what the input is and its bounds', () => {
  it('keeps equal items apart greedily, by their counts, when the order is free', () => {
    const analysis = analyse(
      'A printer receives a list of jobs, each labelled by a letter for its paper type. Jobs may be printed in any order, but the same paper type cannot be used again until k other jobs (or idle turns) have passed. Return the fewest turns needed.',
      ['1 <= jobs.length <= 10^4', '0 <= k <= 100'],
    );
    expect(analysis.patterns[0]?.id).toBe('greedy');
    expect(analysis.patterns.map((p) => p.id)).toContain('heap-priority-queue');
    expect(analysis.hints[1]?.text).toMatch(/most frequent kind sets the frame/);
  });

  it('merges two inputs sorted by the output key with two pointers in linear time', () => {
    const analysis = analyse(
      'Two shops each send a list of deliveries [time, parcel]: a with n entries and b with m entries. Both lists are sorted by time. Return one list of all the deliveries sorted by time.',
      ['0 <= a.length, b.length <= 10^5', '0 <= time <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('two-pointers');
    expect(analysis.complexityTarget).toBe('O(n + m)');
    // A merge, not the corner walk of a grid sorted both ways.
    expect(analysis.hints[1]?.text).toMatch(/one per input/);
  });

  it('does not take an output "sorted by name" for sorted input', () => {
    const analysis = analyse(
      'You are given n members as [name, team]. Return the names of the members whose team has exactly one member, sorted by name.',
      ['1 <= n <= 10^5'],
    );
    expect(topThree(analysis)).not.toContain('two-pointers');
  });

  it('does not close in on a pair with two pointers because the answer is "sorted by name"', () => {
    const analysis = analyse(
      'Given a list staff of employees [name, salary], return the names of two employees whose salaries add up to target, sorted by name.',
      ['2 <= staff.length <= 10^5', '1 <= salary, target <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('hash-table');
    expect(topThree(analysis)).not.toContain('two-pointers');
  });

  it('counts groups after each added link with union-find', () => {
    const analysis = analyse(
      'There are n islands and no bridges. Bridges are built one at a time; bridges[j] = [a_j, b_j] joins islands a_j and b_j. Report the number of separate groups of islands right after each bridge is built.',
      ['1 <= n <= 10^5', '1 <= bridges.length <= 10^5', '0 <= a_j, b_j < n'],
    );
    expect(analysis.patterns[0]?.id).toBe('union-find');
  });

  it('finds the next item with more of something with a monotonic stack', () => {
    const analysis = analyse(
      'For each of n consecutive weeks you know the sales. For every week, return how many weeks later the first week with strictly more sales comes, or 0.',
      ['1 <= n <= 10^5', '0 <= sales[i] <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('monotonic-stack');
  });

  it('spaces equal items k apart greedily when they may be reordered, not when the order is fixed', () => {
    const free = analyse(
      'Reorder the string s so that two equal letters are always at least k positions apart; return any such string or an empty string.',
      ['1 <= s.length <= 10^5', 's consists of lowercase English letters', '0 <= k <= s.length'],
    );
    expect(free.patterns[0]?.id).toBe('greedy');
    expect(free.complexityTarget).toBe('O(n)');
    const fixed = analyse(
      'Tasks must be done in the given order. Two tasks of one type must be at least k days apart. Return the number of days needed.',
      ['1 <= tasks.length <= 10^5', '1 <= tasks[i] <= 10^9', '1 <= k <= 10^5'],
    );
    expect(fixed.patterns[0]?.id).not.toBe('greedy');
  });

  it('orders items that can start only after all of a list of others', () => {
    const analysis = analyse(
      'There are n courses. Course i can be started only after all courses in need[i] are passed. Return an order in which to take every course, or an empty list.',
      ['1 <= n <= 10^4', '0 <= need[i].length < n'],
    );
    expect(analysis.patterns[0]?.id).toBe('topological-sort');
  });

  it('waits for the next fall below with a monotonic stack', () => {
    const analysis = analyse(
      'For each day, return how many days pass until the temperature first drops below that day, or -1.',
      ['1 <= temps.length <= 10^5', '-50 <= temps[i] <= 50'],
    );
    expect(analysis.patterns[0]?.id).toBe('monotonic-stack');
  });

  it('books rooms for overlapping items with a heap of end times, and hints at that heap', () => {
    const analysis = analyse(
      'Each of n meetings runs from start_i to end_i. A room holds one meeting at a time. What is the minimum number of rooms the office needs so that every meeting has one?',
      ['1 <= n <= 10^5', '0 <= start_i < end_i <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('heap-priority-queue');
    expect(analysis.complexityTarget).toBe('O(n log n)');
    expect(analysis.hints[1]?.text).toMatch(/end times/);
  });

  it('improves every pair through every middle node when all pairs are asked of a matrix, not from one source', () => {
    const allPairs = [
      analyse(
        'There are n depots. cost[i][j] is the price of a direct truck from depot i to depot j, or -1 if there is none. Goods may change trucks at any depot. Return the cheapest price from every depot to every other depot as a matrix, with -1 where goods cannot get through.',
        ['n == cost.length == cost[i].length', '2 <= n <= 300', '-1 <= cost[i][j] <= 10^6'],
      ),
      analyse(
        'A map of n villages gives walk[i][j], the minutes of the direct path between villages i and j (0 if there is none). For every pair of villages, report the least walking time between them.',
        ['1 <= n <= 200', 'walk is an n x n matrix', '0 <= walk[i][j] <= 1000'],
      ),
      analyse(
        'fare[i][j] is the direct fare from station i to station j. Return the table of the lowest fare between any two stations, travelling through other stations if it is cheaper.',
        ['2 <= n <= 150', 'fare.length == n', 'fare[i].length == n', '0 <= fare[i][j] <= 500'],
      ),
    ];
    for (const analysis of allPairs) {
      expect(topThree(analysis)).toContain('shortest-path');
      expect(analysis.complexityTarget).toBe('O(n^3)');
    }
    const oneSource = analyse(
      'cost[i][j] is the price of a direct truck from depot i to depot j, or -1 if there is none. Return the cheapest price from depot 0 to every other depot.',
      ['n == cost.length == cost[i].length', '2 <= n <= 300', '-1 <= cost[i][j] <= 10^6'],
    );
    expect(oneSource.complexityTarget).not.toBe('O(n^3)');
  });

  it('counts runs judged by the parity of their total with running totals', () => {
    const analysis = analyse('Return the number of subarrays of nums whose sum is odd.', [
      '1 <= nums.length <= 10^5',
      '1 <= nums[i] <= 100',
    ]);
    expect(topThree(analysis)).toContain('prefix-sum');
  });

  it('compares what lies before and after every index with running totals from both ends', () => {
    const analysis = analyse(
      'For every index i, compare the total of the first i + 1 elements with the total of the remaining ones, and return the index where they are closest.',
      ['1 <= nums.length <= 10^5', '0 <= nums[i] <= 10^5'],
    );
    expect(analysis.patterns[0]?.id).toBe('prefix-sum');
  });

  it('counts ambulances, halls or machines serving one timed item at a time with a heap of end times', () => {
    const analysis = analyse(
      'Each of n deliveries keeps a van busy from start_i until end_i. A van carries one delivery at a time. What is the fewest vans that lets every delivery leave on time?',
      ['1 <= n <= 10^5', '0 <= start_i < end_i <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('heap-priority-queue');
  });

  it.each([
    [
      'There are n workers and n jobs, and cost[i][j] is what worker i charges for job j. Assign each of the n workers to a job so that no two workers share a job, and return the minimum total cost.',
      'O(n * 2^n)',
    ],
    [
      'You have n tasks with durations t. Split the tasks into work sessions of at most L minutes each, and return the minimum number of sessions.',
      'O(n * 2^n)',
    ],
    [
      'A salesman must visit every city once, starting and ending at city 0; dist[i][j] is the distance. Return the minimum total distance.',
      'O(n^2 * 2^n)',
    ],
  ])('leads a few-item assignment, split or tour with a DP over subsets: %s', (statement, target) => {
    const analysis = analyse(statement, ['1 <= n <= 16', '1 <= cost[i][j], t[i], dist[i][j] <= 1000']);
    expect(analysis.patterns[0]?.id).toBe('dynamic-programming');
    expect(analysis.complexityTarget).toBe(target);
  });

  it('reads a streak going backwards while values stay at most today as a monotonic stack', () => {
    const analysis = analyse(
      "For each day, report how many consecutive days, ending with that day and going backwards, had a price at most that day's price.",
      ['1 <= price.length <= 10^5', '1 <= price[i] <= 10^5'],
    );
    expect(analysis.patterns[0]?.id).toBe('monotonic-stack');
  });
});
