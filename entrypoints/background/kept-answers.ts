import { keptAnswer, keptAnswersItem, withAnswer } from '@/lib/storage/kept-answers';

/** What content scripts cannot read themselves (storage.local is the extension's own): ask here. */
export async function getKeptAnswer(key: string, now = Date.now()): Promise<unknown> {
  return keptAnswer(await keptAnswersItem.getValue(), key, now);
}

/** Writes one after another: two tabs keeping answers at once must not undo each other. */
let writing: Promise<void> = Promise.resolve();

export function keepAnswer(key: string, json: unknown, now = Date.now()): Promise<void> {
  writing = writing
    .then(async () => keptAnswersItem.setValue(withAnswer(await keptAnswersItem.getValue(), key, json, now)))
    // Only a cache: a full storage costs the next visit one request, nothing more.
    .catch(() => undefined);
  return writing;
}
