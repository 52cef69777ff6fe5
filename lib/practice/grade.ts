import type { Difficulty, Outcome, ReviewGrade } from './record';

/**
 * Minutes an interviewer gives a problem of each difficulty in a 45–60 minute round: an Easy is a
 * warm-up, a Medium the main question, a Hard most of the round.
 */
const PACE_MINUTES: Record<Difficulty, number> = { Easy: 20, Medium: 35, Hard: 50 };

/** A problem without a difficulty (Codeforces, AtCoder) is paced as a Medium. */
export function paceMinutes(difficulty: Difficulty | null): number {
  return difficulty ? PACE_MINUTES[difficulty] : PACE_MINUTES.Medium;
}

/** Slower than this many times the pace is a slow solve, whatever the help. */
const SLOW = 1.5;
/** This many wrong submissions or more and a solve is not called easy. */
const MANY_FAILURES = 3;

/** What an attempt shows about how well the user knows the problem. */
export interface AttemptFacts {
  outcome: Outcome;
  /** The timer's reading; 0 when the timer was never used. */
  timeMs: number;
  difficulty: Difficulty | null;
  /** Hint levels opened, both ladders. */
  hints: number;
  solutionRevealed: boolean;
  failedSubmissions: number;
}

export interface AttemptGrade {
  grade: ReviewGrade;
  /** Why, in a sentence the panel shows beside the grade. */
  reason: string;
}

const minutes = (ms: number) => Math.max(1, Math.round(ms / 60_000));
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The FSRS grade an attempt earns, as an interviewer would judge it: seeing the solution or giving
 * up is Again (it comes back tomorrow); one hint, or a solve past the interview pace, is Good; more
 * help, or a slow solve with help, is Hard; solved alone within the pace is Easy. Without a timer
 * reading nothing can be called quick, so the best is Good. Solved "with help" by the user's word
 * counts as one hint taken elsewhere.
 */
export function gradeAttempt(facts: AttemptFacts): AttemptGrade {
  if (facts.outcome === 'gave-up') return { grade: 1, reason: 'You gave up, so it comes back tomorrow.' };
  if (facts.solutionRevealed) {
    return { grade: 1, reason: 'You saw the full solution, so it comes back tomorrow to solve alone.' };
  }
  const help = facts.hints > 0 ? facts.hints : facts.outcome === 'solved-with-help' ? 1 : 0;
  const pace = paceMinutes(facts.difficulty);
  const timed = facts.timeMs > 0;
  const ratio = facts.timeMs / (pace * 60_000);
  const took = timed ? `${minutes(facts.timeMs)} min` : 'an untimed solve';
  const against = `the ${pace}-minute pace${facts.difficulty ? ` for ${an(facts.difficulty)}` : ''}`;
  const helpWords = help === 0 ? 'no hints' : facts.hints > 0 ? plural(help, 'hint') : 'help';

  if (help >= 2) return { grade: 2, reason: `Solved with ${helpWords}: ${took}.` };
  if (help === 1) {
    return timed && ratio > 1
      ? { grade: 2, reason: `Solved with ${helpWords} in ${took}, past ${against}.` }
      : { grade: 3, reason: `Solved with ${helpWords}${timed ? ` in ${took}, within ${against}` : ''}.` };
  }
  if (!timed)
    return { grade: 3, reason: 'Solved with no hints; without the timer it cannot be called quick.' };
  if (ratio > SLOW) return { grade: 2, reason: `Solved alone, but in ${took}, well past ${against}.` };
  if (ratio > 1) return { grade: 3, reason: `Solved alone in ${took}, a little past ${against}.` };
  if (facts.failedSubmissions >= MANY_FAILURES) {
    return {
      grade: 3,
      reason: `Solved alone in ${took}, but after ${plural(facts.failedSubmissions, 'wrong submission')}.`,
    };
  }
  return { grade: 4, reason: `Solved alone in ${took}, within ${against}.` };
}

function an(difficulty: Difficulty): string {
  return difficulty === 'Easy' ? 'an Easy' : `a ${difficulty}`;
}
