import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { MockOpenAI, RecordedRequest } from '../support/mock-openai';
import { expect, fixture } from './fixtures';

/* Shared by the model*.spec.ts files: a problem or posting served on its real URL, the mock as provider. */

export const PROBLEM = 'https://leetcode.com/problems/longest-happy-prefix/description/';
export const JOB = 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345008';
export const SECRET = 'sk-test-secret-123';
export const MODEL = 'gpt-4o-mini';

export interface ProviderSettings {
  baseURL?: string;
  apiKey?: string;
  cap?: number | null;
  /** The options page's "Wait for the first word"; the mock is local, so its default is minutes. */
  firstTokenTimeoutSec?: number;
}

/** Save the mock as an OpenAI-compatible provider, exactly as the options page stores it. */
export async function configureMock(
  background: Worker,
  mock: Pick<MockOpenAI, 'baseURL'>,
  settings: ProviderSettings = {},
): Promise<void> {
  const baseURL = settings.baseURL ?? mock.baseURL;
  const provider = {
    kind: 'compatible',
    baseURL,
    model: MODEL,
    apiKey: settings.apiKey ?? SECRET,
    keyOrigin: new URL(baseURL).origin,
    ...(settings.firstTokenTimeoutSec ? { firstTokenTimeoutSec: settings.firstTokenTimeoutSec } : {}),
  };
  await background.evaluate(
    ({ provider, cap }) => chrome.storage.local.set({ provider, dailyTokenCap: cap }),
    { provider, cap: settings.cap ?? null },
  );
}

interface Fixtures {
  context: BrowserContext;
  serve(pages: Record<string, string>): Promise<void>;
  openPanel(page: Page): Promise<Page>;
}

/** A saved page on its real URL, and the side panel pinned to its tab, showing its title. */
export async function openWithPanel(
  { context, serve, openPanel }: Fixtures,
  url = PROBLEM,
  file = '../e2e/pages/leetcode-longest-happy-prefix.html',
): Promise<{ page: Page; panel: Page }> {
  await serve({ [url]: await fixture(file) });
  const page = await context.newPage();
  await page.goto(url);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('context-title')).toBeVisible();
  return { page, panel };
}

export function chatRequests(mock: MockOpenAI): RecordedRequest[] {
  return mock.requests.filter(
    (request) => request.method === 'POST' && request.path === '/v1/chat/completions',
  );
}

/** Everything the model was told in one request, as one string. */
export function promptOf(request: RecordedRequest | undefined): string {
  const messages = (request?.body as { messages?: { content: unknown }[] } | undefined)?.messages ?? [];
  return messages.map((message) => String(message.content)).join('\n');
}

/** The section of the model coach with this heading (its answer, buttons and fields). */
export function section(panel: Page, heading: string) {
  return panel.getByRole('region', { name: heading });
}

/** The first hint's answer, its failure and its Retry button. */
export function firstHint(panel: Page) {
  const answer = section(panel, 'Hints from the model').getByTestId('answer').first();
  return { answer, alert: answer.getByRole('alert'), retry: answer.getByRole('button', { name: 'Retry' }) };
}

/** A reply that arrives at once, for tests where only its arrival matters. */
export const SHORT_REPLY = 'Look at the longest border of the whole string.';

/** A long reply so a slowed mock is still streaming when the test acts. */
export const LONG_REPLY = Array.from(
  { length: 60 },
  (_, index) => `Step ${index + 1}: keep the longest border seen so far.`,
).join(' ');
