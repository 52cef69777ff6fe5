import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { aidingTechniques } from '@/lib/coach/problem/log-factor';
import { readShape } from '@/lib/coach/problem/shape';
import type { TechniqueGuess, TechniqueId } from '@/lib/coach/problem/types';
import { problemContext } from '../../../support/problem-context';

/*
 * Phrasings fresh pages use for a method's situation without the words the tables knew (issue 10,
 * round 29): each rule is tested on statements of our own and on a near-miss it must leave alone.
 */
function read(statement: string, constraints: string[]) {
  const analysis = analyzeProblem(problemContext({ statement, constraints }));
  return { ids: analysis.patterns.slice(0, 3).map((p) => p.id), target: analysis.complexityTarget };
}
const shapeOf = (statement: string, constraints: string[], technique: TechniqueId) =>
  readShape(
    parseConstraints(constraints, statement),
    technique,
    `${statement}\n${constraints.join('\n')}`.toLowerCase(),
  );

describe('what a statement says about the situation a method serves', () => {
  it('reads positions of binary digits as bit work', () => {
    const { ids } = read(
      'Each robot has a serial number. Two serial numbers clash in a bit position when exactly one of them has a 1 there. Return the total number of clashing bit positions over every pair of robots.',
      ['1 <= n <= 10^5', '0 <= serial[i] < 2^30'],
    );
    expect(ids[0]).toBe('bit-manipulation');
  });

  it('reads a run that must be a balanced bracket sequence as stack work, not a window', () => {
    const { ids } = read(
      'A log holds a string s of the characters "(" and ")". Find the longest stretch of s that is a balanced bracket sequence.',
      ['1 <= |s| <= 10^6'],
    );
    expect(ids[0]).toBe('stack');
    const letters = read(
      'Find the length of the longest stretch of the string s in which no letter repeats.',
      ['1 <= |s| <= 10^5'],
    );
    expect(letters.ids[0]).toBe('sliding-window');
  });

  it('groups items declared alike and checks the pairs declared apart', () => {
    for (const statement of [
      'Each note is "p==q" or "p!=q" for two lowercase letters p and q. Return whether every note can hold at once.',
      'The survey says some pairs of flags have the same colour and some pairs have different colours. Decide whether it is possible for all the answers to be true.',
    ]) {
      expect(read(statement, ['1 <= notes.length <= 500']).ids[0], statement).toBe('union-find');
    }
  });

  it('hands each job to the server free soonest from a heap', () => {
    const { ids } = read(
      'A bank has k tellers. Customers are served in the order they came; each goes to the teller that becomes available first and stays for t_i minutes. Print when each customer leaves.',
      ['1 <= n, k <= 2 * 10^5', '1 <= t_i <= 10^9'],
    );
    expect(ids[0]).toBe('heap-priority-queue');
  });

  it('covers a line greedily when each placed thing reaches a distance around it', () => {
    const { ids } = read(
      'A street has n houses in a row. A camera in house i watches every house j with |i - j| <= r. Find the smallest number of cameras to install so that every house is watched.',
      ['1 <= n <= 2 * 10^5', '0 <= r <= n'],
    );
    expect(ids[0]).toBe('greedy');
  });

  it('reads the cheapest journey over priced links as a weighted shortest path', () => {
    const { ids, target } = read(
      'There are n ports and m ferry lines; line i sails from port a_i to port b_i and has a fare of c_i. Find the cheapest trip from port 1 to port n.',
      ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= a_i, b_i <= n', '1 <= c_i <= 10^9'],
    );
    expect(ids[0]).toBe('shortest-path');
    expect(target).toBe('O((V + E) log V)');
  });

  it('reads joining neighbouring blocks at a cost as a DP over ranges', () => {
    const { ids } = read(
      'Clay lumps lie in a row with weights w_1..w_n. Two neighbouring lumps can be joined into one, which costs the sum of their weights. Find the least total cost to join all lumps into one.',
      ['1 <= n <= 400', '1 <= w_i <= 10^9'],
    );
    expect(ids[0]).toBe('dynamic-programming');
  });

  it('counts pairs within a bound without a lookup, and pairs with a sum by one', () => {
    const within = read('Given sorted arrays a and b, count the pairs (i, j) with |a[i] - b[j]| <= d.', [
      '1 <= a.length, b.length <= 10^5',
      '0 <= a[i], b[j], d <= 10^9',
    ]);
    expect(within.ids[0]).not.toBe('hash-table');
    const keyed = read('Count the pairs (i, j) with i < j and nums[i] + nums[j] = k.', [
      '1 <= nums.length <= 10^5',
      '1 <= nums[i], k <= 10^9',
    ]);
    expect(keyed.ids).toContain('hash-table');
  });
});

describe('constructions that recur beyond one story', () => {
  it('reads blocks of k cut one after another as no window, and k consecutive items that slide as one', () => {
    const train = read(
      'A goods train is given as the head of a chain of wagons, each linking to the wagon behind it. At the depot the wagons are uncoupled into blocks of k consecutive wagons from the front, every block is turned around so that its wagons are in the opposite order, and the blocks are coupled again. Return the head of the new train.',
      ['1 <= number of wagons <= 10^5', '1 <= k <= number of wagons'],
    );
    expect(train.ids[0]).not.toBe('sliding-window');
    const days = read(
      'Given the rainfall of n days, return the largest total rainfall over k consecutive days.',
      ['1 <= k <= n <= 10^5', '0 <= rain[i] <= 10^4'],
    );
    expect(days.ids[0]).toBe('sliding-window');
  });

  it('reads pairs told as "in an earlier lesson than" as an order to find, over numbered items only', () => {
    const plan = read(
      'A teacher covers N topics, one per lesson. Note i says that topic A_i has to be taught in an earlier lesson than topic B_i. Print an order of the N topics that respects every note, or -1 if none does. The first line holds N and M; each of the next M lines holds A_i and B_i.',
      ['2 <= N <= 2 * 10^5', '1 <= M <= 2 * 10^5', '1 <= A_i, B_i <= N', 'A_i != B_i'],
    );
    expect(plan.ids[0]).toBe('topological-sort');
    const stock = read(
      'prices[i] is the price of a stock on day i. Buy on one day and sell on a later day than the one you bought on. Return the largest profit.',
      ['1 <= prices.length <= 10^5', '0 <= prices[i] <= 10^4'],
    );
    expect(stock.ids).not.toContain('topological-sort');
  });

  it('reads the moment the last place is reached, over links that take different times, as least totals', () => {
    const fuses = read(
      'There are n beacons and m fuses, each joining two beacons; fuse i takes t_i minutes to burn from one end to the other. Beacon 1 is lit at minute 0, and a lit beacon lights every fuse attached to it. Find the minute at which the last beacon lights. The first line has n and m; each of the next m lines has three integers a, b and t.',
      ['1 <= n <= 10^5', '0 <= m <= 2 * 10^5', '1 <= a, b <= n', '1 <= t <= 10^9'],
    );
    expect(fuses.ids[0]).toBe('shortest-path');
    expect(fuses.target).toBe('O((V + E) log V)');
    // Spread one step a minute along links of no cost is a breadth-first search, not this.
    const rumour = read(
      'There are n villagers and m friendships, each joining two villagers. Villager 1 hears a rumour at minute 0, and every minute each villager who knows it tells all their friends. Find the minute at which the last villager hears it. The first line has n and m; each of the next m lines has two integers a and b.',
      ['1 <= n <= 10^5', '0 <= m <= 2 * 10^5', '1 <= a, b <= n'],
    );
    expect(rumour.ids[0]).not.toBe('shortest-path');
  });

  it('warns of free links only where a link may cost zero, not where there may be no links', () => {
    const statement =
      'There are n towns and m roads; road i joins towns a_i and b_i and takes w_i minutes. Find the least total minutes from town 1 to town n. The first line has n and m; each of the next m lines has three integers a_i, b_i and w_i.';
    const edgeCases = (weights: string) =>
      analyzeProblem(
        problemContext({ statement, constraints: ['2 <= n <= 10^5', '0 <= m <= 2 * 10^5', weights] }),
      ).edgeCases;
    expect(edgeCases('1 <= w_i <= 10^9')).not.toContain(
      'Edges of weight zero, and a cheaper path that takes more steps',
    );
    expect(edgeCases('0 <= w_i <= 10^9')).toContain(
      'Edges of weight zero, and a cheaper path that takes more steps',
    );
  });

  it('reads closings that act on whatever was opened most recently as a stack, brackets or not', () => {
    const { ids } = read(
      'A packer writes a plan as a string: ( [ and < open a round, square or triangular crate, and ) ] and > put the lid on one. A plan is sound when every lid goes on a crate of its own shape, a lid always closes the crate opened most recently among those still open, and no crate is left open. For each plan, tell whether it is sound.',
      ['1 <= q <= 10^4', 'the total length of all plans is at most 10^6'],
    );
    expect(ids[0]).toBe('stack');
    // A cache that drops what was used least recently is not a stack of openings.
    const cache = read(
      'Design a cache of capacity k. When it is full, adding a key evicts the key that was used least recently. Implement get and put, each in O(1) on average.',
      ['1 <= k <= 3000', 'at most 2 * 10^5 calls'],
    );
    expect(cache.ids[0]).not.toBe('stack');
  });

  it('reads the longest run holding as many of one kind as of another as equal running totals', () => {
    const { ids } = read(
      'A referee logs the rallies of a match as a string s: s[i] is w for a home point and l for an away point. Find the length of the longest stretch of consecutive rallies with as many home points as away points.',
      ['1 <= s.length <= 10^5'],
    );
    expect(ids[0]).toBe('prefix-sum');
  });

  it('reads a coined name for a run of letters, and letters named in quotes, as equal running totals', () => {
    const coined = read(
      "A paint log is a string s of the letters 'a' and 'b'. A segment is a run of one or more consecutive letters of s. A segment is an even blend when it holds as many 'a' letters as 'b' letters. Return the number of segments that are even blends.",
      ['1 <= s.length <= 10^5'],
    );
    expect(coined.ids[0]).toBe('prefix-sum');
    // The whole string balanced is one count, not a run.
    const whole = read(
      "A paint log is a string s of the letters 'a' and 'b'. Return true if s holds as many 'a' letters as 'b' letters.",
      ['1 <= s.length <= 10^5'],
    );
    expect(whole.ids).not.toContain('prefix-sum');
  });

  it('reads one word being the beginning of another as prefix-tree work', () => {
    const { ids } = read(
      'A library gives each book a code of digits. Decide whether any code is the beginning of another code in the list.',
      ['1 <= n <= 10^5', '1 <= |code[i]| <= 10'],
    );
    expect(ids[0]).toBe('trie');
  });

  it('reads links followed until one leads back to its start as a cycle search', () => {
    const { ids } = read(
      'There are V tasks; deps[i] = [u, v] means task u needs the result of task v. Return true if some task, following what it needs from task to task, ends up needing its own result.',
      ['1 <= V, deps.length <= 10^5', '0 <= deps[i][0], deps[i][1] < V'],
    );
    expect(ids).toContain('depth-first-search');
  });

  it('reads questions of whether two items are joined by the links so far as union-find', () => {
    const { ids } = read(
      'There are N towns and no roads at first. Each of Q events either opens a road between towns a and b, or asks whether one can drive from town a to town b on the roads opened so far.',
      ['1 <= N, Q <= 2 * 10^5', '1 <= a, b <= N'],
    );
    expect(ids[0]).toBe('union-find');
  });
});

describe('what the sizes of a statement count', () => {
  it('reads instructions naming two items as the edges of the graph an order walks', () => {
    const shape = shapeOf(
      'There are N chores and M instructions; the i-th says chore A_i must be done before chore B_i. Print the lexicographically smallest order.',
      ['2 <= N <= 2 * 10^5', '1 <= M <= 2 * 10^5', '1 <= A_i, B_i <= N'],
      'topological-sort',
    );
    expect(shape.shape.kind).toBe('graph');
  });

  it('keeps queries about two items as queries', () => {
    const shape = shapeOf(
      'There are N people. Then Q queries follow; query i gives A_i and B_i and asks whether A_i is older than B_i.',
      ['2 <= N <= 2 * 10^5', '1 <= Q <= 2 * 10^5', '1 <= A_i, B_i <= N'],
      'depth-first-search',
    );
    expect(shape.shape.kind).toBe('add');
  });

  it('reads |words[i]| as the length of each word, so n words cost n * m to read', () => {
    const statement = 'Given n words, decide whether any word is the beginning of another word.';
    const shape = shapeOf(statement, ['1 <= n <= 10^5', '1 <= |words[i]| <= 100'], 'trie');
    expect(shape.shape.kind).toBe('product');
    const single = shapeOf(
      'Given a string s, count its distinct letters.',
      ['1 <= |s| <= 10^5'],
      'hash-table',
    );
    expect(single.shape.kind).toBe('one');
    // Bars around a number are its absolute value: 10^9 is no length any input holds.
    const magnitudes = shapeOf(
      'Count the ways to cut the array a into three parts with equal sums.',
      ['1 <= n <= 5 * 10^5', '|a[i]| <= 10^9'],
      'prefix-sum',
    );
    expect(magnitudes.shape.kind).toBe('one');
  });

  it('reads a small named range of the items values as a second size of a DP table', () => {
    const statement =
      'A path has n tiles; neighbouring tiles differ in shade by at most 2. The first line has two integers n and m: the number of tiles and the darkest shade. The next line has the shades s_1, ..., s_n, where 0 marks a faded shade. Count the ways to restore them.';
    const shape = shapeOf(
      statement,
      ['1 <= n <= 10^5', '1 <= m <= 100', '0 <= s_i <= m'],
      'dynamic-programming',
    );
    expect(shape.shape.kind).toBe('product');
    const wide = shapeOf(
      statement,
      ['1 <= n <= 10^5', '1 <= m <= 10^9', '0 <= s_i <= m'],
      'dynamic-programming',
    );
    expect(wide.shape.kind).toBe('one');
  });
});

describe('which guesses shape the bar', () => {
  const guess = (id: TechniqueId, baseRateOnly: boolean): TechniqueGuess => ({
    id,
    confidence: 0.2,
    reason: '',
    ...(baseRateOnly ? { baseRateOnly: true as const } : {}),
  });

  it('keeps the leader and the helpers the page points at, and drops helpers only common elsewhere', () => {
    const guesses = [guess('dynamic-programming', false), guess('hash-table', true), guess('sorting', true)];
    expect(aidingTechniques(guesses)).toEqual(['dynamic-programming']);
    const pointed = [guess('hash-table', true), guess('sorting', false)];
    expect(aidingTechniques(pointed)).toEqual(['hash-table', 'sorting']);
  });
});
