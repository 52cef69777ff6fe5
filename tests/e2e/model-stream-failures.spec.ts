import { closedPort } from '../support/closed-port';
import { expect, test } from './fixtures';
import { configureMock, firstHint, LONG_REPLY, openWithPanel, SHORT_REPLY } from './model-helpers';

/* Failures of the answer's stream: no first token, silence, drops, bad chunks, no network, a restarted worker. */

test('no first token within the chosen wait stops waiting, showing the time spent, and Retry then works', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  test.setTimeout(60_000);
  await configureMock(background, mock, { firstTokenTimeoutSec: 8 });
  mock.setReply(SHORT_REPLY);
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
  await expect(hint.answer).toContainText(SHORT_REPLY);
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
  mock.setReply(SHORT_REPLY);
  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const hint = firstHint(panel);
  await expect(hint.alert).toContainText(/Could not reach the model server/);

  await configureMock(background, mock);
  await hint.retry.click();
  await expect(hint.answer).toContainText(SHORT_REPLY);
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
