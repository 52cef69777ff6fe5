import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { noGrounds } from '@/lib/coach/problem/certainty';
import { gridBeforeItsLetters } from '@/lib/coach/problem/technique-order';
import type { Grounds, TechniqueId } from '@/lib/coach/problem/types';
import { problemContext } from '../../../support/problem-context';

const ids = (title: string, statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ title, statement, constraints })).patterns.map((p) => p.id);

/** What the rule adds to the grid's score, given the two families' scores. */
function added(scores: Partial<Record<TechniqueId, number>>, grid: boolean): number {
  const map = new Map<TechniqueId, { score: number; grounded: boolean; grounds: Grounds }>(
    Object.entries(scores).map(([id, score]) => [
      id as TechniqueId,
      { score, grounded: true, grounds: noGrounds() },
    ]),
  );
  let total = 0;
  gridBeforeItsLetters(
    map,
    (id, weight) => {
      if (id === 'matrix') total += weight;
    },
    grid,
  );
  return total;
}

describe('on a grid, the words for letters say what a cell holds, not what the input is', () => {
  it('puts the grid ahead of the text family when a board of characters is turned', () => {
    const guesses = ids(
      'Quarter Turns of the Game Board',
      'A square game board of n x n squares is written as n rows of characters, each "." for an empty square or "#" for a piece. The board is given a quarter turn clockwise k times. Print the board after all the turns.',
      ['1 <= n <= 1000', '1 <= k <= 10^9'],
    );
    expect(guesses[0]).toBe('matrix');
    expect(guesses.indexOf('string')).toBeGreaterThan(0);
  });

  it('leaves a method the page names ahead of both families: rows that read the same both ways (near miss)', () => {
    const guesses = ids(
      'Word in the Letter Square',
      'A square has n rows and n columns of lowercase letters. Count the rows that read the same from left to right as from right to left.',
      ['1 <= n <= 2000'],
    );
    expect(guesses[0]).toBe('two-pointers');
    expect(guesses.indexOf('matrix')).toBeLessThan(guesses.indexOf('string'));
  });

  it('leaves a string that is no grid to the text family (near miss)', () => {
    const guesses = ids(
      'Longest Word Run',
      'You are given a string s of lowercase letters. Find the length of the longest substring without repeating characters.',
      ['1 <= |s| <= 10^5'],
    );
    expect(guesses).toContain('string');
    expect(guesses).not.toContain('matrix');
  });

  it('raises the grid just past the text family, and only on a grid where the text family leads it', () => {
    expect(added({ string: 1.5, matrix: 1 }, true)).toBeCloseTo(0.51);
    expect(added({ string: 1.5, matrix: 1 }, false)).toBe(0);
    expect(added({ string: 1.5, matrix: 4 }, true)).toBe(0);
    expect(added({ matrix: 4 }, true)).toBe(0);
  });
});
