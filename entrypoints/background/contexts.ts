import type { PageContext } from '@/lib/extract/context';
import { ContextChanged, sendMessage } from '@/lib/messaging';
import { isQuotaError } from '@/lib/storage/quota';
import { boundContext, tabContextItem } from '@/lib/storage/tab-context';

/**
 * The latest context of each tab, bounded in size. Kept here and mirrored per tab to
 * storage.session so a restarted service worker still knows what every tab shows; dropped when the
 * tab closes.
 */
const known = new Map<number, PageContext>();

export async function getContext(tabId: number): Promise<PageContext | null> {
  const cached = known.get(tabId);
  if (cached) return cached;
  const stored = await tabContextItem(tabId).getValue();
  if (stored) known.set(tabId, stored);
  return stored;
}

/** `settling`: the tab moved and its page is still rendering (the panel says it is reading). */
export async function setContext(tabId: number, context: PageContext, settling = false): Promise<void> {
  const bounded = boundContext(context);
  known.set(tabId, bounded);
  try {
    await tabContextItem(tabId).setValue(bounded);
  } catch (error) {
    // A full storage.session only costs this tab's context after a worker restart: the worker
    // keeps it in memory meanwhile, and the tab reports again when it is next read.
    if (!isQuotaError(error)) throw error;
  }
  // Nobody listening (no panel open) is the normal case, not an error.
  await sendMessage(ContextChanged, { tabId, context: bounded, settling }).catch(() => null);
}

export async function forgetTab(tabId: number): Promise<void> {
  known.delete(tabId);
  await tabContextItem(tabId).removeValue();
}
