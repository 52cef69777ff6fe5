import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { edgeCases } from '@/lib/coach/problem/edge-cases';
import { exchangeOrderLadder } from '@/lib/coach/problem/hints/exchange-orders';
import { indefinite, plural, singular } from '@/lib/coach/problem/hints/nouns';
import { readProblem } from '@/lib/coach/problem/reading';
import type { TechniqueId } from '@/lib/coach/problem/types';
import { problemContext } from '../../../support/problem-context';

/** The checklist a page gets when the named method leads, settled by the page or not. */
function checklist(
  statement: string,
  constraints: string[],
  techniques: TechniqueId[],
  proven: TechniqueId[] = [],
): string[] {
  const { kinds, facts, body, guarantees } = readProblem(problemContext({ statement, constraints }));
  return edgeCases({ kinds, facts, body, guarantees, techniques, sure: true, proven });
}

const DOUBT = 'A case where the locally best first choice blocks a better total';
const START_IS_GOAL = /^The start is already the goal\b/;

describe('advice the page itself settles', () => {
  const jobs =
    'A shop has one printer and n orders. Order i takes p_i minutes and is due at minute d_i. Print the smallest possible worst lateness over all orders.';
  it('drops the doubt of a greedy that the page proves, and keeps it where nothing proves it', () => {
    expect(checklist(jobs, ['1 <= n <= 10^5'], ['greedy'], ['greedy'])).not.toContain(DOUBT);
    expect(checklist(jobs, ['1 <= n <= 10^5'], ['greedy'])).toContain(DOUBT);
    // Ties between equal choices are a case of the page, proven or not.
    expect(checklist(jobs, ['1 <= n <= 10^5'], ['greedy'], ['greedy']).join('\n')).toMatch(/^Ties/m);
  });

  it('drops the doubt of a greedy that only keeps the farthest reach in one pass', () => {
    const canal =
      'Cottages 1 to n stand along a canal. The keeper of cottage i carries a parcel to any cottage j with i < j <= i + a_i. Decide whether the parcel can reach cottage n.';
    const context = problemContext({
      statement: canal,
      constraints: ['1 <= n <= 2 * 10^5', '0 <= a_i <= 10^9'],
    });
    expect(analyzeProblem(context).edgeCases).not.toContain(DOUBT);
  });

  it('has no second path to a node in a tree, and keeps it in a graph with cycles', () => {
    const tree =
      'A park is a tree of n vertices; edge i joins x_i and y_i. The given edges form a tree. Count the leaves reachable from vertex 1.';
    const graph =
      'A city has n junctions and m roads; road i joins x_i and y_i. Count the junctions reachable from junction 1.';
    const twice = 'Visiting a node twice through two different paths';
    expect(checklist(tree, ['2 <= n <= 10^5'], ['depth-first-search'])).not.toContain(twice);
    expect(checklist(graph, ['2 <= n <= 10^5', '1 <= m <= 10^5'], ['depth-first-search'])).toContain(twice);
  });

  it('keeps a shrinking window off a window of one given length', () => {
    const fixed =
      'Given an array arr and an integer k, return the number of distinct values in every window of k consecutive elements.';
    const moving =
      'Given a string s and an integer k, return the length of the longest substring with at most k distinct characters.';
    const shrink = 'A window that has to shrink all the way before it is valid again';
    expect(checklist(fixed, ['1 <= k <= arr.length <= 10^5'], ['sliding-window'])).not.toContain(shrink);
    expect(checklist(moving, ['1 <= s.length <= 10^5', '0 <= k <= 50'], ['sliding-window'])).toContain(
      shrink,
    );
  });

  it('lists a start that is the goal only where the page lets them be one place', () => {
    const bfs = ['breadth-first-search'] as TechniqueId[];
    const grid = (marks: string) =>
      `A grid has H rows and W columns of '.', '#', 'S' and 'G'. Takahashi stands on S and wants to reach G, one step to a side neighbour at a time. ${marks} Print the fewest moves, or -1 if it is impossible.`;
    const said = (statement: string, constraints: string[]) =>
      checklist(statement, constraints, bfs).some((line) => START_IS_GOAL.test(line));
    expect(said(grid('S and G each appear exactly once.'), ['2 <= H, W <= 1000'])).toBe(false);
    const board =
      'You start on square 1 of an n x n board and want to reach square n^2 in the fewest moves; return -1 if it cannot be reached.';
    expect(said(board, ['2 <= n <= 20'])).toBe(false);
    const pair =
      'Given n cities and m roads, return the fewest roads on a trip from city s to city t, or -1 if there is none.';
    expect(said(pair, ['1 <= n <= 10^5', '1 <= s, t <= n'])).toBe(true);
    expect(said(pair, ['1 <= n <= 10^5', '1 <= s, t <= n', 's != t'])).toBe(false);
    // No way asked (a view of a tree), or every item's way to the nearest of several: no one goal.
    const view =
      'Given the root of a binary tree, return its bottom view: the nodes seen from below, listed from left to right.';
    expect(said(view, ['1 <= number of nodes <= 10^5'])).toBe(false);
    const nearest =
      'A grid has cells that are walls, floor or chargers. Return for every floor cell the fewest steps to any charger, or -1.';
    expect(said(nearest, ['1 <= m, n <= 300'])).toBe(false);
  });

  it('reads two marks each given once, whatever the letters and their quotes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...'ABEGKSTXZ'.split('')),
        fc.constantFrom(...'BCDEFGT'.split('')),
        fc.constantFrom('', "'", '"'),
        (start, goal, quote) => {
          fc.pre(start !== goal);
          const statement = `The maze has H rows and W columns. ${quote}${start}${quote} marks the start and ${quote}${goal}${quote} the goal; find the fewest steps from one to the other, or -1 if the goal cannot be reached. ${quote}${start}${quote} and ${quote}${goal}${quote} each appear exactly once.`;
          return !checklist(statement, ['2 <= H, W <= 500'], ['breadth-first-search']).some((line) =>
            START_IS_GOAL.test(line),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('never restarts a search that runs from one named start to one named goal', () => {
    const flights =
      'There are n cities joined by one-way flights; flights[i] = [from_i, to_i, price_i]. Return the lowest price of a trip from src to dst with at most k stops, or -1.';
    expect(
      checklist(flights, ['1 <= n <= 100', '0 <= flights.length <= 10^4'], ['graph', 'shortest-path']).join(
        '\n',
      ),
    ).not.toMatch(/start from every unvisited node/);
  });
});

describe('the page’s nouns in the ladder’s sentences', () => {
  it('finds the singular of plurals no ending rule reads', () => {
    const pairs: [string, string][] = [
      ['shelves', 'shelf'],
      ['oases', 'oasis'],
      ['wolves', 'wolf'],
      ['valves', 'valve'],
      ['halves', 'half'],
    ];
    for (const [many, one] of pairs) expect(singular(many), many).toBe(one);
  });

  it('goes back from every plural it makes to the noun it came from', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[bcdgklmnprt][aeiou][bcdgklmnprt][aeiou]?[bdgklmnprt]$/), (noun) => {
        return singular(plural(noun)) === noun;
      }),
    );
  });

  it('puts the article its sound asks for', () => {
    expect(indefinite('order')).toBe('an order');
    expect(indefinite('job')).toBe('a job');
    expect(indefinite('user')).toBe('a user');
    expect(indefinite('hour')).toBe('an hour');
  });

  it('never orders the orders: the ladder’s own word for an arrangement is not the page’s noun', () => {
    for (const shape of ['quickest', 'ratio', 'due'] as const) {
      const ladder = exchangeOrderLadder(
        { shape, items: 'orders', partner: 'minutes', words: 'orders due' },
        'O(n log n)',
      ).join(' ');
      expect(ladder, shape).not.toMatch(/\border(?:s)? of the orders\b|\bOrder the orders\b|\ba order\b/i);
      expect(ladder, shape).toMatch(/\borders\b/);
    }
  });
});
