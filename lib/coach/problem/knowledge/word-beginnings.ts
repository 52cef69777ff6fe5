import { BEGINNING_RELATION } from '../word-beginnings';
import type { Trigger } from './trigger';

/**
 * Many words asked about by their beginnings (word-beginnings.ts reads which side is many words,
 * which is the beginning, and that the beginning is one of the given strings). The quoted words
 * are the relation; the reading decides that it is asked of many words at once.
 */
export const WORD_BEGINNING_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'trie',
    pattern: new RegExp(BEGINNING_RELATION.source),
    weight: 4,
    why: 'many words are asked about by how they begin: a prefix tree stores each shared beginning once, so every question is one walk down its letters, where comparing it with every word is a scan per question',
    when: (scene) => !!scene.wordBeginnings,
  },
];
