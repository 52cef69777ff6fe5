import { dayKey } from '../quiz/progress';
import { paceMinutes } from './grade';
import { endedAttempt, endOfDay, type PastAttempt, type PracticeRecord } from './record';

/*
 * What the progress page shows, computed from the history: every ended attempt (past ones and
 * the current one once it has ended) is one piece of evidence about the problem's techniques.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** One ended attempt, whatever record it sits in. */
export interface EndedAttempt extends PastAttempt {
  record: PracticeRecord;
  /** Not the first attempt at the problem: a review. */
  review: boolean;
}

export function endedAttempts(record: PracticeRecord): EndedAttempt[] {
  const past = record.past.map((attempt, index) => ({ record, ...attempt, review: index > 0 }));
  const ended = endedAttempt(record.attempt);
  return ended ? [...past, { record, ...ended, review: record.past.length > 0 }] : past;
}

export interface TechniqueStanding {
  technique: string;
  /** Ended attempts at problems using it. */
  attempts: number;
  /** Of those: solved only with a hint, the solution, or by the user's word "with help". */
  helped: number;
  /** Solved, but slower than the interview pace. */
  slow: number;
  /** Reviews that failed (gave up, or graded Again). */
  failedReviews: number;
  /** Gave up or saw the solution. */
  unsolved: number;
  /** 0 (no trouble) to 1 (trouble every time), with little evidence pulled towards 0. */
  weakness: number;
}

/** Attempts it takes before a technique's record speaks for itself. */
const EVIDENCE = 3;

/**
 * Each technique's record over the attempts at its problems, weakest first: the share of attempts
 * that needed help, ran slow, failed as a review or were given up, with one or two attempts
 * counting for less than three (one bad day is not a weak technique).
 */
export function techniqueStandings(records: readonly PracticeRecord[]): TechniqueStanding[] {
  const byTechnique = new Map<string, TechniqueStanding>();
  for (const record of records) {
    for (const attempt of endedAttempts(record)) {
      const unsolved = attempt.outcome === 'gave-up' || attempt.revealed;
      const helped = !unsolved && (attempt.hints > 0 || attempt.outcome === 'solved-with-help');
      const slow =
        !unsolved && attempt.timeMs > 0 && attempt.timeMs > paceMinutes(record.difficulty) * 60_000;
      const failedReview = attempt.review && (unsolved || attempt.grade === 1);
      for (const technique of record.techniques) {
        const standing = byTechnique.get(technique) ?? {
          technique,
          attempts: 0,
          helped: 0,
          slow: 0,
          failedReviews: 0,
          unsolved: 0,
          weakness: 0,
        };
        standing.attempts += 1;
        standing.helped += helped ? 1 : 0;
        standing.slow += slow ? 1 : 0;
        standing.failedReviews += failedReview ? 1 : 0;
        standing.unsolved += unsolved ? 1 : 0;
        byTechnique.set(technique, standing);
      }
    }
  }
  for (const standing of byTechnique.values()) {
    const trouble =
      standing.unsolved + standing.helped * 0.75 + standing.slow * 0.5 + standing.failedReviews * 0.5;
    standing.weakness = Math.min(1, trouble / Math.max(standing.attempts, EVIDENCE));
  }
  return [...byTechnique.values()].sort(
    (a, b) => b.weakness - a.weakness || b.attempts - a.attempts || a.technique.localeCompare(b.technique),
  );
}

/** Days with practice: an attempt ended on a problem, or quiz answers. */
export function practiceDays(records: readonly PracticeRecord[], quizDays: Iterable<string>): Set<string> {
  const days = new Set(quizDays);
  for (const record of records) {
    for (const attempt of endedAttempts(record)) days.add(dayKey(new Date(attempt.endedAt)));
  }
  return days;
}

/** Consecutive days of practice up to today (or yesterday, while today has none yet). */
export function currentStreak(days: ReadonlySet<string>, now: number): number {
  const day = new Date(now);
  day.setHours(12, 0, 0, 0);
  if (!days.has(dayKey(day))) day.setDate(day.getDate() - 1);
  let length = 0;
  while (days.has(dayKey(day))) {
    length += 1;
    day.setDate(day.getDate() - 1);
  }
  return length;
}

/** The calendar's cells: `weeks` whole weeks (Monday first) up to this week, oldest first. */
export function calendarWeeks(
  days: ReadonlySet<string>,
  now: number,
  weeks: number,
): { day: string; active: boolean; future: boolean }[][] {
  const today = new Date(now);
  today.setHours(12, 0, 0, 0);
  const monday = new Date(today);
  monday.setDate(today.getDate() - ((today.getDay() + 6) % 7) - (weeks - 1) * 7);
  return Array.from({ length: weeks }, (_, week) =>
    Array.from({ length: 7 }, (_, weekday) => {
      const date = new Date(monday);
      date.setDate(monday.getDate() + week * 7 + weekday);
      const day = dayKey(date);
      return { day, active: days.has(day), future: date.getTime() > today.getTime() };
    }),
  );
}

/** The Monday (local) of the week an instant falls in, as a day key. */
function weekOf(at: number): string {
  const day = new Date(at);
  day.setHours(12, 0, 0, 0);
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return dayKey(day);
}

/** Problems solved (alone or with help) in each of the last `weeks` weeks, by Monday, oldest first. */
export function solvedPerWeek(
  records: readonly PracticeRecord[],
  now: number,
  weeks: number,
): { week: string; solved: number }[] {
  const counts = new Map(calendarWeeks(new Set(), now, weeks).map((week) => [week[0]?.day ?? '', 0]));
  for (const record of records) {
    for (const attempt of endedAttempts(record)) {
      const week = weekOf(attempt.endedAt);
      if (attempt.outcome !== 'gave-up' && counts.has(week)) counts.set(week, (counts.get(week) ?? 0) + 1);
    }
  }
  return [...counts].map(([week, solved]) => ({ week, solved }));
}

/** Reviews falling due on each of the next `days` days, today first (overdue ones count today). */
export function reviewForecast(
  records: readonly PracticeRecord[],
  now: number,
  days: number,
): { day: string; due: number }[] {
  const counts = Array.from({ length: days }, () => 0);
  const todayEnds = endOfDay(now);
  for (const record of records) {
    if (!record.review || record.attempt.endedAt === null) continue;
    const index = record.review.due <= todayEnds ? 0 : Math.ceil((record.review.due - todayEnds) / DAY_MS);
    if (index < days) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts.map((due, index) => {
    const day = new Date(now);
    day.setDate(day.getDate() + index);
    return { day: dayKey(day), due };
  });
}
