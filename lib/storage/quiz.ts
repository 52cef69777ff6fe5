import { DEFAULT_QUIZ_PREFS, type QuizPrefs, repairQuizPrefs } from '../quiz/prefs';
import { emptyProgress, type Progress, repairProgress } from '../quiz/progress';
import { isQuestion } from '../quiz/question-guard';
import { isTargetRole, repairTargetRole, type TargetRole } from '../quiz/target-role';
import type { Question } from '../quiz/topics';
import { defineItem } from './item';
import { QUIZ_KEYS } from './quiz-keys';

/*
 * The quiz's items. The popup reads all four before its first question, in one storage call, and
 * its first load (≤ 80 KB gzipped, React included) has no room for zod/mini's ~8 KB: they are
 * validated by the hand-written repairs beside each type. lib/quiz/schemas.ts holds the same shapes in zod for
 * imports, and property tests keep the two in agreement.
 */

/** Each question's memory state and each day's tally. */
export const progressItem = defineItem<Progress>('local', QUIZ_KEYS.progress, {
  version: 1,
  fallback: emptyProgress(),
  repair: repairProgress,
});

export const quizPrefsItem = defineItem<QuizPrefs>('local', QUIZ_KEYS.prefs, {
  version: 1,
  fallback: DEFAULT_QUIZ_PREFS,
  repair: repairQuizPrefs,
});

/**
 * Questions a model wrote for this user, validated by the quiz flow's schema and de-duplicated by
 * the quiz service (lib/llm/quiz-service.ts) before they are stored; a malformed entry read back is dropped and the others kept.
 */
export const generatedItem = defineItem<Question[]>('local', QUIZ_KEYS.generated, {
  version: 1,
  fallback: [],
  repair: (raw) => (Array.isArray(raw) ? raw.filter(isQuestion) : []),
});

/** Written by the side panel from a posting, read by the popup's scheduler. */
export const targetRoleItem = defineItem<TargetRole | null>('local', QUIZ_KEYS.targetRole, {
  version: 1,
  fallback: null,
  repair: repairTargetRole,
});

export function loadProgress(): Promise<Progress> {
  return progressItem.getValue();
}

export function saveProgress(progress: Progress): Promise<void> {
  return progressItem.setValue(progress);
}

export function loadQuizPrefs(): Promise<QuizPrefs> {
  return quizPrefsItem.getValue();
}

export async function saveQuizPrefs(patch: Partial<QuizPrefs>): Promise<QuizPrefs> {
  const next = repairQuizPrefs({ ...(await loadQuizPrefs()), ...patch });
  await quizPrefsItem.setValue(next);
  return next;
}

export function loadTargetRole(): Promise<TargetRole | null> {
  return targetRoleItem.getValue();
}

export async function saveTargetRole(role: TargetRole | null): Promise<void> {
  if (role === null) return targetRoleItem.removeValue();
  if (!isTargetRole(role)) throw new TypeError('Not a target role: expected { rounds, skills }.');
  await targetRoleItem.setValue(role);
}
