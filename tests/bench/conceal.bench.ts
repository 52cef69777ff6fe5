import type { Page } from '@playwright/test';
import { CONCEAL_MARK } from '@/lib/platform/conceal';
import { launchWithExtension } from '../support/browser';
import { fixture } from '../support/sites';
import type { BenchRow } from './types';
import { contentScriptWorld, EDITOR, KEYS } from './typing.bench';

/*
 * What hiding leetcode.cn's 题解 tab by its label costs while the user types during a coding mock:
 * while the round runs the content script re-reads the tab buttons' labels after DOM changes
 * outside the typing areas, and Monaco re-renders its lines on every key. Counted in the content
 * script's world during a burst of keys: the passes (each a query naming Sparring's mark) and
 * their time, from the query to the end of its microtask: the label reads and the marking, and
 * also the script's own watcher delivered in the same microtask, so an upper bound.
 */

const CN = 'https://leetcode.cn/problems/two-sum/';
/** The mark passes, timed; performance.now() is coarse here (0.1 ms), so the total is what counts. */
const TIME_PASSES = `
  globalThis.__passes = { count: 0, ms: 0 };
  const query = Document.prototype.querySelectorAll;
  Document.prototype.querySelectorAll = function (selector) {
    if (String(selector).includes(${JSON.stringify(CONCEAL_MARK)})) {
      const start = performance.now();
      globalThis.__passes.count += 1;
      queueMicrotask(() => { globalThis.__passes.ms += performance.now() - start; });
    }
    return query.call(this, selector);
  };
`;

async function tabShowing(
  page: Page,
  background: Awaited<ReturnType<typeof launchWithExtension>>['background'],
) {
  for (let tries = 0; tries < 100; tries++) {
    const stored = await background.evaluate(() => chrome.storage.session.get(null));
    const entry = Object.entries(stored).find(
      ([key, context]) => key.startsWith('context:') && (context as { url?: string }).url === page.url(),
    );
    if (entry) return Number(entry[0].slice('context:'.length));
    await page.waitForTimeout(100);
  }
  throw new Error(`no tab reported ${page.url()}`);
}

export default async function concealBench(): Promise<BenchRow[]> {
  const html = (await fixture('leetcode/cn-two-sum-tabs.html')).replace('</body>', `${EDITOR}</body>`);
  const browser = await launchWithExtension();
  try {
    await browser.context.route(/^https:\/\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    const page = await browser.context.newPage();
    await page.goto(CN);
    const cdp = await page.context().newCDPSession(page);
    const world = await contentScriptWorld(cdp);
    if (world === null) throw new Error('content script not found');
    const tabId = await tabShowing(page, browser.background);
    // The side panel's hold on the page, as a running round keeps it.
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.evaluate((id) => {
      (globalThis as { held?: unknown }).held = chrome.tabs.connect(id, { name: 'page/conceal' });
    }, tabId);
    await page.waitForSelector(`[${CONCEAL_MARK}]`, { state: 'attached' });
    await cdp.send('Runtime.evaluate', { contextId: world, expression: TIME_PASSES });
    await page.focus('.inputarea');
    await page.keyboard.type(KEYS, { delay: 40 });
    await page.waitForTimeout(500);
    const { result } = (await cdp.send('Runtime.evaluate', {
      contextId: world,
      expression: 'globalThis.__passes',
      returnByValue: true,
    })) as { result: { value: { count: number; ms: number } } };
    const elements = await page.evaluate(() => document.querySelectorAll('*').length);
    await cdp.detach();
    return [
      {
        section: 'conceal',
        metric: `label passes while typing ${KEYS.length} keys in a mock on leetcode.cn (${elements} elements)`,
        value: String(result.value.count),
        aim: '0',
      },
      {
        section: 'conceal',
        metric: 'their script time, in all (upper bound)',
        value: `${result.value.ms.toFixed(1)} ms`,
      },
    ];
  } finally {
    await browser.close();
  }
}
