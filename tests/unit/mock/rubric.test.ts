import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildScorecard,
  DIMENSIONS,
  RUBRIC,
  SCORES,
  type Score,
  VERDICTS,
  verdictOf,
} from '@/lib/mock/rubric';

const score = fc.constantFrom<Score>(1, 2, 3, 4);
const dimension = fc.constantFrom(...DIMENSIONS);

describe('the rubric', () => {
  it('has an anchor for every score of every dimension', () => {
    for (const spec of Object.values(RUBRIC)) {
      for (const value of SCORES) expect(spec.anchors[value].length).toBeGreaterThan(20);
    }
  });

  it('turns scores into a verdict that never falls when a score rises', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 4, maxLength: 4 }), fc.nat(3), (scores, at) => {
        const raised = scores.map((value, index) =>
          index === at ? (Math.min(4, value + 1) as Score) : value,
        );
        expect(VERDICTS.indexOf(verdictOf(raised))).toBeGreaterThanOrEqual(
          VERDICTS.indexOf(verdictOf(scores)),
        );
      }),
    );
  });

  it('sinks a round with a failed dimension and asks every dimension to hold for a strong hire', () => {
    expect(verdictOf([4, 4, 4, 1])).toBe('no-hire');
    expect(verdictOf([4, 4, 4, 2])).toBe('hire');
    expect(verdictOf([4, 4, 3, 3])).toBe('strong-hire');
    expect(verdictOf([3, 3, 3, 3])).toBe('hire');
    expect(verdictOf([2, 2, 2, 2])).toBe('no-hire');
    expect(verdictOf([1, 1, 2, 2])).toBe('strong-no-hire');
  });
});

describe('a scorecard', () => {
  it('has every dimension once, in the rubric’s order, each with evidence, whatever it was built from', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ dimension, score, evidence: fc.array(fc.string(), { maxLength: 8 }) }), {
          maxLength: 8,
        }),
        fc.string(),
        (given, summary) => {
          const card = buildScorecard(given, summary, 'model');
          expect(card.dimensions.map((entry) => entry.dimension)).toEqual([...DIMENSIONS]);
          for (const entry of card.dimensions) {
            expect(entry.evidence.length).toBeGreaterThanOrEqual(1);
            expect(entry.evidence.length).toBeLessThanOrEqual(4);
            expect(SCORES).toContain(entry.score);
          }
          expect(card.verdict).toBe(verdictOf(card.dimensions.map((entry) => entry.score)));
        },
      ),
    );
  });

  it('keeps the first score given for a dimension and says when one was never scored', () => {
    const card = buildScorecard(
      [
        { dimension: 'coding', score: 3, evidence: ['  Clean two-pass solution.  '] },
        { dimension: 'coding', score: 1, evidence: ['ignored'] },
      ],
      'Solid.',
      'self',
    );
    expect(card.dimensions[1]).toEqual({
      dimension: 'coding',
      score: 3,
      evidence: ['Clean two-pass solution.'],
    });
    expect(card.dimensions[0]?.evidence).toEqual(['Not scored: nothing in the round showed it.']);
    expect(card.dimensions[0]?.score).toBe(1);
  });
});
