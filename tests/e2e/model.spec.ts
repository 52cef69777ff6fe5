import * as z from 'zod/mini';
import { type JobPrep, jobPrepSchema } from '@/lib/llm/prompts/job-prep';
import { expect, fixture, test } from './fixtures';
import { chatRequests, configureMock, JOB, openWithPanel, PROBLEM, promptOf, section } from './model-helpers';

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

test('the hint ladder climbs one level per click and asks for the solution only after confirmation', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply((request) => {
    const level = /Give (?:a|the) level (\d)/.exec(promptOf(request))?.[1] ?? '?';
    return `Answer for level ${level}.`;
  });
  const { panel } = await openWithPanel({ context, serve, openPanel });
  const hints = section(panel, 'Hints from the model');

  for (const level of [1, 2, 3]) {
    await hints.getByRole('button', { name: 'Next hint' }).click();
    await expect(hints.getByRole('heading', { level: 3 }).nth(level - 1)).toContainText(`Level ${level}`);
    await expect(hints.getByTestId('answer').nth(level - 1)).toContainText(`Answer for level ${level}.`);
  }
  await expect(hints.getByRole('button', { name: 'Next hint' })).toHaveCount(0);

  const asksForSolution = () => chatRequests(mock).filter((r) => promptOf(r).includes('level 4')).length;
  await hints.getByRole('button', { name: 'Show the full solution…' }).click();
  await expect(hints.getByRole('button', { name: 'Yes, show the full solution' })).toBeVisible();
  expect(asksForSolution()).toBe(0);
  // "Not yet" backs out without asking anything.
  await hints.getByRole('button', { name: 'Not yet' }).click();
  expect(asksForSolution()).toBe(0);

  await hints.getByRole('button', { name: 'Show the full solution…' }).click();
  await hints.getByRole('button', { name: 'Yes, show the full solution' }).click();
  await expect(hints.getByTestId('answer').nth(3)).toContainText('Answer for level 4.');
  expect(asksForSolution()).toBe(1);
  expect(chatRequests(mock)).toHaveLength(4);
});

test('Check my approach sends the approach and streams the feedback', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply('Correct: the **prefix function** runs in O(n). Missed edge case: a single character.');
  const { panel } = await openWithPanel({ context, serve, openPanel });
  const approach = section(panel, 'Check my approach');

  const check = approach.getByRole('button', { name: 'Check my approach' });
  await expect(check).toBeDisabled();
  await approach.getByLabel('Your approach').fill('Compute the KMP failure function and return s[:pi[-1]].');
  await check.click();
  await expect(approach.getByTestId('answer')).toContainText('Missed edge case: a single character.');
  await expect(approach.getByTestId('answer-tokens')).toContainText(/\d+ tokens/);
  const [request] = chatRequests(mock);
  expect(promptOf(request)).toContain('Compute the KMP failure function');
});

test('Review my code works on pasted code and on code read from the page editor', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply(
    'Bug: none found. Complexity: O(n^2) in the worst case, above the O(n) the constraints want.',
  );
  const { page, panel } = await openWithPanel(
    { context, serve, openPanel },
    PROBLEM,
    '../e2e/pages/leetcode-monaco.html',
  );
  const review = section(panel, 'Review my code');
  const code = review.getByLabel('Your code');

  await code.fill('def longestPrefix(s): return ""');
  await review.getByRole('button', { name: 'Review my code' }).click();
  await expect(review.getByTestId('answer')).toContainText('Complexity: O(n^2)');
  expect(promptOf(chatRequests(mock)[0])).toContain('def longestPrefix(s): return ""');

  // The bridge script reaches into the page's main world only now, on request.
  await expect(page.locator('script[src*="editor-bridge"]')).toHaveCount(0);
  await review.getByRole('button', { name: 'Read code from the page' }).click();
  await expect(code).toHaveValue(/def longestPrefix\(self, s: str\) -> str:/);
  await expect(code).toHaveValue(/return s\[:n\]/);
  await review.getByRole('button', { name: 'Review my code' }).click();
  await expect.poll(() => chatRequests(mock).length).toBe(2);
  expect(promptOf(chatRequests(mock)[1])).toContain('if s[:n] == s[-n:]:');
  await expect(review.getByTestId('answer-tokens')).toContainText(/\d+ tokens/);
});

test('the follow-up chat keeps its turns per problem across panel reloads', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply((request) => `Reply ${chatRequests(mock).indexOf(request) + 1}: borders nest.`);
  const { page, panel } = await openWithPanel({ context, serve, openPanel });
  const chat = section(panel, 'Follow-up chat');

  await chat.getByLabel('Ask a follow-up').fill('Why does KMP run in linear time?');
  await chat.getByRole('button', { name: 'Send' }).click();
  const turns = chat.getByTestId('chat-turns').getByRole('listitem');
  await expect(turns).toHaveCount(2);
  await expect(turns.nth(0)).toHaveText('Why does KMP run in linear time?');
  await expect(turns.nth(1)).toContainText('Reply 1: borders nest.');

  await panel.reload();
  const reloaded = section(panel, 'Follow-up chat');
  await expect(reloaded.getByTestId('chat-turns').getByRole('listitem')).toHaveCount(2);
  await reloaded.getByLabel('Ask a follow-up').fill('And the space?');
  await reloaded.getByRole('button', { name: 'Send' }).click();
  await expect(reloaded.getByTestId('chat-turns').getByRole('listitem')).toHaveCount(4);
  // The second question carried the first exchange as history.
  expect(promptOf(chatRequests(mock)[1])).toContain('Reply 1: borders nest.');

  await panel.close();
  const reopened = await openPanel(page);
  const again = section(reopened, 'Follow-up chat').getByTestId('chat-turns').getByRole('listitem');
  await expect(again).toHaveCount(4);
  await expect(again.nth(3)).toContainText('Reply 2: borders nest.');
});

const PREP: JobPrep = {
  roleBrief: {
    summary: 'A senior backend role on the payments platform.',
    level: 'Senior',
    stack: ['Go', 'PostgreSQL', 'Kafka'],
    focusAreas: ['Idempotent payment APIs'],
  },
  likelyRounds: [{ name: 'System design', whatToExpect: 'Design a ledger.' }],
  systemDesignChecklist: [
    { topic: 'Double-entry ledger', why: 'Money must balance.', points: ['Idempotency keys'] },
  ],
  behaviouralPrompts: [
    { prompt: 'Tell me about an outage you led.', competency: 'Ownership', starTip: 'Quantify the impact.' },
  ],
  stackQuestions: [
    {
      topic: 'Kafka',
      question: 'How do you get exactly-once effects?',
      whatGoodLooksLike: 'Outbox pattern.',
    },
  ],
};

test('Prepare me for this role renders validated structured output', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  expect(z.safeParse(jobPrepSchema(), PREP).success).toBe(true);
  mock.setReply(JSON.stringify(PREP));
  const { panel } = await openWithPanel({ context, serve, openPanel }, JOB, 'greenhouse/job-boards.html');
  const prep = section(panel, 'Tailored preparation');

  await prep.getByRole('button', { name: 'Prepare me for this role' }).click();
  const answer = prep.getByTestId('answer');
  await expect(answer.getByRole('heading', { name: 'Role brief' })).toBeVisible();
  await expect(answer).toContainText('A senior backend role on the payments platform.');
  await expect(answer).toContainText('Double-entry ledger');
  await expect(answer).toContainText('Tell me about an outage you led.');
  await expect(answer).toContainText('How do you get exactly-once effects?');
  await expect(answer.getByTestId('answer-tokens')).toContainText(/\d+ tokens/);
  const [request] = chatRequests(mock);
  expect((request?.body as { response_format?: { type?: string } } | undefined)?.response_format?.type).toBe(
    'json_schema',
  );
});

test('a model that cannot give the structure gets a Markdown brief instead, with a notice', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  // Asked for the schema, it breaks off; asked for Markdown, it writes a brief.
  mock.setReply((request) =>
    (request.body as { response_format?: unknown }).response_format
      ? '{"roleBrief": "not the schema"'
      : '### Role brief\nA senior backend role on payments, in Go.\n\n### Likely rounds\n- System design: a ledger.',
  );
  const { panel } = await openWithPanel({ context, serve, openPanel }, JOB, 'greenhouse/job-boards.html');
  const prep = section(panel, 'Tailored preparation');

  await prep.getByRole('button', { name: 'Prepare me for this role' }).click();
  const answer = prep.getByTestId('answer');
  await expect(answer.getByRole('heading', { name: 'Likely rounds' })).toBeVisible();
  await expect(answer).toContainText('A senior backend role on payments, in Go.');
  await expect(answer.getByRole('status')).toContainText("did not return the brief's structure");
  await expect(prep.getByRole('button', { name: 'Regenerate' })).toBeVisible();
  expect(chatRequests(mock)).toHaveLength(2);
  // Both requests count.
  await expect(answer.getByTestId('answer-tokens')).toContainText(/\d+ tokens/);
  // The offline coach's own preparation is still on the panel above.
  await expect(panel.getByTestId('context-title')).toHaveText('Senior Backend Engineer, Payments');
});
