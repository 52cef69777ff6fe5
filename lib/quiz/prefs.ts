import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { TOPICS, type Topic } from './topics';

export const DEFAULT_NEW_PER_DAY = 10;
export const MAX_NEW_PER_DAY = 200;

/** The quiz's own settings: which topics to ask and how many unseen questions a day. */
export interface QuizPrefs {
  topics: Topic[];
  newPerDay: number;
}

export const DEFAULT_QUIZ_PREFS: QuizPrefs = { topics: [...TOPICS], newPerDay: DEFAULT_NEW_PER_DAY };

const NewPerDay = z.number().check(z.int(), z.minimum(0), z.maximum(MAX_NEW_PER_DAY));

export const quizPrefsItem = storage.defineItem<QuizPrefs>('local:quizPrefs', {
  fallback: DEFAULT_QUIZ_PREFS,
  version: 1,
});

/** Keep what is valid of the stored prefs; an empty or unknown topic list means every topic. */
export function repairQuizPrefs(raw: unknown): QuizPrefs {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const chosen: unknown[] = Array.isArray(stored.topics) ? stored.topics : [];
  const topics = TOPICS.filter((topic) => chosen.includes(topic));
  const newPerDay = z.safeParse(NewPerDay, stored.newPerDay);
  return {
    topics: topics.length > 0 ? topics : [...TOPICS],
    newPerDay: newPerDay.success ? newPerDay.data : DEFAULT_NEW_PER_DAY,
  };
}

export async function loadQuizPrefs(): Promise<QuizPrefs> {
  return repairQuizPrefs(await quizPrefsItem.getValue());
}

export async function saveQuizPrefs(patch: Partial<QuizPrefs>): Promise<QuizPrefs> {
  const next = repairQuizPrefs({ ...(await loadQuizPrefs()), ...patch });
  await quizPrefsItem.setValue(next);
  return next;
}
