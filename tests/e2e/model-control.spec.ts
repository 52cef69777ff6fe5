import { expect, test } from './fixtures';
import { chatRequests, configureMock, LONG_REPLY, openWithPanel, section } from './model-helpers';

/** The mock writes a chunk only while the client is connected: a count that stops growing means it hung up. */
async function expectStreamingStopped(tokenTimes: number[]): Promise<void> {
  const settle = async () => {
    const before = tokenTimes.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    return tokenTimes.length - before;
  };
  await expect.poll(settle, { timeout: 5_000 }).toBe(0);
}

test('Stop aborts the request: the mock sees the connection close', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply(LONG_REPLY);
  mock.setTokenDelay(100);
  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const answer = section(panel, 'Hints from the model').getByTestId('answer').first();
  await expect(answer).toContainText('Step 2');

  await answer.getByRole('button', { name: 'Stop' }).click();
  await expect(answer).toContainText('Stopped.');
  await expect(answer.getByRole('button', { name: 'Stop' })).toHaveCount(0);
  await expectStreamingStopped(mock.tokenTimes);
  // 60 sentences take more than 100 chunks: far from all of them were sent.
  expect(mock.tokenTimes.length).toBeLessThan(60);
  await expect(answer).not.toContainText('Step 60');
});

test('a stopped chat answer keeps the question and the partial answer on screen', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply(LONG_REPLY);
  mock.setTokenDelay(100);
  const { panel } = await openWithPanel({ context, serve, openPanel });
  const chat = section(panel, 'Follow-up chat');
  await chat.getByLabel('Ask a follow-up').fill('What is a border?');
  await chat.getByRole('button', { name: 'Send' }).click();
  const unsaved = chat.getByTestId('chat-unsaved');
  await expect(unsaved).toContainText('What is a border?');
  await expect(unsaved).toContainText('Step 2');

  await unsaved.getByRole('button', { name: 'Stop' }).click();
  await expect(unsaved).toContainText('Stopped.');
  await expect(unsaved).toContainText('What is a border?');
  await expect(unsaved).toContainText('Step 1: keep the longest border');
  await expect(chat.getByTestId('chat-turns').getByRole('listitem')).toHaveCount(0);
});

test('closing the panel aborts the request it started', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply(LONG_REPLY);
  mock.setTokenDelay(100);
  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  await expect(section(panel, 'Hints from the model').getByTestId('answer')).toContainText('Step 2');

  await panel.close();
  await expectStreamingStopped(mock.tokenTimes);
  expect(mock.tokenTimes.length).toBeLessThan(60);
});

test('moving the tab to another problem aborts the answer for the previous one', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply(LONG_REPLY);
  mock.setTokenDelay(100);
  const { page, panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  await expect(section(panel, 'Hints from the model').getByTestId('answer')).toContainText('Step 2');

  // LeetCode's router: the URL changes, then the new problem renders.
  await page.evaluate(() => {
    history.pushState({}, '', '/problems/two-sum/description/');
    const link = document.querySelector('a[href^="/problems/"]');
    link?.setAttribute('href', '/problems/two-sum/');
    if (link) link.textContent = '1. Two Sum';
    document.title = 'Two Sum - LeetCode';
    const description = document.querySelector('[data-track-load="description_content"]');
    if (description)
      description.innerHTML = '<p>Return indices of the two numbers that add up to target.</p>';
  });
  await expect(panel.getByTestId('context-title')).toHaveText('Two Sum');
  await expectStreamingStopped(mock.tokenTimes);
  expect(mock.tokenTimes.length).toBeLessThan(60);
  await expect(section(panel, 'Hints from the model').getByTestId('answer')).toHaveCount(0);
});

test('the same question is answered from the cache at once; Regenerate asks again', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply((request) => `Answer number ${chatRequests(mock).indexOf(request) + 1}.`);
  const { page, panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const first = section(panel, 'Hints from the model').getByTestId('answer').first();
  await expect(first).toContainText('Answer number 1.');
  await expect(first.getByTestId('answer-tokens')).toHaveText(/^[\d,]+ tokens$/);
  expect(chatRequests(mock)).toHaveLength(1);

  await panel.close();
  const again = await openPanel(page);
  await again.getByRole('button', { name: 'Next hint' }).click();
  const cached = section(again, 'Hints from the model').getByTestId('answer').first();
  await expect(cached).toContainText('Answer number 1.');
  await expect(cached.getByTestId('answer-tokens')).toHaveText('From cache: 0 tokens');
  expect(chatRequests(mock)).toHaveLength(1);

  await cached.getByRole('button', { name: 'Regenerate' }).click();
  await expect(cached).toContainText('Answer number 2.');
  await expect(cached.getByTestId('answer-tokens')).toHaveText(/^[\d,]+ tokens$/);
  expect(chatRequests(mock)).toHaveLength(2);
});

test('a daily token cap set on the options page blocks the next request with its message', async ({
  context,
  background,
  extensionId,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Daily token cap').fill('50');
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const hint = section(panel, 'Hints from the model').getByTestId('answer').first();
  await expect(hint.getByTestId('answer-tokens')).toHaveText(/^[\d,]+ tokens$/);
  await expect(hint.getByTestId('tokens-today')).toHaveText(/^ · [\d,]+ of 50 today$/);
  expect(chatRequests(mock)).toHaveLength(1);

  const approach = section(panel, 'Check my approach');
  await approach.getByLabel('Your approach').fill('Prefix function.');
  await approach.getByRole('button', { name: 'Check my approach' }).click();
  await expect(approach.getByRole('alert')).toContainText("Today's token cap (50) is used up.");
  expect(chatRequests(mock)).toHaveLength(1);
});
