import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { type KeptAnswers, keptAnswer, withAnswer } from '@/lib/platform/kept-answers';

/**
 * Answers of the sites' own APIs (LeetCode's tags and hints), by request, so a revisited problem
 * does not ask the site again. storage.local, which content scripts cannot read: they ask here.
 */
const KEY = 'keptAnswers';
const Stored = z.record(z.string(), z.object({ json: z.unknown(), at: z.number() }));

async function load(): Promise<KeptAnswers> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  const parsed = z.safeParse(Stored, raw ?? {});
  // A damaged cache is only a cache: start again rather than fail.
  return parsed.success ? (parsed.data as KeptAnswers) : {};
}

export async function getKeptAnswer(key: string, now = Date.now()): Promise<unknown> {
  return keptAnswer(await load(), key, now);
}

/** Writes one after another: two tabs keeping answers at once must not undo each other. */
let writing: Promise<void> = Promise.resolve();

export function keepAnswer(key: string, json: unknown, now = Date.now()): Promise<void> {
  writing = writing
    .then(async () => {
      await browser.storage.local.set({ [KEY]: withAnswer(await load(), key, json, now) });
    })
    .catch(() => undefined);
  return writing;
}
