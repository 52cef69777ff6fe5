import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Serve saved pages on their real URLs. Everything else off-machine is refused, so a test can
 * never reach the internet by accident; loopback (the model mock) passes through.
 */
export async function serveSites(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route(
    (url) => !LOOPBACK.has(url.hostname) && url.protocol.startsWith('http'),
    (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'offline in tests' }),
  );
  for (const [url, html] of Object.entries(pages)) {
    await context.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
  }
}

export function fixture(...parts: string[]): Promise<string> {
  return readFile(path.resolve('tests/fixtures', ...parts), 'utf8');
}
