// The browser's own promise-based API, as in item.ts: this runs in the popup's first script.
import { browser } from '@wxt-dev/browser';
import { versionKey } from './item';
import type { Area } from './quota';

/*
 * A storage read a page's first script starts before the page's modules have loaded and run
 * (about 50 ms for the popup), left in one global for getValues to take up. Kept apart from
 * item.ts so that script carries nothing else.
 */

interface EarlyRead {
  area: Area;
  keys: readonly string[];
  stored: Promise<Record<string, unknown>>;
}

const SLOT = '__sparringEarlyRead';
type Holder = typeof globalThis & { [SLOT]?: EarlyRead };

/** Where these items' values and versions are stored. */
export function storedKeys(itemKeys: readonly string[]): string[] {
  return itemKeys.flatMap((key) => [key, versionKey(key)]);
}

/** Start reading these items' stored keys now, for getValues to take up later in this page. */
export function readEarly(area: Area, itemKeys: readonly string[]): void {
  const keys = storedKeys(itemKeys);
  (globalThis as Holder)[SLOT] = { area, keys, stored: browser.storage[area].get(keys) };
}

/**
 * The early read, once, if it asked for exactly these keys; otherwise undefined, and it is
 * dropped: a later read must see later writes.
 */
export function takeEarlyRead(
  area: Area,
  keys: readonly string[],
): Promise<Record<string, unknown>> | undefined {
  const holder = globalThis as Holder;
  const early = holder[SLOT];
  delete holder[SLOT];
  const same =
    early?.area === area &&
    early.keys.length === keys.length &&
    keys.every((key) => early.keys.includes(key));
  return same ? early.stored : undefined;
}
