import * as z from 'zod/mini';
import { loadQuizPrefs, quizPrefsItem } from './prefs';
import { loadProgress, progressItem } from './progress';
import { ProgressSchema, QuizPrefsSchema } from './schemas';

/** Marks a file as a Sparring quiz export; bump `version` with any change of shape. */
const FORMAT = 'sparring-quiz-progress';

const QuizExport = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  progress: ProgressSchema,
  prefs: z.optional(QuizPrefsSchema),
});

/** The quiz's progress and preferences as a JSON document the user can keep or move. */
export async function exportProgress(now: Date = new Date()): Promise<string> {
  const document: z.infer<typeof QuizExport> = {
    format: FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    progress: await loadProgress(),
    prefs: await loadQuizPrefs(),
  };
  return JSON.stringify(document, null, 2);
}

export type ImportResult = { ok: true; questions: number; days: number } | { ok: false; error: string };

/**
 * Replace the quiz's progress (and preferences, when present) with an export. Nothing is written
 * unless the whole document is valid, so a bad file cannot half-overwrite the user's history.
 */
export async function importProgress(json: string): Promise<ImportResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `This file is not JSON (${(error as Error).message}).` };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== FORMAT) {
    return { ok: false, error: 'This is not a Sparring quiz progress export.' };
  }
  // zod/mini ships without messages; the English ones make the error worth showing to the user.
  const parsed = z.safeParse(QuizExport, raw, { error: z.locales.en().localeError });
  if (!parsed.success) {
    return {
      ok: false,
      error: `This quiz export is damaged or from another version:\n${z.prettifyError(parsed.error)}`,
    };
  }
  const { progress, prefs } = parsed.data;
  await progressItem.setValue(progress);
  if (prefs) await quizPrefsItem.setValue(prefs);
  return { ok: true, questions: Object.keys(progress.cards).length, days: Object.keys(progress.days).length };
}
