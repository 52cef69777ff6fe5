import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  ContextExtract,
  ContextGet,
  ContextPaste,
  ContextReport,
  EditorCode,
  EditorRead,
  KeptAnswerGet,
  KeptAnswerPut,
  LauncherGet,
  onMessages,
  PanelOpen,
  PracticeVerdict,
  PracticeVisibility,
  ProviderGet,
  ProviderSave,
  ProviderTest,
  QuizGenerate,
  route,
  SnapshotRead,
  SnapshotTake,
  sendToTab,
} from '@/lib/messaging';
import { openPanel } from '@/lib/platform/panel';
import { keepHistoryIndex, migrateHistoryIndex } from '@/lib/storage/history-index';
import { loadSettings } from '@/lib/storage/settings';
import { registerAnswerPort } from './answers';
import { forgetTab, getContext, setContext } from './contexts';
import { getKeptAnswer, keepAnswer } from './kept-answers';
import { recordPageMove, recordTabClosed, recordVerdict, recordVisibility } from './practice';
import { providerView, saveProvider, testProvider } from './provider';
import { quizService } from './quiz';
import { readPage, refusalFor, registerReadPageMenu } from './read-page';

/**
 * The background only wires: each concern lives in its own module beside this one. It is a classic
 * worker, bundled on its own from what it imports: declared as an ES module, WXT builds it together
 * with the pages, and at every wake it loaded their shared chunks whole, the code only the popup or
 * the panel uses included (8 KB gz of its 48 KB).
 */
export default defineBackground({
  main() {
    // storage.local holds the API key: content scripts (which run inside web pages) may neither
    // read it nor receive its change events. Browsers without the option keep their default.
    void browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
    onMessages('background', [
      route(ContextReport, async ({ context, settling }, sender) => {
        // The protocol guarantees a content-script sender has a tab.
        const tabId = sender.tab?.id ?? -1;
        const previous = await getContext(tabId);
        await setContext(tabId, context, settling);
        await recordPageMove(previous, context);
        return null;
      }),
      route(PracticeVisibility, async ({ hidden }, sender) => {
        await recordVisibility(await getContext(sender.tab?.id ?? -1), hidden);
        return null;
      }),
      route(PracticeVerdict, async ({ site, problem, accepted, submission }) => {
        await recordVerdict(site, problem, { accepted, submission });
        return null;
      }),
      route(ContextGet, async ({ tabId }) => {
        // No content script runs on an assessment, so nothing reports it: where the user's gesture
        // lets Sparring see the tab's URL, the refusal comes first, whatever the tab showed before.
        const [refusal, known] = await Promise.all([refusalFor(tabId), getContext(tabId)]);
        if (refusal) {
          if (known?.url !== refusal.url) await setContext(tabId, refusal);
          return refusal;
        }
        if (known) return known;
        // A restarted worker or a tab opened before install: ask the page itself.
        const fresh = await sendToTab(tabId, ContextExtract, {}).catch(() => null);
        if (fresh) await setContext(tabId, fresh);
        return fresh;
      }),
      route(ContextPaste, async ({ tabId, context }) => {
        await setContext(tabId, context);
        return null;
      }),
      route(EditorRead, ({ tabId }) => sendToTab(tabId, EditorCode, {}).catch(() => ({ code: null }))),
      route(SnapshotRead, ({ tabId }) => sendToTab(tabId, SnapshotTake, {}).catch(() => null)),
      route(KeptAnswerGet, async ({ key }) => ({ json: await getKeptAnswer(key) })),
      route(KeptAnswerPut, async ({ key, json }) => {
        await keepAnswer(key, json);
        return null;
      }),
      route(LauncherGet, async () => ({ showLauncher: (await loadSettings()).showLauncher })),
      route(PanelOpen, (_data, sender) => {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) void openPanel(tabId).catch(() => undefined);
        return null;
      }),
      route(ProviderGet, () => providerView()),
      route(ProviderSave, (draft) => saveProvider(draft)),
      route(ProviderTest, (draft) => testProvider(draft)),
      route(QuizGenerate, (request) => quizService.generate(request)),
    ]);
    registerAnswerPort();
    // The index of the history's newest records follows every change to a record, whoever writes
    // it, and is built on install or update for a history recorded before it existed.
    keepHistoryIndex();
    browser.runtime.onInstalled.addListener(() => void migrateHistoryIndex().catch(() => undefined));

    browser.tabs.onRemoved.addListener(
      (tabId) =>
        void getContext(tabId).then((context) => Promise.all([recordTabClosed(context), forgetTab(tabId)])),
    );

    registerReadPageMenu();
    browser.commands.onCommand.addListener((command, tab) => {
      const tabId = tab?.id;
      if (command !== 'open-side-panel' || tabId === undefined) return;
      void openPanel(tabId).catch(() => undefined);
      // A page the content script does not cover: the command granted activeTab, so read it now
      // (on a refused site, readPage only records the refusal).
      void Promise.all([getContext(tabId), refusalFor(tabId, tab?.url)]).then(([known, refusal]) => {
        if (!known || refusal) void readPage(tabId, tab?.url);
      });
    });
  },
});
