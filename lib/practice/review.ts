import { createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs';
import { cardFields, toCard } from '../quiz/scheduler';
import { type AttemptGrade, gradeAttempt } from './grade';
import {
  hadHelp,
  hintsTaken,
  isNewVerdict,
  type Outcome,
  type PracticeRecord,
  type ReviewCard,
  type ReviewGrade,
  timerElapsed,
  type Verdict,
} from './record';

/*
 * Problems come back on an FSRS schedule, as the quiz's cards do, but in whole days: re-solving a
 * problem ten minutes after solving it proves nothing, so there are no short-term learning steps
 * (Again is tomorrow, Hard two days, Good three, Easy about a week for a first solve). No fuzz:
 * the user sees when a problem returns, and it returns then. A year is the longest gap.
 */
const scheduler = fsrs(
  generatorParameters({ enable_short_term: false, enable_fuzz: false, maximum_interval: 365 }),
);

/** The schedule after a review graded `grade` at `at`; the first review starts from a new card. */
export function scheduleReview(card: ReviewCard | null, grade: ReviewGrade, at: number): ReviewCard {
  const from = card ? toCard(card) : createEmptyCard(new Date(at));
  return cardFields(scheduler.next(from, new Date(at), grade).card);
}

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
 * End the attempt (or change how it ended): the timer stops, the attempt is graded from what it
 * shows, and the problem is scheduled from the schedule it had before this attempt. Changing the
 * outcome later regrades from that same schedule, so nothing is counted twice.
 */
export function finishAttempt(
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
  return {
    ...stopped,
    attempt: { ...stopped.attempt, grade, gradeBy: 'auto' },
    review: scheduleReview(before, grade, endedAt),
  };
}

/** The user's own grade for the ended attempt, rescheduled from the schedule before it. */
export function setGrade(record: PracticeRecord, grade: ReviewGrade): PracticeRecord {
  const { attempt } = record;
  if (attempt.outcome === null || attempt.endedAt === null) return record;
  return {
    ...record,
    attempt: { ...attempt, grade, gradeBy: 'you' },
    review: scheduleReview(record.reviewBefore, grade, attempt.endedAt),
  };
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
  return finishAttempt(seen, hadHelp(attempt) ? 'solved-with-help' : 'solved', 'page', now);
}
