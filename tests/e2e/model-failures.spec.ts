import type { Page } from '@playwright/test';
import { closedPort } from '../support/closed-port';
import type { MockFault } from '../support/mock-openai';
import { expect, test } from './fixtures';
import { chatRequests, configureMock, LONG_REPLY, openWithPanel, promptOf, section } from './model-helpers';

const REPLY = 'Look at the longest border of the whole string.';

/** The first hint's answer, its failure and its Retry button. */
function firstHint(panel: Page) {
  const answer = section(panel, 'Hints from the model').getByTestId('answer').first();
  return { answer, alert: answer.getByRole('alert'), retry: answer.getByRole('button', { name: 'Retry' }) };
}

const FAILURES: { name: string; fault: MockFault; message: RegExp }[] = [
  {
    name: "Ollama refusing the extension's origin (403)",
    fault: { kind: 'forbidden', ollama: true },
    message: /\(403\).*OLLAMA_ORIGINS=chrome-extension:\/\/\*/,
  },
];

/** Failures only a settings change can fix: no Retry, a way to the options page instead. */
const SETTINGS_FAILURES: { name: string; fault: MockFault; message: RegExp }[] = [
  {
    name: 'a rejected key (401)',
    fault: { kind: 'invalid-api-key' },
    message: /API key was rejected \(401\).*options → Provider → API key/,
  },
  {
    name: 'an unknown model (404)',
    fault: { kind: 'model-not-found' },
    message: /does not know the model "gpt-4o-mini" \(404\).*options → Provider → Model/,
  },
  {
    name: 'an exhausted quota (429 insufficient_quota)',
    fault: { kind: 'insufficient-quota' },
    message: /run out of quota \(429 insufficient_quota\).*billing/,
  },
];

for (const { name, fault, message } of SETTINGS_FAILURES) {
  test(`${name} shows its message and a way to the options page, not a Retry that cannot work`, async ({
    context,
    background,
    serve,
    openPanel,
    mock,
  }) => {
    await configureMock(background, mock);
    mock.setFault(fault);
    const { panel } = await openWithPanel({ context, serve, openPanel });
    await panel.getByRole('button', { name: 'Next hint' }).click();
    const hint = firstHint(panel);
    await expect(hint.alert).toContainText(message);
    await expect(hint.retry).toHaveCount(0);
    const opened = context.waitForEvent('page');
    await hint.alert.getByRole('button', { name: 'Open Sparring’s options' }).click();
    expect((await opened).url()).toMatch(/\/options\.html$/);
  });
}

test('a rate limit with a long retry-after holds Retry, counting down, until the time is up', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  test.setTimeout(60_000);
  await configureMock(background, mock);
  mock.setReply(REPLY);
  mock.setFault({ kind: 'rate-limit', retryAfterSeconds: 12, once: true });
  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const hint = firstHint(panel);
  await expect(hint.alert).toContainText(/rate-limiting requests \(429\)\. Try again in 12 s\./);
  const held = hint.alert.getByRole('button', { name: /^Retry in \d+ s$/ });
  await expect(held).toBeDisabled();
  await expect(hint.alert.getByRole('button', { name: 'Retry', exact: true })).toBeEnabled({
    timeout: 15_000,
  });
  await hint.alert.getByRole('button', { name: 'Retry', exact: true }).click();
  await expect(hint.answer).toContainText(REPLY);
});

test('a context that is too long offers to clear the chat history, which then works', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply(REPLY);
  const { panel } = await openWithPanel({ context, serve, openPanel });
  const chat = section(panel, 'Follow-up chat');
  await chat.getByLabel('Ask a follow-up').fill('Why borders?');
  await chat.getByRole('button', { name: 'Send' }).click();
  await expect(chat.getByTestId('chat-turns').getByRole('listitem')).toHaveCount(2);

  mock.setFault({ kind: 'context-length-exceeded', once: true });
  await chat.getByLabel('Ask a follow-up').fill('And the failure function?');
  await chat.getByRole('button', { name: 'Send' }).click();
  const alert = chat.getByRole('alert');
  await expect(alert).toContainText(/longer than "gpt-4o-mini" accepts \(context length exceeded\)/);
  await alert.getByRole('button', { name: 'Clear the chat history' }).click();
  await expect(chat.getByTestId('chat-turns').getByRole('listitem')).toHaveCount(0);

  await chat.getByLabel('Ask a follow-up').fill('And the failure function?');
  await chat.getByRole('button', { name: 'Send' }).click();
  await expect(chat.getByTestId('chat-turns').getByRole('listitem')).toHaveCount(2);
  expect(promptOf(chatRequests(mock).at(-1))).not.toContain('Why borders?');
});

for (const { name, fault, message } of FAILURES) {
  test(`${name} shows its message, and Retry then works`, async ({
    context,
    background,
    serve,
    openPanel,
    mock,
  }) => {
    await configureMock(background, mock);
    mock.setReply(REPLY);
    mock.setFault(fault);
    const { panel } = await openWithPanel({ context, serve, openPanel });
    await panel.getByRole('button', { name: 'Next hint' }).click();
    const hint = firstHint(panel);
    await expect(hint.alert).toContainText(message);

    mock.setFault(null);
    await hint.retry.click();
    await expect(hint.answer).toContainText(REPLY);
    await expect(hint.alert).toHaveCount(0);
  });
}

test('a server error (500) is retried with backoff inside the request', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply(REPLY);
  mock.setFault({ kind: 'server-error', status: 500, once: true });
  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const hint = firstHint(panel);
  await expect(hint.answer).toContainText(REPLY);
  await expect(hint.alert).toHaveCount(0);
  expect(chatRequests(mock)).toHaveLength(2);
});

test('server errors that outlast the retries say so, and Retry then works', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply(REPLY);
  mock.setFault({ kind: 'server-error', status: 503 });
  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const hint = firstHint(panel);
  await expect(hint.alert).toContainText(/server error \(503\) and retries did not help/);
  expect(chatRequests(mock)).toHaveLength(3);

  mock.setFault(null);
  await hint.retry.click();
  await expect(hint.answer).toContainText(REPLY);
});

test('no first token within the chosen wait stops waiting, showing the time spent, and Retry then works', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  test.setTimeout(60_000);
  await configureMock(background, mock, { firstTokenTimeoutSec: 8 });
  mock.setReply(REPLY);
  mock.setFault({ kind: 'slow-first-token', delayMs: 20_000, once: true });
  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const hint = firstHint(panel);
  await expect(hint.answer.getByRole('button', { name: 'Stop' })).toBeVisible();
  await expect(hint.answer.getByTestId('answer-waiting')).toContainText(/Waiting for the model… [2-7] s/, {
    timeout: 8_000,
  });
  await expect(hint.alert).toContainText(/sent nothing for 8 s.*Wait for the first word/, {
    timeout: 12_000,
  });

  await hint.retry.click();
  await expect(hint.answer).toContainText(REPLY);
});

test('a stream that goes quiet mid-answer ends after 30 s with its partial answer and Retry', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  test.setTimeout(75_000);
  await configureMock(background, mock);
  mock.setReply(LONG_REPLY);
  mock.setFault({ kind: 'stall-mid-stream', afterChunks: 3, once: true });
  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const hint = firstHint(panel);
  await expect(hint.answer).toContainText('Step 1: keep');
  await expect(hint.alert).toContainText(/went quiet for 30 s.*partial answer is kept/, { timeout: 40_000 });
  await expect(hint.answer).toContainText('Step 1: keep');
  await expect(hint.answer.getByRole('button', { name: 'Stop' })).toHaveCount(0);

  await hint.retry.click();
  await expect(hint.answer).toContainText('Step 60: keep the longest border seen so far.');
});

test('a connection dropped mid-stream keeps the partial answer, with Retry', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply(LONG_REPLY);
  // The server dies once the first steps are on screen (a timed drop would race the browser, which
  // discards bytes it had not read when a connection resets).
  mock.setFault({ kind: 'stall-mid-stream', afterChunks: 6, once: true });
  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const hint = firstHint(panel);
  await expect(hint.answer).toContainText('Step 1: keep the longest');
  mock.cutHeld();
  await expect(hint.alert).toContainText(/connection dropped before the answer finished/);
  await expect(hint.answer).toContainText('Step 1: keep the longest');
  await expect(hint.answer).not.toContainText('Step 60');

  await hint.retry.click();
  await expect(hint.answer).toContainText('Step 60: keep the longest border seen so far.');
  await expect(hint.alert).toHaveCount(0);
});

test('a malformed chunk keeps the partial answer, with Retry', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply(LONG_REPLY);
  mock.setFault({ kind: 'malformed-chunk', afterChunks: 4, once: true });
  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const hint = firstHint(panel);
  await expect(hint.alert).toContainText(/could not read \(malformed stream\)/);
  await expect(hint.answer).toContainText('Step 1: keep');

  await hint.retry.click();
  await expect(hint.answer).toContainText('Step 60: keep the longest border seen so far.');
});

test('the network being down says so, and Retry works once the server is reachable', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock, { baseURL: `http://127.0.0.1:${await closedPort()}/v1` });
  mock.setReply(REPLY);
  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const hint = firstHint(panel);
  await expect(hint.alert).toContainText(/Could not reach the model server/);

  await configureMock(background, mock);
  await hint.retry.click();
  await expect(hint.answer).toContainText(REPLY);
});

test('the service worker restarting mid-answer says so, and Retry works once it is back', async ({
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
  const hint = firstHint(panel);
  await expect(hint.answer).toContainText('Step 2');

  const cdp = await context.newCDPSession(panel);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect(hint.alert).toContainText(/background restarted while answering/);
  await expect(hint.answer).toContainText('Step 1: keep');

  mock.setTokenDelay(0);
  await hint.retry.click();
  await expect(hint.answer).toContainText('Step 60: keep the longest border seen so far.');
  await expect(hint.alert).toHaveCount(0);
});
