import { describe, expect, it } from 'vitest';
import { agreeing, isSure, noGrounds } from '@/lib/coach/problem/certainty';
import type { LearnedGuess } from '@/lib/coach/problem/learned/model';
import { readProblem } from '@/lib/coach/problem/reading';
import { guessTechniques } from '@/lib/coach/problem/techniques';
import type { Grounds, TechniqueGuess, TechniqueId } from '@/lib/coach/problem/types';
import { problemContext } from '../../../support/problem-context';

const guess = (id: TechniqueId, confidence: number, grounds: Partial<Grounds> = {}): TechniqueGuess => ({
  id,
  confidence,
  reason: '',
  grounds: { ...noGrounds(), ...grounds },
});
const runnerUp = guess('hash-table', 0.3);

describe('when the panel may call its leading technique sure', () => {
  it('is sure when two phrases of the statement point at a clear leader', () => {
    expect(isSure([guess('sliding-window', 0.7, { statement: 2 }), runnerUp])).toBe(true);
  });

  it('is sure when a phrase of the statement and the learned model agree', () => {
    expect(isSure([guess('sliding-window', 0.7, { statement: 1, modelFirst: true }), runnerUp])).toBe(true);
  });

  it('is sure when the site tags it and the model reads it first, with no phrase at all', () => {
    expect(isSure([guess('greedy', 0.7, { tagged: true, modelFirst: true }), runnerUp])).toBe(true);
  });

  it('is not sure on one phrase alone, however strong its weight', () => {
    expect(isSure([guess('sliding-window', 0.9, { statement: 1 }), runnerUp])).toBe(false);
  });

  it('is not sure when only the title names the method, even with the model agreeing', () => {
    expect(isSure([guess('depth-first-search', 0.8, { title: 1, modelFirst: true }), runnerUp])).toBe(false);
  });

  it('never calls a family of input the method, however many reasons point at it', () => {
    for (const id of ['string', 'matrix', 'linked-list', 'binary-tree'] as const)
      expect(isSure([guess(id, 0.9, { statement: 2, modelFirst: true }), runnerUp]), id).toBe(false);
  });

  it('is not sure when the leader is weak or the runner-up close, whatever agrees on it', () => {
    const grounds = { statement: 2, modelFirst: true };
    expect(isSure([guess('greedy', 0.45, grounds), guess('sorting', 0.1)])).toBe(false);
    expect(isSure([guess('greedy', 0.7, grounds), guess('sorting', 0.65)])).toBe(false);
  });

  it('measures the margin against the next method, not the family the leader implies', () => {
    const grounds = { statement: 1, modelFirst: true };
    const graph = guess('graph', 0.78);
    expect(isSure([guess('shortest-path', 0.8, grounds), graph, guess('dynamic-programming', 0.3)])).toBe(
      true,
    );
    expect(isSure([guess('shortest-path', 0.8, grounds), graph, guess('dynamic-programming', 0.75)])).toBe(
      false,
    );
  });

  it('is not sure of a guess whose grounds were never recorded', () => {
    expect(isSure([{ id: 'greedy', confidence: 0.9, reason: '' }])).toBe(false);
  });

  it('counts each phrase, the tag, the model, a stated bar and the bounds as one reason each', () => {
    expect(
      agreeing({ statement: 2, title: 1, tagged: true, modelFirst: true, stated: true, bounds: true }),
    ).toBe(7);
    expect(agreeing(noGrounds())).toBe(0);
  });
});

describe('the grounds recorded behind each guess', () => {
  const STATEMENT =
    'Given an array of integers, return the length of the longest subarray whose largest and smallest values differ by at most limit.';
  const model = (id: TechniqueId, probability: number): LearnedGuess => ({
    id,
    probability,
    lift: 1,
    because: [],
    carried: 1,
  });
  const guesses = (title: string, statement: string, tags: string[], learned: LearnedGuess[]) => {
    const { scene, stated } = readProblem(problemContext({ title, statement }));
    return guessTechniques({ title, tags, scene, learned, stated });
  };
  const window = (found: TechniqueGuess[]) => found.find((g) => g.id === 'sliding-window')?.grounds;

  it('records a phrase of the statement, the site tag and the model ranking it first', () => {
    const grounds = window(
      guesses(
        'Calm Stretch',
        STATEMENT,
        ['Sliding Window'],
        [model('sliding-window', 0.8), model('greedy', 0.3)],
      ),
    );
    expect(grounds?.statement).toBeGreaterThanOrEqual(1);
    expect(grounds?.title).toBe(0);
    expect(grounds?.tagged).toBe(true);
    expect(grounds?.modelFirst).toBe(true);
  });

  it('counts a phrase the title holds as the title, not the statement', () => {
    const grounds = window(
      guesses(
        'Longest subarray whose largest and smallest values differ by at most limit',
        'Return the answer for the input.',
        [],
        [],
      ),
    );
    expect(grounds?.title).toBeGreaterThanOrEqual(1);
    expect(grounds?.statement).toBe(0);
  });

  it("reads the model's first method past the families of input it ranks higher", () => {
    const found = guesses(
      'Calm Stretch',
      STATEMENT,
      [],
      [model('string', 0.9), model('sliding-window', 0.5)],
    );
    expect(window(found)?.modelFirst).toBe(true);
  });
});
