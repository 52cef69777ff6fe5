import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { choiceTiedToPrevious, independentChoices, oneWayWalk } from '@/lib/coach/problem/knowledge/steps';
import { problemContext } from '../../../support/problem-context';

/**
 * Issue 10: DP hidden in a story, read from how the statement is built. A choice at every step
 * whose rule looks back one step is a table over (step, last choice); a walk whose every move goes
 * strictly one way never comes back, so each place's best walk is found once. Every rule has near
 * misses that must keep their reading: steps the story frees from each other, walks that may go
 * back and forth, a stretch kept to one row.
 */
const analyse = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ statement, constraints }));

describe('a choice at every step tied to the choice before', () => {
  const tied = [
    'Each week a gardener plants one of three crops in the bed, and planting the same crop on two consecutive weeks exhausts the soil, which is not allowed. Crop c planted in week i yields yield[i][c]. Return the largest total yield.',
    'A courier makes n deliveries; each delivery goes by van, bike or on foot, with cost[i][j] for delivery i by way j. After a delivery by van the next delivery cannot be on foot. Return the minimum total cost.',
    'On day i a trader either works at the north market or at the south market, earning north[i] or south[i]. Moving the stall from one market to the other takes a whole day with no sales. Return the most money the trader can earn.',
    'A singer performs n songs, each in one of k keys; between two consecutive songs the key may move by at most one step. Singing song i in key j scores score[i][j]. Return the highest total score.',
  ];
  it('is read as a table over the step and the last choice', () => {
    for (const statement of tied) {
      expect(choiceTiedToPrevious(statement.toLowerCase()), statement).toBe(true);
      const analysis = analyse(statement, ['1 <= n <= 10^5', '1 <= k <= 20']);
      expect(analysis.patterns[0]?.id, statement).toBe('dynamic-programming');
      // Over the steps the statement names (its weeks, its days), or "step" where it names none.
      expect(analysis.hints[1]?.text, statement).toMatch(/\((?:step|week|day), last choice\)/);
    }
  });

  it('costs one state per step and choice, n * k when the page counts the choices', () => {
    const fixed = analyse(tied[0] as string, ['1 <= n <= 10^5', '0 <= yield[i][c] <= 10^4']);
    expect(fixed.complexityTarget).toBe('O(n)');
    const counted = analyse(tied[3] as string, ['1 <= n <= 10^4', '1 <= k <= 100']);
    expect(counted.complexityTarget).toBe('O(n * k)');
  });

  it('is no table when the story frees every step from the others', () => {
    const free =
      'Each day a visitor picks one of three rides, worth points[i][r] on day i, whatever they picked the day before. Return the largest total of points.';
    expect(choiceTiedToPrevious(free.toLowerCase())).toBe(false);
    expect(independentChoices(free.toLowerCase())).toBe(true);
    const analysis = analyse(free, ['1 <= n <= 10^5']);
    expect(analysis.patterns[0]?.id).toBe('greedy');
    expect(analysis.hints.map((hint) => hint.text).join(' ')).not.toMatch(/last choice/);
    expect(analysis.complexityTarget).toBe('O(n)');
  });

  it('needs a best total: a rule between neighbours alone asks for no optimum', () => {
    expect(
      choiceTiedToPrevious(
        'each day the shop shows one of three signs, never the same sign on two consecutive days. print the signs of the first n days.',
      ),
    ).toBe(false);
  });
});

describe('a walk whose every move goes strictly one way', () => {
  it('is a memoised search on a grid, and a DP over a line or over items that nest', () => {
    const grid = analyse(
      'A glacier map is an n x m grid of ice thickness. A sled may move from a cell to a neighbouring cell (up, down, left or right) only if the ice there is strictly thinner. Return the longest number of cells one sled run can cover.',
      ['1 <= n, m <= 500', '0 <= thickness[i][j] <= 10^6'],
    );
    expect(grid.patterns[0]?.id).toBe('depth-first-search');
    expect(grid.patterns.slice(0, 3).map((p) => p.id)).toContain('dynamic-programming');
    const nested = analyse(
      'You are given n crates, crates[i] = [length, width]. A crate can be put into another one when it is strictly smaller in both measurements. Return the largest number of crates in one chain where each goes inside the next.',
      ['1 <= n <= 1000'],
    );
    expect(nested.patterns[0]?.id).toBe('dynamic-programming');
    expect(nested.complexityTarget).toBe('O(n^2)');
  });

  it('is no one-way walk when moves may go back, or the order is not strict', () => {
    for (const statement of [
      'a rover may drive from a cell to a neighbouring cell when the two heights differ by at most 2. return the fewest moves from the top-left cell to the bottom-right cell.',
      'rain on a cell runs to any neighbouring cell whose height is equal or lower. return the largest number of cells that drain into the lake.',
      'find the longest stretch of consecutive cells within a single row whose total is at most k.',
    ])
      expect(oneWayWalk(statement), statement).toBe(false);
  });
});
