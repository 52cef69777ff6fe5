import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { KeyValueStore } from './cache';
import type { UsageStore } from './ledger';
import { DEFAULT_PROVIDER } from './providers';
import type { DailyUsage } from './usage';

/*
 * Everything the model layer keeps, in one place (storage.local, never synced; the background
 * restricts it to extension pages because the key is here). Read by the background only, except
 * the panel's and popup's change listeners, which watch the keys without reading the values.
 */

/** The provider and its key; parsed on every read by providers.ts (parseProvider). */
export const providerItem = storage.defineItem<unknown>('local:provider', {
  fallback: DEFAULT_PROVIDER,
  version: 1,
});

/** The optional daily token cap; null for none. */
export const capItem = storage.defineItem<number | null>('local:dailyTokenCap', {
  fallback: null,
  version: 1,
});

/** Today's token totals. */
const usageItem = storage.defineItem<DailyUsage | null>('local:llmUsage', { fallback: null });

function isDailyUsage(value: unknown): value is DailyUsage {
  if (typeof value !== 'object' || value === null) return false;
  const daily = value as Record<string, unknown>;
  return (
    typeof daily.day === 'string' &&
    ['promptTokens', 'completionTokens', 'totalTokens', 'answers'].every(
      (field) => typeof daily[field] === 'number' && Number.isFinite(daily[field]),
    )
  );
}

/** Today's totals; a damaged record reads as none rather than breaking every answer. */
export const usageStore: UsageStore = {
  read: async () => {
    const value = await usageItem.getValue();
    return isDailyUsage(value) ? value : undefined;
  },
  write: (daily) => usageItem.setValue(daily),
};

/** The answer cache's entries: storage.local under "llm:", so they never collide with settings. */
export function answerCacheStore(prefix = 'llm:'): KeyValueStore {
  return {
    get: async (key) => (await browser.storage.local.get(prefix + key))[prefix + key],
    set: (key, value) => browser.storage.local.set({ [prefix + key]: value }),
    remove: (key) => browser.storage.local.remove(prefix + key),
  };
}
