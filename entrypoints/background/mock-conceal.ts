import { browser } from 'wxt/browser';
import { contextKey, type PageContext } from '@/lib/extract/context';
import { PageConceal, PageReveal, sendToTab } from '@/lib/messaging';
import { isCodingRoundUnderWay, MOCK_PREFIX } from '@/lib/mock/running';

/** Tell a tab's content script to hide the page's giveaways, or to show them again. */
export async function setConcealed(tabId: number, on: boolean): Promise<void> {
  await sendToTab(tabId, on ? PageConceal : PageReveal, {}).catch(() => null);
}

/**
 * A page reported while a coding mock on that very problem is under way (a reload, or the tab
 * coming back to it): hide its giveaways again. A refused page is never a problem, so never here.
 */
export async function concealIfMock(tabId: number, context: PageContext): Promise<void> {
  if (context.kind !== 'problem') return;
  const key = `${MOCK_PREFIX}${contextKey(context)}`;
  const stored = (await browser.storage.local.get(key))[key];
  if (isCodingRoundUnderWay(stored, Date.now())) await setConcealed(tabId, true);
}
