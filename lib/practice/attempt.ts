import { type AttemptGrade, gradeAttempt } from './grade';
import {
  hadHelp,
  hintsTaken,
  isNewVerdict,
  type Outcome,
  type PracticeRecord,
  timerElapsed,
  type Verdict,
} from './record';

/*
 * Ending an attempt and grading it, without scheduling it: the service worker ends attempts on
 * the judge's verdict and must stay within its first-load budget, which has no room for the FSRS
 * scheduler. An attempt ended here has `review: null` until `settleReview` (review.ts) schedules
 * it from `reviewBefore`, its grade and when it ended (FSRS here has no fuzz, so the schedule is
 * the same whenever it is computed); every view that shows a schedule settles it first.
 */

/** The grade the current attempt earns on its own facts. */
export function autoGrade(record: PracticeRecord): AttemptGrade | null {
  const { attempt } = record;
  if (attempt.outcome === null) return null;
  return gradeAttempt({
    outcome: attempt.outcome,
    timeMs: timerElapsed(attempt, attempt.endedAt ?? attempt.startedAt),
    difficulty: record.difficulty,
    hints: hintsTaken(attempt),
    solutionRevealed: attempt.solutionRevealed,
    failedSubmissions: attempt.failedSubmissions,
  });
}

/**
 * End the attempt (or change how it ended): the timer stops and the attempt is graded from what
 * it shows. The schedule it had before this attempt is kept in `reviewBefore`, so changing the
 * outcome later regrades from that same schedule and nothing is counted twice.
 */
export function endAttempt(
  record: PracticeRecord,
  outcome: Outcome,
  by: 'page' | 'you',
  now: number,
): PracticeRecord {
  const { attempt } = record;
  const ended = attempt.outcome !== null;
  const endedAt = ended && attempt.endedAt !== null ? attempt.endedAt : now;
  const before = ended ? record.reviewBefore : record.review;
  const stopped: PracticeRecord = {
    ...record,
    attempt: {
      ...attempt,
      elapsedMs: timerElapsed(attempt, now),
      runningSince: null,
      pausedHidden: false,
      outcome,
      outcomeBy: by,
      endedAt,
    },
    reviewBefore: before,
  };
  const grade = (autoGrade(stopped) as AttemptGrade).grade;
  return { ...stopped, attempt: { ...stopped.attempt, grade, gradeBy: 'auto' }, review: null };
}

/** An ended, graded attempt whose review is not scheduled yet. */
export function isUnscheduled(record: PracticeRecord): boolean {
  const { attempt } = record;
  return attempt.endedAt !== null && attempt.grade !== null && record.review === null;
}

/**
 * The page judged a submission. An accepted one ends an open attempt (solved, or solved with help
 * when a hint or the solution was seen); a wrong one is counted. An attempt already ended is left
 * as it is: the user may be looking at an old submission.
 */
export function applyVerdict(record: PracticeRecord, verdict: Verdict, now: number): PracticeRecord {
  const { attempt } = record;
  if (attempt.outcome !== null || !isNewVerdict(attempt, verdict)) return record;
  if (!verdict.accepted) {
    return {
      ...record,
      attempt: {
        ...attempt,
        failedSubmissions: attempt.failedSubmissions + 1,
        lastVerdict: verdict.submission ?? attempt.lastVerdict,
      },
    };
  }
  const seen = { ...record, attempt: { ...attempt, lastVerdict: verdict.submission ?? attempt.lastVerdict } };
  return endAttempt(seen, hadHelp(attempt) ? 'solved-with-help' : 'solved', 'page', now);
}
