import { browser } from 'wxt/browser';
import { ContextChanged, ContextGet, onMessages, route, sendMessage } from '@/lib/messaging';
import { usePanel } from './store';

async function load(tabId: number): Promise<void> {
  const panel = usePanel.getState();
  panel.showTab(tabId);
  try {
    panel.showContext(tabId, await sendMessage(ContextGet, { tabId }));
  } catch (error) {
    panel.fail(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Keep the panel on the right tab: pinned by `?tabId=N`, otherwise the active tab of this
 * window. Context updates for other tabs are ignored.
 */
export async function follow(search: string): Promise<void> {
  onMessages('extension', [
    route(ContextChanged, ({ tabId, context, settling }) => {
      usePanel.getState().showContext(tabId, context, settling);
      return null;
    }),
  ]);

  const pinned = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(pinned)) {
    await load(pinned);
    return;
  }
  const win = await browser.windows.getCurrent();
  browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
    if (windowId === win.id) void load(tabId);
  });
  const [active] = await browser.tabs.query({ active: true, windowId: win.id });
  if (active?.id !== undefined) await load(active.id);
  else usePanel.getState().fail('No active tab.');
}
