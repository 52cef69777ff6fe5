import type { WordBeginnings } from '../word-beginnings';
import type { Ladder } from './ladder';

/** What the walk keeps at the nodes, by what each question wants of the beginnings it meets. */
const KEPT: Record<WordBeginnings['ask'], { second: string; walk: string }> = {
  count: {
    second:
      'Store the words letter by letter in a tree whose every node is one beginning, and keep at each node how many words pass through it (and how many end there). A question walks down its own letters: the count at the node where it stops is its answer, and a missing branch means none.',
    walk: 'Insert every word once, adding one to each node it passes; then walk each question down its letters and read the count where it stops',
  },
  longest: {
    second:
      'Store the given beginnings letter by letter in a tree, marking the node where each one ends. Walk a word down from the root: the marks it passes are exactly the beginnings it has, so the last mark passed is the longest.',
    walk: 'Insert every beginning once and mark where it ends; then walk each word down its letters, remembering the last mark passed, and stop at the first missing branch',
  },
  shortest: {
    second:
      'Store the given beginnings letter by letter in a tree, marking the node where each one ends. Walk a word down from the root: the marks it passes are exactly the beginnings it has, so the first mark reached is the shortest.',
    walk: 'Insert every beginning once and mark where it ends; then walk each word down its letters and stop at the first mark (or the first missing branch)',
  },
};

/**
 * A ladder for many words asked about by their beginnings (word-beginnings.ts): the first rung asks
 * what two words that begin alike share and names no technique, the second what the shared
 * beginnings keep, the third the walk and its cost.
 */
export function beginningsLadder(beginnings: WordBeginnings, target: string): Ladder {
  const kept = KEPT[beginnings.ask];
  return [
    'Comparing each question with every word reads the same first letters again and again. Two words that begin alike share those letters: what if each shared beginning were stored only once?',
    kept.second,
    `${kept.walk}: every letter is handled a constant number of times, ${target}, where comparing each question with every word is a pass over the whole list per question.`,
  ];
}
