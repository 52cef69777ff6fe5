import { browser } from 'wxt/browser';
import { contextKey, type PageContext } from '@/lib/extract/context';
import { PageConceal, PageReveal, sendToTab } from '@/lib/messaging';
import { isCodingRoundUnderWay, MOCK_PREFIX } from '@/lib/mock/running';

/** Tell a tab's content script to hide the page's giveaways, or to show them again. */
export async function setConcealed(tabId: number, on: boolean): Promise<void> {
  await sendToTab(tabId, on ? PageConceal : PageReveal, {}).catch(() => null);
}

/**
 * A tab reported its page: while a coding mock on that very problem is under way, its giveaways
 * are hidden again (a reload, or the tab coming back to it); a tab that moved on to another
 * problem shows its page. A refused page is never a problem, so never here.
 */
export async function followMock(
  tabId: number,
  previous: PageContext | null,
  context: PageContext,
): Promise<void> {
  if (context.kind !== 'problem') return;
  const key = contextKey(context);
  const stored = (await browser.storage.local.get(`${MOCK_PREFIX}${key}`))[`${MOCK_PREFIX}${key}`];
  if (isCodingRoundUnderWay(stored, Date.now())) await setConcealed(tabId, true);
  else if (previous?.kind === 'problem' && contextKey(previous) !== key) await setConcealed(tabId, false);
}
