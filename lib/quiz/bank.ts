import { loadGenerated } from '../storage/quiz';
import type { Question, Topic } from './topics';

/*
 * Each topic's bank is its own chunk, loaded on demand: the popup's first paint carries no
 * questions, and a quiz on two topics never downloads the other four. The bank test validates
 * these files against `QuestionSchema`, so they are typed here without parsing at run time.
 */
const bankFiles = import.meta.glob<Question[]>('./bank/*.json', { import: 'default' });

/** One topic's questions: the bank's, then those a model generated for this user. */
export async function loadTopic(topic: Topic): Promise<Question[]> {
  const load = bankFiles[`./bank/${topic}.json`];
  const [bank, generated] = await Promise.all([load ? load() : [], loadGenerated(topic)]);
  return [...bank, ...generated];
}
