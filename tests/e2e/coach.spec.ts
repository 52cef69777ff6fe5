import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, fixture, test } from './fixtures';

// A real CodeChef page (saved whole) the library does not know: a value-bounded formula problem.
const PROBLEM = 'https://www.codechef.com/problems/NYRES';
const POSTING = 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345008';

test('with no key the panel coaches a problem from its statement: both complexities, hidden techniques, edge cases, a three-level ladder that resets', async ({
  context,
  serve,
  openPanel,
}) => {
  await serve({ [PROBLEM]: await fixture('codechef/real-nyres.html') });
  const page = await context.newPage();
  await page.goto(PROBLEM);
  let panel = await openPanel(page);

  await expect(panel.getByTestId('coach-source')).toHaveText('Read from the statement');
  // Only a value is bounded (X <= 100): a formula, not a loop up to the value.
  await expect(panel.getByTestId('complexity-summary')).toHaveText(
    'Interviewers expect O(1); the limits allow up to O(log n).',
  );
  await expect(panel.getByTestId('complexity-limit-reason')).toContainText('X <= 100');
  await expect(panel.getByTestId('complexity-limit-reason')).toContainText('Only values are bounded');

  // Techniques are a spoiler: not in the page at all until asked for.
  await expect(panel.getByTestId('techniques')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Show techniques' }).click();
  await expect(panel.getByTestId('techniques').getByRole('listitem').first()).toBeVisible();

  const edgeCases = panel.getByTestId('edge-cases').getByRole('checkbox');
  await expect(edgeCases.first()).toBeVisible();
  expect(await edgeCases.count()).toBeGreaterThanOrEqual(3);
  const bounds = 'The smallest and the largest allowed value';
  await expect(panel.getByTestId('edge-cases')).toContainText(bounds);
  await panel.getByRole('checkbox', { name: bounds }).check();

  const hints = panel.getByTestId('hints').getByRole('listitem');
  await expect(hints).toHaveCount(0);
  await panel.getByRole('button', { name: 'Show first hint' }).click();
  await expect(hints).toHaveCount(1);
  await expect(hints.first()).toContainText('?');
  await panel.getByRole('button', { name: 'Next hint' }).click();
  await expect(hints).toHaveCount(2);

  // Reopened, the panel remembers this problem's hints, ticks and revealed techniques.
  await panel.close();
  panel = await openPanel(page);
  await expect(panel.getByTestId('context-title')).toHaveText('New Year Resolution');
  await expect(panel.getByTestId('hints').getByRole('listitem')).toHaveCount(2);
  await expect(panel.getByTestId('techniques')).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: bounds })).toBeChecked();
  await panel.getByRole('button', { name: 'Next hint' }).click();
  await expect(panel.getByTestId('hints').getByRole('listitem')).toHaveCount(3);
  await expect(panel.getByText('That was the last hint: the rest is yours.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Next hint' })).toHaveCount(0);

  // Solving it again: the ladder closes, and stays closed when the panel reopens.
  await panel.getByRole('button', { name: 'Start the hints again' }).click();
  await expect(panel.getByTestId('hints')).toHaveCount(0);
  await panel.close();
  panel = await openPanel(page);
  await expect(panel.getByTestId('context-title')).toHaveText('New Year Resolution');
  await expect(panel.getByRole('button', { name: 'Show first hint' })).toBeVisible();
  await expect(panel.getByTestId('hints')).toHaveCount(0);

  // Readable in a narrow panel: nothing forces it wider than the 360 px it is given.
  await panel.setViewportSize({ width: 360, height: 800 });
  expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

const TWO_SUM = 'https://leetcode.com/problems/two-sum/';

test("a problem the library knows is coached from Sparring's notes: expected complexity, hidden insight, pitfalls, follow-ups, related links", async ({
  context,
  serve,
  openPanel,
}) => {
  await serve({ [TWO_SUM]: await fixture('leetcode/two-sum-next-data.html') });
  const page = await context.newPage();
  await page.goto(TWO_SUM);
  const panel = await openPanel(page);

  await expect(panel.getByTestId('coach-source')).toHaveText("Sparring's notes for Two Sum");
  await expect(panel.getByTestId('complexity-target')).toHaveText('O(n)');
  await expect(panel.getByTestId('complexity-limit-reason')).toContainText('10^4');

  await expect(panel.getByTestId('key-insight')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Show the key insight' }).click();
  await expect(panel.getByTestId('key-insight')).toContainText('target minus it');

  await panel.getByText(/^Pitfalls/).click();
  await expect(panel.getByTestId('pitfalls').getByRole('listitem').first()).toBeVisible();
  await panel.getByText(/^Follow-up questions/).click();
  await expect(panel.getByTestId('follow-ups')).toContainText('sorted');
  await panel.getByText(/^Related problems/).click();
  await expect(panel.getByRole('link', { name: /3sum/i })).toHaveAttribute(
    'href',
    'https://leetcode.com/problems/3sum/',
  );

  await panel.getByRole('button', { name: 'Show first hint' }).click();
  await expect(panel.getByTestId('hints').getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByTestId('hints')).toContainText('which other value would complete the pair');

  // Readable in a narrow panel: nothing forces it wider than the 360 px it is given.
  await panel.setViewportSize({ width: 360, height: 800 });
  const width = await panel.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
});

/** YYYY-MM-DD of the day `days` from today, in local time like the panel's date field. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Opens one of the job coach's closed sections by its summary. */
async function openSection(panel: Page, id: string) {
  await panel.locator(`[data-section="${id}"] > summary`).click();
  await expect(panel.locator(`[data-section="${id}"]`)).toHaveAttribute('open', '');
}

test('with no key the panel prepares for a posting: a short summary first, sections on demand, STAR, dated plan', async ({
  context,
  serve,
  openPanel,
}) => {
  await serve({ [POSTING]: await fixture('greenhouse/job-boards.html') });
  const page = await context.newPage();
  await page.goto(POSTING);
  let panel = await openPanel(page);
  await panel.setViewportSize({ width: 360, height: 800 });

  await expect(panel.getByTestId('role-summary')).toContainText(
    'Senior backend role: Senior Backend Engineer, Payments at Northwind Labs',
  );
  await expect(panel.getByTestId('track')).toHaveText('Backend');
  await expect(panel.getByTestId('seniority')).toHaveText('senior');
  await expect(panel.getByTestId('heaviest-rounds')).toContainText('System design');
  await expect(panel.getByTestId('next-step')).toContainText('Week 1');
  // The primary action sits in the summary, not after everything else.
  const action = panel.getByRole('button', { name: 'Practise for this role in the quiz' });
  await expect(
    panel.locator('.job-summary').getByRole('button', { name: 'Practise for this role in the quiz' }),
  ).toBeVisible();
  // Closed sections keep the panel short and readable at 360 px: nothing runs wider than the panel.
  expect(await panel.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(1400);
  expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(action).toBeInViewport();

  await openSection(panel, 'stack');
  await expect(panel.getByTestId('skills-language').getByRole('listitem')).toHaveText([
    'Go',
    'Java',
    'Kotlin',
  ]);
  await expect(panel.getByTestId('skills-datastore')).toContainText('PostgreSQL');
  await expect(panel.getByTestId('skills-messaging')).toContainText('Kafka');

  await openSection(panel, 'rounds');
  await expect(panel.getByTestId('loop-statement')).toContainText('does not describe its interviews');
  await expect(panel.locator('[data-testid="rounds"] > li[data-round="system-design"]')).toContainText(
    'System design',
  );
  await expect(panel.locator('[data-testid="rounds"] > li[data-round="coding"]')).toBeVisible();

  // The payments ledger case, chosen for the company's product and stack; its content loads on demand.
  await openSection(panel, 'cases');
  const ledger = panel.locator('[data-testid="design-cases"] > li[data-case="payments-ledger"]');
  await expect(ledger).toContainText('payments');
  await expect(ledger).toContainText('Kafka');
  await ledger.locator('.job-case > summary').click();
  const checklist = panel.getByTestId('checklist-payments-ledger');
  const total = await checklist.getByRole('checkbox').count();
  expect(total).toBeGreaterThanOrEqual(6);
  await expect(checklist).toContainText(`0 of ${total} covered`);
  await checklist.getByRole('checkbox').nth(0).check();
  await checklist.getByRole('checkbox').nth(2).check();
  await expect(checklist).toContainText(`2 of ${total} covered`);

  await openSection(panel, 'prompts');
  const prompts = panel.getByTestId('prompts').locator(':scope > li');
  expect(await prompts.count()).toBeGreaterThanOrEqual(3);
  await prompts.first().locator('summary').click();
  await expect(prompts.first()).toContainText(
    'From the posting: “Own the reconciliation service end to end, from schema design to on-call”',
  );
  for (const part of ['Situation', 'Task', 'Action', 'Result']) {
    await expect(prompts.first().getByText(part, { exact: true })).toBeVisible();
  }

  // Six weeks by default, with an empty date; a date ten days out compresses the plan to end by then.
  await openSection(panel, 'plan');
  const plan = panel.getByTestId('plan').locator(':scope > li');
  await expect(panel.getByLabel('Interview date')).toHaveValue('');
  await expect(panel.getByText('No date yet, so the plan assumes six weeks')).toBeVisible();
  const sixWeeks = await plan.allTextContents();
  await panel.getByLabel('Interview date').fill(dayFromToday(-2));
  await expect(panel.getByText('That date has passed, so the plan covers today only.')).toBeVisible();
  await expect(plan).toHaveCount(1);
  const interview = dayFromToday(10);
  await panel.getByLabel('Interview date').fill(interview);
  await expect(panel.getByText('No date yet', { exact: false })).toHaveCount(0);
  await expect.poll(() => plan.allTextContents()).not.toEqual(sixWeeks);
  const lastDay = await plan.last().locator('time').last().getAttribute('datetime');
  expect(lastDay && lastDay <= interview).toBe(true);

  await panel.close();
  panel = await openPanel(page);
  await expect(panel.getByLabel('Interview date')).toHaveValue(interview);
  await expect(panel.getByTestId('next-step')).not.toContainText('Week');
  await openSection(panel, 'cases');
  await panel.locator('li[data-case="payments-ledger"] .job-case > summary').click();
  await expect(panel.getByTestId('checklist-payments-ledger')).toContainText(`2 of ${total} covered`);
  await expect(panel.getByTestId('checklist-payments-ledger').getByRole('checkbox').nth(2)).toBeChecked();
});

test('a role outside engineering is told plainly, and gets prompts and a plan but no coding or design', async ({
  context,
  serve,
  openPanel,
}) => {
  const url = 'https://jobs.ashbyhq.com/clausewise/4d1e7b2a-9c3f-4a85-b6e0-2f7c8d9a1b34';
  await serve({ [url]: await fixture('coach/jobs/ashby-account-executive-mid-market.html') });
  const page = await context.newPage();
  await page.goto(url);
  const panel = await openPanel(page);

  await expect(panel.getByTestId('track')).toHaveText('Outside engineering');
  await expect(panel.getByTestId('role-summary')).toContainText(
    'Sparring is built for engineering interviews',
  );
  await expect(panel.locator('[data-section="cases"]')).toHaveCount(0);
  await openSection(panel, 'rounds');
  const kinds = await panel
    .locator('[data-testid="rounds"] > li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-round')));
  expect(kinds).toEqual(expect.arrayContaining(['presentation', 'behavioral']));
  expect(kinds.filter((kind) => kind === 'coding' || kind?.endsWith('design'))).toEqual([]);
  await openSection(panel, 'prompts');
  expect(await panel.getByTestId('prompts').locator(':scope > li').count()).toBeGreaterThanOrEqual(3);
  await openSection(panel, 'plan');
  await expect(panel.getByTestId('plan')).toContainText('presentation');
});

test('a posting that describes its loop gets those rounds, marked as its own, and what it rules out', async ({
  context,
  serve,
  openPanel,
}) => {
  const url = 'https://job-boards.greenhouse.io/fernbank/jobs/6104482007';
  await serve({ [url]: await fixture('coach/jobs/greenhouse-new-grad-software-engineer.html') });
  const page = await context.newPage();
  await page.goto(url);
  const panel = await openPanel(page);

  await expect(panel.getByTestId('heaviest-rounds')).toContainText('Pair programming');
  await expect(panel.getByTestId('heaviest-rounds')).toContainText('from the posting');
  await openSection(panel, 'rounds');
  await expect(panel.getByTestId('loop-statement')).toContainText('the interviews the posting describes');
  await expect(panel.getByTestId('loop-statement')).toContainText(/It rules out .*system design/);
  await expect(panel.getByTestId('loop-statement')).toContainText(/It rules out .*a take-home/);
  const debugging = panel.locator('[data-testid="rounds"] > li[data-round="debugging"]');
  await expect(debugging).toHaveAttribute('data-source', 'posting');
  await expect(debugging).toContainText('“A 45-minute debugging interview');
  await expect(panel.locator('[data-testid="rounds"] > li[data-round="system-design"]')).toHaveCount(0);
  await expect(panel.locator('[data-section="cases"]')).toHaveCount(0);
});

test('"Practise for this role in the quiz" saves the target role for the popup', async ({
  context,
  serve,
  openPanel,
  background,
}) => {
  await serve({ [POSTING]: await fixture('greenhouse/job-boards.html') });
  const page = await context.newPage();
  await page.goto(POSTING);
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Practise for this role in the quiz' }).click();
  await expect(panel.getByRole('status')).toContainText('quiz');

  const stored = () =>
    background.evaluate(async () => (await chrome.storage.local.get('targetRole')).targetRole);
  await expect.poll(stored).toBeTruthy();
  const role = (await stored()) as { rounds: { kind: string; weight: number }[]; skills: string[] };
  expect(role.skills).toEqual(expect.arrayContaining(['Go', 'PostgreSQL', 'Kafka']));
  expect(role.rounds.map((round) => round.kind)).toEqual(expect.arrayContaining(['coding', 'system-design']));
});

/** A tab on a page no content script covers: its id is the one tab that was not there before. */
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
