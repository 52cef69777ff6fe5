/**
 * A card the popup stores for a question reviewed twice and due at `due` (ms), as ts-fsrs leaves it
 * in review state: what the bench and the end-to-end tests put in storage for a returning user.
 */
export function dueReview(topic: string, due: number) {
  return {
    topic,
    due,
    stability: 3,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 1,
    learning_steps: 0,
    reps: 2,
    lapses: 0,
    state: 2,
    last_review: due - 86_400_000,
  };
}
