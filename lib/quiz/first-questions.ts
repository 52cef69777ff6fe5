import type { Question } from './topics';

/*
 * Free of imports but the question's type: the build's Vite plugin (vite-bank-parts.ts)
 * runs this in Node, where the '@/' alias does not resolve.
 */

/** Within a topic, with no skill to favour: easier before harder, then bank order. */
export function easierFirst(
  a: { question: Question; index: number },
  b: { question: Question; index: number },
): number {
  return a.question.difficulty - b.question.difficulty || a.index - b.index;
}

/** How many of each topic's questions load ahead of its whole bank. */
export const FIRST_COUNT = 5;

/**
 * The first `count` questions of a topic's bank in the order a user with no role's skills meets
 * them, kept in bank order: a prefix of that order, so while one of them is still unseen the
 * topic's next new question is among them and the popup need not fetch the whole bank for it.
 * Built into a small chunk per topic at build time (lib/quiz/vite-bank-parts.ts).
 */
export function firstQuestions(bank: readonly Question[], count = FIRST_COUNT): Question[] {
  return bank
    .map((question, index) => ({ question, index }))
    .sort(easierFirst)
    .slice(0, count)
    .sort((a, b) => a.index - b.index)
    .map(({ question }) => question);
}
