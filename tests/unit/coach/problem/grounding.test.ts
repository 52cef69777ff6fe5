import { describe, expect, it } from 'vitest';
import { type LearnedGuess, type LearnedWeights, scoreTechniques } from '@/lib/coach/problem/learned/model';
import { readProblem } from '@/lib/coach/problem/reading';
import { guessTechniques } from '@/lib/coach/problem/techniques';
import { problemContext } from '../../../support/problem-context';

/** A statement no hand-written phrase fires on, so only the model's guess counts. */
function guessFrom(learned: LearnedGuess) {
  const { title, scene, stated } = readProblem(
    problemContext({ title: 'Plain', statement: 'Return the answer for the input.' }),
  );
  return guessTechniques({ title, tags: [], scene, learned: [learned], stated }).find(
    (guess) => guess.id === learned.id,
  );
}

describe('what counts as the page pointing at a technique', () => {
  const model: LearnedWeights = {
    problems: 1,
    bias: { greedy: -2 },
    weights: {
      smallest: { greedy: 0.2 },
      possible: { greedy: 0.2 },
      'exactly one': { greedy: 0.2 },
      each: { greedy: 0.2 },
      deadline: { greedy: 0.8 },
      '#size:quadratic': { greedy: 0.9 },
      '#shape:one': { greedy: 0.9 },
    },
  };

  it('adds up the few strongest features, not every common word nor the size and shape every page has', () => {
    const [common] = scoreTechniques(model, [
      'smallest',
      'possible',
      'exactly one',
      'each',
      '#size:quadratic',
      '#shape:one',
    ]);
    // Four common words and two facts every page has lift the log-odds by 2.6, yet no three of
    // the words together double the odds.
    expect(common?.lift).toBeCloseTo(2.6);
    expect(common?.carried).toBeCloseTo(0.6);
    const [named] = scoreTechniques(model, ['deadline', 'smallest']);
    expect(named?.carried).toBeCloseTo(1);
  });

  it('marks a guess carried by common words as a base rate, and says nothing points at it', () => {
    const guess = guessFrom({
      id: 'greedy',
      probability: 0.4,
      lift: 2.6,
      because: ['#size:quadratic', '#shape:one', 'smallest', 'possible', 'exactly one'],
      carried: 0.6,
    });
    expect(guess?.baseRateOnly).toBe(true);
    expect(guess?.reason).toContain(
      'common among problems like this (40%), though nothing here points at it',
    );
  });

  it('grounds a guess one word or a few together double the odds of, and quotes them', () => {
    const guess = guessFrom({
      id: 'greedy',
      probability: 0.3,
      lift: 1,
      because: ['deadline', 'smallest'],
      carried: 1,
    });
    expect(guess?.baseRateOnly).toBeUndefined();
    expect(guess?.reason).toContain('(30%), from "deadline"');
  });
});
