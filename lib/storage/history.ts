import * as z from 'zod/mini';
import { lazy } from '../lazy';
import {
  type Attempt,
  DIFFICULTIES,
  newAttempt,
  OUTCOMES,
  type PastAttempt,
  type PracticeRecord,
  type ReviewCard,
} from '../practice/record';
import { reviewCardSchema } from '../quiz/review-card';
import { defineFamily, readFamily } from './item';
import { instantSchema, listOf, parseOr } from './repair';

/*
 * The practice history: one record per problem opened on a judge (`practice:<site>:<id>`, the
 * coach's key), and the user's notes on it (`notes:<site>:<id>`). Each field of a record is
 * repaired on its own, so a broken timer costs the timer, never the problem's history.
 */

const countSchema = lazy(() => z.catch(z.number().check(z.int(), z.nonnegative()), 0));
const millisecondsSchema = lazy(() =>
  z.catch(z.number().check(z.nonnegative(), z.lte(Number.MAX_SAFE_INTEGER)), 0),
);
const instantOrNullSchema = lazy(() => z.catch(z.nullable(z.number().check(z.nonnegative())), null));
const gradeSchema = lazy(() => z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]));
const outcomeSchema = lazy(() => z.enum(OUTCOMES));

const EMPTY_ATTEMPT = newAttempt(0);

const storedAttemptSchema = lazy(() =>
  z.object({
    startedAt: instantSchema(),
    elapsedMs: millisecondsSchema(),
    runningSince: instantOrNullSchema(),
    pausedHidden: z.catch(z.boolean(), false),
    offlineHints: countSchema(),
    modelHints: countSchema(),
    solutionRevealed: z.catch(z.boolean(), false),
    failedSubmissions: countSchema(),
    lastVerdict: z.catch(z.nullable(z.string().check(z.maxLength(100))), null),
    outcome: z.catch(z.nullable(outcomeSchema()), null),
    outcomeBy: z.catch(z.nullable(z.enum(['page', 'you'])), null),
    endedAt: instantOrNullSchema(),
    grade: z.catch(z.nullable(gradeSchema()), null),
    gradeBy: z.catch(z.nullable(z.enum(['auto', 'you'])), null),
  }),
);

const storedPastSchema = lazy(() =>
  z.object({
    endedAt: z.number().check(z.nonnegative()),
    outcome: outcomeSchema(),
    timeMs: z.number().check(z.nonnegative()),
    hints: z.number().check(z.int(), z.nonnegative()),
    revealed: z.boolean(),
    grade: z.nullable(gradeSchema()),
  }),
);

const Text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** A record without its site, id, title or address is no record: it is dropped. */
const storedRecordSchema = lazy(() =>
  z.object({
    site: Text(40),
    id: Text(300),
    url: Text(8_192),
    title: Text(1_000),
    difficulty: z.catch(z.nullable(z.enum(DIFFICULTIES)), null),
    techniques: z.pipe(
      listOf(z.string().check(z.maxLength(60))),
      z.transform((list) => list.slice(0, 8)),
    ),
    firstSeen: instantSchema(),
    lastSeen: instantSchema(),
    attempt: z.catch(storedAttemptSchema(), EMPTY_ATTEMPT),
    past: listOf(storedPastSchema()),
    review: z.catch(z.nullable(reviewCardSchema()), null),
    reviewBefore: z.catch(z.nullable(reviewCardSchema()), null),
  }),
);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AssertTrue<T extends true> = T;
export type StoredShapesMatchTypes = [
  AssertTrue<Same<z.infer<ReturnType<typeof storedAttemptSchema>>, Attempt>>,
  AssertTrue<Same<z.infer<ReturnType<typeof storedPastSchema>>, PastAttempt>>,
  AssertTrue<Same<z.infer<ReturnType<typeof reviewCardSchema>>, ReviewCard>>,
  AssertTrue<Same<z.infer<ReturnType<typeof storedRecordSchema>>, PracticeRecord>>,
];

/**
 * Built once, as every schema here: a nullable wrapper made at each read made reading 2,000
 * records four times slower (a fresh schema per record is never optimised), and the progress
 * page repairs its index's 60 records before the table's first paint.
 */
const storedRecordOrNullSchema = lazy(() => z.nullable(storedRecordSchema()));

export const practiceFamily = defineFamily<PracticeRecord | null>('local', 'practice:', {
  version: 1,
  fallback: null,
  repair: (raw) => parseOr(storedRecordOrNullSchema(), raw, null),
});

export function practiceItem(key: string) {
  return practiceFamily.item(key);
}

/** A record with its id in the practice family (`practice:<id>` is where it is stored). */
export interface HistoryEntry {
  id: string;
  record: PracticeRecord;
}

/** The history's order: most recently seen first, then by id, so ties sort alike in every view. */
export function newestFirst(a: HistoryEntry, b: HistoryEntry): number {
  return b.record.lastSeen - a.record.lastSeen || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The records of a read of the family, in the history's order. */
export function historyEntries(family: ReadonlyMap<string, PracticeRecord | null>): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const [id, record] of family) if (record) entries.push({ id, record });
  return entries.sort(newestFirst);
}

/** Every recorded problem with its id, most recently seen first. */
export async function loadHistoryEntries(): Promise<HistoryEntry[]> {
  return historyEntries(await readFamily(practiceFamily));
}

/** Every recorded problem, most recently seen first. */
export async function loadHistory(): Promise<PracticeRecord[]> {
  return (await loadHistoryEntries()).map((entry) => entry.record);
}

/**
 * Change one problem's record: read, change, write. The panel and the background both write
 * records, each on a user's action or a page event, so read-then-write keeps their writes apart
 * in all but the same millisecond. `change` returning null (or the same record) writes nothing.
 */
export async function updateRecord(
  key: string,
  change: (record: PracticeRecord | null) => PracticeRecord | null,
): Promise<PracticeRecord | null> {
  const item = practiceItem(key);
  const current = await item.getValue();
  const next = change(current);
  if (next === null || next === current) return current;
  await item.setValue(next);
  return next;
}

/** The longest note kept: several pages of Markdown, far more than a problem's notes need. */
export const MAX_NOTE_CHARS = 20_000;

export interface Note {
  text: string;
  /** Epoch milliseconds of the last change. */
  updatedAt: number;
}

const storedNoteSchema = lazy(() =>
  z.object({
    text: z.pipe(
      z.catch(z.string(), ''),
      z.transform((text) => text.slice(0, MAX_NOTE_CHARS)),
    ),
    updatedAt: instantSchema(),
  }),
);

const storedNoteOrNullSchema = lazy(() => z.nullable(storedNoteSchema()));

export const notesFamily = defineFamily<Note | null>('local', 'notes:', {
  version: 1,
  fallback: null,
  repair: (raw) => {
    const note = parseOr(storedNoteOrNullSchema(), raw, null);
    return note && note.text.length > 0 ? note : null;
  },
});

export function noteItem(key: string) {
  return notesFamily.item(key);
}
