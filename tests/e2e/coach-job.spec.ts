import { openSection } from './coach-helpers';
import { expect, fixture, test } from './fixtures';

const POSTING = 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345008';

function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
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
