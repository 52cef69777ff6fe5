import { describe, expect, it } from 'vitest';
import { isMethod } from '@/lib/coach/problem/certainty';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { edgeCases } from '@/lib/coach/problem/edge-cases';
import { TECHNIQUE_TRAPS } from '@/lib/coach/problem/knowledge/traps';
import type { TechniqueGuess, TechniqueId } from '@/lib/coach/problem/types';
import { readLabelledPages } from '../../../support/problem-labels';

/*
 * Edge cases that follow from what the page says (stop 27). A search from one start the story names
 * can miss a node it never reaches, so the advice to restart from every unvisited node, which suits
 * counting groups, must not appear; a runner-up the page's own words never point at brings no traps.
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
      expect(listed(statement).join('\n'), statement).not.toMatch(restart);
      // Where the page says what to answer for a node out of reach, that is the case to test.
      const answered = listed(`${statement} print -1 where no route exists.`);
      expect(answered.join('\n'), statement).not.toMatch(restart);
      expect(answered, statement).toContain('A node that cannot be reached from the start');
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

describe("a runner-up's traps", () => {
  const pages = readLabelledPages();
  const trapsOf = (id: TechniqueId) => (TECHNIQUE_TRAPS[id] ?? []).map((trap) => trap.text);

  it('are listed only where the page points at the runner-up in its own words, not from its wording as a whole', () => {
    const noise = pages.flatMap(({ name, analysis }) => {
      const methods = analysis.patterns.filter(isMethod);
      const grounded = (guess: TechniqueGuess) =>
        !guess.grounds || guess.grounds.statement > 0 || guess.grounds.tagged;
      const kept = new Set(
        methods.filter((guess, index) => index === 0 || grounded(guess)).flatMap((g) => trapsOf(g.id)),
      );
      return methods
        .slice(1)
        .filter((guess) => !grounded(guess))
        .flatMap((guess) =>
          trapsOf(guess.id).filter((text) => !kept.has(text) && analysis.edgeCases.includes(text)),
        )
        .map((text) => `${name}: ${text}`);
    });
    expect(noise).toEqual([]);
  });

  it('leave a table’s traps off houses on a line whose cheapest meeting point only the word "cheapest" ties to a table', () => {
    const page = pages.find(({ name }) => name === 'ac-cheapest-meeting-point');
    expect(page?.analysis.edgeCases.join('\n')).not.toMatch(/base cases|cannot be reached/);
  });
});
