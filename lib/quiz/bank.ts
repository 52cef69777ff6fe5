import type { Question, Topic } from './topics';

/*
 * Each topic's bank is its own chunk, loaded on demand: the popup's first paint carries no
 * questions, and a quiz on two topics never downloads the other four. The bank test validates
 * these files against `QuestionSchema`, so they are typed here without parsing at run time.
 */
const bankFiles = import.meta.glob<Question[]>('./bank/*.json', { import: 'default' });

/** One topic's questions, or none when the topic has no bank file. */
export async function loadTopic(topic: Topic): Promise<Question[]> {
  const load = bankFiles[`./bank/${topic}.json`];
  return load ? await load() : [];
}
