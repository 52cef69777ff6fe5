import { browser } from 'wxt/browser';
import type { KeyValueStore } from '@/lib/llm/cache';

/** The answer cache's store: storage.local, namespaced so it never collides with settings. */
export function storageStore(prefix: string): KeyValueStore {
  return {
    get: async (key) => (await browser.storage.local.get(prefix + key))[prefix + key],
    set: (key, value) => browser.storage.local.set({ [prefix + key]: value }),
    remove: (key) => browser.storage.local.remove(prefix + key),
  };
}
