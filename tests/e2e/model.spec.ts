import { expect, fixture, test } from './fixtures';

const PROBLEM = 'https://leetcode.com/problems/longest-happy-prefix/description/';

test('a hint streams from an OpenAI-compatible server into the panel', async ({
  context,
  extensionId,
  serve,
  openPanel,
  mock,
}) => {
  await serve({ [PROBLEM]: await fixture('../e2e/pages/leetcode-longest-happy-prefix.html') });
  mock.setReply('Think about which **prefix** of `s` is also a suffix.');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Provider', { exact: true }).selectOption('compatible');
  await options.getByLabel('Base URL').fill(mock.baseURL);
  await options.getByLabel('API key').fill('sk-test-secret-123');
  await options.getByLabel('Model', { exact: true }).fill('gpt-4o-mini');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByText('Saved.', { exact: true }).first()).toBeVisible();

  const page = await context.newPage();
  await page.goto(PROBLEM);
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const answer = panel.getByTestId('answer').first();
  await expect(answer).toContainText('Think about which prefix of s is also a suffix.');
  await expect(answer.getByTestId('answer-tokens')).toContainText('tokens');
  expect(mock.requests.some((r) => r.path === '/v1/chat/completions')).toBe(true);
  await expect(panel.locator('body')).not.toContainText('sk-test-secret-123');
});
