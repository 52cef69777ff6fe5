import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, fixture, test } from './fixtures';
import { configureMock } from './model-helpers';

/*
 * Accessibility of Sparring's own pages (issue 13): axe-core finds no serious or critical
 * violation in the popup, the options page, the side panel and the progress page, in the states a
 * user meets, and every control can be reached with the keyboard alone.
 */

const PROBLEM = 'https://leetcode.com/problems/longest-happy-prefix/description/';
const POSTING = 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345008';
const CONTEST =
  'https://leetcode.com/contest/weekly-contest-400/problems/minimum-number-of-chairs-in-a-waiting-room/';

/**
 * The visible, enabled controls Tab never reaches, found by tabbing round the whole page and
 * comparing with every control on it.
 */
async function unreachableByKeyboard(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    (window as unknown as { __reached: Set<Element> }).__reached = new Set();
    document.addEventListener('focusin', (event) =>
      (window as unknown as { __reached: Set<Element> }).__reached.add(event.target as Element),
    );
  });
  const controls = await page.evaluate(
    () =>
      document.querySelectorAll(
        'button:not(:disabled), a[href], input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), summary',
      ).length,
  );
  // Tab starts from wherever the focus was last, so go round twice.
  for (let press = 0; press <= 2 * controls + 4; press++) await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const reached = (window as unknown as { __reached: Set<Element> }).__reached;
    return (
      [
        ...document.querySelectorAll(
          'button:not(:disabled), a[href], input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), summary',
        ),
      ]
        // checkVisibility: a control inside a closed <details> still has a box, but is not shown.
        .filter((element) => element.checkVisibility() && !reached.has(element))
        .map((element) => element.outerHTML.slice(0, 120))
    );
  });
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  expect(await unreachableByKeyboard(page)).toEqual([]);
}

test('the popup: a question, its verdict and its settings, in light and dark', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('question')).toBeVisible();
  await popup.getByText('Settings').click();
  await expectAccessible(popup);
  await popup.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(popup);

  const question = popup.getByTestId('question');
  if ((await question.getAttribute('data-type')) === 'choice') {
    await popup.keyboard.press('1');
    await popup.keyboard.press('Enter');
    await expect(popup.getByTestId('verdict')).toBeVisible();
  } else {
    await popup.keyboard.press('Space');
    await expect(popup.getByTestId('model-answer')).toBeVisible();
  }
  await expectAccessible(popup);
});

test('the options page, with a model provider being set up, in light and dark', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Your data' })).toBeVisible();
  await expectAccessible(options);
  await options.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(options);
  await options.getByLabel('Provider', { exact: true }).selectOption('compatible');
  await options.getByLabel('Base URL').fill('http://localhost:9/v1');
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.locator('.provider-form [role="status"]')).toHaveClass(/status-error/);
  await expectAccessible(options);
});

test('the side panel on a problem, with the offline coach and the model, in light and dark', async ({
  context,
  serve,
  openPanel,
  background,
  mock,
}) => {
  await configureMock(background, mock);
  await serve({ [PROBLEM]: await fixture('../e2e/pages/leetcode-longest-happy-prefix.html') });
  const page = await context.newPage();
  await page.goto(PROBLEM);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('complexity-target')).toBeVisible();
  await panel.getByRole('button', { name: 'Show first hint' }).click();
  await expectAccessible(panel);
  await panel.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(panel);
});

test('the side panel on a job posting, in light and dark', async ({ context, serve, openPanel }) => {
  // The posting's panel has the most controls, each tabbed through twice per theme: on a loaded
  // 2-core machine that alone passed 45 s, so it gets the longer budget of a slow test.
  test.slow();
  await serve({ [POSTING]: await fixture('greenhouse/job-boards.html') });
  const page = await context.newPage();
  await page.goto(POSTING);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('context-title')).toBeVisible();
  // The design cases load after the rest: count the controls only once every section is there.
  await expect(panel.locator('#job-cases')).toBeVisible();
  await expectAccessible(panel);
  await panel.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(panel);
});

test('the side panel where Sparring is off, and where there is nothing to read', async ({
  context,
  serve,
  openPanel,
  extensionId,
}) => {
  await serve({ [CONTEST]: await fixture('blocked/leetcode-contest.html') });
  const page = await context.newPage();
  await page.goto(CONTEST);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('blocked-reason')).toBeVisible();
  await expectAccessible(panel);

  const empty = await context.newPage();
  await empty.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=999999`);
  await expect(empty.locator('.context-title')).toHaveText('Nothing to practise here');
  // The paste box renders after the title (the coach view loads lazily): under load, tabbing began
  // before it existed and the check then found it unreached.
  await expect(empty.getByLabel('Paste a problem statement or a job posting')).toBeVisible();
  await expectAccessible(empty);
});

test('the progress page with a problem practised, in light and dark', async ({
  context,
  serve,
  openPanel,
  extensionId,
}) => {
  await serve({ [PROBLEM]: await fixture('../e2e/pages/leetcode-longest-happy-prefix.html') });
  const page = await context.newPage();
  await page.goto(PROBLEM);
  const panel = await openPanel(page);
  await panel.getByTestId('practice').getByRole('button', { name: 'Gave up' }).click();
  await expect(panel.getByTestId('practice-outcome')).toContainText('Gave up');

  const progress = await context.newPage();
  await progress.goto(`chrome-extension://${extensionId}/progress.html`);
  await expect(progress.getByTestId('history-row')).toHaveCount(1);
  await expect(progress.getByTestId('plot-forecast').locator('svg')).toBeVisible();
  await expectAccessible(progress);
  await progress.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(progress);
});
