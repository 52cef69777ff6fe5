import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chatFamily } from '@/lib/storage/chat';
import { coachStateFamily } from '@/lib/storage/coach-state';
import { notesFamily, practiceFamily } from '@/lib/storage/history';
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

/** Every item and family on the storage map, by what it stores. */
const SHAPES: [string, Shape<unknown>][] = [
  ['settings', settingsItem.shape],
  ['provider', providerItem.shape],
  ['dailyTokenCap', dailyTokenCapItem.shape],
  ['llmUsage', usageItem.shape],
  ['answer cache index', answerCacheIndexItem.shape],
  ['answer cache entry', answerCacheFamily.shape],
  ['quizProgress', progressItem.shape],
  ['quizPrefs', quizPrefsItem.shape],
  ['quizGenerated', generatedItem.shape],
  ['targetRole', targetRoleItem.shape],
  ['coach state', coachStateFamily.shape],
  ['chat', chatFamily.shape],
  ['tab context', tabContextFamily.shape],
  ['mock in progress', mockFamily.shape],
  ['mockResults', mockResultsItem.shape],
  ['storyBank', storyBankItem.shape],
  ['practice record', practiceFamily.shape],
  ['note', notesFamily.shape],
  ['keptAnswers', keptAnswersItem.shape],
] as [string, Shape<unknown>][];

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
