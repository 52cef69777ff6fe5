import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { edgeCases } from '@/lib/coach/problem/edge-cases';

/*
 * A search from one start the story names (stop 27): what it can miss is a node it never reaches,
 * so the advice to restart from every unvisited node, which suits counting groups, must not appear.
 */

describe('a search from one named start', () => {
  const listed = (statement: string) =>
    edgeCases({
      kinds: ['graph'],
      facts: parseConstraints(['2 <= n <= 10^5', '0 <= m <= 2 * 10^5'], statement),
      body: statement.toLowerCase(),
      guarantees: new Set(),
      techniques: ['graph', 'breadth-first-search'],
      sure: true,
    });
  const restart = /start from every unvisited node/;

  it('never tells the user to restart from every unvisited node, however the start is named', () => {
    for (const statement of [
      'n towns are joined by m roads. a courier in town 1 must bring a letter to town n; find the fewest roads.',
      'a traveller starts at airport home and wants to reach airport away along the m flights between airports.',
      'the plague breaks out in village s on day 0 and spreads along the m roads between villages.',
      'given a start node s, print the shortest distance from s to every other node of the graph with m edges.',
    ]) {
      const cases = listed(statement);
      expect(cases.join('\n'), statement).not.toMatch(restart);
      expect(cases, statement).toContain('A node that cannot be reached from the start');
    }
  });

  it('still does where every node may start a search of its own', () => {
    expect(
      listed(
        'n computers are joined by m cables between computers. count the groups of computers that can reach each other.',
      ).join('\n'),
    ).toMatch(restart);
  });
});
