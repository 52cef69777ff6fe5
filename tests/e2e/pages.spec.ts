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

test('the panel refuses on a LeetCode contest problem, says why and links to its practice page', async ({
  context,
  serve,
  openPanel,
}) => {
  const url =
    'https://leetcode.com/contest/weekly-contest-400/problems/minimum-number-of-chairs-in-a-waiting-room/';
  await serve({ [url]: await fixture('blocked/leetcode-contest.html') });
  const page = await context.newPage();
  await page.goto(url);
  const panel = await openPanel(page);
  await expect(panel.locator('.context-title')).toHaveText('Sparring is off on this page');
  await expect(panel.getByTestId('blocked-reason')).toHaveText(
    'This is a contest problem. Sparring does not help in contests; practise it once the contest is over.',
  );
  await expect(panel.getByRole('link', { name: /practice page/i })).toHaveAttribute(
    'href',
    'https://leetcode.com/problems/minimum-number-of-chairs-in-a-waiting-room/',
  );
  // Nothing of the coach, and no paste box to route around the refusal.
  await expect(panel.getByTestId('context-title')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /hint|techniques|analyse/i })).toHaveCount(0);
  // Nothing of Sparring in the page, not even a hidden launcher.
  await expect(page.locator('sparring-launcher')).toHaveCount(0);
});

test('the panel refuses while a Codeforces, AtCoder or CodeChef round runs, as the page shows it', async ({
  context,
  serve,
  openPanel,
}) => {
  // AtCoder's window is compared with the clock: the page is given one around now.
  const stamp = (ms: number) => {
    const tokyo = new Date(ms + 9 * 3600_000).toISOString();
    return `${tokyo.slice(0, 10)} ${tokyo.slice(11, 19)}+0900`;
  };
  const atcoderPage = (await fixture('atcoder/contest-running.html'))
    .replace('2025-06-14 21:00:00+0900', stamp(Date.now() - 3600_000))
    .replace('2025-06-14 22:40:00+0900', stamp(Date.now() + 3600_000));
  const rounds = {
    'https://codeforces.com/contest/1520/problem/D': await fixture('codeforces/contest-running.html'),
    'https://atcoder.jp/contests/abc409/tasks/abc409_b': atcoderPage,
    'https://www.codechef.com/START150D/problems/LAMPROWS': await fixture('codechef/contest-running.html'),
  };
  await serve(rounds);
  for (const url of Object.keys(rounds)) {
    const page = await context.newPage();
    await page.goto(url);
    const panel = await openPanel(page);
    await expect(panel.locator('.context-title')).toHaveText('Sparring is off on this page');
    await expect(panel.getByTestId('blocked-reason')).toContainText('This contest is running');
    await panel.close();
  }

  // Once the round is over the same problem is practice.
  await serve({
    'https://codeforces.com/contest/1520/problem/E': await fixture('codeforces/contest-finished.html'),
  });
  const after = await context.newPage();
  await after.goto('https://codeforces.com/contest/1520/problem/E');
  const panel = await openPanel(after);
  await expect(panel.getByTestId('context-title')).toHaveText('Same Differences');
});

test('after a redesign the panel still reads the problem and says it read it in a simpler way', async ({
  context,
  serve,
  openPanel,
}) => {
  const url = 'https://leetcode.com/problems/sort-colors/description/';
  await serve({ [url]: await fixture('leetcode/redesigned-layout.html') });
  const page = await context.newPage();
  await page.goto(url);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('context-title')).toHaveText('Sort Colors');
  await expect(panel.getByTestId('read-simpler')).toContainText('read in a simpler way');
});

test('"This page was read wrong" saves a snapshot file: the URL, what was read, the page without scripts or forms', async ({
  context,
  serve,
  openPanel,
}) => {
  const url = 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345008';
  await serve({ [url]: await fixture('greenhouse/job-boards.html') });
  const page = await context.newPage();
  await page.goto(url);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('context-title')).toHaveText('Senior Backend Engineer, Payments');
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'This page was read wrong' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^sparring-snapshot-job-boards\.greenhouse\.io-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const { readFile } = await import('node:fs/promises');
  const snapshot = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(snapshot).toMatchObject({
    sparringSnapshot: 1,
    url,
    context: { kind: 'job', site: 'greenhouse', title: 'Senior Backend Engineer, Payments' },
  });
  expect(snapshot.html).toContain('Design and build idempotent payment workflows');
  for (const gone of ['<script', '<form', '<input', '<select']) expect(snapshot.html).not.toContain(gone);
  await expect(panel.getByRole('status')).toContainText('nothing was sent anywhere');
});

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

test('assessment pages carry no trace of Sparring: no script, no element, nothing reported', async ({
  context,
  serve,
  background,
}) => {
  const pages = {
    'https://www.hackerrank.com/test/a1b2c3d4e5/questions/f6g7h8': await fixture(
      'blocked/hackerrank-test.html',
    ),
    'https://app.codesignal.com/assessment/Xy12AbCdEf': await fixture('blocked/codesignal-assessment.html'),
  };
  await serve(pages);
  for (const url of Object.keys(pages)) {
    const page = await context.newPage();
    const scripts = await extensionScriptsOf(page, url);
    await page.waitForTimeout(300);
    expect(scripts).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('sparring-launcher').length)).toBe(0);
  }
  expect(Object.values(await storedContexts(background))).toEqual([]);
});

test('each content script runs on its own group of sites only', async ({ context, serve, background }) => {
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
  // One script per group of sites: a page loads its own group's readers and no other.
  expect(boardScripts).toEqual(['/content-scripts/ats.js']);
  expect(problemScripts).toEqual(['/content-scripts/judges.js']);

  // No content script on a site Sparring does not support: that tab never reports a context.
  const reportedUrls = async () => Object.values(await storedContexts(background)).map((c) => c.url);
  await expect.poll(reportedUrls).toHaveLength(3);
  await problemPage.waitForTimeout(300);
  expect(await reportedUrls()).not.toContain(elsewhere);
});

/** Fixture pages a content script reads (not "Read this page"), with the context the CLI gives. */
async function contentScriptFixtures(): Promise<
  { name: string; url: string; html: string; context: unknown }[]
> {
  const { readdir } = await import('node:fs/promises');
  const { matchesPattern } = await import('../../lib/extract/pipeline');
  const { CODING_EXCLUDES, CODING_MATCHES } = await import('../../lib/extract/coding');
  const { JOB_MATCHES } = await import('../../lib/extract/jobs');
  const covered = (url: URL) =>
    (CODING_MATCHES.some((p) => matchesPattern(p, url)) &&
      !CODING_EXCLUDES.some((p) => matchesPattern(p, url))) ||
    JOB_MATCHES.some((p) => matchesPattern(p, url));
  const out = [];
  for (const site of await readdir('tests/fixtures')) {
    if (site === 'coach') continue;
    const files = await readdir(`tests/fixtures/${site}`).catch(() => [] as string[]);
    for (const file of files.filter((f) => f.endsWith('.expected.json'))) {
      const expected = JSON.parse(await fixture(site, file)) as {
        url: string;
        now?: string;
        context: unknown;
      };
      // A contest page pinned to a moment reads differently at the real time.
      if (expected.now || !covered(new URL(expected.url))) continue;
      const name = `${site}/${file.replace('.expected.json', '')}`;
      out.push({
        name,
        url: expected.url,
        html: await fixture(site, file.replace('.expected.json', '.html')),
        context: expected.context,
      });
    }
  }
  return out;
}

test('the content scripts read every fixture page exactly as the CLI does, hidden text included', async ({
  context,
  background,
}) => {
  test.setTimeout(180_000);
  const pages = await contentScriptFixtures();
  expect(pages.map((page) => page.name)).toContain('leetcode/planted-hidden-instructions');
  expect(pages.map((page) => page.name)).toContain('greenhouse/planted-hidden-instructions');
  const tab = await context.newPage();
  for (const page of pages) {
    await context.route(
      (url) => url.href === page.url,
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html }),
    );
    await tab.goto(page.url);
    const stored = async () =>
      Object.values(await storedContexts(background)).find((c) => c.url === page.url) ?? null;
    await expect.poll(stored, { message: page.name }).toEqual(page.context);
  }
});
