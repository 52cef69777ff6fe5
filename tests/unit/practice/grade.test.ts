import { describe, expect, it } from 'vitest';
import { type AttemptFacts, gradeAttempt, paceMinutes } from '@/lib/practice/grade';

const MIN = 60_000;
const solved = (patch: Partial<AttemptFacts>): AttemptFacts => ({
  outcome: 'solved',
  timeMs: 15 * MIN,
  difficulty: 'Medium',
  hints: 0,
  solutionRevealed: false,
  failedSubmissions: 0,
  ...patch,
});

/** Labelled attempts, as an interviewer would grade them: [what happened, facts, grade]. */
const CASES: [string, AttemptFacts, 1 | 2 | 3 | 4][] = [
  ['an Easy alone in 12 minutes', solved({ difficulty: 'Easy', timeMs: 12 * MIN }), 4],
  ['a Medium alone in 34 minutes, just inside the pace', solved({ timeMs: 34 * MIN }), 4],
  ['a Hard alone in 45 minutes', solved({ difficulty: 'Hard', timeMs: 45 * MIN }), 4],
  ['an Easy alone in 25 minutes, a little slow', solved({ difficulty: 'Easy', timeMs: 25 * MIN }), 3],
  ['a Medium alone in 70 minutes, twice the pace', solved({ timeMs: 70 * MIN }), 2],
  ['a Medium with one hint inside the pace', solved({ hints: 1, timeMs: 30 * MIN }), 3],
  ['a Medium with one hint past the pace', solved({ hints: 1, timeMs: 40 * MIN }), 2],
  ['a Medium with two hints, however fast', solved({ hints: 2, timeMs: 10 * MIN }), 2],
  ['a Medium after the whole ladder', solved({ hints: 3, timeMs: 50 * MIN }), 2],
  ['a Medium alone but untimed', solved({ timeMs: 0 }), 3],
  ['a Medium untimed with one hint', solved({ timeMs: 0, hints: 1 }), 3],
  ['marked solved with help, no hint recorded', solved({ outcome: 'solved-with-help', timeMs: 20 * MIN }), 3],
  [
    'marked solved with help, slowly',
    solved({ outcome: 'solved-with-help', timeMs: 50 * MIN, difficulty: 'Easy' }),
    2,
  ],
  ['fast but after four wrong submissions', solved({ timeMs: 10 * MIN, failedSubmissions: 4 }), 3],
  ['fast after two wrong submissions', solved({ timeMs: 10 * MIN, failedSubmissions: 2 }), 4],
  ['the full solution revealed', solved({ solutionRevealed: true, timeMs: 5 * MIN }), 1],
  ['gave up', solved({ outcome: 'gave-up', timeMs: 5 * MIN }), 1],
  ['a Codeforces problem (no difficulty) in 30 minutes', solved({ difficulty: null, timeMs: 30 * MIN }), 4],
];

describe('grading an attempt', () => {
  it.each(CASES)('%s', (_name, facts, grade) => {
    expect(gradeAttempt(facts).grade).toBe(grade);
  });

  it('says why, in the numbers the user saw', () => {
    expect(gradeAttempt(solved({ difficulty: 'Easy', timeMs: 12 * MIN })).reason).toBe(
      'Solved alone in 12 min, within the 20-minute pace for an Easy.',
    );
    expect(gradeAttempt(solved({ hints: 1, timeMs: 40 * MIN })).reason).toBe(
      'Solved with 1 hint in 40 min, past the 35-minute pace for a Medium.',
    );
    expect(gradeAttempt(solved({ outcome: 'gave-up' })).reason).toMatch(/gave up/);
  });

  it('paces interviews at about 20, 35 and 50 minutes, and an unrated problem as a Medium', () => {
    expect([paceMinutes('Easy'), paceMinutes('Medium'), paceMinutes('Hard'), paceMinutes(null)]).toEqual([
      20, 35, 50, 35,
    ]);
  });

  it('never grades more help better than less, other things equal', () => {
    for (const timeMs of [0, 10 * MIN, 30 * MIN, 60 * MIN]) {
      const grades = [0, 1, 2, 3].map((hints) => gradeAttempt(solved({ hints, timeMs })).grade);
      expect([...grades].sort((a, b) => b - a)).toEqual(grades);
    }
  });

  it('never grades a slower solve better than a faster one, other things equal', () => {
    for (const hints of [0, 1, 2]) {
      const grades = [5, 20, 36, 50, 80].map((m) => gradeAttempt(solved({ hints, timeMs: m * MIN })).grade);
      expect([...grades].sort((a, b) => b - a)).toEqual(grades);
    }
  });
});
