/**
 * The keys of the quiz's items (lib/storage/quiz.ts), apart from their shapes: the popup's first
 * script (entrypoints/quiz-read.ts) asks for them before anything else has loaded, and must stay
 * a few hundred bytes.
 */
export const QUIZ_KEYS = {
  progress: 'quizProgress',
  prefs: 'quizPrefs',
  targetRole: 'targetRole',
  generated: 'quizGenerated',
} as const;
