import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/**
 * Techniques read from how a statement is built (knowledge/runs.ts, choices.ts, graphs.ts): runs
 * judged by their totals, questions over ranges, greedy choices that look like a DP, water between
 * bars, groups of cells, an alphabet from a sorted list, graphs told in prose. Statements written
 * for these tests (none is a labelled case), each beside the near-miss its rule must leave alone.
 */
function analyse(statement: string, constraints: string[], title = 'Example') {
  return analyzeProblem(problemContext({ title, statement, constraints }));
}
const ids = (analysis: ReturnType<typeof analyse>) => analysis.patterns.map((p) => p.id);
const topThree = (analysis: ReturnType<typeof analyse>) => ids(analysis).slice(0, 3);

describe('techniques read from the structure of the statement', () => {
  it('counts runs that hit a total exactly with running totals, and drops the window once values can be negative', () => {
    const signed = analyse(
      'A meter logs the change in a tank each minute in an array delta. How many stretches of consecutive minutes have changes that add up to exactly k?',
      ['1 <= delta.length <= 10^5', '-500 <= delta[i] <= 500', '-10^9 <= k <= 10^9'],
    );
    expect(signed.patterns[0]?.id).toBe('prefix-sum');
    expect(ids(signed)).not.toContain('sliding-window');
    expect(signed.complexityTarget).toBe('O(n)');
    const positive = analyse(
      'Every parcel weighs at least one kilogram. Return the most parcels in a run of neighbouring parcels whose total weight is at most cap.',
      ['1 <= weight.length <= 10^5', '1 <= weight[i] <= 10^4', '1 <= cap <= 10^9'],
    );
    expect(positive.patterns[0]?.id).toBe('sliding-window');
  });

  it('halves over the answer only for a split whose worst part is pushed as far as it goes, not for the length of a run', () => {
    const run = analyse(
      'Return the largest length of a run of consecutive readings such that the readings of the run sum to exactly zero.',
      ['1 <= reading.length <= 10^5', '-100 <= reading[i] <= 100'],
    );
    expect(run.complexityTarget).toBe('O(n)');
    expect(run.patterns[0]?.id).not.toBe('binary-search');
    const split = analyse(
      'Split the shelf of books, kept in order, into k groups of neighbouring books so that the widest group is as narrow as possible, and return the width of that widest group.',
      ['1 <= width.length <= 10^5', '1 <= width[i] <= 10^4', '1 <= k <= width.length'],
    );
    expect(split.patterns[0]?.id).toBe('binary-search');
    expect(split.complexityTarget).toBe('O(n log A)');
    const pick = analyse(
      'Find a field cell whose distance to the nearest well is as large as possible, and return that distance.',
      ['n == grid.length == grid[i].length', '1 <= n <= 100', 'grid[i][j] is 0 or 1.'],
    );
    expect(pick.complexityTarget).not.toBe('O(n log A)');
  });

  it('answers many range questions over a fixed array with running counts, unless the array may be rearranged first', () => {
    const fixed = analyse(
      'You get queries where queries[i] = [l_i, r_i]; for each, report how many of the houses from l_i to r_i have a garden.',
      ['1 <= garden.length <= 10^5', '1 <= queries.length <= 10^5', '0 <= l_i <= r_i < garden.length'],
    );
    expect(fixed.patterns[0]?.id).toBe('prefix-sum');
    const reordered = analyse(
      'You may reorder the array first. Then you get queries where queries[i] = [l_i, r_i], and the score is the total of the sum of each queried range. Return the largest score.',
      ['1 <= nums.length <= 10^5', '1 <= nums[i] <= 10^5', '1 <= queries.length <= 10^5'],
    );
    expect(reordered.patterns[0]?.reason ?? '').not.toMatch(/never changes between the questions/);
  });

  it('leads with a greedy choice for a lap of supply stops and for the most timed items, and keeps a DP when the items pay', () => {
    const lap = analyse(
      'A van runs a loop of n stops. Stop i gives fuel[i] litres and the road to the next stop burns cost[i] litres. Which stop can it start from and drive all the way round back to it?',
      ['1 <= n <= 10^5', '0 <= fuel[i], cost[i] <= 10^4'],
    );
    expect(lap.patterns[0]?.id).toBe('greedy');
    const count = analyse(
      'Workshop i runs from start[i] to finish[i]. You can be in one workshop at a time. Return the largest number of workshops you can attend from start to finish.',
      ['1 <= n <= 10^5', '0 <= start[i] < finish[i] <= 10^9'],
    );
    expect(count.patterns[0]?.id).toBe('greedy');
    expect(topThree(count)).toContain('sorting');
    const paid = analyse(
      'Workshop i runs from start[i] to finish[i] and pays fee[i]. You can be in one workshop at a time. Return the most money you can earn.',
      ['1 <= n <= 10^5', '0 <= start[i] < finish[i] <= 10^9', '1 <= fee[i] <= 10^4'],
    );
    expect(paid.patterns[0]?.id).toBe('dynamic-programming');
  });

  it('reads water held between bars as two pointers, with a ladder about the two highest sides', () => {
    const analysis = analyse(
      'Walls of width 1 stand in a row with heights h[i]. After rain, water stays above a wall up to the lower of the tallest wall on its left and the tallest on its right. Return the total water held.',
      ['1 <= h.length <= 10^5', '0 <= h[i] <= 10^5'],
    );
    expect(analysis.patterns[0]?.id).toBe('two-pointers');
    expect(topThree(analysis)).toContain('monotonic-stack');
    expect(analysis.hints[1]?.text).toMatch(/highest bar on its left/);
    const enclosed = analyse(
      'Return how much water is held in every hollow enclosed by higher ground on both sides of the profile.',
      ['1 <= ground.length <= 10^5', '0 <= ground[i] <= 10^4'],
    );
    expect(enclosed.patterns[0]?.id).not.toBe('depth-first-search');
  });

  it('counts the groups of touching cells a grid defines with a walk, and learns an alphabet from a sorted list by a topological sort', () => {
    const blots = analyse(
      'An image is an m x n grid of pixels, 1 for ink. Two ink pixels belong to the same smudge if they touch side by side. Return the number of smudges.',
      ['1 <= m, n <= 300', 'grid[i][j] is 0 or 1.'],
    );
    expect(topThree(blots)).toContain('depth-first-search');
    const alphabet = analyse(
      'A lexicon of words is sorted by the alphabetical order of a made-up script. Return an alphabet of its letters consistent with the lexicon.',
      ['1 <= words.length <= 100', '1 <= words[i].length <= 100'],
    );
    expect(alphabet.patterns[0]?.id).toBe('topological-sort');
    expect(alphabet.hints[0]?.text).toMatch(/neighbouring words/);
    const check = analyse(
      'The string order ranks the 26 letters. Return true if the words are sorted under that order.',
      ['1 <= words.length <= 100', 'order.length == 26'],
    );
    expect(check.patterns[0]?.id).not.toBe('topological-sort');
  });

  it('reads places joined by links in prose as a graph, walked for what is reachable and searched for the fewest steps', () => {
    const reach = analyse(
      'Some pairs of villages are joined by footpaths, listed in paths. How many villages can a walker starting at village 0 reach?',
      ['1 <= n <= 10^5', '0 <= paths.length <= 10^5'],
    );
    expect(topThree(reach)).toContain('graph');
    expect(topThree(reach)).toContain('depth-first-search');
    const fewest = analyse(
      'Some pairs of villages are joined by footpaths, listed in paths. Return the fewest footpaths a walker needs from village a to village b, or -1 if b cannot be reached.',
      ['1 <= n <= 10^5', '0 <= paths.length <= 10^5'],
    );
    expect(fewest.patterns[0]?.id).toBe('breadth-first-search');
    const build = analyse(
      'Some pairs of villages are joined by footpaths, listed in paths. Return the fewest new footpaths to build so that every village can be reached from every other, or -1 if that cannot be done.',
      ['1 <= n <= 10^5', '0 <= paths.length <= 10^5'],
    );
    expect(build.patterns[0]?.id).not.toBe('breadth-first-search');
  });
});
