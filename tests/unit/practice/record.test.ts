import { describe, expect, it } from 'vitest';
import { applyVerdict, endAttempt, isUnscheduled } from '@/lib/practice/attempt';
import {
  countHint,
  daysUntilDue,
  isDue,
  MAX_PAST,
  openRecord,
  type PracticeRecord,
  pauseTimer,
  resetTimer,
  resumeShown,
  startAgain,
  startTimer,
  timerElapsed,
  timeSpent,
} from '@/lib/practice/record';
import { dueReviews, finishAttempt, setGrade, settleReview } from '@/lib/practice/review';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = new Date(2025, 0, 6, 9, 0).getTime();
const page = {
  site: 'leetcode',
  id: 'two-sum',
  url: 'https://leetcode.com/problems/two-sum/',
  title: 'Two Sum',
  difficulty: 'Easy' as const,
};

function opened(at = T0): PracticeRecord {
  return openRecord(null, page, at);
}

describe('a problem opened', () => {
  it('is recorded on the first visit with an open attempt and no schedule', () => {
    const record = opened();
    expect(record).toMatchObject({
      site: 'leetcode',
      id: 'two-sum',
      title: 'Two Sum',
      difficulty: 'Easy',
      firstSeen: T0,
      lastSeen: T0,
      past: [],
      review: null,
    });
    expect(record.attempt).toMatchObject({ startedAt: T0, outcome: null, elapsedMs: 0, runningSince: null });
  });

  it('keeps its first visit and refreshes what the page shows on later ones', () => {
    const later = openRecord(opened(), { ...page, title: 'Two Sum (new)', difficulty: undefined }, T0 + DAY);
    expect(later).toMatchObject({
      firstSeen: T0,
      lastSeen: T0 + DAY,
      title: 'Two Sum (new)',
      difficulty: 'Easy',
    });
  });

  it('starts a new attempt when it comes back due, the old one joining the past', () => {
    const solved = finishAttempt(startTimer(opened(), T0), 'solved', 'you', T0 + 10 * MIN);
    const early = openRecord(solved, page, T0 + DAY);
    expect(early.attempt.outcome).toBe('solved');
    const due = solved.review?.due ?? 0;
    const back = openRecord(solved, page, due + MIN);
    expect(back.attempt.outcome).toBeNull();
    expect(back.past).toEqual([
      { endedAt: T0 + 10 * MIN, outcome: 'solved', timeMs: 10 * MIN, hints: 0, revealed: false, grade: 4 },
    ]);
    expect(back.review).toEqual(solved.review);
    expect(timeSpent(back, due + 2 * MIN)).toBe(10 * MIN);
  });

  it('keeps only the newest past attempts', () => {
    let record = opened();
    for (let i = 0; i < MAX_PAST + 3; i += 1) {
      record = startAgain(finishAttempt(record, 'gave-up', 'you', T0 + i * DAY), T0 + i * DAY + MIN);
    }
    expect(record.past).toHaveLength(MAX_PAST);
    expect(record.past.at(-1)?.endedAt).toBe(T0 + (MAX_PAST + 2) * DAY);
  });
});

describe('the timer', () => {
  it('runs from start, banks time on pause, and resumes only a pause its tab caused', () => {
    let record = startTimer(opened(), T0);
    expect(timerElapsed(record.attempt, T0 + 5 * MIN)).toBe(5 * MIN);
    record = pauseTimer(record, T0 + 5 * MIN, true);
    expect(timerElapsed(record.attempt, T0 + 60 * MIN)).toBe(5 * MIN);
    record = resumeShown(record, T0 + 60 * MIN);
    expect(timerElapsed(record.attempt, T0 + 62 * MIN)).toBe(7 * MIN);
    record = pauseTimer(record, T0 + 62 * MIN);
    expect(resumeShown(record, T0 + 70 * MIN)).toEqual(record);
    expect(timerElapsed(resetTimer(record).attempt, T0 + 80 * MIN)).toBe(0);
  });

  it('starting twice keeps the first start, and an ended attempt never runs again', () => {
    const running = startTimer(opened(), T0);
    expect(startTimer(running, T0 + MIN)).toEqual(running);
    const ended = finishAttempt(running, 'solved', 'you', T0 + 3 * MIN);
    expect(ended.attempt.runningSince).toBeNull();
    expect(startTimer(ended, T0 + 4 * MIN)).toEqual(ended);
    expect(timerElapsed(ended.attempt, T0 + DAY)).toBe(3 * MIN);
  });
});

describe('help and verdicts', () => {
  it('counts offline levels opened, the highest model level, and level 4 as the solution seen', () => {
    let record = countHint(countHint(opened(), 'offline', 1), 'offline', 2);
    record = countHint(record, 'model', 2);
    expect(record.attempt).toMatchObject({ offlineHints: 2, modelHints: 2, solutionRevealed: false });
    expect(countHint(record, 'model', 4).attempt.solutionRevealed).toBe(true);
  });

  it('an accepted verdict ends the attempt as solved, or solved with help after a hint', () => {
    const alone = applyVerdict(startTimer(opened(), T0), { accepted: true, submission: '1' }, T0 + 9 * MIN);
    expect(alone.attempt).toMatchObject({
      outcome: 'solved',
      outcomeBy: 'page',
      elapsedMs: 9 * MIN,
      grade: 4,
    });
    const helped = applyVerdict(countHint(opened(), 'offline', 1), { accepted: true }, T0 + MIN);
    expect(helped.attempt.outcome).toBe('solved-with-help');
  });

  it('counts each wrong submission once, and leaves an ended attempt alone', () => {
    let record = applyVerdict(opened(), { accepted: false, submission: '7' }, T0);
    record = applyVerdict(record, { accepted: false, submission: '7' }, T0 + MIN);
    record = applyVerdict(record, { accepted: false, submission: '8' }, T0 + MIN);
    expect(record.attempt.failedSubmissions).toBe(2);
    const gaveUp = finishAttempt(record, 'gave-up', 'you', T0 + 2 * MIN);
    expect(applyVerdict(gaveUp, { accepted: true, submission: '9' }, T0 + 3 * MIN)).toEqual(gaveUp);
  });
});

describe('the review schedule', () => {
  it('schedules an attempt the worker ended the same whenever the views settle it', () => {
    const first = finishAttempt(opened(), 'solved', 'you', T0 + 30 * MIN);
    const again = startTimer(startAgain(first, T0 + 5 * DAY), T0 + 5 * DAY);
    const byWorker = applyVerdict(again, { accepted: true, submission: '2' }, T0 + 5 * DAY + 12 * MIN);
    expect(isUnscheduled(byWorker)).toBe(true);
    expect(isDue(byWorker, T0 + 400 * DAY)).toBe(false);
    const direct = finishAttempt(again, 'solved', 'page', T0 + 5 * DAY + 12 * MIN);
    expect(settleReview(byWorker)).toEqual({ ...direct, attempt: byWorker.attempt });
    expect(settleReview(direct)).toBe(direct);
    expect(isUnscheduled(endAttempt(opened(), 'gave-up', 'you', T0))).toBe(true);
  });

  it('queues the problems due today or overdue, the longest overdue first', () => {
    const gaveUp = finishAttempt(opened(), 'gave-up', 'you', T0);
    const other = finishAttempt(
      openRecord(null, { ...page, id: 'valid-anagram', title: 'Valid Anagram' }, T0 + DAY),
      'gave-up',
      'you',
      T0 + DAY,
    );
    const fresh = opened();
    expect(dueReviews([other, fresh, gaveUp], T0 + 3 * DAY).map((record) => record.id)).toEqual([
      'two-sum',
      'valid-anagram',
    ]);
    expect(dueReviews([other, fresh, gaveUp], T0 + 12 * 60 * MIN)).toEqual([]);
  });

  it('brings a problem back in whole days: Again tomorrow, Easy about a week later', () => {
    const gaveUp = finishAttempt(opened(), 'gave-up', 'you', T0);
    expect(gaveUp.attempt.grade).toBe(1);
    expect(gaveUp.review?.due).toBe(T0 + DAY);
    const fast = finishAttempt(startTimer(opened(), T0), 'solved', 'you', T0 + 10 * MIN);
    expect(fast.attempt.grade).toBe(4);
    expect(daysUntilDue(fast, T0 + 10 * MIN)).toBeGreaterThanOrEqual(7);
  });

  it('is due from the start of the day it falls on', () => {
    const gaveUp = finishAttempt(opened(), 'gave-up', 'you', T0); // due tomorrow 09:00
    const tomorrowMorning = new Date(2025, 0, 7, 0, 30).getTime();
    expect(isDue(gaveUp, T0 + 12 * 60 * MIN)).toBe(false);
    expect(isDue(gaveUp, tomorrowMorning)).toBe(true);
    expect(daysUntilDue(gaveUp, T0)).toBe(1);
    expect(daysUntilDue(gaveUp, tomorrowMorning)).toBe(0);
  });

  it('a grade the user changes reschedules from the schedule before the attempt, not on top of it', () => {
    const first = finishAttempt(opened(), 'solved', 'you', T0);
    const again = openRecord(first, page, first.review?.due ?? 0);
    const graded = finishAttempt(again, 'gave-up', 'you', again.attempt.startedAt + MIN);
    const overridden = setGrade(graded, 3);
    expect(overridden.attempt).toMatchObject({ grade: 3, gradeBy: 'you' });
    const direct = setGrade(finishAttempt(again, 'solved', 'you', again.attempt.startedAt + MIN), 3);
    expect(overridden.review).toEqual(direct.review);
    expect(overridden.reviewBefore).toEqual(first.review);
  });

  it('changing the outcome regrades from the same starting point, keeping when it ended', () => {
    const solved = finishAttempt(opened(), 'solved', 'you', T0 + MIN);
    const changed = finishAttempt(solved, 'gave-up', 'you', T0 + DAY);
    expect(changed.attempt).toMatchObject({ outcome: 'gave-up', endedAt: T0 + MIN, grade: 1 });
    expect(changed.review).toEqual(finishAttempt(opened(), 'gave-up', 'you', T0 + MIN).review);
  });
});
