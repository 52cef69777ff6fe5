import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/**
 * Whether the best solution sorts, read from the page's objects: two lists tied one to one, points
 * under pieces of one length (sort first), beside a row taken from its ends and a value met again
 * within recent positions (the order is the question). Statements written for these tests.
 */
const SIZES = ['1 <= n <= 2 * 10^5', '1 <= k <= n', '1 <= a[i] <= 10^9'];
const analyse = (statement: string, constraints = SIZES) =>
  analyzeProblem(problemContext({ title: 'Example', statement, constraints }));
const top3 = (statement: string, constraints = SIZES) =>
  analyse(statement, constraints)
    .patterns.slice(0, 3)
    .map((p) => p.id);

describe('the sort the objects call for', () => {
  it('sorts two lists on a line paired one to one with the least total distance', () => {
    const analysis = analyse(
      'There are n nurses and n patients along a hallway; nurse i stands at a_i and patient j lies at b_j. Every nurse visits a different patient. Find the minimum total distance walked.',
      ['1 <= n <= 2 * 10^5', '0 <= a_i, b_j <= 10^9'],
    );
    expect(analysis.patterns.slice(0, 2).map((p) => p.id)).toContain('sorting');
    expect(analysis.complexityTarget).toBe('O(n log n)');
  });

  it('sorts points covered by planks of one length, the fewest planks', () => {
    const analysis = analyse(
      'Hole i in the road is at position x_i. A plank of length l laid from s covers every hole from s to s + l. Find the fewest planks so that every hole is covered.',
      ['1 <= n <= 2 * 10^5', '0 <= x_i, l <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('greedy');
    expect(analysis.complexityTarget).toBe('O(n log n)');
  });
});

describe('the order the objects keep', () => {
  it('slides a window over what stays when a row is taken only from its ends', () => {
    const statement =
      'Books stand on a shelf; a[i] is the weight of book i. Each move removes the first or the last book still on the shelf. After exactly k moves, return the largest total weight removed.';
    const analysis = analyse(statement);
    expect(analysis.patterns[0]?.id).toBe('sliding-window');
    expect(analysis.patterns.map((p) => p.id)).not.toContain('heap-priority-queue');
    expect(analysis.complexityTarget).toBe('O(n)');
    expect(analysis.hints[1]?.text).toMatch(/one contiguous run/);
    expect(analysis.hints[2]?.text).toMatch(/Slide a window/);
  });

  it('leaves two players taking ends in turns to their game (near miss)', () => {
    expect(
      top3(
        'Two players take turns; on each turn a player removes the first or the last coin of the row a. Both play optimally. Return the largest total the first player can collect.',
      )[0],
    ).not.toBe('sliding-window');
  });

  it('looks up where a value was last seen when it repeats within the recent positions', () => {
    const analysis = analyse(
      'A shop logs one customer id per sale in the order given by a. A sale is flagged when the same customer also bought within the last k sales before it. Count the flagged sales.',
    );
    expect(analysis.patterns[0]?.id).toBe('hash-table');
    expect(analysis.complexityTarget).toBe('O(n)');
    expect(analysis.hints[1]?.text).toMatch(/last position it was seen/);
  });

  it('does not read a window of recent positions with no repeat as a lookup (near miss)', () => {
    const lookup = analyse(
      'For each day i, report the largest of the last k readings a before it. Print the answers in order.',
    ).patterns.find((p) => p.id === 'hash-table');
    // At most the base rate's guess: nothing on this page points at a table.
    expect(lookup?.baseRateOnly ?? true).toBe(true);
  });
});
