import type { Pick } from './queue';

/** What the popup shows: the state its views render and its keyboard acts on. */
export type QuizView =
  | { kind: 'loading' }
  | {
      kind: 'question';
      pick: Pick;
      /** The choice the user has highlighted (choice questions). */
      selected: number | null;
      /** Set once answered: for a choice whether it was right, for a card whether it was recalled. */
      answered: { correct: boolean } | null;
      /** A card has been turned over to show its answer. */
      flipped: boolean;
    }
  | { kind: 'done'; nextDueAt: number | null; newLimitReached: boolean }
  | { kind: 'error'; message: string };
