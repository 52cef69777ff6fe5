import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

/** An OpenAI-compatible server with a single model, that wants the key "sk-good". */
async function oneModelServer(): Promise<{ baseURL: string; server: Server }> {
  const server = createServer((request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('access-control-allow-headers', '*');
    if (request.method === 'OPTIONS') return void response.end();
    response.setHeader('content-type', 'application/json');
    if (request.headers.authorization !== 'Bearer sk-good') {
      response.statusCode = 401;
      return void response.end(
        JSON.stringify({
          error: {
            message: 'Incorrect API key provided.',
            type: 'invalid_request_error',
            code: 'invalid_api_key',
          },
        }),
      );
    }
    response.end(
      JSON.stringify({ object: 'list', data: [{ id: 'tiny-1', object: 'model', owned_by: 'me' }] }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, server };
}

test('on the options page a failure and a success look different, and speak of the fields on screen', async ({
  context,
  extensionId,
}) => {
  const { baseURL, server } = await oneModelServer();
  try {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Provider', { exact: true }).selectOption('compatible');
    await options.getByLabel('Base URL').fill(baseURL);
    await options.getByLabel('Model', { exact: true }).fill('tiny-1');
    const status = options.locator('.provider-form [role="status"]');

    await options.getByLabel('API key').fill('sk-bad');
    await options.getByRole('button', { name: 'Test connection' }).click();
    await expect(status).toContainText('The API key was rejected (401)');
    await expect(status).toContainText('in the API key field above');
    await expect(status).not.toContainText('Sparring');
    const failure = await status.evaluate((element) => {
      const style = getComputedStyle(element);
      return { colour: style.color, background: style.backgroundColor, border: style.borderLeftStyle };
    });

    await options.getByLabel('API key').fill('sk-good');
    await options.getByRole('button', { name: 'Test connection' }).click();
    await expect(status).toHaveText(
      /^Connected to 127\.0\.0\.1:\d+ with model "tiny-1"\. 1 model available\.$/,
    );
    const success = await status.evaluate((element) => {
      const style = getComputedStyle(element);
      return { colour: style.color, background: style.backgroundColor, border: style.borderLeftStyle };
    });
    expect(failure.border).toBe('solid');
    expect(success.border).toBe('solid');
    expect(success.colour).not.toBe(failure.colour);
    expect(success.background).not.toBe(failure.background);
  } finally {
    server.close();
  }
});

test('the options sections are set apart', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Your data' })).toBeVisible();
  const gaps = await options.locator('main > section').evaluateAll((sections) =>
    sections.slice(1).map((section, index) => {
      const previous = (sections[index] as Element).getBoundingClientRect();
      return section.getBoundingClientRect().top - previous.bottom;
    }),
  );
  expect(gaps).toHaveLength(2);
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(16);
});
