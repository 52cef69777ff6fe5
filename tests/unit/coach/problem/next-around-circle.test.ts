import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { aroundACircle } from '@/lib/coach/problem/knowledge/circles';
import type { ProblemContext } from '@/lib/extract/context';

/*
 * The next greater item asked of items on a circle: one pass leaves items waiting whose answer lies
 * past the wrap, so the ladder goes round twice and no line says that what is left after one pass
 * has no answer. Statements written for these tests.
 */
function page(statement: string): ProblemContext {
  return {
    kind: 'problem',
    site: 'hackerrank',
    url: 'https://www.hackerrank.com/challenges/a-story/problem',
    id: 'a-story',
    title: 'A Story',
    statement,
    examples: [],
    constraints: ['1 <= n <= 10^5', '1 <= h[i] <= 10^9'],
    tags: [],
    hints: [],
    source: 'dom',
  };
}

const ASK =
  'For every tower, report the height of the next taller tower going clockwise, or -1 if no tower is taller.';
const texts = (statement: string) => {
  const analysis = analyzeProblem(page(statement));
  return { hints: analysis.hints.map((hint) => hint.text), edges: analysis.edgeCases };
};

describe('the next greater item on a circle', () => {
  it('goes round twice and never says one pass settles who has no answer', () => {
    const { hints, edges } = texts(
      `n towers stand in a ring, numbered 1 to n, and tower n is followed by tower 1 again. Tower i has height h[i]. ${ASK}`,
    );
    expect(hints[1]).toMatch(/Go round twice/);
    expect(hints[2]).toMatch(/2n - 1/);
    expect(hints[0]).not.toMatch(/stack/i);
    expect(hints.join(' ')).not.toMatch(/Anything left at the end has no such neighbour/);
    expect(edges.join(' ')).not.toMatch(/still on the stack at the end/);
    expect(edges.join(' ')).toMatch(/past the wrap/);
  });

  it('keeps the one-pass ladder for a row that does not wrap', () => {
    const { hints, edges } = texts(
      `n towers stand in a row from west to east. Tower i has height h[i]. For every tower, report the height of the next taller tower going east, or -1 if no tower to its east is taller.`,
    );
    expect(hints[2]).toMatch(/Anything left at the end has no such neighbour/);
    expect(hints.join(' ')).not.toMatch(/round twice|past the wrap/);
    expect(edges.join(' ')).not.toMatch(/past the wrap/);
  });

  it('reads a circle in the words setters use, and not in a round or a clockwise spiral', () => {
    const says = fc.constantFrom(
      'The array is circular.',
      'The list wraps around: after the last element comes the first.',
      'The next element of the last element is the first element.',
      'Seat n is followed by seat 1.',
      'The last seat is followed by the first seat.',
    );
    fc.assert(fc.property(says, (words) => aroundACircle(words.toLowerCase())));
    for (const words of [
      'each round, every player moves one seat',
      'walk the grid clockwise in a spiral',
      'player n is followed by nobody',
    ])
      expect(aroundACircle(words)).toBe(false);
  });
});
