import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/**
 * Graph, order, grid and small-n problems told in a story's own words (issue 10 §2): each test
 * writes statements of its own in that shape, and a near-miss that must not read as one.
 */
function leaders(statement: string, constraints: string[]) {
  const analysis = analyzeProblem(problemContext({ statement, constraints }));
  return { ids: analysis.patterns.slice(0, 3).map((p) => p.id), target: analysis.complexityTarget };
}

const PAIRS = ['1 <= n <= 2 * 10^5', '0 <= m <= 2 * 10^5', '1 <= a_i, b_i <= n'];

describe('items that wait for others of their kind', () => {
  it('are put in a topological order, whatever the story calls the waiting', () => {
    for (const statement of [
      'There are n dishes and m rules; rule i says dish b_i cannot be started until dish a_i is finished. Find the fewest hours to cook every dish.',
      'A crew builds n walls. For each i, wall b_i may only begin once wall a_i is done. Print an order in which to build them.',
      'There are n modules; module b_i cannot ship until module a_i has shipped. Return any order in which they can all ship.',
    ]) {
      const { ids, target } = leaders(statement, PAIRS);
      expect(ids[0], statement).toBe('topological-sort');
      expect(target, statement).toBe('O(V + E)');
    }
  });

  it('are put in order when a rule places one labelled item before another of its kind', () => {
    for (const statement of [
      'A pupil takes n subjects. The i-th of m rules says that subject a_i must be taken at some point before subject b_i. Print any order of the subjects that obeys every rule.',
      'A workshop makes n parts; a rule [a, b] means part a cannot be made until part b is finished. Return true if every part can be made.',
      'A new hire has n steps; a rule "a b" says step a must be finished on an earlier day than step b. Print any order of the steps.',
    ]) {
      expect(leaders(statement, PAIRS).ids[0], statement).toBe('topological-sort');
    }
  });

  it('is no order of items when the two labels are positions in one list', () => {
    const { ids } = leaders(
      'Given n numbers, count the pairs where index i comes before index j and a_i > a_j.',
      ['1 <= n <= 10^5', '1 <= a_i <= 10^9'],
    );
    expect(ids).not.toContain('topological-sort');
  });

  it('is no dependency when each job only follows the one before it in a queue', () => {
    const { ids } = leaders(
      'A printer takes jobs in order of arrival: a job starts at the later of its arrival and the moment the job before it is finished. Return when each job is finished.',
      ['1 <= n <= 10^5', '0 <= arrive[i] <= 10^9'],
    );
    expect(ids).not.toContain('topological-sort');
  });
});

describe('roads that each take their own time', () => {
  it('lead to a weighted shortest path, and equal roads do not', () => {
    const priced = leaders(
      'There are n villages and m roads; road i joins villages u_i and v_i and a courier needs t_i minutes to ride it. Find the least number of minutes from village 1 to village n, or -1.',
      ['2 <= n <= 2 * 10^5', '0 <= m <= 2 * 10^5', '1 <= u_i, v_i <= n', '1 <= t_i <= 10^9'],
    );
    expect(priced.ids[0]).toBe('shortest-path');
    const spanning = leaders(
      'There are n towns and m roads; road i joins towns u_i and v_i and costs w_i to repair. Repair only some of the roads so that every town is still able to reach every other town, at the least total cost.',
      ['2 <= n <= 2 * 10^5', '1 <= m <= 2 * 10^5', '1 <= u_i, v_i <= n', '1 <= w_i <= 10^9'],
    );
    expect(spanning.ids[0]).toBe('union-find');
  });

  it('make the nearest of several sources a Dijkstra from all of them, and equal steps a BFS', () => {
    const roads = leaders(
      'There are n farms and m two-way tracks; each track joins two farms and has a length. Some farms have a well. For every farm, print the distance to the nearest well along the tracks. The next m lines each hold a_i, b_i and len_i: a track between farms a_i and b_i of length len_i.',
      ['1 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= a_i, b_i <= n', '1 <= len_i <= 10^9'],
    );
    expect(roads.ids[0]).toBe('shortest-path');
    expect(roads.target).toBe('O((V + E) log V)');
    const grid = leaders(
      'A map is an n x m grid of land and water cells. For every land cell, return the distance to the nearest water cell, moving up, down, left or right.',
      ['1 <= n, m <= 1000'],
    );
    expect(grid.ids[0]).toBe('breadth-first-search');
  });
});

describe('few items, and every group or order of them', () => {
  it('reads a group chosen from at most 20 items as a subset search', () => {
    const { ids } = leaders(
      'A club has n members and m pairs of rivals. Choose a committee with no two rivals in it so that the total skill is as large as possible.',
      ['1 <= n <= 16', '0 <= m <= 120', '1 <= a_i, b_i <= n'],
    );
    expect(ids.slice(0, 2).sort()).toEqual(['backtracking', 'bit-manipulation']);
  });

  it('reads pieces that must not share a row, a column or a diagonal as backtracking over orders', () => {
    const { ids, target } = leaders(
      'Place n guards on an n x n board so that no two guards share a row, a column or a diagonal. Return the number of ways.',
      ['1 <= n <= 9'],
    );
    expect(ids[0]).toBe('backtracking');
    // N-queens is the exception to an order costing its length (labels README): the attacked lines
    // sit in sets, so each placement is O(1) and n! partial boards bound the search, counted or listed.
    expect(target).toBe('O(n!)');
    const listed = leaders(
      'Place n lanterns on an n x n board; two lanterns in the same row, the same column or on the same diagonal see each other, and no two may. Return every such board.',
      ['1 <= n <= 9'],
    );
    expect(listed.target).toBe('O(n!)');
  });

  it('splits n children between two rooms by colouring, not by subsets, when n is large', () => {
    const { ids } = leaders(
      'A camp has n children and two dormitories. For each of the m quarrelling pairs, children a_i and b_i must not sleep in the same dormitory. Print Yes if such a split exists.',
      PAIRS,
    );
    expect(ids[0]).toBe('breadth-first-search');
  });
});

describe('walks over a grid that only go right or down', () => {
  it('are a DP over the cells, and a maze walked four ways is not', () => {
    const grid = ['m == grid.length', 'n == grid[i].length', '1 <= m, n <= 500'];
    const paths = leaders(
      'A robot starts at the top-left cell of an m x n grid of cells and moves only one cell right or one cell down at a time. Return the number of routes to the bottom-right cell.',
      grid,
    );
    expect(paths.ids[0]).toBe('dynamic-programming');
    const maze = leaders(
      'From a path cell of an m x n grid of cells you may step up, down, left or right. Return the fewest steps from the top-left cell to the bottom-right cell, or -1.',
      grid,
    );
    expect(maze.ids[0]).toBe('breadth-first-search');
  });
});

describe('a machine whose buttons move it between states', () => {
  it('is a breadth-first search over a graph the statement never names', () => {
    const { ids } = leaders(
      'A counter shows a number from 0 to n - 1 and starts at s. Button A adds a, button B doubles the number, both modulo n. Return the least number of button presses after which it shows g, or -1.',
      ['1 <= n <= 10^6', '0 <= a, s, g < n'],
    );
    expect(ids[0]).toBe('breadth-first-search');
    expect(ids).toContain('graph');
  });

  it('reads portals on a grid as links beyond the grid, grouped by their mark', () => {
    const analysis = analyzeProblem(
      problemContext({
        statement:
          'A maze is an m x n grid of cells. From a cell you may step up, down, left or right, or from a portal cell jump to any other portal cell with the same letter. Return the fewest moves from the top-left cell to the bottom-right cell, or -1.',
        constraints: ['m == grid.length', 'n == grid[i].length', '1 <= m, n <= 1000'],
      }),
    );
    expect(analysis.patterns[0]?.id).toBe('breadth-first-search');
    for (const id of ['graph', 'hash-table'])
      expect(analysis.patterns.find((p) => p.id === id)?.reason, id).toMatch(/portals join cells far apart/);
  });
});

describe('trees that stand in the cells of a grid', () => {
  it('are what the cells hold, not a tree to walk', () => {
    const { edgeCases } = analyzeProblem(
      problemContext({
        statement:
          'An orchard is an m x n grid where 1 marks a fallen tree and 0 open ground. A picker moves only right or down from the top-left cell. Return the number of routes to the bottom-right cell.',
        constraints: ['m == field.length', 'n == field[i].length', '1 <= m, n <= 500'],
      }),
    );
    expect(edgeCases.join('\n')).not.toMatch(/a single node/i);
  });
});
