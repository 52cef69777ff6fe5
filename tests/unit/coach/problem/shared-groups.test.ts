import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/**
 * Groups that two-way pairs join, asked once, where the page says that what holds for one item
 * passes on through others (knowledge/shared-groups.ts): union-find, with one walk per group
 * beside it. The near misses keep their own readings: one-way links, a route between two ends,
 * a boss over each worker.
 */
const analyse = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ statement, constraints }), null);
const top3 = (statement: string, constraints: string[]) =>
  analyse(statement, constraints)
    .patterns.slice(0, 3)
    .map((p) => p.id);

const SIZES = ['1 <= n <= 10^5', '0 <= m <= 2 * 10^5', '1 <= x_i, y_i <= n', 'x_i != y_i'];

describe('what one item holds passes on through the pairs', () => {
  it('leads with union-find when a secret is passed on and so on', () => {
    const analysis = analyse(
      'A guild has n members. m pairs of members trust each other: the i-th pair is members x_i and y_i. A member who learns the password tells every member they trust, who tell the members they trust, and so on. Each member i asks c_i gold to be told the password first. What is the least gold to spend so that every member learns it?',
      SIZES,
    );
    expect(analysis.patterns[0]?.id).toBe('union-find');
    expect(analysis.patterns.slice(0, 3).map((p) => p.id)).toContain('depth-first-search');
    expect(analysis.complexityTarget).toBe('O(V + E)');
  });

  it('reads exchanges allowed any number of times along listed pairs', () => {
    expect(
      top3(
        'A shelf holds n jars in a row, jar i with label s_i. m pairs of places are marked: for the i-th mark, the jars in places x_i and y_i may be exchanged, any number of times and in any order. Print the number of places that can hold a jar labelled with the place number at the same time.',
        SIZES,
      ),
    ).toContain('union-find');
  });
});

describe('near misses keep their own reading', () => {
  it('one-way chutes are a walk from the start, not groups', () => {
    expect(
      top3(
        'A mine has n shafts and m slides; slide i carries ore from shaft x_i down to shaft y_i and never back up. Ore dropped into shaft 1 slides on, and so on. How many shafts can the ore reach?',
        SIZES,
      ),
    ).not.toContain('union-find');
  });

  it('a route between two named members is a breadth-first search', () => {
    const analysis = analyse(
      'A club has n members and m pairs x_i, y_i of members who know each other, directly or through others. A note must go from member s to member t, handed each time to someone the holder knows. Print the fewest hand-overs, or -1.',
      [...SIZES, '1 <= s, t <= n'],
    );
    expect(analysis.patterns[0]?.id).toBe('breadth-first-search');
    expect(analysis.patterns.slice(0, 3).map((p) => p.id)).not.toContain('union-find');
  });

  it('a boss over each worker is a tree, not a group of equals', () => {
    expect(
      top3(
        'A company has n workers; for each i from 2 to n, worker p_i is the boss of worker i. An order given to a worker is passed on to everyone below them, directly or through others. For every worker print how many workers receive an order given to them.',
        ['1 <= n <= 2 * 10^5', '1 <= p_i < i'],
      ),
    ).not.toContain('union-find');
  });
});
