import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/**
 * Moves that cost nothing or one (a free step beside a paid one, a wall broken for one, a sign
 * followed for free and turned for one) make a 0-1 breadth-first search with a deque, linear in the
 * places and moves; read from the moves' costs, not from the words "0-1 BFS". General costs stay
 * Dijkstra's, and moves that all cost one stay a plain breadth-first search.
 */
const analyse = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ title: 'Example', statement, constraints }));
const zeroOne = (analysis: ReturnType<typeof analyse>) =>
  analysis.patterns.some((pattern) => /0-1 breadth-first/.test(pattern.reason ?? ''));
const GRID = ['1 <= n, m <= 1000', 'grid.length == n', 'grid[i].length == m'];
const ROADS = ['2 <= n <= 10^5', '1 <= roads.length <= 2 * 10^5', 'roads[i] = [a, b, c]', '1 <= a, b <= n'];

describe('moves that cost nothing or one', () => {
  it('are searched with a deque, whatever the story prices', () => {
    for (const [statement, constraints, target] of [
      [
        "A building is a grid of '.' floor and '#' wall squares. Stepping onto a floor square is free, and stepping onto a wall square costs one hammer blow. Return the fewest hammer blows from the top-left square to the bottom-right one.",
        GRID,
        'O(n * m)',
      ],
      [
        'Each cell of the grid holds an arrow. Stepping in the direction of the arrow is free. Stepping in any other direction costs 1 coin. Return the minimum number of coins to reach the bottom-right cell from the top-left one.',
        GRID,
        'O(n * m)',
      ],
      [
        "A grid holds '.' empty cells and '#' obstacles. Return the minimum number of obstacles you must remove to walk from the top-left cell to the bottom-right cell, moving up, down, left or right.",
        GRID,
        'O(n * m)',
      ],
      [
        'There are n cities and roads between them, roads[i] = [a, b, c]. Some roads are free to drive on, and on every other road you pay a toll of one coin. Return the fewest coins needed to drive from city 1 to city n.',
        ROADS,
        'O(V + E)',
      ],
    ] as const) {
      const analysis = analyse(statement, [...constraints]);
      expect(analysis.patterns[0]?.id, statement).toBe('breadth-first-search');
      expect(zeroOne(analysis), statement).toBe(true);
      expect(analysis.complexityTarget, statement).toBe(target);
    }
  });

  it('leaves moves that all cost one, and roads of any toll, to their own searches (near misses)', () => {
    const plain = analyse(
      "A grid holds '.' free cells and '#' walls. Each move to a free cell that shares a side costs 1 minute. Return the fewest minutes from the top-left cell to the bottom-right cell.",
      GRID,
    );
    expect(zeroOne(plain)).toBe(false);
    const tolls = analyse(
      'There are n cities and roads between them, roads[i] = [a, b, c]: driving on road i costs a toll of c coins. Return the fewest coins needed to drive from city 1 to city n.',
      [...ROADS, '0 <= c <= 10^9'],
    );
    expect(zeroOne(tolls)).toBe(false);
    expect(tolls.patterns[0]?.id).not.toBe('breadth-first-search');
  });
});
