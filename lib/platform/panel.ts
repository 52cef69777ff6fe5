// The browser's own promise-based API rather than the polyfill: the popup imports this, and the
// polyfill would cost its first load 2.8 KB gz for APIs that need none of it.
import { browser } from '@wxt-dev/browser';

/** The side panel page for one tab; `?tabId=` pins it to that tab's context. */
function panelPath(tabId: number): string {
  return `sidepanel.html?tabId=${tabId}`;
}

/** Firefox's sidebar API, which Chrome's type definitions do not describe. */
interface FirefoxSidebar {
  sidebarAction: { open(): Promise<void> };
}

/**
 * Open Sparring's panel beside a tab. Must be called synchronously from a user gesture (a click
 * handler, a command, or a message handler answering one): no await may come before it.
 */
export function openPanel(tabId: number): Promise<void> {
  if (import.meta.env.FIREFOX) return (browser as unknown as FirefoxSidebar).sidebarAction.open();
  // Not awaited on purpose: awaiting would spend the user gesture that open() needs.
  void browser.sidePanel.setOptions({ tabId, path: panelPath(tabId), enabled: true });
  return browser.sidePanel.open({ tabId });
}
