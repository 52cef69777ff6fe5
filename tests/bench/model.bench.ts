import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { analyze } from '../../lib/coach';
import { loadLibrary } from '../../lib/coach/problem/library/node';
import { extractPage } from '../../lib/extract';
import type { HintAttempt } from '../../lib/llm/prompts/attempt';
import { promptAnalysis } from '../../lib/llm/prompts/findings';
import { HINT_PROMPT_TOKEN_LIMIT, hintPromptTokens } from '../../lib/llm/prompts/hint';
import { launchWithExtension } from '../support/browser';
import { startMockOpenAI } from '../support/mock-openai';
import { fixture, serveSites } from '../support/sites';
import type { BenchRow } from './types';

/*
 * The model coach's figures: how soon a stopped service worker answers (its size is a row of
 * the bundle figures and of the budgets in budgets.ts), how late a streamed token shows in the panel, how soon the panel shows the page it is about, and
 * how many prompt tokens one hint request costs on real problem pages.
 */

const OUT = '.output/chrome-mv3';
const PROBLEM = 'https://leetcode.com/problems/longest-happy-prefix/description/';
const TOKENS = 300;
const TOKEN_DELAY_MS = 10;
const PANEL_RUNS = 9;
const WAKE_RUNS = 9;

/** Every streamed chunk is one numbered word ("w042 "), so the panel's text says which chunks it shows. */
const WORD_CHARS = 5;
const REPLY = Array.from({ length: TOKENS }, (_, i) => `w${String(i).padStart(3, '0')}`).join(' ');

/** In the panel: each time the answer's text changes, when (Date.now()) and the last chunk it shows. */
const WATCH_ANSWER = `
  window.__shown = [];
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid="answer"]')?.textContent ?? '';
    const words = text.match(/w\\d{3}/g);
    if (words) window.__shown.push([Date.now(), Number(words[words.length - 1].slice(1))]);
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

/** In the panel: when the element with `testId` first appears, in ms since navigation start, as `window.__seen[testId]`. */
const watchFirst = (testId: string) => `
  window.__seen = window.__seen ?? {};
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="${testId}"]')) {
      window.__seen['${testId}'] = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function tabIdOf(background: Worker, href: string): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const tabId = await background.evaluate(async (url) => {
      // One context:<tabId> item per tab in storage.session.
      const stored = await chrome.storage.session.get(null);
      const entry = Object.entries(stored).find(
        ([key, context]) => key.startsWith('context:') && (context as { url?: string }).url === url,
      );
      return entry ? Number(entry[0].slice('context:'.length)) : null;
    }, href);
    if (tabId !== null) return tabId;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no tab reported ${href}`);
}

/** Token → panel DOM latency for every chunk of one streamed hint. */
async function tokenLatencies(panel: Page, tokenTimes: number[]): Promise<number[]> {
  await panel.getByRole('button', { name: 'Next hint' }).click();
  await panel.getByTestId('answer-tokens').waitFor();
  const shown = await panel.evaluate(() => (window as unknown as { __shown: [number, number][] }).__shown);
  if (tokenTimes.length !== TOKENS) throw new Error(`the mock sent ${tokenTimes.length} of ${TOKENS} chunks`);
  return tokenTimes.map((sentAt, index) => {
    const seen = shown.find(([, last]) => last >= index);
    if (!seen) throw new Error(`chunk ${index} never appeared in the panel`);
    return seen[0] - sentAt;
  });
}

/**
 * From an extension page, the time a message takes to be answered by a worker the browser has just
 * stopped (as MV3 does after 30 s idle), against one already running: the wake-up a page load pays.
 */
async function wakeToReady(
  context: BrowserContext,
  extensionId: string,
): Promise<{ cold: number[]; warm: number[] }> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const ask = () =>
    page.evaluate(async () => {
      const started = performance.now();
      await chrome.runtime.sendMessage({ type: 'provider/get', data: {} });
      return performance.now() - started;
    });
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < WAKE_RUNS; run += 1) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    cold.push(await ask());
    warm.push(await ask());
  }
  await page.close();
  return { cold, warm };
}

/** A long attempt: 200 lines of code and a long approach check, more than any hint can carry. */
const LONG_ATTEMPT: HintAttempt = {
  code: Array.from({ length: 200 }, (_, i) => `    best = max(best, window_sum(nums, ${i}))`).join('\n'),
  approach: 'Slide a window and keep its sum. '.repeat(40),
};

/**
 * Prompt tokens of hint requests (every level) on the problem fixtures of three sites, with the
 * analysis the panel sends (library notes where the library knows the problem), without and with
 * the user's attempt.
 */
function hintTokenRows(): BenchRow[] {
  const library = loadLibrary();
  const counts: number[] = [];
  for (const site of ['leetcode', 'codeforces', 'atcoder']) {
    const dir = path.join('tests/fixtures', site);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.expected.json'))) {
      const { url } = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { url: string };
      const { document } = parseHTML(
        readFileSync(path.join(dir, file.replace('.expected.json', '.html')), 'utf8'),
      );
      const context = extractPage(document as unknown as Document, url);
      if (context.kind !== 'problem') continue;
      const coach = analyze(context, { library: library.match(context) });
      const findings = coach && promptAnalysis(coach);
      const analysis = findings?.kind === 'problem' ? findings.analysis : undefined;
      const levels = [undefined, LONG_ATTEMPT].flatMap((attempt) => [
        ...[1, 2, 3].map((level) =>
          hintPromptTokens({ problem: context, analysis, level: level as 1 | 2 | 3, attempt }),
        ),
        hintPromptTokens({ problem: context, analysis, level: 4, confirmedSolution: true, attempt }),
      ]);
      counts.push(Math.max(...levels));
    }
  }
  return [
    {
      section: 'model',
      metric: `prompt tokens per hint request, ${counts.length} problem pages, with and without the user's attempt (max)`,
      value: String(Math.max(...counts)),
      aim: `≤ ${HINT_PROMPT_TOKEN_LIMIT.toLocaleString('en-US')}`,
    },
    {
      section: 'model',
      metric: 'prompt tokens per hint request (median)',
      value: String(percentile(counts, 50)),
    },
  ];
}

export default async function modelBench(): Promise<BenchRow[]> {
  if (!existsSync(`${OUT}/manifest.json`)) throw new Error('no build: run `npm run build` first');
  const rows: BenchRow[] = [];
  const mock = await startMockOpenAI({ tokenDelayMs: TOKEN_DELAY_MS, chunkChars: WORD_CHARS });
  mock.setReply(REPLY);
  const browser = await launchWithExtension();
  try {
    const { context, background, extensionId } = browser;
    await serveSites(context, {
      [PROBLEM]: await fixture('../e2e/pages/leetcode-longest-happy-prefix.html'),
    });
    await background.evaluate((provider) => chrome.storage.local.set({ provider }), {
      kind: 'compatible',
      baseURL: mock.baseURL,
      model: 'gpt-4o-mini',
      apiKey: 'sk-bench',
    });
    const wake = await wakeToReady(context, extensionId);
    rows.push({
      section: 'model',
      metric: `worker stopped → message answered (median of ${WAKE_RUNS})`,
      value: `${percentile(wake.cold, 50).toFixed(0)} ms (running worker ${percentile(wake.warm, 50).toFixed(0)} ms)`,
    });

    const page = await context.newPage();
    await page.goto(PROBLEM);
    const panelURL = `chrome-extension://${extensionId}/sidepanel.html?tabId=${await tabIdOf(background, PROBLEM)}`;

    // Every open is a new document, so the coach's lazy chunk is loaded and its patterns compiled
    // each time: "coaching shown" (the complexity summary) is the wait a user has before the offline
    // coach says anything.
    const seen = { title: [] as number[], coaching: [] as number[] };
    for (let run = 0; run <= PANEL_RUNS; run += 1) {
      const panel = await context.newPage();
      await panel.addInitScript(watchFirst('context-title'));
      await panel.addInitScript(watchFirst('complexity-summary'));
      await panel.goto(panelURL);
      await panel.getByTestId('complexity-summary').waitFor();
      const times = await panel.evaluate(
        () => (window as unknown as { __seen: Record<string, number> }).__seen,
      );
      seen.title.push(times['context-title'] ?? Number.NaN);
      seen.coaching.push(times['complexity-summary'] ?? Number.NaN);
      await panel.close();
    }
    const opened = (times: number[]) => {
      const [first = Number.NaN, ...warm] = times;
      return `${percentile(warm, 50).toFixed(0)} ms (first open ${first.toFixed(0)} ms)`;
    };
    rows.push(
      {
        section: 'model',
        metric: `panel open → context title (median of ${PANEL_RUNS})`,
        value: opened(seen.title),
        aim: '≤ 300 ms',
      },
      {
        section: 'model',
        metric: `panel open → the offline coach's first reading shown (median of ${PANEL_RUNS})`,
        value: opened(seen.coaching),
      },
    );

    const panel = await context.newPage();
    await panel.addInitScript(WATCH_ANSWER);
    await panel.goto(panelURL);
    const latencies = await tokenLatencies(panel, mock.tokenTimes);
    rows.push({
      section: 'model',
      metric: `token leaves mock → in panel DOM, ${TOKENS} tokens every ${TOKEN_DELAY_MS} ms (p50)`,
      value: `${percentile(latencies, 50).toFixed(0)} ms`,
    });
    rows.push({
      section: 'model',
      metric: 'token leaves mock → in panel DOM (p95)',
      value: `${percentile(latencies, 95).toFixed(0)} ms (max ${Math.max(...latencies).toFixed(0)} ms)`,
      aim: '≤ 50 ms',
    });
  } finally {
    await browser.close();
    await mock.close();
  }
  rows.push(...hintTokenRows());
  return rows;
}
