import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import {
  chatRequests,
  configureMock,
  openWithPanel,
  PROBLEM,
  promptOf,
  SECRET,
  section,
} from './model-helpers';

/**
 * Runs in the page's main world before its scripts: records everything the page could observe of
 * Sparring (window messages, events dispatched in its world, every node and attribute added), shadow
 * roots included.
 */
const RECORD_WHAT_THE_PAGE_SEES = `
  window.__seen = [];
  const note = (what) => window.__seen.push(what);
  window.addEventListener('message', (e) => note('message ' + JSON.stringify(e.data)), true);
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    note('event ' + event.type + ' ' + JSON.stringify(event.detail ?? null));
    return dispatch.call(this, event);
  };
  window.addEventListener('sparring:editor-code', (e) => note('code event ' + JSON.stringify(e.detail)), true);
  const serialise = (node) => {
    if (node.nodeType !== 1) return node.textContent ?? '';
    return node.outerHTML + (node.shadowRoot ? node.shadowRoot.innerHTML : '');
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) note('node ' + serialise(node));
      if (record.type === 'attributes') note('attr ' + record.attributeName + '=' + record.target.getAttribute(record.attributeName));
      if (record.type === 'characterData') note('text ' + record.target.textContent);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
`;

test('the API key never reaches the panel, the options page, the page, or a prompt', async ({
  context,
  extensionId,
  serve,
  openPanel,
  mock,
}) => {
  // The key goes in through the options page, like a user's would.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Provider', { exact: true }).selectOption('compatible');
  await options.getByLabel('Base URL').fill(mock.baseURL);
  await options.getByLabel('API key').fill(SECRET);
  await options.getByLabel('Model', { exact: true }).fill('gpt-4o-mini');
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(options.getByLabel('API key')).toHaveValue('');
  await options.reload();
  const keyField = options.getByLabel('API key');
  await expect(keyField).toHaveValue('');
  await expect(keyField).toHaveAttribute(
    'placeholder',
    'A key is saved for this server (type to replace it)',
  );
  expect(await options.content()).not.toContain(SECRET);

  await context.addInitScript(RECORD_WHAT_THE_PAGE_SEES);
  const { page, panel } = await openWithPanel(
    { context, serve, openPanel },
    PROBLEM,
    '../e2e/pages/leetcode-monaco.html',
  );
  await panel.getByRole('button', { name: 'Next hint' }).click();
  await expect(section(panel, 'Hints from the model').getByTestId('answer-tokens')).toBeVisible();
  const review = section(panel, 'Review my code');
  await review.getByRole('button', { name: 'Read code from the page' }).click();
  await expect(review.getByLabel('Your code')).toHaveValue(/longestPrefix/);
  await review.getByRole('button', { name: 'Review my code' }).click();
  await expect(review.getByTestId('answer-tokens')).toBeVisible();

  expect(await panel.content()).not.toContain(SECRET);
  const fields = await panel.evaluate(() =>
    [...document.querySelectorAll('input, textarea')].map((field) => (field as HTMLInputElement).value),
  );
  expect(fields.join('\n')).not.toContain(SECRET);
  expect(await page.content()).not.toContain(SECRET);
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  // The recorder works: it saw the launcher's host being added (its closed shadow root and the
  // editor bridge's private channel are out of its sight: security-page.spec.ts).
  expect(seen.some((line) => line.includes('<sparring-launcher'))).toBe(true);
  expect(seen.join('\n')).not.toContain(SECRET);

  // The model hears the key only as a header, never in a prompt.
  const requests = chatRequests(mock);
  expect(requests).toHaveLength(2);
  for (const request of requests) {
    expect(JSON.stringify(request.body)).not.toContain(SECRET);
    expect(promptOf(request)).not.toContain(SECRET);
    expect(request.headers.authorization).toBe(`Bearer ${SECRET}`);
  }
});

test('content scripts cannot read storage.local, where the key lives', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  const { page } = await openWithPanel({ context, serve, openPanel });
  expect(
    await background.evaluate(
      async () => ((await chrome.storage.local.get('provider')).provider as object) ?? null,
    ),
  ).toMatchObject({ apiKey: SECRET });

  // The content script runs in an isolated world of the page; find it through the DevTools protocol.
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; origin: string; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: world }) => worlds.push(world));
  await cdp.send('Runtime.enable');
  const contentScript = await expect
    .poll(() => worlds.find((world) => world.origin.startsWith('chrome-extension://')) ?? null)
    .not.toBeNull()
    .then(() => worlds.find((world) => world.origin.startsWith('chrome-extension://')));
  const read = await cdp.send('Runtime.evaluate', {
    contextId: contentScript?.id,
    awaitPromise: true,
    returnByValue: true,
    expression: `(async () => {
      try {
        const all = await chrome.storage.local.get(null);
        return 'read: ' + JSON.stringify(all);
      } catch (error) {
        return 'refused: ' + error.message;
      }
    })()`,
  });
  const outcome = String(read.result.value);
  expect(outcome).toMatch(/^refused: /);
  expect(outcome).not.toContain(SECRET);
  // The same world does have the extension API: the refusal is the access level, not a missing API.
  const api = await cdp.send('Runtime.evaluate', {
    contextId: contentScript?.id,
    returnByValue: true,
    expression: 'typeof chrome.runtime.sendMessage',
  });
  expect(api.result.value).toBe('function');
});

test('hostile model output renders as inert text', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply(
    [
      'Try this: <img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=2</script>',
      '[click me](javascript:window.__pwned=3) and [docs](https://example.com/kmp)',
    ].join('\n\n'),
  );
  const { panel } = await openWithPanel({ context, serve, openPanel });
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const answer = section(panel, 'Hints from the model').getByTestId('answer').first();
  await expect(answer.getByTestId('answer-tokens')).toBeVisible();

  await expect(answer).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(answer).toContainText('<script>window.__pwned=2</script>');
  await expect(answer.locator('img')).toHaveCount(0);
  await expect(answer.locator('script')).toHaveCount(0);
  await expect(answer.locator('[onerror]')).toHaveCount(0);
  await expect(answer.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(answer.getByText('click me')).toBeVisible();
  await answer.getByText('click me').click();

  const safe = answer.getByRole('link', { name: 'docs' });
  await expect(safe).toHaveAttribute('href', 'https://example.com/kmp');
  await expect(safe).toHaveAttribute('target', '_blank');
  await expect(safe).toHaveAttribute('rel', /noopener/);
  expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a server error quoting the key shows it hidden, in the panel and in Test connection', async ({
  context,
  background,
  extensionId,
  serve,
  openPanel,
}) => {
  // Like some proxies: the rejection repeats the Authorization header it got.
  const echo = createServer((req, res) => {
    res.writeHead(400, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(
      JSON.stringify({
        error: { message: `Malformed header: ${req.headers.authorization}`, type: 'invalid_request_error' },
      }),
    );
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  const baseURL = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/v1`;
  try {
    await configureMock(background, { baseURL });
    const { panel } = await openWithPanel({ context, serve, openPanel });
    await panel.getByRole('button', { name: 'Next hint' }).click();
    const alert = section(panel, 'Hints from the model').getByRole('alert');
    await expect(alert).toContainText('Malformed header: Bearer [API key hidden]');
    expect(await panel.content()).not.toContain(SECRET);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('button', { name: 'Test connection' }).click();
    await expect(options.getByText(/Malformed header: Bearer \[API key hidden\]/)).toBeVisible();
    expect(await options.content()).not.toContain(SECRET);
  } finally {
    echo.closeAllConnections();
    await new Promise((resolve) => echo.close(resolve));
  }
});
