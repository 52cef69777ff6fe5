import type { Page, Worker } from '@playwright/test';
import { test as base, expect, fixture, tabIdOf } from './fixtures';

// A site no content script covers. Loopback, because Sparring holds a host permission for it:
// a real menu click grants activeTab, which a test cannot, so the permission stands in for it.
const JUDGE = 'http://localhost:4180/problems/pairsums';
const NEWS = 'http://localhost:4180/2024/04/02/tech-hiring-spring';

interface UnknownSite {
  tabId: number;
  /** The side panel, pinned to the site's tab. */
  openPanel(): Promise<Page>;
}

/** A saved page on `url`, in the active tab, as the user's right-click leaves it. */
const test = base.extend<{ openUnknownSite(url: string, file: string): Promise<UnknownSite> }>({
  openUnknownSite: async ({ context, serve, background, extensionId }, use) => {
    await use(async (url, file) => {
      await serve({ [url]: await fixture(file) });
      const page = await context.newPage();
      await page.goto(url);
      await page.bringToFront();
      const tabId = await background.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id;
      });
      if (tabId === undefined) throw new Error('no active tab');
      const openPanel = async (): Promise<Page> => {
        const panel = await context.newPage();
        await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
        return panel;
      };
      return { tabId, openPanel };
    });
  },
});

/** Fires a `chrome.*` event in the worker, as Chromium fires it for the menu or the shortcut. */
function dispatch(background: Worker, event: 'menu' | 'command', tabId: number): Promise<void> {
  return background.evaluate(
    ({ event, id }) => {
      type Dispatchable = { dispatch(...args: unknown[]): void };
      if (event === 'menu') {
        const info = { menuItemId: 'sparring-read-page', editable: false, pageUrl: '' };
        (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(info, { id });
      } else {
        (chrome.commands.onCommand as unknown as Dispatchable).dispatch('open-side-panel', { id });
      }
    },
    { event, id: tabId },
  );
}

test('"Read this page" reads a problem on a site Sparring does not know', async ({
  openUnknownSite,
  background,
}) => {
  const { tabId, openPanel } = await openUnknownSite(JUDGE, 'generic/kattis-style.html');
  const panel = await openPanel();
  // No content script runs here: until the user asks, there is nothing to show.
  await expect(panel.locator('.context-title')).toHaveText('Nothing to practise here');

  await dispatch(background, 'menu', tabId);
  await expect(panel.getByTestId('context-title')).toHaveText('Pair Sums');
  await expect(panel.locator('.context-kind')).toHaveText('Problem · localhost');
  // The offline coach works on it like on any supported site.
  await expect(panel.getByRole('button', { name: /hint/i }).first()).toBeVisible();
});

test('"Read this page" on an article says there is nothing to practise', async ({
  openUnknownSite,
  background,
}) => {
  const { tabId, openPanel } = await openUnknownSite(NEWS, 'generic/news-article.html');
  await dispatch(background, 'menu', tabId);
  // The page was read (the background now knows it), and holds no problem or posting.
  expect(await tabIdOf(background, NEWS)).toBe(tabId);
  const panel = await openPanel();
  await expect(panel.locator('.context-title')).toHaveText('Nothing to practise here');
  // And it offers the paste box instead.
  await expect(panel.getByRole('button', { name: /analyse/i })).toBeVisible();
});

test('the keyboard command reads a page no content script covers', async ({
  openUnknownSite,
  background,
}) => {
  const { tabId, openPanel } = await openUnknownSite(JUDGE, 'generic/kattis-style.html');
  await dispatch(background, 'command', tabId);
  const panel = await openPanel();
  await expect(panel.getByTestId('context-title')).toHaveText('Pair Sums');
});
