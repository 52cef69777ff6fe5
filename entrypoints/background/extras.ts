import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { ProblemExtras } from '@/lib/messaging/protocol';
import { type ExtrasCache, freshExtras, withExtras } from '@/lib/platform/extras';

/**
 * Problem extras (LeetCode's tags and hints) by problem, so a revisited problem does not ask the
 * site again. storage.local, which content scripts cannot read: they ask through the background.
 */
const KEY = 'problemExtras';
const StoredExtras = z.record(z.string(), z.object({ extras: ProblemExtras, at: z.number() }));

async function load(): Promise<ExtrasCache> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  const parsed = z.safeParse(StoredExtras, raw ?? {});
  // A damaged cache is only a cache: start again rather than fail.
  return parsed.success ? parsed.data : {};
}

export async function getExtras(key: string, now = Date.now()): Promise<ProblemExtras | null> {
  return freshExtras(await load(), key, now);
}

/** Writes one after another: two tabs saving at once must not undo each other. */
let writing: Promise<void> = Promise.resolve();

export function putExtras(key: string, extras: ProblemExtras, now = Date.now()): Promise<void> {
  writing = writing
    .then(async () => {
      await browser.storage.local.set({ [KEY]: withExtras(await load(), key, extras, now) });
    })
    .catch(() => undefined);
  return writing;
}
