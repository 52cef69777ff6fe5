import { expect, fixture, test } from './fixtures';

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
