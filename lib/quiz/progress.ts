import { isTopic, type Topic } from './topics';

/*
 * Validation here is hand-written rather than zod: this module is on the popup's first paint,
 * whose budget (≤ 80 KB gzipped, React included) has no room for zod's ~8 KB core. `schemas.ts`
 * holds the same shapes in zod for imports, and a property test keeps the two in agreement.
 */

/** One question's memory state: ts-fsrs's `Card` with dates as epoch milliseconds. */
export interface StoredCard {
  topic: Topic;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs `State`: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: 0 | 1 | 2 | 3;
  last_review?: number;
}

/** What happened on one day: answers given and, of those, questions seen for the first time. */
export interface DayTally {
  answered: number;
  new: number;
}

export interface Progress {
  /** By question id. */
  cards: Record<string, StoredCard>;
  /** By local day `YYYY-MM-DD`; gives the streak, today's count and the new-per-day limit. */
  days: Record<string, DayTally>;
}

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
export const isNonNegative = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

const CARD_TIMES = ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days'] as const;
const CARD_COUNTS = ['learning_steps', 'reps', 'lapses'] as const;
const CARD_KEYS = new Set<string>(['topic', 'state', 'last_review', ...CARD_TIMES, ...CARD_COUNTS]);

export function isStoredCard(value: unknown): value is StoredCard {
  return (
    isRecord(value) &&
    Object.keys(value).every((key) => CARD_KEYS.has(key)) &&
    isTopic(value.topic) &&
    CARD_TIMES.every((key) => isNonNegative(value[key])) &&
    CARD_COUNTS.every((key) => isCount(value[key])) &&
    [0, 1, 2, 3].includes(value.state as number) &&
    (value.last_review === undefined || isNonNegative(value.last_review))
  );
}

export function isDayTally(value: unknown): value is DayTally {
  return isRecord(value) && Object.keys(value).length === 2 && isCount(value.answered) && isCount(value.new);
}

function isDayKey(value: string): boolean {
  return DAY_KEY.test(value);
}

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
  for (const [id, card] of entriesOf(raw.cards)) {
    if (isStoredCard(card)) progress.cards[id] = card;
  }
  for (const [day, tally] of entriesOf(raw.days)) {
    if (isDayKey(day) && isDayTally(tally)) progress.days[day] = tally;
  }
  return progress;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entriesOf(value: unknown): [string, unknown][] {
  return isRecord(value) ? Object.entries(value) : [];
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
