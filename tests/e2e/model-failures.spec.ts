import type { MockFault } from '../support/mock-openai';
import { expect, test } from './fixtures';
import {
  chatRequests,
  configureMock,
  firstHint,
  openWithPanel,
  promptOf,
  SHORT_REPLY,
  section,
} from './model-helpers';

/* Failures the server answers with: refusals, limits and errors, each with what the panel offers. */

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
  mock.setReply(SHORT_REPLY);
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
  await expect(hint.answer).toContainText(SHORT_REPLY);
});

test('a context that is too long offers to clear the chat history, which then works', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply(SHORT_REPLY);
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
    mock.setReply(SHORT_REPLY);
    mock.setFault(fault);
    const { panel } = await openWithPanel({ context, serve, openPanel });
    await panel.getByRole('button', { name: 'Next hint' }).click();
    const hint = firstHint(panel);
    await expect(hint.alert).toContainText(message);

    mock.setFault(null);
    await hint.retry.click();
    await expect(hint.answer).toContainText(SHORT_REPLY);
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
  mock.setReply(SHORT_REPLY);
  mock.setFault({ kind: 'server-error', status: 500, once: true });
  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const hint = firstHint(panel);
  await expect(hint.answer).toContainText(SHORT_REPLY);
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
  mock.setReply(SHORT_REPLY);
  mock.setFault({ kind: 'server-error', status: 503 });
  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const hint = firstHint(panel);
  await expect(hint.alert).toContainText(/server error \(503\) and retries did not help/);
  expect(chatRequests(mock)).toHaveLength(3);

  mock.setFault(null);
  await hint.retry.click();
  await expect(hint.answer).toContainText(SHORT_REPLY);
});
