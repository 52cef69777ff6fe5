import { dayKey, type Progress } from './progress';
import type { Topic } from './topics';

export interface QuizStats {
  /** Consecutive days, up to today (or yesterday while today has no answer yet), with an answer. */
  streak: number;
  /** Answers given today. */
  today: number;
  /** Questions seen for the first time today (the new-per-day limit counts these). */
  newToday: number;
  /** Seen questions of the chosen topics whose review is due now. */
  due: number;
  /** When the earliest not-yet-due question of the chosen topics falls due (epoch ms), if any. */
  nextDueAt: number | null;
}

export function quizStats(progress: Progress, topics: readonly Topic[], now: Date): QuizStats {
  const today = progress.days[dayKey(now)];
  let due = 0;
  let nextDueAt: number | null = null;
  for (const card of Object.values(progress.cards)) {
    if (!topics.includes(card.topic)) continue;
    if (card.due <= now.getTime()) due += 1;
    else if (nextDueAt === null || card.due < nextDueAt) nextDueAt = card.due;
  }
  return {
    streak: streak(progress, now),
    today: today?.answered ?? 0,
    newToday: today?.new ?? 0,
    due,
    nextDueAt,
  };
}

export function streak(progress: Progress, now: Date): number {
  const answeredOn = (day: Date) => (progress.days[dayKey(day)]?.answered ?? 0) > 0;
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  // A streak is not broken until a whole day passes without an answer.
  if (!answeredOn(day)) day.setDate(day.getDate() - 1);
  let length = 0;
  while (answeredOn(day)) {
    length += 1;
    day.setDate(day.getDate() - 1);
  }
  return length;
}
