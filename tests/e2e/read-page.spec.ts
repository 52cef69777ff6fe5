import type { Page, Worker } from '@playwright/test';
import { expect, fixture, tabIdOf, test } from './fixtures';

// A site no content script covers. Loopback, because Sparring holds a host permission for it:
// a real menu click grants activeTab, which a test cannot, so the permission stands in for it.
const JUDGE = 'http://localhost:4180/problems/pairsums';
const NEWS = 'http://localhost:4180/2024/04/02/tech-hiring-spring';

/** The id of the tab showing `page` (the active one, as the user's right-click leaves it). */
async function activeTabId(background: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await background.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** What Chromium does when the user picks "Read this page with Sparring" on `tabId`. */
function clickReadThisPage(background: Worker, tabId: number): Promise<void> {
  return background.evaluate((id) => {
    // Chromium's own event objects can be fired from the worker, as the browser fires them.
    const onClicked = chrome.contextMenus.onClicked as unknown as {
      dispatch(info: { menuItemId: string; editable: boolean; pageUrl: string }, tab: { id: number }): void;
    };
    onClicked.dispatch({ menuItemId: 'sparring-read-page', editable: false, pageUrl: '' }, { id });
  }, tabId);
}

test('"Read this page" reads a problem on a site Sparring does not know', async ({
  context,
  serve,
  background,
  extensionId,
}) => {
  await serve({ [JUDGE]: await fixture('generic/kattis-style.html') });
  const page = await context.newPage();
  await page.goto(JUDGE);
  const tabId = await activeTabId(background, page);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  // No content script runs here: until the user asks, there is nothing to show.
  await expect(panel.locator('.context-title')).toHaveText('Nothing to practise here');

  await clickReadThisPage(background, tabId);
  await expect(panel.getByTestId('context-title')).toHaveText('Pair Sums');
  await expect(panel.locator('.context-kind')).toHaveText('Problem · localhost');
  // The offline coach works on it like on any supported site.
  await expect(panel.getByRole('button', { name: /hint/i }).first()).toBeVisible();
});

test('"Read this page" on an article says there is nothing to practise', async ({
  context,
  serve,
  background,
  extensionId,
}) => {
  await serve({ [NEWS]: await fixture('generic/news-article.html') });
  const page = await context.newPage();
  await page.goto(NEWS);
  const tabId = await activeTabId(background, page);

  await clickReadThisPage(background, tabId);
  // The page was read (the background now knows it), and holds no problem or posting.
  expect(await tabIdOf(background, NEWS)).toBe(tabId);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await expect(panel.locator('.context-title')).toHaveText('Nothing to practise here');
  // And it offers the paste box instead.
  await expect(panel.getByRole('button', { name: /analyse/i })).toBeVisible();
});

test('the keyboard command reads a page no content script covers', async ({
  context,
  serve,
  background,
  extensionId,
}) => {
  await serve({ [JUDGE]: await fixture('generic/kattis-style.html') });
  const page = await context.newPage();
  await page.goto(JUDGE);
  const tabId = await activeTabId(background, page);

  await background.evaluate((id) => {
    const onCommand = chrome.commands.onCommand as unknown as {
      dispatch(command: string, tab: { id: number }): void;
    };
    onCommand.dispatch('open-side-panel', { id });
  }, tabId);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await expect(panel.getByTestId('context-title')).toHaveText('Pair Sums');
});
