import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chatFamily } from '@/lib/storage/chat';
import { coachStateFamily } from '@/lib/storage/coach-state';
import { notesFamily, practiceFamily } from '@/lib/storage/history';
import { historyIndexItem } from '@/lib/storage/history-index';
import { type Shape, upgrade } from '@/lib/storage/item';
import { keptAnswersItem } from '@/lib/storage/kept-answers';
import {
  answerCacheFamily,
  answerCacheIndexItem,
  dailyTokenCapItem,
  providerItem,
  usageItem,
} from '@/lib/storage/llm';
import { mockFamily, mockResultsItem, storyBankItem } from '@/lib/storage/mocks';
import { generatedItem, progressItem, quizPrefsItem, targetRoleItem } from '@/lib/storage/quiz';
import { settingsItem } from '@/lib/storage/settings';
import { tabContextFamily } from '@/lib/storage/tab-context';
import { restorePointItem } from '@/lib/storage/transfer';

/** Every item and family on the storage map, by its exported name. */
const MAP = {
  settingsItem,
  providerItem,
  dailyTokenCapItem,
  usageItem,
  answerCacheIndexItem,
  answerCacheFamily,
  progressItem,
  quizPrefsItem,
  generatedItem,
  targetRoleItem,
  coachStateFamily,
  chatFamily,
  tabContextFamily,
  mockFamily,
  mockResultsItem,
  storyBankItem,
  practiceFamily,
  notesFamily,
  historyIndexItem,
  keptAnswersItem,
  restorePointItem,
};
const SHAPES = Object.entries(MAP).map(([name, stored]) => [name, stored.shape]) as [
  string,
  Shape<unknown>,
][];

/** The items and families lib/storage declares (`export const x = defineItem(…)` or `defineFamily(…)`). */
function declared(): string[] {
  return readdirSync('lib/storage')
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [
      ...readFileSync(path.join('lib/storage', file), 'utf8').matchAll(
        /export const (\w+)\s*=\s*define(?:Item|Family)\b/g,
      ),
    ])
    .map((match) => match[1] as string);
}

describe('the storage map', () => {
  it('checks every item and family lib/storage declares, so none escapes the checks below', () => {
    expect(declared().sort()).toEqual(Object.keys(MAP).sort());
  });
});

/** A stored value as storage.local gives it back: JSON, where -0 is 0 and undefined fields vanish. */
const stored = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

describe.each(SHAPES)('the %s item, read from anything a store could hold', (_name, shape) => {
  it('never throws, and what it yields reads back the same once stored', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withObjectString: true }),
        fc.oneof(fc.constant(undefined), fc.integer({ min: -1, max: shape.version + 1 })),
        (raw, version) => {
          const value = upgrade(shape, raw, version);
          expect(JSON.stringify(upgrade(shape, stored(value), shape.version))).toBe(JSON.stringify(value));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads its fallback back as itself', () => {
    expect(upgrade(shape, stored(shape.fallback), shape.version)).toEqual(shape.fallback);
  });
});
