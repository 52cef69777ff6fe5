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
