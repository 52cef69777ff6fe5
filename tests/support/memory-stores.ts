import type { KeyValueStore } from '@/lib/llm/cache';
import type { UsageStore } from '@/lib/llm/ledger';
import type { DailyUsage } from '@/lib/llm/usage';

/** The model layer's stores in memory, standing in for storage.local in unit tests. */

export function memoryStore(): KeyValueStore & { readonly map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    get: async (key) => map.get(key),
    set: async (key, value) => {
      map.set(key, structuredClone(value));
    },
    remove: async (key) => {
      map.delete(key);
    },
  };
}

export function memoryUsageStore(initial?: DailyUsage): UsageStore & { value: DailyUsage | undefined } {
  const store = {
    value: initial,
    read: async () => store.value,
    write: async (daily: DailyUsage) => {
      store.value = daily;
    },
  };
  return store;
}
