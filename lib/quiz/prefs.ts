import { isRecord } from './progress';
import { TOPICS, type Topic } from './topics';

const DEFAULT_NEW_PER_DAY = 10;
export const MAX_NEW_PER_DAY = 200;

/** The quiz's own settings: which topics to ask and how many unseen questions a day. */
export interface QuizPrefs {
  topics: Topic[];
  newPerDay: number;
}

export const DEFAULT_QUIZ_PREFS: QuizPrefs = { topics: [...TOPICS], newPerDay: DEFAULT_NEW_PER_DAY };

function isNewPerDay(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_NEW_PER_DAY;
}

/**
 * Keep what is valid of the stored prefs (hand-checked, not zod: see progress.ts); an empty or
 * unknown topic list means every topic.
 */
export function repairQuizPrefs(raw: unknown): QuizPrefs {
  const stored = isRecord(raw) ? raw : {};
  const chosen: unknown[] = Array.isArray(stored.topics) ? stored.topics : [];
  const topics = TOPICS.filter((topic) => chosen.includes(topic));
  return {
    topics: topics.length > 0 ? topics : [...TOPICS],
    newPerDay: isNewPerDay(stored.newPerDay) ? stored.newPerDay : DEFAULT_NEW_PER_DAY,
  };
}
