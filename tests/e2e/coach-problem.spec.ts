import { expect, fixture, test } from './fixtures';

// A real CodeChef page (saved whole) the library does not know: a value-bounded formula problem.
const PROBLEM = 'https://www.codechef.com/problems/NYRES';

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
  expect(await edgeCases.count()).toBeGreaterThanOrEqual(2);
  // 1 <= X <= 100 and the answer is 31 * X: neither a negative input nor an overflow is possible.
  await expect(panel.getByTestId('edge-cases')).not.toContainText(/negative|overflow|2\^31/i);
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
