import { type BrowserContext, test as base, expect, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from '../support/browser';
import { type MockOpenAI, startMockOpenAI } from '../support/mock-openai';
import { fixture, serveSites } from '../support/sites';

interface ExtensionFixtures {
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  mock: MockOpenAI;
  /** Serve these pages on their real URLs (everything else off-machine is refused). */
  serve(pages: Record<string, string>): Promise<void>;
  /** Open the side panel page pinned to the tab showing `page`. */
  openPanel(page: Page): Promise<Page>;
}

/**
 * What each tab showed the background, by tab id: the `context:<tabId>` items in storage.session.
 */
export function storedContexts(background: Worker): Promise<Record<string, { url: string; kind: string }>> {
  return background.evaluate(async () => {
    const stored = await chrome.storage.session.get(null);
    return Object.fromEntries(
      Object.entries(stored)
        .filter(([key]) => key.startsWith('context:') && !key.endsWith('$'))
        .map(([key, context]) => [key.slice('context:'.length), context as { url: string; kind: string }]),
    );
  });
}

/**
 * The tab showing `href`, found through the contexts the background has stored: without the
 * `tabs` permission (which Sparring does not ask for) tabs.query hides URLs.
 */
export async function tabIdOf(background: Worker, href: string): Promise<number> {
  let tabId: number | undefined;
  await expect
    .poll(
      async () => {
        const entry = Object.entries(await storedContexts(background)).find(
          ([, context]) => context.url === href,
        );
        tabId = entry ? Number(entry[0]) : undefined;
        return tabId;
      },
      { message: `no tab reported ${href}` },
    )
    .toBeDefined();
  return tabId as number;
}

export const test = base.extend<ExtensionFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form.
  context: async ({}, use) => {
    const browser = await launchWithExtension();
    await serveSites(browser.context, {});
    await use(browser.context);
    await browser.close();
  },
  background: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form.
  mock: async ({}, use) => {
    const mock = await startMockOpenAI();
    await use(mock);
    await mock.close();
  },
  serve: async ({ context }, use) => {
    await use(async (pages) => {
      for (const [url, html] of Object.entries(pages)) {
        await context.route(url, (route) =>
          route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
        );
      }
    });
  },
  openPanel: async ({ context, background, extensionId }, use) => {
    await use(async (page) => {
      const tabId = await tabIdOf(background, page.url());
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    });
  },
});

export { expect, fixture };
