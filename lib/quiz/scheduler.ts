import { type Card, createEmptyCard, fsrs, type Grade, Rating, type State } from 'ts-fsrs';
import type { StoredCard } from './progress';
import type { Topic } from './topics';

/** A right answer given faster than this is graded Easy: the user knew it cold. */
export const FAST_ANSWER_MS = 8_000;

const scheduler = fsrs();

export type { Grade };
export { Rating };

/** A multiple-choice answer as an FSRS grade: wrong is Again, right is Good, or Easy when fast. */
export function gradeChoice(correct: boolean, elapsedMs: number): Grade {
  if (!correct) return Rating.Again;
  return elapsedMs < FAST_ANSWER_MS ? Rating.Easy : Rating.Good;
}

/** A self-graded card's key 1–4 as Again, Hard, Good, Easy. */
export function gradeFromKey(key: number): Grade | null {
  const grades: Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];
  return grades[key - 1] ?? null;
}

/** The question's memory state after being answered with `grade` at `now`. */
export function review(stored: StoredCard | undefined, topic: Topic, grade: Grade, now: Date): StoredCard {
  const card = stored ? toCard(stored) : createEmptyCard(now);
  return { topic, ...cardFields(scheduler.next(card, now, grade).card) };
}

/** A stored memory state without its topic: what the quiz and the problem reviews share. */
export type CardFields = Omit<StoredCard, 'topic'>;

/** A stored memory state as ts-fsrs's `Card`. */
export function toCard(stored: CardFields): Card {
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsed_days,
    scheduled_days: stored.scheduled_days,
    learning_steps: stored.learning_steps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state as State,
    last_review: stored.last_review === undefined ? undefined : new Date(stored.last_review),
  };
}

/** ts-fsrs's `Card` as stored: dates as epoch milliseconds. */
export function cardFields(card: Card): CardFields {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardFields['state'],
    ...(card.last_review ? { last_review: card.last_review.getTime() } : {}),
  };
}
