import { describe, expect, it } from 'vitest';
import { besideProbability, companyLowers } from '@/lib/coach/problem/beside-leader';
import { noGrounds } from '@/lib/coach/problem/certainty';
import { deriveCompanions } from '@/lib/coach/problem/companions';
import type { LearnedGuess } from '@/lib/coach/problem/learned/model';
import { readProblem } from '@/lib/coach/problem/reading';
import { guessTechniques } from '@/lib/coach/problem/techniques';
import type { Grounds, TechniqueId } from '@/lib/coach/problem/types';
import { problemContext } from '../../../support/problem-context';

const { scene } = readProblem(
  problemContext({ title: 'Plain', statement: 'Return the answer for the input.' }),
);
const named: Grounds = { ...noGrounds(), statement: 1 };

describe("how far the leader's company moves a guess nothing on the page names", () => {
  it('raises a guess the notes list beside the leader more often than the model reads it, by half the gap', () => {
    expect(besideProbability(0.1, 0.5, true)).toBeCloseTo(0.3);
    expect(besideProbability(0.1, 0.5, false)).toBeCloseTo(0.3);
  });

  it('lowers one the notes list beside it less often by a quarter of the gap: a left-out step is weak evidence', () => {
    expect(besideProbability(0.2, 0, true)).toBeCloseTo(0.15);
    expect(besideProbability(0.2, 0.1, true)).toBeCloseTo(0.175);
  });

  it('leaves it where the company may not lower it (near miss)', () => {
    expect(besideProbability(0.2, 0, false)).toBe(0.2);
  });
});

describe('which leaders may lower what the model reads', () => {
  it('a method the statement words or the site tags name', () => {
    expect(companyLowers('greedy', named, scene)).toBe(true);
    expect(companyLowers('greedy', { ...noGrounds(), tagged: true }, scene)).toBe(true);
  });

  it('not a method only the sizes point at: small n says every order can be tried, not what the search keeps (near miss)', () => {
    expect(companyLowers('backtracking', { ...noGrounds(), bounds: true }, scene)).toBe(false);
  });

  it('not a family of input, whose company is every method used on it (near miss)', () => {
    expect(companyLowers('graph', named, scene)).toBe(false);
    expect(companyLowers('string', named, scene)).toBe(false);
  });

  it("not a class's structure: each structure answers its own call (near miss)", () => {
    expect(companyLowers('queue', named, { ...scene, design: true })).toBe(false);
  });
});

describe('the places below a greedy choice the site tags', () => {
  /** Greedy entries seldom list anything: a sort once, a formula once, a map never. */
  const greedyAlone = deriveCompanions([
    ['greedy', 'sorting'],
    ['greedy', 'math'],
    ...Array.from({ length: 6 }, (): TechniqueId[] => ['greedy']),
    ['hash-table', 'string'],
    ['dynamic-programming'],
  ]);
  const guess =
    (carried: number, because: string[]) =>
    ([id, probability]: [string, number]): LearnedGuess => ({
      id: id as TechniqueId,
      probability,
      lift: 0.5,
      because,
      carried,
    });
  function below(pointed: Record<string, number>, common: Record<string, number>, because = ['the']) {
    const learned = [
      ...Object.entries(pointed).map(guess(1, because)),
      ...Object.entries(common).map(guess(0.1, ['input'])),
    ];
    return guessTechniques({
      title: 'Plain',
      tags: ['Greedy'],
      scene,
      learned,
      stated: null,
      companions: greedyAlone,
    }).map((g) => g.id);
  }

  it('puts a common technique the notes list beside it at times ahead of a commoner one they never list', () => {
    expect(below({}, { 'hash-table': 0.2, math: 0.17 })).toEqual(['greedy', 'math', 'hash-table']);
  });

  it('weighs a reading of the wording as a whole like a base rate', () => {
    expect(below({ 'dynamic-programming': 0.2 }, { math: 0.17 })).toEqual([
      'greedy',
      'math',
      'dynamic-programming',
    ]);
  });

  it("leaves a reading the page's own words raise to its evidence (near miss)", () => {
    expect(below({ 'dynamic-programming': 0.2 }, { math: 0.17 }, ['stairs'])).toEqual([
      'greedy',
      'dynamic-programming',
      'math',
    ]);
  });
});
