import type { Page } from '@playwright/test';
import { expect, fixture, storedContexts, tabIdOf, test } from './fixtures';

/** Saved pages of different sites, served on their real URLs, and the title the panel must show. */
const SITES = [
  {
    site: 'Codeforces',
    url: 'https://codeforces.com/problemset/problem/1520/D',
    file: 'codeforces/1520d-problemset.html',
    kind: 'Problem · Codeforces',
    title: 'Same Differences',
  },
  {
    site: 'AtCoder',
    url: 'https://atcoder.jp/contests/agc047/tasks/agc047_f',
    file: 'atcoder/agc047-f-bilingual.html',
    kind: 'Problem · AtCoder',
    title: 'Rooks',
  },
  {
    site: 'Greenhouse',
    url: 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345008',
    file: 'greenhouse/job-boards.html',
    kind: 'Job posting · Greenhouse · Northwind Labs',
    title: 'Senior Backend Engineer, Payments',
  },
  {
    site: 'Lever',
    url: 'https://jobs.lever.co/brightline/0b6d3c7e-4a52-4f8e-9d7b-2f1e6a9c3b10',
    file: 'lever/posting.html',
    kind: 'Job posting · Lever · Brightline Health',
    title: 'Senior Platform Engineer',
  },
];

for (const { site, url, file, kind, title } of SITES) {
  test(`the ${site} page shows its title in the side panel`, async ({ context, serve, openPanel }) => {
    await serve({ [url]: await fixture(file) });
    const page = await context.newPage();
    await page.goto(url);
    const panel = await openPanel(page);
    await expect(panel.getByTestId('context-title')).toHaveText(title);
    await expect(panel.locator('.context-kind')).toHaveText(kind);
  });
}

test('an SPA move on LeetCode never shows the previous problem from stale __NEXT_DATA__', async ({
  context,
  serve,
  openPanel,
}) => {
  const twoSum = 'https://leetcode.com/problems/two-sum/description/';
  // The saved page carries __NEXT_DATA__ for Two Sum, which LeetCode never rewrites on SPA moves.
  await serve({ [twoSum]: await fixture('leetcode/stale-after-spa-move.html') });
  const page = await context.newPage();
  await page.goto(twoSum);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('context-title')).toHaveText('Two Sum');

  // The router changes the URL first: for a moment the DOM and __NEXT_DATA__ both say Two Sum.
  // The panel drops Two Sum and says it is reading, not that the page has nothing.
  await page.evaluate(() => history.pushState({}, '', '/problems/house-robber/description/'));
  await expect(panel.getByText('Reading the page…')).toBeVisible();
  await expect(panel.getByTestId('context-title')).toHaveCount(0);
  await expect(panel.getByText('Nothing to practise here')).toHaveCount(0);

  await page.evaluate(() => {
    const link = document.querySelector('a[href^="/problems/"]');
    if (link) {
      link.setAttribute('href', '/problems/house-robber/');
      link.textContent = '198. House Robber';
    }
    const difficulty = document.querySelector('.text-difficulty-easy');
    if (difficulty) {
      difficulty.className = 'text-difficulty-medium';
      difficulty.textContent = 'Medium';
    }
    const description = document.querySelector('[data-track-load="description_content"]');
    if (description) {
      description.innerHTML =
        '<p>You are a robber planning to rob houses along a street. Adjacent houses cannot both be robbed. Given an integer array <code>nums</code>, return the maximum amount you can rob.</p>' +
        '<p><strong>Constraints:</strong></p><ul><li><code>1 &lt;= nums.length &lt;= 100</code></li><li><code>0 &lt;= nums[i] &lt;= 400</code></li></ul>';
    }
  });
  await expect(panel.getByTestId('context-title')).toHaveText('House Robber');
  await expect(panel.locator('.context-kind')).toHaveText('Problem · LeetCode · Medium');

  // A move to a page that really holds no problem says so once the page had time to render.
  await page.evaluate(() => {
    history.pushState({}, '', '/problemset/');
    document.querySelector('[data-track-load="description_content"]')?.remove();
  });
  await expect(panel.getByText('Reading the page…')).toBeVisible();
  await expect(panel.locator('.context-title')).toHaveText('Nothing to practise here', { timeout: 4_000 });
});

const REFUSALS = [
  {
    name: 'a LeetCode contest problem',
    url: 'https://leetcode.com/contest/weekly-contest-400/problems/minimum-number-of-chairs-in-a-waiting-room/',
    file: 'blocked/leetcode-contest.html',
    reason:
      'This is a contest problem. Sparring does not help in contests; practise it once the contest is over.',
  },
  {
    name: 'a HackerRank test',
    url: 'https://www.hackerrank.com/test/a1b2c3d4e5/questions/f6g7h8',
    file: 'blocked/hackerrank-test.html',
    reason: 'This is a hiring or proctored assessment. Sparring is for practice, so it stays out.',
  },
];

for (const { name, url, file, reason } of REFUSALS) {
  test(`the panel refuses on ${name} and says why`, async ({ context, serve, openPanel }) => {
    await serve({ [url]: await fixture(file) });
    const page = await context.newPage();
    await page.goto(url);
    const panel = await openPanel(page);
    await expect(panel.locator('.context-title')).toHaveText('Sparring is off on this page');
    await expect(panel.getByTestId('blocked-reason')).toHaveText(reason);
    // Nothing of the coach, and no paste box to route around the refusal.
    await expect(panel.getByTestId('context-title')).toHaveCount(0);
    await expect(panel.getByRole('button', { name: /hint|techniques|analyse/i })).toHaveCount(0);
    // Nothing of Sparring in the page, not even a hidden launcher.
    await expect(page.locator('sparring-launcher')).toHaveCount(0);
  });
}

/** The extension scripts Chromium parses for a page, by file name. */
async function extensionScriptsOf(page: Page, url: string): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  const scripts: string[] = [];
  session.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith('chrome-extension://')) scripts.push(new URL(event.url).pathname);
  });
  await session.send('Debugger.enable');
  await page.goto(url);
  return scripts;
}

test('each content script runs on its own family of sites only', async ({ context, serve, background }) => {
  const posting = await fixture('greenhouse/job-boards.html');
  const board = 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345008';
  // The same posting (schema.org JSON-LD and all) on a coding site: the coding script has no job readers.
  const onCodingSite = 'https://leetcode.com/discuss/career/4012345008/';
  const problem = 'https://codeforces.com/problemset/problem/1520/D';
  const elsewhere = 'https://example.org/jobs/4012345008';
  await serve({
    [board]: posting,
    [onCodingSite]: posting,
    [problem]: await fixture('codeforces/1520d-problemset.html'),
    [elsewhere]: posting,
  });

  const boardPage = await context.newPage();
  const boardScripts = await extensionScriptsOf(boardPage, board);
  const problemPage = await context.newPage();
  const problemScripts = await extensionScriptsOf(problemPage, problem);
  await context.newPage().then((page) => page.goto(onCodingSite));
  await context.newPage().then((page) => page.goto(elsewhere));

  const contextOf = async (url: string) => (await storedContexts(background))[await tabIdOf(background, url)];
  expect(await contextOf(board)).toMatchObject({ kind: 'job', site: 'greenhouse' });
  expect(await contextOf(problem)).toMatchObject({ kind: 'problem', site: 'codeforces' });
  expect(await contextOf(onCodingSite)).toMatchObject({ kind: 'none' });
  expect(boardScripts).toContain('/content-scripts/jobs.js');
  expect(boardScripts).not.toContain('/content-scripts/coding.js');
  expect(problemScripts).toContain('/content-scripts/coding.js');
  expect(problemScripts).not.toContain('/content-scripts/jobs.js');

  // No content script on a site Sparring does not support: that tab never reports a context.
  const reportedUrls = async () => Object.values(await storedContexts(background)).map((c) => c.url);
  await expect.poll(reportedUrls).toHaveLength(3);
  await problemPage.waitForTimeout(300);
  expect(await reportedUrls()).not.toContain(elsewhere);
});
