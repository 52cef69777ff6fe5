// The browser's own promise-based API, as in item.ts: the popup reads its items through this module.
import { browser } from '@wxt-dev/browser';
import { storedKeys, takeEarlyRead } from './early-read';
import { type StoredItem, upgrade, versionKey } from './item';

/*
 * A module of its own, not part of item.ts: item.ts sits in a chunk the service worker loads, and
 * the worker, at its 48 KB budget, never reads items together.
 */

type ValuesOf<Items extends readonly StoredItem<unknown>[]> = {
  [K in keyof Items]: Items[K] extends StoredItem<infer T> ? T : never;
};

/**
 * Several items of one area in one storage call, each upgraded and validated as getValue() gives
 * it: the popup reads three before its first question, and one call answers sooner than three.
 */
export async function getValues<const Items extends readonly [StoredItem<unknown>, ...StoredItem<unknown>[]]>(
  ...items: Items
): Promise<ValuesOf<Items>> {
  const { area } = items[0];
  if (items.some((item) => item.area !== area)) throw new TypeError('getValues reads items of one area.');
  const keys = storedKeys(items.map(({ key }) => key));
  // The popup's first script may have asked already (entrypoints/quiz-read.ts).
  const stored = await (takeEarlyRead(area, keys) ?? browser.storage[area].get(keys));
  return items.map(({ shape, key }) =>
    upgrade(shape, stored[key], (stored[versionKey(key)] as { v?: unknown } | undefined)?.v),
  ) as ValuesOf<Items>;
}
