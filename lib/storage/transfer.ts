import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { defineItem } from './item';
import { bytesInUse, bytesOf, guardWrite, isQuotaError, quotaOf } from './quota';
import { instantSchema, parseOr } from './repair';
import { SECTIONS } from './sections';

/*
 * Export and import of the user's data as one JSON file. A file holds sections, one per kind of
 * data (lib/storage/sections.ts). Import merges the file into what is stored, record by record,
 * and is all or nothing: the whole file is validated, its writes are checked against the quota,
 * and they are made in one storage.local.set() together with a restore point (what they replace),
 * so a bad or oversized file leaves everything as it was and a good one can be undone. Only the
 * sections listed are ever exported: the model provider and its API key are not a section.
 */

export const EXPORT_FORMAT = 'sparring-export';
/** 3 adds the practice history, notes, coach states and chats to version 2's quiz sections. */
const EXPORT_VERSION = 3;

/** What the last import replaced: each key's value before it, null where there was none. */
export interface RestorePoint {
  /** When the import was made, epoch milliseconds. */
  at: number;
  /** What the import brought in, as its message said it. */
  description: string;
  entries: Record<string, unknown>;
}

/** The last import's restore point; another import replaces it, and an undo spends it. */
export const restorePointItem = defineItem<RestorePoint | null>('local', 'restorePoint', {
  version: 1,
  fallback: null,
  repair: (raw) =>
    parseOr(
      z.nullable(
        z.object({
          at: instantSchema(),
          description: z.string(),
          entries: z.record(z.string(), z.unknown()),
        }),
      ),
      raw,
      null,
    ),
});

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

/** The quiz-only export of version 1 (`sparring-quiz-progress`) as a current file. */
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
  // Version 2 held the quiz's sections only, in the same shape: it reads as a version 3 file.
  if (format === EXPORT_FORMAT && version === 2)
    return { ok: true, file: { ...file, version: EXPORT_VERSION } };
  if (format !== EXPORT_FORMAT && format !== 'sparring-quiz-progress')
    return { ok: false, error: `This is not a Sparring export. ${UNCHANGED}` };
  if (typeof version === 'number' && version > EXPORT_VERSION)
    return {
      ok: false,
      error: `This export is from a newer Sparring (file version ${version}); update Sparring to import it. ${UNCHANGED}`,
    };
  return { ok: true, file };
}

/**
 * Whether the writes fit beside what is already stored, with the restore point that keeps what
 * they replace; the refusal says how far off they are.
 */
async function checkFits(
  writes: Record<string, unknown>,
  restore: Record<string, unknown>,
): Promise<string | null> {
  const quota = quotaOf('local');
  if (!Number.isFinite(quota)) return null;
  const keys = Object.keys({ ...writes, ...restore });
  const [inUse, replaced] = await Promise.all([bytesInUse('local'), bytesInUse('local', keys)]);
  const incoming = bytesOf(writes);
  const kept = bytesOf(restore);
  const others = inUse - replaced;
  if (others + incoming + kept <= quota) return null;
  const undo =
    others + incoming <= quota
      ? `, and ${megabytes(kept)} more to keep what it replaces so the import can be undone`
      : '';
  return (
    `This file needs ${megabytes(incoming)} of storage${undo}; Sparring's storage holds ${megabytes(quota)} in all, ` +
    `${megabytes(others)} of it already taken by data the file does not replace. ${UNCHANGED} ` +
    'Free up space first, or import a smaller file.'
  );
}

/**
 * Import an export file, all or nothing: a file that is not JSON, not an export, damaged in any
 * section, or too big for the storage left changes nothing and says why. A good one is merged
 * into what is stored, record by record (lib/storage/sections.ts), with a restore point.
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
  const message = `Imported ${inWords(imported)}.`;
  const before = await browser.storage.local.get(Object.keys(writes));
  const restore: RestorePoint = {
    at: Date.now(),
    description: message,
    entries: Object.fromEntries(Object.keys(writes).map((key) => [key, before[key] ?? null])),
  };
  const kept = restorePointItem.entries(restore);
  const tooBig = await checkFits(writes, kept);
  if (tooBig) return { ok: false, error: tooBig };
  try {
    await guardWrite('local', () => browser.storage.local.set({ ...writes, ...kept }));
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    return {
      ok: false,
      error: `This file does not fit in Sparring's storage. ${UNCHANGED} Free up space first.`,
    };
  }
  return { ok: true, message };
}

/**
 * Put back what the last import replaced (removing what it added), and spend the restore point.
 * Resolves to what was undone, or null when there is no import to undo.
 */
export async function undoImport(): Promise<string | null> {
  const point = await restorePointItem.getValue();
  if (!point) return null;
  const entries = Object.entries(point.entries);
  const put = Object.fromEntries(entries.filter(([, value]) => value !== null));
  const added = entries.filter(([, value]) => value === null).map(([key]) => key);
  await guardWrite('local', () => browser.storage.local.set(put));
  await browser.storage.local.remove([...added, restorePointItem.key]);
  return point.description.replace(/^Imported /, '').replace(/\.$/, '');
}

/** "a, b and c" */
function inWords(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
