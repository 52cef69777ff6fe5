import { seriousViolations } from './axe';
import { expect, fixture, test } from './fixtures';
import { answer, CODE, stored, TWO_SUM, twoSumPage } from './mock-helpers';

const CONTEST =
  'https://leetcode.com/contest/weekly-contest-400/problems/minimum-number-of-chairs-in-a-waiting-room/';
test("an offline coding mock on the open problem runs its five stages with the library's follow-ups, hides the page's giveaways, resumes after the panel closes and saves a self-reviewed scorecard", async ({
  context,
  background,
  serve,
  openPanel,
}) => {
  await serve({ [TWO_SUM]: await twoSumPage() });
  const page = await context.newPage();
  await page.goto(TWO_SUM);
  let panel = await openPanel(page);
  await expect(panel.getByTestId('context-title')).toHaveText('Two Sum');

  const giveaways = [
    page.locator('.text-difficulty-easy'),
    page.locator('a[href="/tag/hash-table/"]'),
    page.locator('#editorial_tab'),
    page.getByTestId('page-hints'),
  ];
  for (const giveaway of giveaways) await expect(giveaway).toBeVisible();

  await panel.getByRole('button', { name: 'Start a mock interview' }).click();
  await expect(panel.getByTestId('mock-stage')).toHaveText('Stage 1 of 5: Restate and clarify');
  await expect(panel.getByTestId('mock-clock')).toContainText('of 30 minutes');
  // The coach steps aside (its hints would give the problem away), and so does the page.
  await expect(panel.getByRole('button', { name: 'Show first hint' })).toHaveCount(0);
  for (const giveaway of giveaways) await expect(giveaway).toBeHidden();
  await expect(page.locator('[data-track-load="description_content"]')).toBeVisible();
  expect(await seriousViolations(panel)).toEqual([]);

  await answer(
    panel,
    'So I return the two indices whose values add up to target. Can the array be empty? Can a value repeat?',
  );
  await panel.getByRole('button', { name: 'Next stage' }).click();
  await expect(panel.getByTestId('mock-stage')).toHaveText('Stage 2 of 5: Approach and complexity');
  await answer(
    panel,
    'Brute force checks every pair in O(n^2). A hash map of values seen gives O(n) time and O(n) space.',
  );

  // Closed mid-round and the page reloaded: the round is where it was, and the page stays hidden.
  await panel.close();
  await page.reload();
  panel = await openPanel(page);
  await expect(panel.getByTestId('mock-stage')).toHaveText('Stage 2 of 5: Approach and complexity');
  await expect(panel.getByTestId('mock-transcript')).toContainText('O(n) time and O(n) space');
  for (const giveaway of giveaways) await expect(giveaway).toBeHidden();

  await panel.getByRole('button', { name: 'Next stage' }).click();
  await expect(panel.getByTestId('mock-stage')).toHaveText('Stage 3 of 5: Code');
  await panel.getByRole('button', { name: "I'm done coding" }).click();
  await expect(panel.getByTestId('mock-stage')).toHaveText('Stage 4 of 5: Test');
  await answer(panel, 'Dry run on the first example, then an empty array, duplicates and negative numbers.');

  await panel.getByRole('button', { name: 'Next stage' }).click();
  await expect(panel.getByTestId('mock-stage')).toHaveText('Stage 5 of 5: Follow-ups');
  const transcript = panel.getByTestId('mock-transcript');
  await expect(transcript).toContainText('The array is sorted: can you do it in O(1) extra space?');
  await answer(panel, 'Sorted, two pointers from both ends meet in O(n) with O(1) space.');
  await panel.getByRole('button', { name: 'Next follow-up' }).click();
  await expect(transcript).toContainText('Return every distinct pair of values');
  await panel.getByRole('button', { name: 'Finish the round' }).click();

  // The self-review: the rubric's anchors beside what Sparring saw; the page is back.
  const review = panel.getByTestId('self-review');
  await expect(review).toContainText('Asked 2 questions while clarifying.');
  await expect(review).toContainText('Named a complexity while choosing the approach: O(n^2).');
  await expect(review).toContainText('7 lines of code read from the editor.');
  await expect(review).toContainText('Named test inputs: example, empty, duplicates, negative.');
  for (const giveaway of giveaways) await expect(giveaway).toBeVisible();
  expect(await seriousViolations(panel)).toEqual([]);
  const save = panel.getByRole('button', { name: 'Save the scorecard' });
  await expect(save).toBeDisabled();
  for (const [dimension, score] of [
    ['problem-solving', 3],
    ['coding', 4],
    ['verification', 3],
    ['communication', 3],
  ] as const)
    await review.locator(`fieldset[data-dimension="${dimension}"] input[value="${score}"]`).check();
  await panel
    .getByLabel('The one thing to work on before the next round')
    .fill('Trace the code before saying it works.');
  await save.click();

  const scorecard = panel.getByTestId('scorecard');
  await expect(scorecard.getByTestId('verdict')).toHaveText('Hire');
  await expect(scorecard.locator('[data-dimension="coding"]')).toContainText('4 of 4');
  await expect(scorecard.locator('[data-dimension="verification"]')).toContainText('Named test inputs');
  await expect(panel.getByRole('button', { name: 'Start a mock interview' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Show first hint' })).toBeVisible();
  expect(await seriousViolations(panel)).toEqual([]);

  const results = (await stored(background, 'mockResults')) as {
    kind: string;
    followUpsAsked: number;
    code: string;
    scorecard: { by: string; verdict: string };
  }[];
  expect(results).toHaveLength(1);
  expect(results[0]).toMatchObject({
    kind: 'coding',
    followUpsAsked: 2,
    code: CODE,
    scorecard: { by: 'self', verdict: 'hire' },
  });
  expect(await stored(background, 'mock:leetcode:two-sum')).toBeUndefined();
});

test('no mock is offered where Sparring refuses: a contest problem', async ({
  context,
  serve,
  openPanel,
}) => {
  await serve({ [CONTEST]: await fixture('blocked/leetcode-contest.html') });
  const page = await context.newPage();
  await page.goto(CONTEST);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('blocked-reason')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Start a mock interview' })).toHaveCount(0);
});
