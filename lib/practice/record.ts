import type { CardFields } from '../quiz/scheduler';

/*
 * One problem the user opened on a judge, as the history keeps it: what the problem is, the
 * attempt in progress (its timer, the help taken, how it ended), the attempts before it, and the
 * problem's review schedule. Everything here is a pure function from a record to the next one, so
 * the background (pages opened, verdicts read), the panel (the timer, hints, outcome) and the
 * progress page share one set of rules.
 */

export const OUTCOMES = ['solved', 'solved-with-help', 'gave-up'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  solved: 'Solved',
  'solved-with-help': 'Solved with help',
  'gave-up': 'Gave up',
};

export const DIFFICULTIES = ['Easy', 'Medium', 'Hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** An FSRS grade: 1 Again, 2 Hard, 3 Good, 4 Easy (ts-fsrs's `Grade`). */
export type ReviewGrade = 1 | 2 | 3 | 4;

export const GRADE_LABELS: Record<ReviewGrade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** A problem's memory state, stored as the quiz stores a question's. */
export type ReviewCard = CardFields;

/** The attempt in progress, or the last one once it has ended. */
export interface Attempt {
  startedAt: number;
  /** Time the timer has banked, in milliseconds. */
  elapsedMs: number;
  /** When the timer's current run began; null while it is stopped or paused. */
  runningSince: number | null;
  /** Paused because its tab went out of sight: it runs again when the tab is shown. */
  pausedHidden: boolean;
  /** Levels of the offline coach's hint ladder opened. */
  offlineHints: number;
  /** Levels of the model's hint ladder asked for (the full solution is level 4). */
  modelHints: number;
  solutionRevealed: boolean;
  /** Submissions the page judged wrong. */
  failedSubmissions: number;
  /** The page's last verdict read for this attempt, so the same one read twice counts once. */
  lastVerdict: string | null;
  outcome: Outcome | null;
  /** Read from the page's verdict, or set by the user. */
  outcomeBy: 'page' | 'you' | null;
  endedAt: number | null;
  /** The grade the review was scheduled with, and who chose it. */
  grade: ReviewGrade | null;
  gradeBy: 'auto' | 'you' | null;
}

/** An attempt that ended before the current one. */
export interface PastAttempt {
  endedAt: number;
  outcome: Outcome;
  timeMs: number;
  hints: number;
  revealed: boolean;
  grade: ReviewGrade | null;
}

export interface PracticeRecord {
  /** The judge's site id and its problem id: the record's key is `<site>:<id>`, as the coach's. */
  site: string;
  id: string;
  url: string;
  title: string;
  difficulty: Difficulty | null;
  /** Technique ids, from the library or the offline coach, best first. */
  techniques: string[];
  firstSeen: number;
  lastSeen: number;
  attempt: Attempt;
  /** Earlier attempts, oldest first, the newest MAX_PAST kept. */
  past: PastAttempt[];
  /** The review schedule, from the first attempt that ended. */
  review: ReviewCard | null;
  /** The schedule before the current attempt was graded, so a changed grade reschedules from it. */
  reviewBefore: ReviewCard | null;
}

/** Earlier attempts kept per problem: enough for trends, small enough for 0.5 KB a problem. */
export const MAX_PAST = 8;

/** The problem as a page shows it. */
export interface OpenedProblem {
  site: string;
  id: string;
  url: string;
  title: string;
  difficulty?: Difficulty | undefined;
}

export function recordKey(record: Pick<PracticeRecord, 'site' | 'id'>): string {
  return `${record.site}:${record.id}`;
}

export function newAttempt(now: number): Attempt {
  return {
    startedAt: now,
    elapsedMs: 0,
    runningSince: null,
    pausedHidden: false,
    offlineHints: 0,
    modelHints: 0,
    solutionRevealed: false,
    failedSubmissions: 0,
    lastVerdict: null,
    outcome: null,
    outcomeBy: null,
    endedAt: null,
    grade: null,
    gradeBy: null,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The end of the local day `now` falls in: a review due at any time today is due now. */
export function endOfDay(now: number): number {
  const day = new Date(now);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime() - 1;
}

/** Whether the problem's review falls due today (or is overdue), with its last attempt ended. */
export function isDue(record: PracticeRecord, now: number): boolean {
  return record.attempt.endedAt !== null && record.review !== null && record.review.due <= endOfDay(now);
}

/** Whole days until a review is due (0 today, negative when overdue). */
export function daysUntilDue(record: PracticeRecord, now: number): number | null {
  if (!record.review) return null;
  return Math.floor((record.review.due - (endOfDay(now) + 1)) / DAY_MS) + 1;
}

/** The timer's reading. */
export function timerElapsed(attempt: Attempt, now: number): number {
  const running = attempt.runningSince === null ? 0 : Math.max(0, now - attempt.runningSince);
  return attempt.elapsedMs + running;
}

/** Time spent on the problem over every attempt. */
export function timeSpent(record: PracticeRecord, now: number): number {
  return record.past.reduce((sum, past) => sum + past.timeMs, 0) + timerElapsed(record.attempt, now);
}

export function hintsTaken(attempt: Attempt): number {
  return attempt.offlineHints + attempt.modelHints;
}

/** Whether the attempt had help: a hint at either ladder, or the solution. */
export function hadHelp(attempt: Attempt): boolean {
  return hintsTaken(attempt) > 0 || attempt.solutionRevealed;
}

function withAttempt(record: PracticeRecord, patch: Partial<Attempt>): PracticeRecord {
  return { ...record, attempt: { ...record.attempt, ...patch } };
}

/**
 * The record after the page was opened (or read again): created on the first visit, otherwise the
 * title, address and difficulty refreshed. An ended attempt whose review is due gives way to a
 * new one, so the review is timed and graded afresh.
 */
export function openRecord(
  existing: PracticeRecord | null,
  page: OpenedProblem,
  now: number,
): PracticeRecord {
  const seen = {
    site: page.site,
    id: page.id,
    url: page.url,
    title: page.title,
    difficulty: page.difficulty ?? existing?.difficulty ?? null,
    lastSeen: now,
  };
  if (!existing) {
    return {
      ...seen,
      techniques: [],
      firstSeen: now,
      attempt: newAttempt(now),
      past: [],
      review: null,
      reviewBefore: null,
    };
  }
  const opened = { ...existing, ...seen };
  return isDue(existing, now) ? startAgain(opened, now) : opened;
}

/** The current attempt as the history keeps it once it has ended; null while it is open. */
export function endedAttempt(attempt: Attempt): PastAttempt | null {
  if (attempt.outcome === null || attempt.endedAt === null) return null;
  return {
    endedAt: attempt.endedAt,
    outcome: attempt.outcome,
    timeMs: timerElapsed(attempt, attempt.endedAt),
    hints: hintsTaken(attempt),
    revealed: attempt.solutionRevealed,
    grade: attempt.grade,
  };
}

/** A new attempt on a problem whose last attempt ended: that one joins the past. */
export function startAgain(record: PracticeRecord, now: number): PracticeRecord {
  const ended = endedAttempt(record.attempt);
  if (!ended) return record;
  return {
    ...record,
    attempt: newAttempt(now),
    past: [...record.past, ended].slice(-MAX_PAST),
    reviewBefore: null,
  };
}

/** Whether the timer may run: only while the attempt is open. */
function isOpen(attempt: Attempt): boolean {
  return attempt.outcome === null;
}

export function startTimer(record: PracticeRecord, now: number): PracticeRecord {
  const { attempt } = record;
  if (!isOpen(attempt) || attempt.runningSince !== null) return record;
  return withAttempt(record, { runningSince: now, pausedHidden: false });
}

/** Stop the timer's run, banking its time; `hidden` marks a pause the tab's return undoes. */
export function pauseTimer(record: PracticeRecord, now: number, hidden = false): PracticeRecord {
  const { attempt } = record;
  if (attempt.runningSince === null) return record;
  return withAttempt(record, {
    elapsedMs: timerElapsed(attempt, now),
    runningSince: null,
    pausedHidden: hidden,
  });
}

/** The tab is in sight again: a timer its hiding paused runs on. */
export function resumeShown(record: PracticeRecord, now: number): PracticeRecord {
  const { attempt } = record;
  if (!attempt.pausedHidden || !isOpen(attempt)) return record;
  return withAttempt(record, { runningSince: now, pausedHidden: false });
}

export function resetTimer(record: PracticeRecord): PracticeRecord {
  if (!isOpen(record.attempt)) return record;
  return withAttempt(record, { elapsedMs: 0, runningSince: null, pausedHidden: false });
}

/** A hint level was opened: the offline ladder counts levels, the model's counts the highest asked. */
export function countHint(
  record: PracticeRecord,
  ladder: 'offline' | 'model',
  level: number,
): PracticeRecord {
  const { attempt } = record;
  if (!isOpen(attempt)) return record;
  if (ladder === 'offline')
    return withAttempt(record, { offlineHints: Math.max(attempt.offlineHints, level) });
  return withAttempt(record, {
    modelHints: Math.max(attempt.modelHints, level),
    // The model's level 4 is the full solution, asked for only after the user confirmed.
    solutionRevealed: attempt.solutionRevealed || level >= 4,
  });
}

/** What the page's verdict was, and which submission it belongs to (when the page says). */
export interface Verdict {
  accepted: boolean;
  submission?: string | undefined;
}

/** Whether a verdict read from the page is new for this attempt (the same one read twice counts once). */
export function isNewVerdict(attempt: Attempt, verdict: Verdict): boolean {
  return verdict.submission === undefined || attempt.lastVerdict !== verdict.submission;
}
