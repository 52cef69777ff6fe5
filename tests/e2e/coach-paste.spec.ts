import type { BrowserContext, Page, Worker } from '@playwright/test';
import { openSection } from './coach-helpers';
import { expect, fixture, test } from './fixtures';

async function openUncoveredTab(context: BrowserContext, background: Worker, url: string) {
  const tabIds = () => background.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id));
  const before = new Set(await tabIds());
  const page = await context.newPage();
  await page.goto(url);
  const tabId = (await tabIds()).find((id) => !before.has(id));
  if (tabId === undefined) throw new Error(`no new tab for ${url}`);
  return { page, tabId };
}

async function paste(panel: Page, text: string) {
  await panel.getByLabel('Paste a problem statement or a job posting').fill(text);
  await panel.getByRole('button', { name: 'Analyse' }).click();
}

const PASTED_PROBLEM = `Longest Substring With At Most K Distinct Characters
Given a string s and an integer k, return the length of the longest substring of s that contains at most k distinct characters.
Example 1:
Input: s = "eceba", k = 2
Output: 3
Constraints:
1 <= s.length <= 5 * 10^4
0 <= k <= 50`;

test('a page with nothing offers the paste box, and a pasted problem is analysed', async ({
  context,
  serve,
  background,
  extensionId,
}) => {
  const article = 'https://news.example.org/2024/04/tech-hiring-spring';
  await serve({ [article]: await fixture('generic/news-article.html') });
  const { tabId } = await openUncoveredTab(context, background, article);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);

  await expect(panel.locator('.context-title')).toHaveText('Nothing to practise here');
  await paste(panel, PASTED_PROBLEM);
  await expect(panel.getByTestId('context-title')).toHaveText(
    'Longest Substring With At Most K Distinct Characters',
  );
  await expect(panel.locator('.context-kind')).toHaveText('Problem · pasted text');
  await expect(panel.getByTestId('complexity-target')).toHaveText('O(n)');
  await expect(panel.getByTestId('complexity-limit')).toHaveText('O(n log n)');
  await expect(panel.getByTestId('complexity-limit-reason')).toContainText('s.length <= 5 * 10^4');
  await expect(panel.getByTestId('edge-cases')).toContainText('k = 0');
  await panel.getByRole('button', { name: 'Show techniques' }).click();
  await expect(panel.getByTestId('techniques').getByRole('listitem').first()).toContainText('sliding window');

  // The next paste starts from the paste box again.
  await panel.getByRole('button', { name: 'Paste something else' }).click();
  await expect(panel.locator('.context-title')).toHaveText('Nothing to practise here');
  await expect(panel.getByLabel('Paste a problem statement or a job posting')).toHaveValue('');
});

const PASTED_POSTING = `Staff Software Engineer, Data Platform
Acme Analytics is hiring a Staff Software Engineer to lead our data platform team. You will own the streaming pipeline and mentor engineers across three teams.
Requirements
- 8+ years of experience building distributed systems
- Deep experience with Python, Kafka and Postgres
- Experience running Kubernetes on AWS
Nice to have
- Spark or Flink
Benefits: remote-friendly, equal opportunity employer.`;

test('on a problem list the paste box turns a pasted posting into the job coach', async ({
  context,
  serve,
  openPanel,
}) => {
  const list = 'https://leetcode.com/problemset/';
  await serve({ [list]: await fixture('leetcode/problem-list.html') });
  const page = await context.newPage();
  await page.goto(list);
  const panel = await openPanel(page);

  await expect(panel.locator('.context-title')).toHaveText('Nothing to practise here');
  await paste(panel, PASTED_POSTING);
  await expect(panel.getByTestId('context-title')).toHaveText('Staff Software Engineer, Data Platform');
  await expect(panel.getByTestId('seniority')).toHaveText('staff');
  await expect(panel.getByTestId('track')).toHaveText('Data');
  await openSection(panel, 'stack');
  await expect(panel.getByTestId('skills-language')).toContainText('Python');
  await expect(panel.getByTestId('skills-datastore')).toContainText('PostgreSQL');
  await openSection(panel, 'rounds');
  await expect(panel.getByTestId('rounds')).toContainText('Data pipeline and modelling design');
});
