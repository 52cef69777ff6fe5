import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/**
 * The classic interview patterns read from a statement's structure (knowledge/patterns.ts), on
 * statements written for these tests (none is a labelled case), with the near-misses each rule
 * must leave alone.
 */
function analyse(statement: string, constraints: string[], title = 'Example') {
  return analyzeProblem(problemContext({ title, statement, constraints }));
}
const topThree = (analysis: ReturnType<typeof analyse>) => analysis.patterns.slice(0, 3).map((p) => p.id);

describe('classic patterns read from what is asked, what the input is and its bounds', () => {
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

  it('halves over the answer when the smallest setting that still works is asked', () => {
    const analysis = analyse(
      'A printer must print n documents in the given order, pages[i] pages each, over d days, finishing each day on a document boundary. How large does the daily page limit have to be for every document to be printed within d days?',
      ['1 <= d <= n <= 5 * 10^4', '1 <= pages[i] <= 1000'],
    );
    expect(analysis.patterns[0]?.id).toBe('binary-search');
    expect(analysis.complexityTarget).toBe('O(n log A)');
  });

  it('sorts for the smallest gap between two values, a plain minimum and no search over answers', () => {
    const analysis = analyse('Given n prices, return the minimum difference between any two of them.', [
      '2 <= n <= 10^5',
      '1 <= price[i] <= 10^9',
    ]);
    expect(analysis.patterns[0]?.id).toBe('sorting');
    expect(topThree(analysis)).not.toContain('binary-search');
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

  it('reads a tour from "photograph all the sites" as well as from "exactly once"', () => {
    const analysis = analyse(
      'A robot starts at dock 0 and must inspect all the stations; cost[i][j] is the energy to move from station i to station j. Return the least energy needed.',
      ['1 <= n <= 14', 'n == cost.length == cost[i].length', '0 <= cost[i][j] <= 1000'],
    );
    expect(analysis.patterns[0]?.id).toBe('dynamic-programming');
    expect(analysis.complexityTarget).toBe('O(n^2 * 2^n)');
  });

  it('halves towards the top of values that rise and then fall, even when no bound is stated', () => {
    const analysis = analyse(
      'The readings in a strictly increase up to a single highest reading and then strictly decrease. Return the index of the highest reading.',
      ['3 <= a.length <= 10^5', '0 <= a[i] <= 10^6'],
    );
    expect(analysis.patterns[0]?.id).toBe('binary-search');
    expect(analysis.complexityTarget).toBe('O(log n)');
  });

  it('halves over a setting "for which" the task is possible, but not over an index', () => {
    const setting = analyse(
      'Parcels wait in a fixed order with weights w. They are loaded into exactly k vans in order, each van taking the next run of parcels. Return the smallest van limit for which this is possible.',
      ['1 <= k <= w.length <= 10^5', '1 <= w[i] <= 10^4'],
    );
    expect(setting.patterns[0]?.id).toBe('binary-search');
    const index = analyse(
      'Return the smallest index i at which the prefix sum of nums becomes negative, or -1.',
      ['1 <= nums.length <= 10^5', '-10^4 <= nums[i] <= 10^4'],
    );
    expect(index.patterns[0]?.id).not.toBe('binary-search');
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

  it('reads a value as of a time or version in a design as a halving search over each key’s history', () => {
    const asOf = [
      analyse(
        'Implement the TimeMap class. set(key, value, timestamp) stores value for key at timestamp. get(key, timestamp) returns the value set for key with the largest timestamp not greater than timestamp, or "" if there is none.',
        [
          '1 <= key.length, value.length <= 100',
          '1 <= timestamp <= 10^7',
          'The timestamps of set are strictly increasing.',
          'At most 2 * 10^5 calls will be made to set and get.',
        ],
      ),
      analyse(
        'Design a VersionedStore. put(doc, text, version) saves text as document doc at version. read(doc, version) returns the text doc had as of version: the last put at a version no later than the one asked, or null.',
        ['Versions passed to put only grow.', 'At most 10^5 calls in total.'],
      ),
      analyse(
        'Implement SnapshotArray. set(index, val) sets the element at index to val. snap() takes a snapshot and returns its id. get(index, snapId) returns the value the element at index held when the snapshot snapId was taken.',
        ['1 <= length <= 5 * 10^4', 'At most 5 * 10^4 calls will be made to set, snap and get.'],
      ),
    ];
    for (const analysis of asOf) {
      expect(topThree(analysis)).toContain('binary-search');
      expect(analysis.complexityTarget).toBe('O(log n)');
    }
    const latest = analyse(
      'Implement the KeyStore class. set(key, value) stores value for key, replacing any earlier one. get(key) returns the latest value set for key, or "" if there is none.',
      ['At most 2 * 10^5 calls will be made to set and get.'],
    );
    expect(latest.patterns[0]?.id).not.toBe('binary-search');
    expect(latest.complexityTarget).toBe('O(1)');
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

  it('halves over the smallest value for which a total stays under a limit', () => {
    const analysis = analyse(
      'Pick a positive integer d and, for each box, compute boxes[i] / d rounded up. Return the smallest d for which the sum of those numbers does not exceed cap.',
      ['1 <= boxes.length <= 5 * 10^4', '1 <= boxes[i] <= 10^6', 'boxes.length <= cap <= 10^6'],
    );
    expect(topThree(analysis)).toContain('binary-search');
  });
});
