import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/**
 * How a route's cost combines along its links decides the method: a sum (Dijkstra, or a
 * breadth-first search when every link counts one), its worst link (a bottleneck), a product of
 * ratios (a walk per question), the longest chain of durations over an order, or a count of
 * single edits between listed words. Each shape is written here in a story of its own, beside a
 * near miss that must keep its own reading.
 */
function read(statement: string, constraints: string[]) {
  const analysis = analyzeProblem(problemContext({ statement, constraints }));
  return {
    ids: analysis.patterns.slice(0, 3).map((p) => p.id),
    target: analysis.complexityTarget,
    hints: analysis.hints.map((hint) => hint.text),
  };
}

const LINKS = ['2 <= n <= 2 * 10^5', '1 <= m <= 2 * 10^5', '1 <= u_i, v_i <= n', '1 <= w_i <= 10^9'];

describe('a route worth its worst link', () => {
  it('is a bottleneck path over a listed graph, Dijkstra with max in place of plus', () => {
    for (const statement of [
      'There are n valleys and m trails; trail i joins valleys u_i and v_i over a pass of altitude w_i. The hardness of a journey is the altitude of the highest pass on it. Find the easiest journey from valley 1 to valley n.',
      'The kingdom has n towns and m bridges; bridge i joins towns u_i and v_i and holds at most w_i tonnes. A convoy carries one load the whole way, so the load can be no heavier than the limit of any bridge it crosses. Find the heaviest load that can go from town 1 to town n.',
    ]) {
      const { ids, target, hints } = read(statement, LINKS);
      expect(ids[0], statement).toBe('shortest-path');
      expect(target, statement).toBe('O((V + E) log V)');
      // The first rung asks about the worst step in the page's terms and names no method.
      expect(hints[0], statement).toMatch(/worst step/);
      expect(hints[0], statement).not.toMatch(/dijkstra|heap|union-find|binary search/i);
      expect(hints.join(' '), statement).not.toMatch(/does not settle which/);
    }
  });

  it('is a bottleneck path over a grid of cells, O(n * m log(n * m)) whatever letter indexes the rows', () => {
    const { ids, target } = read(
      'A hiker crosses a rows x cols map altitude, moving up, down, left or right from the top-left cell to the bottom-right cell. The strain of a walk is the biggest climb or drop on it: the largest absolute difference in height between two consecutive cells. Return the smallest strain of any walk.',
      [
        'rows == altitude.length',
        'cols == altitude[r].length',
        '1 <= rows, cols <= 300',
        '1 <= altitude[r][c] <= 10^6',
      ],
    );
    expect(ids[0]).toBe('shortest-path');
    expect(target).toBe('O(n * m log(n * m))');
  });

  it('leaves a route whose cost is the sum of its links to the ordinary shortest path', () => {
    const { ids, target, hints } = read(
      'The city has n crossroads and m streets; riding the street between u_i and v_i costs w_i coins. Find the least total number of coins to ride from crossroad 1 to crossroad n.',
      LINKS,
    );
    expect(ids[0]).toBe('shortest-path');
    expect(target).toBe('O((V + E) log V)');
    expect(hints.join(' ')).not.toMatch(/worst step/);
  });

  it('leaves the fewest flights, every link counting one, to a breadth-first search', () => {
    const { ids, target } = read(
      'There are n airports and m flight routes; route i flies between airports u_i and v_i in both directions. Find the minimum number of flights from airport 1 to airport n, or -1 if it cannot be reached.',
      LINKS.slice(0, 3),
    );
    expect(ids[0]).toBe('breadth-first-search');
    expect(target).toBe('O(V + E)');
  });
});

describe('ratios between named units', () => {
  it('are a weighted graph walked per question, not a lookup of strings', () => {
    const { ids } = read(
      'An almanac lists n facts of the form "1 A = X B": one A is exactly X of unit B. Then q questions follow, each naming two units P and R; print how many R make one P, using the facts in either direction and chaining as many as needed, or -1.',
      ['1 <= n <= 100', '1 <= q <= 100', '0.001 <= X <= 1000'],
    );
    expect(ids[0]).toBe('depth-first-search');
    expect(ids).toContain('graph');
  });
});

describe('items with durations that wait for others', () => {
  it('take the longest chain of durations: a DP over a topological order', () => {
    const { ids, target } = read(
      'A project has n modules; module i takes c_i seconds to compile. There are m dependencies; the j-th says that module v_j can only be compiled after module u_j has finished compiling. With unlimited cores, find how many seconds the whole build takes.',
      ['1 <= n <= 10^5', '0 <= m <= 2 * 10^5', '1 <= c_i <= 10^4', '1 <= u_j, v_j <= n'],
    );
    expect(ids[0]).toBe('topological-sort');
    expect(ids).toContain('dynamic-programming');
    expect(target).toBe('O(V + E)');
  });

  it('leave a cycle check without durations to the topological sort alone', () => {
    const { ids } = read(
      'A kitchen has n recipes and a list needs, where needs[i] = [x, y] means recipe y must be tested before recipe x. Return true if every recipe can be tested in some order.',
      ['1 <= n <= 2000', '0 <= needs.length <= 5000'],
    );
    expect(ids[0]).toBe('topological-sort');
    expect(ids).not.toContain('dynamic-programming');
  });
});

describe('single edits between listed words', () => {
  it('are a breadth-first search over the words, not an edit-distance table', () => {
    const { ids } = read(
      'You are given a word source, a word goal and a list bank. In one move you may insert one letter, delete one letter or replace one letter. Every word you make along the way must be in bank. Return the minimum number of moves that turn source into goal, or -1.',
      ['1 <= bank.length <= 5000', '1 <= source.length, goal.length, bank[i].length <= 10'],
    );
    expect(ids[0]).toBe('breadth-first-search');
    expect(ids).not.toContain('dynamic-programming');
  });

  it('leave two free strings to the edit-distance table', () => {
    const { ids, target } = read(
      'Given two strings typed and intended, return the minimum number of operations to turn typed into intended, where one operation inserts, deletes or replaces a character.',
      ['0 <= typed.length, intended.length <= 500'],
    );
    expect(ids[0]).toBe('dynamic-programming');
    expect(target).toBe('O(n * m)');
  });
});

describe('a grid walked only right and down', () => {
  it('is a table over the cells, no graph search', () => {
    const { ids } = read(
      'A robot starts on the top-left square of an n x m floor; square (i, j) charges t[i][j] coins. The robot can only move one square right or one square down. Print the least total it pays to reach the bottom-right square.',
      ['1 <= n, m <= 1000', '0 <= t[i][j] <= 1000'],
    );
    expect(ids[0]).toBe('dynamic-programming');
    expect(ids).not.toContain('shortest-path');
  });
});
