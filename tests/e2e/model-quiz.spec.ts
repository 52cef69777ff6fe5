import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { chatRequests, configureMock, promptOf, SECRET } from './model-helpers';

/*
 * Quiz generation in the Chrome build: the service worker writes the questions (it cannot load the
 * question banks, which need import()), stores them, and the popup shows them.
 */

const batch = (prompts: string[], topic = 'databases') =>
  JSON.stringify({
    questions: prompts.map((prompt, index) => ({
      id: `gen-q-${index}`,
      topic,
      type: 'card',
      prompt,
      choices: null,
      answer: 'Because the index already holds every column the query reads.',
      explanation: 'A covering index answers from the index alone, so the table is never read.',
      difficulty: 2,
      tags: ['indexing'],
    })),
  });

async function openPopup(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('question')).toBeVisible();
}

async function generated(background: Worker): Promise<{ prompt: string; generated?: boolean }[]> {
  return background.evaluate(async () => {
    const { quizGenerated } = await chrome.storage.local.get('quizGenerated');
    return Array.isArray(quizGenerated) ? quizGenerated : [];
  });
}

test('"More questions like this" writes and stores questions like the one on screen, sent as a sample', async ({
  context,
  background,
  extensionId,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply(
    batch([
      'Why can a covering index skip the table entirely?',
      'When does a partial index beat a full one?',
    ]),
  );
  const popup = await context.newPage();
  await openPopup(popup, extensionId);
  const shown = (await popup.getByTestId('question').getByRole('heading', { level: 2 }).textContent()) ?? '';

  await popup.getByRole('button', { name: 'More questions like this' }).click();
  await expect(popup.getByTestId('generate-status')).toHaveText('Added 2 new questions.');
  expect(await generated(background)).toEqual([
    expect.objectContaining({ prompt: 'Why can a covering index skip the table entirely?', generated: true }),
    expect.objectContaining({ prompt: 'When does a partial index beat a full one?', generated: true }),
  ]);
  // The sample went to the model delimited, with its prompt but never its answer.
  const prompt = promptOf(chatRequests(mock)[0]);
  expect(prompt).toContain('<quiz_sample>');
  expect(prompt).toContain(shown.slice(0, 30));
  expect(prompt).toMatch(/Write 5 new questions/);
});

test('"Questions for my target role" uses the saved role and stores what the model wrote', async ({
  context,
  background,
  extensionId,
  mock,
}) => {
  await configureMock(background, mock);
  const popup = await context.newPage();
  await openPopup(popup, extensionId);

  await popup.getByRole('button', { name: 'Questions for my target role' }).click();
  await expect(popup.getByTestId('generate-status')).toHaveText(/^Save a target role first/);
  expect(chatRequests(mock)).toHaveLength(0);

  await background.evaluate(() =>
    chrome.storage.local.set({
      targetRole: { rounds: [{ kind: 'system-design', weight: 1 }], skills: ['Kafka', 'PostgreSQL'] },
    }),
  );
  mock.setReply(batch(['How does Kafka keep per-partition order under retries?'], 'system-design'));
  mock.setTokenDelay(200);
  await popup.getByRole('button', { name: 'Questions for my target role' }).click();
  // Progress while the model writes: the buttons wait and the time spent shows.
  await expect(popup.getByTestId('generate-status')).toContainText('Writing questions…');
  await expect(popup.getByRole('button', { name: 'Questions for my target role' })).toBeDisabled();
  await expect(popup.getByTestId('generate-elapsed')).toHaveText(/\d+ s/);
  await expect(popup.getByTestId('generate-status')).toHaveText('Added 1 new questions.', {
    timeout: 20_000,
  });
  expect(promptOf(chatRequests(mock)[0])).toContain('Skills: Kafka, PostgreSQL');
  expect(await generated(background)).toHaveLength(1);
});

test('a failure says why in the popup, with the key hidden and no "Uncaught Error"', async ({
  context,
  background,
  extensionId,
}) => {
  // Like some proxies: the rejection repeats the Authorization header it got.
  const echo = createServer((req, res) => {
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { message: `Malformed header: ${req.headers.authorization}` } }));
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  try {
    await configureMock(background, {
      baseURL: `http://127.0.0.1:${(echo.address() as AddressInfo).port}/v1`,
    });
    const popup = await context.newPage();
    await openPopup(popup, extensionId);
    await popup.getByRole('button', { name: 'More questions like this' }).click();
    const status = popup.getByTestId('generate-status');
    await expect(status).toContainText('Malformed header: Bearer [API key hidden]');
    await expect(status).toHaveClass(/status-error/);
    await expect(status).not.toContainText('Uncaught');
    expect(await popup.content()).not.toContain(SECRET);
  } finally {
    echo.closeAllConnections();
    await new Promise((resolve) => echo.close(resolve));
  }
});
