import type { Locator, Page } from '@playwright/test';
import { expect, fixture, tabIdOf, test } from './fixtures';

/*
 * Beyond LeetCode (mock-coding.spec.ts): each site's giveaways are hidden while a coding mock runs,
 * the statement never, and the page shows them again when the round ends or the panel closes.
 */

const SITES: {
  name: string;
  url: string;
  page: string;
  giveaways: (page: Page) => Locator[];
  statement: string;
}[] = [
  {
    name: 'Codeforces',
    url: 'https://codeforces.com/problemset/problem/1520/D',
    page: 'codeforces/1520d-problemset.html',
    giveaways: (page) => [
      page.getByText('hashing', { exact: true }),
      page.getByText('*1200', { exact: true }),
    ],
    statement: '.problem-statement',
  },
  {
    name: 'HackerRank',
    url: 'https://www.hackerrank.com/challenges/extremum-permutations/problem',
    page: 'hackerrank/extremum-permutations.html',
    giveaways: (page) => [
      page.locator('.difficulty'),
      page.getByRole('link', { name: 'Dynamic Programming' }),
      page.getByRole('link', { name: 'Editorial' }),
      page.getByRole('link', { name: 'Discussions' }),
    ],
    statement: '.challenge-body-html',
  },
  {
    // The 题解 tab has no id: found by its label and marked for the round.
    name: 'leetcode.cn',
    url: 'https://leetcode.cn/problems/two-sum/',
    page: 'leetcode/cn-two-sum-tabs.html',
    giveaways: (page) => [
      page.getByText('简单', { exact: true }),
      page.locator('.flexlayout__tab_button', { hasText: '题解' }),
    ],
    statement: '[data-track-load=description_content]',
  },
  {
    name: 'NeetCode',
    url: 'https://neetcode.io/problems/two-integer-sum/question',
    page: 'neetcode/two-integer-sum.html',
    giveaways: (page) => [
      page.locator('.difficulty-btn'),
      page.getByText('Solution', { exact: true }),
      page.getByText('Arrays & Hashing', { exact: true }),
    ],
    statement: 'app-article h1',
  },
];

for (const site of SITES) {
  test(`a coding mock on ${site.name} hides its giveaways while the round runs, and shows them again when the panel closes or the round ends`, async ({
    context,
    serve,
    openPanel,
  }) => {
    await serve({ [site.url]: await fixture(site.page) });
    const page = await context.newPage();
    await page.goto(site.url);
    let panel = await openPanel(page);
    await expect(panel.getByTestId('context-title')).toBeVisible();
    const giveaways = site.giveaways(page);
    for (const giveaway of giveaways) await expect(giveaway).toBeVisible();

    await panel.getByRole('button', { name: 'Start a mock interview' }).click();
    await expect(panel.getByTestId('mock-stage')).toHaveText('Stage 1 of 5: Restate and clarify');
    for (const giveaway of giveaways) await expect(giveaway).toBeHidden();
    await expect(page.locator(site.statement)).toBeVisible();

    // The panel closed mid-round runs none of its code, yet the page keeps no trace of the round.
    await panel.close();
    for (const giveaway of giveaways) await expect(giveaway).toBeVisible();
    await expect(page.locator('style, [data-sparring-concealed]')).toHaveCount(0);

    // Back to the round: hidden again, until it ends.
    panel = await openPanel(page);
    await expect(panel.getByTestId('mock-stage')).toHaveText('Stage 1 of 5: Restate and clarify');
    for (const giveaway of giveaways) await expect(giveaway).toBeHidden();
    await panel.getByRole('button', { name: 'End the round now' }).click();
    await expect(panel.getByTestId('self-review')).toBeVisible();
    for (const giveaway of giveaways) await expect(giveaway).toBeVisible();
    await expect(page.locator('style, [data-sparring-concealed]')).toHaveCount(0);
  });
}

test("leetcode.cn's 题解 tab is hidden wherever it renders mid-round, and keeps no mark after", async ({
  context,
  background,
  extensionId,
  serve,
}) => {
  const TWO_SUM_CN = 'https://leetcode.cn/problems/two-sum/';
  await serve({ [TWO_SUM_CN]: await fixture('leetcode/cn-two-sum-tabs.html') });
  const page = await context.newPage();
  await page.goto(TWO_SUM_CN);
  const tabId = await tabIdOf(background, TWO_SUM_CN);
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await extensionPage.evaluate((id) => {
    (globalThis as { held?: { disconnect(): void } }).held = chrome.tabs.connect(id, {
      name: 'page/conceal',
    });
  }, tabId);
  const solutions = page.locator('.flexlayout__tab_button', { hasText: '题解' });
  await expect(solutions).toBeHidden();

  // The user drags the tab into the editor's tab set: FlexLayout renders a new button there.
  await page.evaluate(() => {
    const old = document.querySelector('[data-layout-path="/ts0/tb1"]') as Element;
    const button = document.createElement('div');
    button.className = old.className;
    button.setAttribute('data-layout-path', '/ts1/tb1');
    button.innerHTML = old.innerHTML;
    old.remove();
    document.querySelectorAll('.flexlayout__tabset_tabbar_inner_tab_container')[1]?.append(button);
  });
  await expect(solutions).toHaveCount(1);
  await expect(solutions).toBeHidden();
  await expect(page.getByText('题目描述', { exact: true }).first()).toBeVisible();

  await extensionPage.evaluate(() => (globalThis as { held?: { disconnect(): void } }).held?.disconnect());
  await expect(solutions).toBeVisible();
  await expect(page.locator('style, [data-sparring-concealed]')).toHaveCount(0);
});

test('a page Sparring refuses gets nothing, even when an extension page asks to hide its giveaways', async ({
  context,
  background,
  extensionId,
  serve,
}) => {
  const RUNNING = 'https://codeforces.com/contest/1520/problem/D';
  const PRACTICE = 'https://codeforces.com/problemset/problem/1520/D';
  await serve({
    [RUNNING]: await fixture('codeforces/contest-running.html'),
    [PRACTICE]: await fixture('codeforces/1520d-problemset.html'),
  });
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  for (const [url, added] of [
    [PRACTICE, 1],
    [RUNNING, 0],
  ] as const) {
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(background, url);
    // tabIdOf waits for the page's first report: the content script is listening by then.
    await extensionPage.evaluate((id) => {
      (globalThis as { held?: { disconnect(): void } }).held = chrome.tabs.connect(id, {
        name: 'page/conceal',
      });
    }, tabId);
    // Nothing to wait for where nothing comes: give a refusal the time a style would have taken.
    if (added === 0) await page.waitForTimeout(300);
    await expect(page.locator('style')).toHaveCount(added);
    await extensionPage.evaluate(() => (globalThis as { held?: { disconnect(): void } }).held?.disconnect());
    await expect(page.locator('style')).toHaveCount(0);
  }
});
