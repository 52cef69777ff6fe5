import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { chatRequests, configureMock, openWithPanel, PROBLEM, promptOf, section } from './model-helpers';

test("a hint builds on the user's code, read from the editor on request, and their last approach", async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply('Your border check is right; now avoid comparing every prefix from scratch.');
  const { page, panel } = await openWithPanel(
    { context, serve, openPanel },
    PROBLEM,
    '../e2e/pages/leetcode-monaco.html',
  );

  const approach = section(panel, 'Check my approach');
  await approach.getByLabel('Your approach').fill('Try every length from the longest down, comparing ends.');
  await approach.getByRole('button', { name: 'Check my approach' }).click();
  await expect(approach.getByTestId('answer-tokens')).toContainText(/\d+ tokens/);

  const hints = section(panel, 'Hints from the model');
  await expect(hints).toContainText('The next hint starts from your last approach.');
  // Nothing reaches into the page's editor until the user presses the button.
  await expect(page.locator('script[src*="editor-bridge"]')).toHaveCount(0);
  await hints.getByRole('button', { name: 'Read my code for hints' }).click();
  await expect(hints).toContainText('The next hint starts from your code and your last approach.');
  await hints.getByRole('button', { name: 'Next hint' }).click();
  await expect(hints.getByTestId('answer')).toContainText('avoid comparing every prefix');
  await expect(hints.getByTestId('hint-inputs')).toHaveText('Using your code and your last approach');

  const prompt = promptOf(chatRequests(mock)[1]);
  expect(prompt).toMatch(/<user_code>\n.*if s\[:n\] == s\[-n:\]:.*<\/user_code>/s);
  expect(prompt).toContain('Try every length from the longest down, comparing ends.');
});

test("a library problem's hint request carries Sparring's notes, key insight included", async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply('Which value would complete the pair?');
  const twoSum = JSON.parse(
    await readFile(new URL('../../lib/coach/problem/library/entries/two-sum.json', import.meta.url), 'utf8'),
  ) as { keyInsight: string; hints: string[] };
  const { panel } = await openWithPanel(
    { context, serve, openPanel },
    'https://leetcode.com/problems/two-sum/',
    'leetcode/two-sum-next-data.html',
  );
  await expect(panel.getByTestId('coach-source')).toHaveText("Sparring's notes for Two Sum");

  const hints = section(panel, 'Hints from the model');
  await hints.getByRole('button', { name: 'Next hint' }).click();
  await expect(hints.getByTestId('answer')).toContainText('Which value would complete the pair?');
  // No attempt yet: the hint says nothing about using one.
  await expect(hints.getByTestId('hint-inputs')).toHaveCount(0);
  const prompt = promptOf(chatRequests(mock)[0]);
  expect(prompt).toContain(twoSum.keyInsight);
  expect(prompt).toContain(`<offline_hint>\n${twoSum.hints[0]}\n</offline_hint>`);
  expect(prompt).not.toContain('<user_code>\n');
});
