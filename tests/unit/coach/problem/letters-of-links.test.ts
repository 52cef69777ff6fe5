import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/**
 * The letters a figure is written in (tests/fixtures/coach/problems/README.md, "Letters"): links
 * listed as pairs of items are a graph's E whatever the page calls them, unless an answer is due
 * after each one, when they are q operations; near misses keep the page's one size.
 */
function figures(statement: string, constraints: string[]) {
  const analysis = analyzeProblem(problemContext({ statement, constraints }));
  return { target: analysis.complexityTarget, limit: analysis.complexityLimit };
}

describe('links counted by a k', () => {
  it('are the edges of a graph when each of the k lines joins two items', () => {
    const { target, limit } = figures(
      'A network has n towns joined by k two-way roads, every road one hour long. Each of the next k lines holds two integers u and v, a road between towns u and v. Print the fewest hours from town 1 to every town, or -1.',
      ['1 <= n <= 10^5', '0 <= k <= 2 * 10^5', '1 <= u, v <= n'],
    );
    expect(target).toBe('O(V + E)');
    expect(limit).toBe('O((V + E) log V)');
  });

  it('stay a parameter when k is a rank, not a count of lines', () => {
    const { target } = figures('Given an array nums of n integers, return the k-th largest element.', [
      '1 <= k <= n <= 10^5',
      '-10^4 <= nums[i] <= 10^4',
    ]);
    expect(target).not.toMatch(/[VE]/);
  });
});

describe('an edge list as long as the node count', () => {
  it('is read as V vertices and E edges, a tree handed over as its roads', () => {
    const { target } = figures(
      'There are n cities and n - 1 one-way roads, and the roads join every city if their directions are ignored; roads[i] = [a, b] leads from city a to city b. Return the fewest roads to reverse so that every city can reach city 0.',
      ['2 <= n <= 5 * 10^4', 'roads.length == n - 1', 'roads[i].length == 2', '0 <= a, b <= n - 1'],
    );
    expect(target).toBe('O(V + E)');
  });

  it('is one size n when the tree comes as a parent array', () => {
    const { target } = figures(
      'A company has n employees; parent[i] is the manager of employee i and parent[0] = -1 for the head. Return the depth of the deepest employee.',
      ['1 <= n <= 10^5', 'parent.length == n', '0 <= parent[i] < n for i > 0'],
    );
    expect(target).toBe('O(n)');
  });
});

describe('joins answered one by one', () => {
  const PAIRS = ['1 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= a, b <= n'];

  it('are q operations of a disjoint-set union, however the page names them', () => {
    for (const statement of [
      'There are n kingdoms. Then m treaties are signed one at a time; a treaty between kingdoms a and b unites the alliance of a and the alliance of b. After every treaty, print how many alliances there are. Each of the next m lines holds a and b.',
      'An office has n computers, and technicians lay m cables one after another: each of the next m lines holds a and b, a cable joining computers a and b. Print the number of separate networks right after cable j is laid, for every j.',
    ]) {
      const { target, limit } = figures(statement, PAIRS);
      expect(target, statement).toBe('O(n + q)');
      expect(limit, statement).toBe('O((n + q) log n)');
    }
  });

  it('are a graph of V + E when the question is asked once of the whole graph', () => {
    const { target } = figures(
      'There are n towns and m roads; road i joins towns a and b. Return the number of groups of towns joined by roads.',
      PAIRS,
    );
    expect(target).toBe('O(V + E)');
  });

  it('leave two plain lists as n + m', () => {
    const { target } = figures(
      'A shop stocks n items with codes a[i]. A delivery note lists m codes b[j]. Print how many codes on the note are in stock.',
      ['1 <= n <= 10^5', '1 <= m <= 10^5', '1 <= a[i], b[j] <= 10^9'],
    );
    expect(target).toBe('O(n + m)');
  });
});
