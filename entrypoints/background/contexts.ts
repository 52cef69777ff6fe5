import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { PageContext } from '@/lib/extract/context';
import { ContextChanged, sendMessage } from '@/lib/messaging';

/**
 * The latest context of each tab. Mirrored to storage.session so a restarted service worker
 * still knows what every tab shows; cleared when the tab closes.
 */
const StoredContexts = z.record(z.string(), PageContext);
const KEY = 'contexts';

let cache: Map<number, PageContext> | undefined;

async function load(): Promise<Map<number, PageContext>> {
  if (cache) return cache;
  const raw = (await browser.storage.session.get(KEY))[KEY];
  const parsed = z.safeParse(StoredContexts, raw ?? {});
  cache = new Map(parsed.success ? Object.entries(parsed.data).map(([k, v]) => [Number(k), v]) : []);
  return cache;
}

async function persist(contexts: Map<number, PageContext>): Promise<void> {
  await browser.storage.session.set({ [KEY]: Object.fromEntries(contexts) });
}

export async function getContext(tabId: number): Promise<PageContext | null> {
  return (await load()).get(tabId) ?? null;
}

/** `settling`: the tab moved and its page is still rendering (the panel says it is reading). */
export async function setContext(tabId: number, context: PageContext, settling = false): Promise<void> {
  const contexts = await load();
  contexts.set(tabId, context);
  await persist(contexts);
  // Nobody listening (no panel open) is the normal case, not an error.
  await sendMessage(ContextChanged, { tabId, context, settling }).catch(() => null);
}

export async function forgetTab(tabId: number): Promise<void> {
  const contexts = await load();
  if (contexts.delete(tabId)) await persist(contexts);
}
