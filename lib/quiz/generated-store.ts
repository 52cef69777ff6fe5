import { storage } from 'wxt/utils/storage';
import type { Question, Topic } from './topics';

/**
 * Questions a model wrote for this user, validated and de-duplicated by mergeGenerated before they
 * are stored. Kept apart from the bank files so a bank update never clobbers them, and apart from
 * mergeGenerated so the popup's first paint does not carry its schema.
 */
export const generatedItem = storage.defineItem<Question[]>('local:quizGenerated', {
  fallback: [],
  version: 1,
});

/** One topic's generated questions (a hand-edited or corrupted store yields only sound entries). */
export async function loadGenerated(topic: Topic): Promise<Question[]> {
  const stored = await generatedItem.getValue();
  return Array.isArray(stored)
    ? stored.filter((q) => q?.topic === topic && typeof q.prompt === 'string' && typeof q.id === 'string')
    : [];
}
