import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { type Progress, repairProgress } from '../quiz/progress';
import { isQuestion } from '../quiz/question-guard';
import { ProgressSchema, QuizPrefsSchema, TargetRoleSchema } from '../quiz/schemas';
import type { Question } from '../quiz/topics';
import { chatFamily } from './chat';
import { coachStateFamily } from './coach-state';
import { notesFamily, practiceFamily } from './history';
import { type ItemFamily, readFamily, type StoredItem, upgrade, versionKey } from './item';
import { mockResultsSection, storyBankSection } from './mock-transfer';
import { generatedItem, progressItem, quizPrefsItem, targetRoleItem } from './quiz';

/*
 * The kinds of data an export file holds, one section each. An import merges record by record:
 * a problem's history, a note, a coach state or a chat in the file replaces the stored one only
 * when it is newer, and everything stored that the file does not hold is kept. Settings-like
 * sections (quiz preferences, target role) are one record each: the file's wins. The model
 * provider and its API key are never a section.
 */

/** One kind of data in an export file. */
export interface Section<T> {
  /** Its property under `data` in the file. */
  name: string;
  /** The section as a file must hold it; a file where it does not parse is refused whole. */
  schema: z.ZodMiniType<T>;
  /** What to export; null when there is nothing to (the section is left out of the file). */
  read(): Promise<T | null>;
  /** The storage.local writes that merge the file's value into what is stored. */
  writes(value: T): Promise<Record<string, unknown>>;
  /** What the file held, as a sentence names it: "progress on 12 questions". */
  describe(value: T): string;
}

/** A section with its type erased, so sections of different types sit in one list. */
export interface ListedSection {
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

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

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

/** JSON with object keys in order: two values are the same data when these are equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** A problem's or posting's canonical id, as the family keys hold it ("leetcode:two-sum"). */
const ContextId = z.string().check(z.regex(/^[a-z0-9-]+:.{1,400}$/s, 'is not a problem or posting id'));

/**
 * A section of one family's members by id, each merged on its own: the file's member is written
 * when the store has none, or an older one by `stamp`. A member is valid when the family's own
 * repair leaves it as it is: the file can hold nothing a read would not give back.
 */
function perRecord<T>(
  name: string,
  family: ItemFamily<T | null>,
  what: { one: string; many: (count: number) => string },
  stamp: (value: T) => number,
): ListedSection {
  const Member = z.custom<T>(
    (value) =>
      value !== null && canonical(upgrade(family.shape, value, family.shape.version)) === canonical(value),
    { error: `is not ${what.one} Sparring can read` },
  );
  return listed<Record<string, T>>({
    name,
    schema: z.record(ContextId, Member),
    async read() {
      const members = await readFamily(family);
      const kept = [...members].filter((entry): entry is [string, T] => entry[1] !== null);
      return kept.length > 0 ? Object.fromEntries(kept) : null;
    },
    async writes(value) {
      const keys = Object.keys(value).map((id) => `${family.prefix}${id}`);
      const stored = await browser.storage[family.area].get(keys.flatMap((key) => [key, versionKey(key)]));
      const writes: Record<string, unknown> = {};
      for (const [id, incoming] of Object.entries(value)) {
        const key = `${family.prefix}${id}`;
        const version = (stored[versionKey(key)] as { v?: unknown } | undefined)?.v;
        const current = upgrade(family.shape, stored[key], version);
        if (current === null || stamp(incoming) > stamp(current))
          Object.assign(writes, family.item(id).entries(incoming));
      }
      return writes;
    },
    describe: (value) => what.many(Object.keys(value).length),
  });
}

/** Quiz progress, question by question (the later review wins), and the days' tallies (the larger). */
function mergeProgress(stored: Progress, incoming: Progress): Progress {
  const cards = { ...stored.cards };
  for (const [id, card] of Object.entries(incoming.cards)) {
    const mine = cards[id];
    if (!mine || (card.last_review ?? 0) > (mine.last_review ?? 0) || card.reps > mine.reps) cards[id] = card;
  }
  const days = { ...stored.days };
  for (const [day, tally] of Object.entries(incoming.days)) {
    const mine = days[day];
    days[day] = mine
      ? { answered: Math.max(mine.answered, tally.answered), new: Math.max(mine.new, tally.new) }
      : tally;
  }
  return repairProgress({ cards, days });
}

/** Checked by the popup's own guard, so an imported question is one the quiz can show. */
const QuestionInFile = z.custom<Question>(isQuestion, { error: 'is not a quiz question Sparring can show' });

export const SECTIONS: readonly ListedSection[] = [
  listed<Progress>({
    name: 'quizProgress',
    schema: ProgressSchema,
    read: () => progressItem.getValue(),
    writes: async (value) => progressItem.entries(mergeProgress(await progressItem.getValue(), value)),
    describe: (progress) => `progress on ${plural(Object.keys(progress.cards).length, 'question')}`,
  }),
  replaces('quizPrefs', quizPrefsItem, QuizPrefsSchema, () => 'your quiz preferences'),
  replaces('targetRole', targetRoleItem, TargetRoleSchema, () => 'your target role'),
  listed<Question[]>({
    name: 'quizGenerated',
    schema: z.array(QuestionInFile),
    read: () => generatedItem.getValue(),
    async writes(value) {
      const stored = await generatedItem.getValue();
      const known = new Set(stored.map((question) => question.id));
      return generatedItem.entries([...stored, ...value.filter((question) => !known.has(question.id))]);
    },
    describe: (questions) => plural(questions.length, 'generated question'),
  }),
  perRecord(
    'practice',
    practiceFamily,
    { one: 'a problem in your history', many: (n) => `${plural(n, 'problem')} in your history` },
    (record) => record.lastSeen,
  ),
  perRecord(
    'notes',
    notesFamily,
    { one: 'a note', many: (n) => plural(n, 'note') },
    (note) => note.updatedAt,
  ),
  perRecord(
    'coach',
    coachStateFamily,
    {
      one: "a coach's state",
      many: (n) => `the coach's state on ${n} ${n === 1 ? 'problem or posting' : 'problems or postings'}`,
    },
    (state) => state.usedAt,
  ),
  perRecord('chats', chatFamily, { one: 'a chat', many: (n) => plural(n, 'chat') }, (chat) => chat.usedAt),
  listed(mockResultsSection),
  listed(storyBankSection),
];
