import { expect, test } from './fixtures';
import { openWithPanel } from './model-helpers';

// Debian's Chromium has no built-in model, which is the first case; then the worker is handed a
// stand-in for Chrome's Prompt API (`LanguageModel`) to run the real flow through it.

test('the options page says why Chrome’s built-in AI cannot be used here', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Provider', { exact: true }).selectOption('chrome-ai');
  // This Chromium either lacks the API or has it with no model behind it; both are explained.
  const why = /has no built-in AI|built-in model is unavailable on this device/;
  await expect(options.getByText(why)).toBeVisible();
  await options.getByRole('button', { name: 'Test connection' }).click();
  const status = options.getByRole('region', { name: 'Model provider' }).getByRole('status');
  await expect(status).toContainText(why);
  await expect(status).toHaveClass(/status-error/);
});

test('with Chrome’s built-in AI a hint streams into the panel, without any server', async ({
  context,
  serve,
  openPanel,
  background,
  mock,
}) => {
  await background.evaluate(async () => {
    const chunks = ['Which prefix ', 'is also ', 'a **suffix**?'];
    (globalThis as { LanguageModel?: unknown }).LanguageModel = {
      availability: async () => 'available',
      create: async () => ({
        async *promptStreaming() {
          for (const chunk of chunks) {
            await new Promise((resolve) => setTimeout(resolve, 20));
            yield chunk;
          }
        },
        destroy() {},
      }),
    };
    await chrome.storage.local.set({ provider: { kind: 'chrome-ai' } });
  });

  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  await expect(panel.getByTestId('answer').first()).toContainText('Which prefix is also a suffix?');
  // Nothing went to a server.
  expect(mock.requests).toHaveLength(0);
});

test('with Chrome’s built-in AI, job prep asks for the schema and renders the brief', async ({
  context,
  serve,
  openPanel,
  background,
  mock,
}) => {
  const brief = {
    roleBrief: { summary: 'A payments backend role.', level: 'Senior', stack: ['Go'], focusAreas: ['APIs'] },
    likelyRounds: [{ name: 'System design', whatToExpect: 'A ledger.' }],
    systemDesignChecklist: [{ topic: 'Idempotency', why: 'Retries.', points: ['Keys'] }],
    behaviouralPrompts: [{ prompt: 'An outage you led.', competency: 'Ownership', starTip: 'Numbers.' }],
    stackQuestions: [
      { topic: 'Go', question: 'How do goroutines leak?', whatGoodLooksLike: 'Blocked sends.' },
    ],
  };
  await background.evaluate(async (json) => {
    const scope = globalThis as { LanguageModel?: unknown; __constraints?: unknown[] };
    scope.__constraints = [];
    scope.LanguageModel = {
      availability: async () => 'available',
      create: async () => ({
        async *promptStreaming(_input: string, options: { responseConstraint?: unknown } = {}) {
          scope.__constraints?.push(options.responseConstraint ?? null);
          yield json;
        },
        destroy() {},
      }),
    };
    await chrome.storage.local.set({ provider: { kind: 'chrome-ai' } });
  }, JSON.stringify(brief));

  const { panel } = await openWithPanel(
    { context, serve, openPanel },
    'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345008',
    'greenhouse/job-boards.html',
  );
  await panel.getByRole('button', { name: 'Prepare me for this role' }).click();
  const answer = panel.getByRole('region', { name: 'Tailored preparation' }).getByTestId('answer');
  await expect(answer.getByRole('heading', { name: 'Role brief' })).toBeVisible();
  await expect(answer).toContainText('How do goroutines leak?');
  const constraints = await background.evaluate(
    () => (globalThis as { __constraints?: { type?: string }[] }).__constraints,
  );
  expect(constraints?.[0]?.type).toBe('object');
  expect(mock.requests).toHaveLength(0);
});
