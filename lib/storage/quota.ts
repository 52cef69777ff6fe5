// The browser's own promise-based API, not the polyfill: the popup reads its items through this
// module before its first question, and the polyfill would cost that first load 3 KB gz.
import { browser } from '@wxt-dev/browser';

export type Area = 'local' | 'session';

/**
 * Said wherever a write to storage.local fails for want of room, instead of the browser's
 * "Resource::kQuotaBytes quota exceeded": what happened, that what is on screen is kept, and what
 * frees room.
 */
export const STORAGE_FULL_MESSAGE =
  "Sparring's storage in this browser is full, so this was not saved (it stays on screen until you close it). " +
  "To make room, open Sparring's options: under “Your data”, export a copy, then press “Free up space”.";

/** A write refused because the storage area is full. Its message is the plain one above. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';

  constructor(
    readonly area: Area,
    options?: { cause?: unknown },
  ) {
    super(STORAGE_FULL_MESSAGE, options);
  }
}

/**
 * Whether an error is a storage area refusing a write for its quota. Chrome says
 * "Resource::kQuotaBytes quota exceeded" or "QUOTA_BYTES quota exceeded"; Firefox throws a
 * QuotaExceededError.
 */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof StorageFullError) return true;
  if (!(error instanceof Error)) return false;
  return error.name === 'QuotaExceededError' || /quota/i.test(error.message);
}

/** Run a write, turning the browser's quota error into a StorageFullError; other errors pass. */
export async function guardWrite<T>(area: Area, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(area, { cause: error });
    throw error;
  }
}

/**
 * Wait for several writes; false when any was refused for a full storage. Other errors are
 * thrown, after every write has settled.
 */
export async function savedAll(writes: readonly Promise<unknown>[]): Promise<boolean> {
  let saved = true;
  for (const result of await Promise.allSettled(writes)) {
    if (result.status === 'fulfilled') continue;
    if (!isQuotaError(result.reason)) throw result.reason;
    saved = false;
  }
  return saved;
}

const utf8 = new TextEncoder();

/**
 * The bytes these entries take against the quota, counted as Chrome counts them: each key's
 * length plus the length of its value's JSON.
 */
export function bytesOf(entries: Record<string, unknown>): number {
  let total = 0;
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined) continue;
    total += utf8.encode(key).length + utf8.encode(JSON.stringify(value)).length;
  }
  return total;
}

function areaOf(area: Area) {
  return browser.storage[area];
}

/** The area's limit in bytes; Infinity where the browser sets none (Firefox's storage.local). */
export function quotaOf(area: Area): number {
  const quota = (areaOf(area) as { QUOTA_BYTES?: unknown }).QUOTA_BYTES;
  return typeof quota === 'number' && quota > 0 ? quota : Number.POSITIVE_INFINITY;
}

/** Bytes in use in the area, from the browser where it can say, else counted from a snapshot. */
export async function bytesInUse(area: Area, keys: string[] | null = null): Promise<number> {
  const storageArea = areaOf(area) as { getBytesInUse?: (keys: string[] | null) => Promise<number> };
  if (typeof storageArea.getBytesInUse === 'function') {
    try {
      return await storageArea.getBytesInUse(keys);
    } catch {
      // Not implemented in this browser: count below.
    }
  }
  return bytesOf(await areaOf(area).get(keys));
}

/** The keys stored in an area (getKeys where the browser has it, else from a snapshot). */
export async function storedKeys(area: Area): Promise<string[]> {
  const storageArea = areaOf(area) as { getKeys?: () => Promise<string[]> };
  if (typeof storageArea.getKeys === 'function') {
    try {
      return await storageArea.getKeys();
    } catch {
      // Not implemented in this browser: read the snapshot below.
    }
  }
  return Object.keys(await areaOf(area).get(null));
}
