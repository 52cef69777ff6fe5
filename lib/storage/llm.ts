import * as z from 'zod/mini';
import { lazy } from '../lazy';
import type { CachedAnswer, KeyValueStore } from '../llm/cache';
import type { UsageStore } from '../llm/ledger';
import { DEFAULT_PROVIDER, type ProviderConfig, providerOrOffline } from '../llm/providers';
import type { DailyUsage } from '../llm/usage';
import { defineFamily, defineItem, type StoredItem } from './item';
import { isQuotaError } from './quota';
import { keepValid, parseOr } from './repair';

/*
 * The model's items. The provider holds the API key: only the background reads it; pages learn
 * that it changed (onChange), never its value. None of these is ever exported.
 */

/**
 * The provider and its key. Read through `providerOrOffline` (lib/llm/providers.ts), the provider
 * table's own check, which has no schema library: the side panel watches this item and must stay
 * light. Version 2 saves the origin the key was entered for (a key is sent to that origin only)
 * and gives every provider one shape; a version 1 value's key belonged to the server it was saved
 * with, OpenAI's for the OpenAI provider.
 */
export const providerItem = defineItem<ProviderConfig>('local', 'provider', {
  version: 2,
  migrations: { 2: (value) => providerOrOffline(value) },
  fallback: DEFAULT_PROVIDER,
  repair: providerOrOffline,
});

/** The optional daily token cap; null (or 0) is no cap. */
export const dailyTokenCapItem = defineItem<number | null>('local', 'dailyTokenCap', {
  version: 1,
  fallback: null,
  repair: (raw) => parseOr(z.nullable(z.number().check(z.int(), z.nonnegative())), raw, null),
});

const countSchema = lazy(() => z.number().check(z.int(), z.nonnegative()));

const dailyUsageSchema = lazy(() =>
  z.object({
    day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    promptTokens: countSchema(),
    completionTokens: countSchema(),
    totalTokens: countSchema(),
    answers: countSchema(),
  }),
);

/** Today's token usage; a broken record reads as none (the day starts again from zero). */
export const usageItem = defineItem<DailyUsage | null>('local', 'llmUsage', {
  version: 1,
  fallback: null,
  repair: (raw) => parseOr(z.nullable(dailyUsageSchema()), raw, null),
});

/** The daily ledger's store (lib/llm/ledger.ts): today's totals, or none. */
export const usageStore: UsageStore = {
  read: async () => (await usageItem.getValue()) ?? undefined,
  write: (daily) => usageItem.setValue(daily),
};

const usageSchema = lazy(() =>
  z.object({
    promptTokens: countSchema(),
    completionTokens: countSchema(),
    totalTokens: countSchema(),
    cachedPromptTokens: z.optional(countSchema()),
    estimated: z.optional(z.boolean()),
  }),
);

const cachedAnswerSchema = lazy(() =>
  z.object({
    text: z.string(),
    model: z.string(),
    usage: z.nullable(usageSchema()),
    createdAt: z.number(),
  }),
);

/** Model answers cached per prompt (`llm:<cache key>`), a broken one read as a miss. */
export const answerCacheFamily = defineFamily<CachedAnswer | null>('local', 'llm:', {
  version: 1,
  fallback: null,
  repair: (raw) => parseOr(cachedAnswerSchema(), raw, null),
});

/** The cache's LRU index, under the key AnswerCache keeps it by default; broken entries are dropped. */
const INDEX_KEY = 'llm-cache-index';
const indexEntrySchema = lazy(() => z.object({ key: z.string(), bytes: countSchema(), usedAt: z.number() }));

type IndexEntry = z.infer<ReturnType<typeof indexEntrySchema>>;

export const answerCacheIndexItem = defineItem<IndexEntry[]>('local', `llm:${INDEX_KEY}`, {
  version: 1,
  fallback: [],
  repair: (raw) => keepValid(indexEntrySchema(), raw),
});

/**
 * The answer cache's store in storage.local. What it reads back is validated (a broken entry is a
 * miss, a broken index entry is dropped); a write refused for a full storage is skipped, because
 * a cache that cannot keep an answer must not cost the user the answer itself.
 */
export function answerCacheStore(): KeyValueStore {
  const itemOf = (key: string) => (key === INDEX_KEY ? answerCacheIndexItem : answerCacheFamily.item(key));
  return {
    get: async (key) => (await itemOf(key).getValue()) ?? undefined,
    set: async (key, value) => {
      try {
        await (itemOf(key) as StoredItem<unknown>).setValue(value);
      } catch (error) {
        if (!isQuotaError(error)) throw error;
      }
    },
    remove: (key) => itemOf(key).removeValue(),
  };
}
