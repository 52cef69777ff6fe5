import type { BankPart } from './queue';
import type { Question, Topic } from './topics';

/*
 * Each topic's bank is its own chunk, loaded on demand, and so are its first questions and its
 * shards (served by lib/quiz/vite-bank-parts.ts): the popup's first paint carries no questions,
 * its first question waits for a few, a due review for its shard, and a quiz on two topics never
 * downloads the other four. The bank test validates these files against `QuestionSchema` (tests/support/quiz-schema.ts), so they
 * are typed here without parsing at run time.
 */
const bankFiles = import.meta.glob<Question[]>('./bank/*.json', { import: 'default' });
const firstFiles = import.meta.glob<Question[]>('./bank/*.json', {
  query: '?quiz-first',
  import: 'default',
});
/** Each bank's shard loaders: a few bytes a topic, eager so that a review's shard is one fetch away. */
const shardFiles = import.meta.glob<(() => Promise<{ default: Question[] }>)[]>('./bank/*.json', {
  query: '?quiz-shards',
  import: 'default',
  eager: true,
});

/** One topic's bank questions, in bank order: its first questions, one shard, or all of them. */
export async function loadBank(topic: Topic, part: BankPart): Promise<Question[]> {
  const path = `./bank/${topic}.json`;
  if (typeof part !== 'string') {
    const load = shardFiles[path]?.[part.shard];
    return load ? (await load()).default : [];
  }
  const load = (part === 'all' ? bankFiles : firstFiles)[path];
  return load ? load() : [];
}
