import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { TOPICS } from './topics';

/*
 * zod/mini rather than classic zod: this module is on the popup's first paint (budget ≤ 80 KB
 * gzipped for all its JavaScript, React included) and classic zod alone would cost ~15 KB.
 */

const Count = z.number().check(z.int(), z.nonnegative());
const Instant = z.number().check(z.nonnegative());

/** One question's memory state: ts-fsrs's `Card` with dates as epoch milliseconds. */
export const StoredCard = z.object({
  topic: z.enum(TOPICS),
  due: Instant,
  stability: z.number().check(z.nonnegative()),
  difficulty: z.number().check(z.nonnegative()),
  elapsed_days: Instant,
  scheduled_days: Instant,
  learning_steps: Count,
  reps: Count,
  lapses: Count,
  /** ts-fsrs `State`: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  last_review: z.optional(Instant),
});
export type StoredCard = z.infer<typeof StoredCard>;

/** A local calendar day, `YYYY-MM-DD`. */
export const DayKey = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** What happened on one day: answers given and, of those, questions seen for the first time. */
export const DayTally = z.object({ answered: Count, new: Count });
export type DayTally = z.infer<typeof DayTally>;

export const Progress = z.object({
  /** By question id. */
  cards: z.record(z.string(), StoredCard),
  /** By `DayKey`; gives the streak, today's count and the new-per-day limit. */
  days: z.record(DayKey, DayTally),
});
export type Progress = z.infer<typeof Progress>;

export function emptyProgress(): Progress {
  return { cards: {}, days: {} };
}

/**
 * Keep every well-formed entry of whatever is stored and drop the rest: a corrupted entry costs
 * that one question's schedule, never the popup or the rest of the user's history.
 */
export function repairProgress(raw: unknown): Progress {
  const progress = emptyProgress();
  if (!isRecord(raw)) return progress;
  for (const [id, value] of entriesOf(raw.cards)) {
    const card = z.safeParse(StoredCard, value);
    if (card.success) progress.cards[id] = card.data;
  }
  for (const [day, value] of entriesOf(raw.days)) {
    const tally = z.safeParse(DayTally, value);
    if (tally.success && z.safeParse(DayKey, day).success) progress.days[day] = tally.data;
  }
  return progress;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entriesOf(value: unknown): [string, unknown][] {
  return isRecord(value) ? Object.entries(value) : [];
}

/** storage.local: survives browser and service-worker restarts; never synced. */
export const progressItem = storage.defineItem<Progress>('local:quizProgress', {
  fallback: emptyProgress(),
  version: 1,
});

export async function loadProgress(): Promise<Progress> {
  return repairProgress(await progressItem.getValue());
}

export async function saveProgress(progress: Progress): Promise<void> {
  await progressItem.setValue(progress);
}

/** The local calendar day of an instant, `YYYY-MM-DD`. */
export function dayKey(at: Date): string {
  const month = String(at.getMonth() + 1).padStart(2, '0');
  const day = String(at.getDate()).padStart(2, '0');
  return `${at.getFullYear()}-${month}-${day}`;
}

/** The progress after one answer: the question's new memory state and today's tally. */
export function recordAnswer(progress: Progress, id: string, card: StoredCard, now: Date): Progress {
  const today = dayKey(now);
  const tally = progress.days[today] ?? { answered: 0, new: 0 };
  const isNew = !(id in progress.cards);
  return {
    cards: { ...progress.cards, [id]: card },
    days: { ...progress.days, [today]: { answered: tally.answered + 1, new: tally.new + (isNew ? 1 : 0) } },
  };
}
