import { browser } from 'wxt/browser';
import { keptAnswersItem } from './kept-answers';
import { answerCacheFamily } from './llm';
import { prunePerContext } from './prune';
import { bytesInUse, quotaOf, storedKeys } from './quota';

/**
 * What "Free up space" keeps of per-problem state: the 100 most recently used problems and
 * postings, and half a megabyte of their chats (the automatic bound is 500 and 2 MB).
 */
export const FREE_UP_LIMITS = { contexts: 100, chatBytes: 512 * 1024 };

export interface StorageUse {
  /** Bytes Sparring's storage.local holds. */
  used: number;
  /** Bytes it may hold; Infinity where the browser sets no limit. */
  quota: number;
}

export async function storageUse(): Promise<StorageUse> {
  return { used: await bytesInUse('local'), quota: quotaOf('local') };
}

/**
 * Make room when the storage is full: drop the cached model answers (a later request asks the
 * model again) and the sites' kept answers, and prune per-problem state to FREE_UP_LIMITS.
 * Resolves to the bytes freed.
 */
export async function freeUpSpace(): Promise<number> {
  const before = await bytesInUse('local');
  const cached = (await storedKeys('local')).filter((key) => key.startsWith(answerCacheFamily.prefix));
  if (cached.length > 0) await browser.storage.local.remove(cached);
  await keptAnswersItem.removeValue();
  await prunePerContext(FREE_UP_LIMITS);
  return Math.max(0, before - (await bytesInUse('local')));
}
