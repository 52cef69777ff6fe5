import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { routeAsk } from '@/lib/coach/problem/knowledge/paths';
import { problemContext } from '../../../support/problem-context';

/**
 * Routes over links or cells that cost different amounts (knowledge/paths.ts), read from how the
 * costs are handed over and what is asked: the least total, a worst leg, every pair of few places,
 * at most k legs, costs below zero, links of 0 or 1. Beside them the near misses keep their own
 * readings: moves of one cost, a tree's one route, links that only lead to higher numbers.
 */
const analyse = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ statement, constraints }), null);
const top3 = (analysis: ReturnType<typeof analyse>) => analysis.patterns.slice(0, 3).map((p) => p.id);

const ROADS = ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= a_i, b_i <= n', '1 <= c_i <= 10^9'];

describe('a third number on every link line', () => {
  it('is a cost: the least total is Dijkstra with a heap', () => {
    const analysis = analyse(
      'A valley has n farms and m cart tracks. Each of the next m lines contains a_i, b_i and c_i: a track between farms a_i and b_i that a cart crosses in c_i minutes. How many minutes does a cart from farm 1 need at the least to reach farm n?',
      ROADS,
    );
    expect(analysis.patterns[0]?.id).toBe('shortest-path');
    expect(top3(analysis)).toContain('heap-priority-queue');
    expect(analysis.complexityTarget).toBe('O((V + E) log V)');
    expect(analysis.hints[0]?.text).not.toMatch(/\b(?:dijkstra|heap|shortest)\b/i);
  });

  it('is no cost when the line holds two ends and words ("u and v, a cable between")', () => {
    const analysis = analyse(
      'There are n masts and m cables. Each of the next m lines contains u and v, a cable between masts u and v. A signal crosses one cable per second. Find the fewest seconds a signal from mast 1 needs to reach mast n, or -1.',
      ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= u, v <= n'],
    );
    expect(analysis.patterns[0]?.id).toBe('breadth-first-search');
    expect(analysis.complexityTarget).toBe('O(V + E)');
  });
});

describe('what the question asks of the costs', () => {
  it('at most k legs: rounds over every link, O(k * E)', () => {
    const analysis = analyse(
      'There are n ports and a list of ferries, where ferries[i] = [u, v, fare] is a ferry from port u to port v. A tourist may take at most k ferries in all. Return the cheapest total fare from port src to port dst, or -1.',
      [
        '1 <= n <= 100',
        '1 <= ferries.length <= n * (n - 1)',
        '0 <= u, v < n',
        '1 <= fare <= 10^4',
        '1 <= k <= n',
      ],
    );
    expect(analysis.patterns[0]?.id).toBe('shortest-path');
    expect(analysis.complexityTarget).toBe('O(k * E)');
    expect(analysis.hints[1]?.text).toMatch(/round/);
  });

  it('costs that may be negative: Bellman-Ford, O(V * E)', () => {
    const analysis = analyse(
      'A courier crosses n depots along m one-way roads; roads[i] = [u, v, toll], and a toll may be negative when the depot pays the courier. Return the least total toll from depot 0 to depot n - 1, or report that it can be lowered without end.',
      ['2 <= n <= 1000', '1 <= roads.length <= 5000', '-10^4 <= toll <= 10^4'],
    );
    expect(analysis.patterns[0]?.id).toBe('shortest-path');
    expect(analysis.complexityTarget).toBe('O(V * E)');
  });

  it('every pair of a few hundred places: Floyd-Warshall, O(V^3)', () => {
    const analysis = analyse(
      'A county has n villages joined by m lanes. Lane i joins villages a_i and b_i and a tractor burns c_i litres of diesel on it. Let d(s, t) be the least diesel from s to t; print the sum of d(s, t) over all pairs s < t.',
      ['2 <= n <= 400', '1 <= m <= n(n-1)/2', '1 <= a_i, b_i <= n', '1 <= c_i <= 10^6'],
    );
    expect(analysis.patterns[0]?.id).toBe('shortest-path');
    expect(analysis.complexityTarget).toBe('O(V^3)');
  });

  it('a route as strong as its weakest link: Dijkstra with max, or union-find', () => {
    const analysis = analyse(
      'There are n towers and m two-way beams; beam i joins towers x_i and y_i with strength s_i. A message relayed along a chain of beams arrives only as strong as the weakest beam of the chain. Print the greatest strength with which a message from tower 1 can reach tower n.',
      ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= x_i, y_i <= n', '1 <= s_i <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('shortest-path');
    expect(analysis.complexityTarget).toBe('O((V + E) log V)');
    expect(analysis.hints[0]?.text).toMatch(/worst step/);
  });

  it('links of 0 or 1: a deque, O(V + E)', () => {
    const analysis = analyse(
      'A county has n towns and m roads. Each of the next m lines contains a, b and g: a road between towns a and b, where g is 1 if it is a toll road and 0 if it is free. Find the least number of tolls paid from town 1 to town n.',
      ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= a, b <= n', 'g is 0 or 1'],
    );
    expect(analysis.patterns[0]?.id).toBe('breadth-first-search');
    expect(analysis.complexityTarget).toBe('O(V + E)');
    expect(analysis.hints[1]?.text).toMatch(/double-ended queue/);
  });
});

describe('a grid of costs to enter', () => {
  it('walked any way: Dijkstra over the cells, O(n * m log(n * m))', () => {
    const analysis = analyse(
      'A field is an n x m grid of bushes, where thorns[i][j] is the number of scratches you get entering cell (i, j). From a cell you may move up, down, left or right. Return the least total number of scratches to get from the top-left cell to the bottom-right cell.',
      ['n == thorns.length', 'm == thorns[i].length', '1 <= n, m <= 500', '0 <= thorns[i][j] <= 9'],
    );
    expect(analysis.patterns[0]?.id).toBe('shortest-path');
    expect(analysis.complexityTarget).toBe('O(n * m log(n * m))');
  });

  it('walked only to (i+1, j) or (i, j+1): a table in row order', () => {
    const analysis = analyse(
      'An orchard is an n x m grid; picking cell (i, j) takes a[i][j] minutes. From (i, j) you may go to (i+1, j) or (i, j+1). Find the least total minutes from (1, 1) to (n, m).',
      ['1 <= n, m <= 1000', '1 <= a[i][j] <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('dynamic-programming');
    expect(analysis.complexityTarget).toBe('O(n * m)');
  });
});

describe('near misses keep their readings', () => {
  it('a tree of trails is one walk from the start', () => {
    const analysis = analyse(
      'A park has n benches joined by n - 1 paths, each of a given length; there is exactly one way between any two benches. Each of the next n - 1 lines contains u, v and w. Print the distance from bench 1 to every bench.',
      ['1 <= n <= 10^5', '1 <= u, v <= n', '1 <= w <= 10^4'],
    );
    expect(analysis.patterns[0]?.id).toBe('depth-first-search');
    expect(analysis.hints[1]?.text).toMatch(/parent/);
  });

  it('links that only lead to higher numbers, told to never come back, are a table in order', () => {
    const analysis = analyse(
      'A river has n weirs numbered from the source. Each of the next m lines contains a_i, b_i and c_i: a boat can drift from weir a_i down to weir b_i, where a_i < b_i, paying c_i coins; a boat can never come back upstream. Find the least total a boat pays from weir 1 to weir n.',
      ['2 <= n <= 2 * 10^5', '1 <= m <= 2 * 10^5', '1 <= a_i < b_i <= n', '1 <= c_i <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('dynamic-programming');
  });
});

describe('routeAsk', () => {
  const LEGS = ['flights', 'vans', 'trains', 'stops', 'legs', 'rides'];
  it('reads a cap on any kind of leg beside a least total', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEGS), fc.constantFrom('at most', 'no more than'), (leg, cap) => {
        expect(routeAsk(`the trip may use ${cap} k ${leg}. find the cheapest total fare.`)).toBe('few-legs');
      }),
    );
  });

  it('reads no costed route once every link is said to cost the same, whatever else the text says', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (noise) => {
        expect(
          routeAsk(`${noise.toLowerCase()} every road takes the same time. find the least total time.`),
        ).toBeNull();
      }),
    );
  });
});
