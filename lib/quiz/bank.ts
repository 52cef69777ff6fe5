import type { BankPart } from './queue';
import type { Question, Topic } from './topics';

/*
 * Each topic's bank is its own chunk, loaded on demand, and so are its first questions (served
 * by lib/quiz/vite-first-questions.ts): the popup's first paint carries no questions, its first
 * question waits for a few, and a quiz on two topics never downloads the other four. The bank
 * test validates these files against `QuestionSchema`, so they are typed here without parsing at
 * run time.
 */
const bankFiles = import.meta.glob<Question[]>('./bank/*.json', { import: 'default' });
const firstFiles = import.meta.glob<Question[]>('./bank/*.json', {
  query: '?quiz-first',
  import: 'default',
});

/** One topic's bank questions, in bank order: its first questions, or all of them. */
export async function loadBank(topic: Topic, part: BankPart): Promise<Question[]> {
  const files = part === 'first' ? firstFiles : bankFiles;
  const load = files[`./bank/${topic}.json`];
  return load ? load() : [];
}
