import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { isQuestion } from '../quiz/question-guard';
import { ProgressSchema, QuizPrefsSchema, TargetRoleSchema } from '../quiz/schemas';
import type { Question } from '../quiz/topics';
import type { StoredItem } from './item';
import { mockResultsSection, storyBankSection } from './mock-transfer';
import { generatedItem, progressItem, quizPrefsItem, targetRoleItem } from './quiz';
import { bytesInUse, bytesOf, guardWrite, isQuotaError, quotaOf } from './quota';

/*
 * Export and import of the user's data as one JSON file. A file holds sections, one per kind of
 * data; adding a kind (history, notes, coach state, chats) is adding a Section below. Import is
 * all or nothing: the whole file is validated, its writes are checked against the quota, and they
 * are made in one storage.local.set(), so a bad or oversized file leaves everything as it was.
 * Only the sections listed are ever exported: the model provider and its API key are not a section.
 */

export const EXPORT_FORMAT = 'sparring-export';
export const EXPORT_VERSION = 2;

/** One kind of data in an export file. */
export interface Section<T> {
  /** Its property under `data` in the file. */
  name: string;
  /** The section as a file must hold it; a file where it does not parse is refused whole. */
  schema: z.ZodMiniType<T>;
  /** What to export; null when there is nothing to (the section is left out of the file). */
  read(): Promise<T | null>;
  /** The storage.local writes that import it (made against what is stored, so a section may merge). */
  writes(value: T): Promise<Record<string, unknown>>;
  /** What was imported, as a sentence names it: "progress on 12 questions". */
  describe(value: T): string;
}

/** A section with its type erased, so sections of different types sit in one list. */
interface ListedSection {
  name: string;
  schema: z.ZodMiniType;
  read(): Promise<unknown>;
  /** Only ever given a value its own schema has parsed. */
  plan(value: unknown): Promise<{ writes: Record<string, unknown>; description: string }>;
}

function listed<T>(section: Section<T>): ListedSection {
  return {
    name: section.name,
    schema: section.schema,
    read: () => section.read(),
    plan: async (value) => ({
      writes: await section.writes(value as T),
      description: section.describe(value as T),
    }),
  };
}

/** A section that replaces one item with the file's value. */
function replaces<T>(
  name: string,
  item: StoredItem<T | null> | StoredItem<T>,
  schema: z.ZodMiniType<T>,
  describe: (value: T) => string,
): ListedSection {
  return listed<T>({
    name,
    schema,
    read: () => item.getValue(),
    writes: async (value) => item.entries(value),
    describe,
  });
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Checked by the popup's own guard, so an imported question is one the quiz can show. */
const QuestionInFile = z.custom<Question>(isQuestion, { error: 'is not a quiz question Sparring can show' });

const SECTIONS: readonly ListedSection[] = [
  replaces(
    'quizProgress',
    progressItem,
    ProgressSchema,
    (progress) => `progress on ${plural(Object.keys(progress.cards).length, 'question')}`,
  ),
  replaces('quizPrefs', quizPrefsItem, QuizPrefsSchema, () => 'your quiz preferences'),
  replaces('targetRole', targetRoleItem, TargetRoleSchema, () => 'your target role'),
  replaces('quizGenerated', generatedItem, z.array(QuestionInFile), (questions) =>
    plural(questions.length, 'generated question'),
  ),
  listed(mockResultsSection),
  listed(storyBankSection),
];

const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  data: z.object(Object.fromEntries(SECTIONS.map((section) => [section.name, z.optional(section.schema)]))),
});

/** Everything the sections hold, as the JSON document the user downloads. */
export async function exportData(now: Date = new Date()): Promise<string> {
  const data: Record<string, unknown> = {};
  for (const section of SECTIONS) {
    const value = await section.read();
    if (value !== null) data[section.name] = value;
  }
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), data },
    null,
    2,
  );
}

/** The quiz-only export of version 1 (`sparring-quiz-progress`) as a version 2 file. */
export function migrateQuizExport(file: Record<string, unknown>): Record<string, unknown> {
  const { progress, prefs, exportedAt } = file;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    data: { quizProgress: progress, ...(prefs === undefined ? {} : { quizPrefs: prefs }) },
  };
}

export type ImportResult = { ok: true; message: string } | { ok: false; error: string };

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const UNCHANGED = 'Nothing was changed.';

/**
 * Exports are pretty-printed, so a file is larger than what it stores; past three times the quota
 * it cannot fit, and it is refused before it is parsed.
 */
const INFLATION = 3;

function readFile(json: string): { ok: true; file: unknown } | { ok: false; error: string } {
  const quota = quotaOf('local');
  const size = new TextEncoder().encode(json).length;
  if (size > INFLATION * quota) {
    return {
      ok: false,
      error: `This file is ${megabytes(size)}, far more than Sparring's storage holds (${megabytes(quota)} in all). ${UNCHANGED}`,
    };
  }
  try {
    return { ok: true, file: JSON.parse(json) };
  } catch (error) {
    return { ok: false, error: `This file is not JSON (${(error as Error).message}). ${UNCHANGED}` };
  }
}

/** The file in the current format, or why it is not a Sparring export Sparring can read. */
function currentFormat(file: unknown): { ok: true; file: unknown } | { ok: false; error: string } {
  if (typeof file !== 'object' || file === null || Array.isArray(file))
    return { ok: false, error: `This is not a Sparring export. ${UNCHANGED}` };
  const { format, version } = file as Record<string, unknown>;
  if (format === 'sparring-quiz-progress' && version === 1)
    return { ok: true, file: migrateQuizExport(file as Record<string, unknown>) };
  if (format !== EXPORT_FORMAT && format !== 'sparring-quiz-progress')
    return { ok: false, error: `This is not a Sparring export. ${UNCHANGED}` };
  if (typeof version === 'number' && version > EXPORT_VERSION)
    return {
      ok: false,
      error: `This export is from a newer Sparring (file version ${version}); update Sparring to import it. ${UNCHANGED}`,
    };
  return { ok: true, file };
}

/** Whether the writes fit beside what is already stored; the refusal says how far off they are. */
async function checkFits(writes: Record<string, unknown>): Promise<string | null> {
  const quota = quotaOf('local');
  if (!Number.isFinite(quota)) return null;
  const [inUse, replaced] = await Promise.all([
    bytesInUse('local'),
    bytesInUse('local', Object.keys(writes)),
  ]);
  const incoming = bytesOf(writes);
  const others = inUse - replaced;
  if (others + incoming <= quota) return null;
  return (
    `This file needs ${megabytes(incoming)} of storage, and Sparring's storage holds ${megabytes(quota)} in all, ` +
    `${megabytes(others)} of it already taken by data the file does not replace. ${UNCHANGED} ` +
    'Free up space first, or import a smaller file.'
  );
}

/**
 * Import an export file, all or nothing: a file that is not JSON, not an export, damaged in any
 * section, or too big for the storage left changes nothing and says why.
 */
export async function importData(json: string): Promise<ImportResult> {
  const read = readFile(json);
  if (!read.ok) return read;
  const current = currentFormat(read.file);
  if (!current.ok) return current;
  // zod/mini ships without messages; the English ones make the error worth showing to the user.
  const parsed = z.safeParse(ExportFile, current.file, { error: z.locales.en().localeError });
  if (!parsed.success) {
    return {
      ok: false,
      error: `This export is damaged:\n${z.prettifyError(parsed.error)}\n${UNCHANGED}`,
    };
  }
  const writes: Record<string, unknown> = {};
  const imported: string[] = [];
  for (const section of SECTIONS) {
    const value = parsed.data.data[section.name];
    if (value === undefined) continue;
    const plan = await section.plan(value);
    Object.assign(writes, plan.writes);
    imported.push(plan.description);
  }
  if (imported.length === 0) return { ok: false, error: `This export holds no data. ${UNCHANGED}` };
  const tooBig = await checkFits(writes);
  if (tooBig) return { ok: false, error: tooBig };
  try {
    await guardWrite('local', () => browser.storage.local.set(writes));
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    return {
      ok: false,
      error: `This file does not fit in Sparring's storage. ${UNCHANGED} Free up space first.`,
    };
  }
  return { ok: true, message: `Imported ${inWords(imported)}.` };
}

/** "a, b and c" */
function inWords(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
