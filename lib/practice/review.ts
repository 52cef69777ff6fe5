import { createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs';
import { cardFields, toCard } from '../quiz/scheduler';
import { endAttempt, isUnscheduled } from './attempt';
import { isDue, type Outcome, type PracticeRecord, type ReviewCard, type ReviewGrade } from './record';

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
function scheduleReview(card: ReviewCard | null, grade: ReviewGrade, at: number): ReviewCard {
  const from = card ? toCard(card) : createEmptyCard(new Date(at));
  return cardFields(scheduler.next(from, new Date(at), grade).card);
}

/** The record with its ended attempt's review scheduled, if that was left to do. */
export function settleReview(record: PracticeRecord): PracticeRecord {
  const { attempt } = record;
  if (!isUnscheduled(record) || attempt.grade === null || attempt.endedAt === null) return record;
  return { ...record, review: scheduleReview(record.reviewBefore, attempt.grade, attempt.endedAt) };
}

/** End the attempt (see `endAttempt`) and schedule its review. */
export function finishAttempt(
  record: PracticeRecord,
  outcome: Outcome,
  by: 'page' | 'you',
  now: number,
): PracticeRecord {
  return settleReview(endAttempt(record, outcome, by, now));
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

/** The review queue: problems due today or overdue, the longest overdue first. */
export function dueReviews(records: readonly PracticeRecord[], now: number): PracticeRecord[] {
  return records
    .filter((record) => isDue(record, now))
    .sort((a, b) => (a.review?.due ?? 0) - (b.review?.due ?? 0));
}
