import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  ContextExtract,
  ContextGet,
  ContextReport,
  onMessages,
  PanelOpen,
  route,
  sendToTab,
} from '@/lib/messaging';
import { openPanel } from '@/lib/platform/panel';
import { forgetTab, getContext, setContext } from './contexts';
import { readPage, registerReadPageMenu } from './read-page';

/** The background only wires: each concern lives in its own module beside this one. */
export default defineBackground({
  type: 'module',
  main() {
    onMessages('background', [
      route(ContextReport, async ({ context }, sender) => {
        // The protocol guarantees a content-script sender has a tab.
        await setContext(sender.tab?.id ?? -1, context);
        return null;
      }),
      route(ContextGet, async ({ tabId }) => {
        const known = await getContext(tabId);
        if (known) return known;
        // A restarted worker or a tab opened before install: ask the page itself.
        const fresh = await sendToTab(tabId, ContextExtract, {}).catch(() => null);
        if (fresh) await setContext(tabId, fresh);
        return fresh;
      }),
      route(PanelOpen, (_data, sender) => {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) void openPanel(tabId).catch(() => undefined);
        return null;
      }),
    ]);

    browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

    registerReadPageMenu();
    browser.commands.onCommand.addListener((command, tab) => {
      const tabId = tab?.id;
      if (command !== 'open-side-panel' || tabId === undefined) return;
      void openPanel(tabId).catch(() => undefined);
      // A page the content script does not cover: the command granted activeTab, so read it now.
      void getContext(tabId).then((known) => {
        if (!known) void readPage(tabId);
      });
    });
  },
});
