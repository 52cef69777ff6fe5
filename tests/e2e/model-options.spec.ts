import type { Page } from '@playwright/test';
import { MOCK_MODELS } from '../support/mock-openai';
import { expect, test } from './fixtures';
import { SECRET } from './model-helpers';

async function fillCompatible(options: Page, baseURL: string, apiKey: string): Promise<void> {
  await options.getByLabel('Provider', { exact: true }).selectOption('compatible');
  await options.getByLabel('Base URL').fill(baseURL);
  await options.getByLabel('API key').fill(apiKey);
  await options.getByLabel('Model', { exact: true }).fill('gpt-4.1-mini');
}

test('the options page round-trips the provider settings', async ({ context, extensionId, mock }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByLabel('Provider', { exact: true })).toHaveValue('offline');
  await expect(options.getByRole('option', { name: 'OpenAI-compatible' })).toHaveCount(1);

  await fillCompatible(options, mock.baseURL, SECRET);
  await options.getByLabel('Daily token cap').fill('25000');
  // A server on this machine may need minutes to load a model: its default says so, and the user can choose.
  const wait = options.getByLabel('Wait for the first word (seconds)');
  await expect(wait).toHaveAttribute('placeholder', '300 (default for this server)');
  await wait.fill('600');
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByText('Saved.', { exact: true })).toBeVisible();

  await options.reload();
  await expect(options.getByLabel('Provider', { exact: true })).toHaveValue('compatible');
  await expect(options.getByLabel('Base URL')).toHaveValue(mock.baseURL);
  await expect(options.getByLabel('Model', { exact: true })).toHaveValue('gpt-4.1-mini');
  await expect(options.getByLabel('Daily token cap')).toHaveValue('25000');
  await expect(options.getByLabel('Wait for the first word (seconds)')).toHaveValue('600');
  await expect(options.getByLabel('API key')).toHaveValue('');
  await expect(options.getByRole('button', { name: 'Remove saved key' })).toBeVisible();

  // Saving again without typing a key keeps the saved one.
  await options.getByLabel('Model', { exact: true }).fill('gpt-4o');
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByText('Saved.', { exact: true })).toBeVisible();
  await options.reload();
  await expect(options.getByLabel('Model', { exact: true })).toHaveValue('gpt-4o');
  await expect(options.getByRole('button', { name: 'Remove saved key' })).toBeVisible();

  await options.getByRole('button', { name: 'Remove saved key' }).click();
  await expect(options.getByText('Saved.', { exact: true })).toBeVisible();
  await options.reload();
  await expect(options.getByLabel('API key')).toHaveAttribute('placeholder', 'None, or this server’s key');
  await expect(options.getByRole('button', { name: 'Remove saved key' })).toHaveCount(0);
});

test('Test connection reports a rejected key, then success with the model list', async ({
  context,
  extensionId,
  mock,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await fillCompatible(options, mock.baseURL, 'sk-wrong-key-000');

  mock.setFault({ kind: 'invalid-api-key' });
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByText(/The API key was rejected \(401\)/)).toBeVisible();
  expect(mock.requests.at(-1)?.headers.authorization).toBe('Bearer sk-wrong-key-000');

  mock.setFault(null);
  await options.getByLabel('API key').fill(SECRET);
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(
    options.getByText(`with model "gpt-4.1-mini". ${MOCK_MODELS.length} models available.`),
  ).toBeVisible();
  // The models the server listed are offered for the Model field.
  const offered = await options
    .locator(`datalist#${await options.getByLabel('Model', { exact: true }).getAttribute('list')} option`)
    .evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).value));
  expect(offered.sort()).toEqual([...MOCK_MODELS].sort());

  // A model the server does not have is named, with the ones it does.
  await options.getByLabel('Model', { exact: true }).fill('gpt-9');
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByText(/has no model "gpt-9"/)).toBeVisible();
  // Testing saved nothing.
  await options.reload();
  await expect(options.getByLabel('Provider', { exact: true })).toHaveValue('offline');
});
