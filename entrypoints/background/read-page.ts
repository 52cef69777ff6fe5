import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { blockedContext } from '@/lib/extract/blocked';
import { type BlockedContext, pageContextSchema } from '@/lib/extract/context';
import { openPanel } from '@/lib/platform/panel';
import { setContext } from './contexts';

const READ_PAGE_MENU_ID = 'sparring-read-page';

/**
 * The refusal for a tab on a contest or assessment, decided from its URL alone. Sparring holds no
 * access to those sites, so the URL is known only where the user's gesture (the toolbar button,
 * the menu, the shortcut) granted activeTab on that tab; elsewhere the browser hides it and this
 * says nothing.
 */
export async function refusalFor(tabId: number, knownUrl?: string): Promise<BlockedContext | null> {
  const url = knownUrl ?? (await browser.tabs.get(tabId).catch(() => null))?.url;
  if (!url) return null;
  try {
    return blockedContext(new URL(url));
  } catch {
    return null;
  }
}

/**
 * Read the page in a tab the user pointed at (context menu or keyboard command: both grant
 * activeTab, so no host permission is needed). On a refused site nothing is injected at all.
 */
export async function readPage(tabId: number, knownUrl?: string): Promise<void> {
  const refusal = await refusalFor(tabId, knownUrl);
  if (refusal) {
    await setContext(tabId, refusal);
    return;
  }
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/read-page.js'],
    });
    // The page could tamper with what the injected script returns: validate it like any input.
    const parsed = z.safeParse(pageContextSchema(), injection?.result);
    if (parsed.success) await setContext(tabId, parsed.data);
  } catch {
    // Pages the browser protects (chrome://, the web store) cannot be read; the panel says so.
    await setContext(tabId, {
      kind: 'none',
      url: '',
      title: 'This page cannot be read by extensions.',
    });
  }
}

export function registerReadPageMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: READ_PAGE_MENU_ID,
      title: 'Read this page with Sparring',
      contexts: ['page', 'selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== READ_PAGE_MENU_ID || tab?.id === undefined) return;
    // The panel opens first, while the click still counts as a user gesture.
    void openPanel(tab.id).catch(() => undefined);
    void readPage(tab.id, tab.url ?? info.pageUrl);
  });
}
