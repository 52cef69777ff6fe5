import { existsSync, readdirSync } from 'node:fs';
import {
  countHint,
  openRecord,
  type PracticeRecord,
  recordKey,
  startAgain,
  startTimer,
} from '@/lib/practice/record';
import { finishAttempt } from '@/lib/practice/review';
import { launchWithExtension } from '../support/browser';
import { bundleSize, kb } from '../support/bundle';
import type { BenchRow } from './types';

const OUT = '.output/chrome-mv3';
const PROBLEMS = 2_000;
const RUNS = 7;
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const OUTCOMES = ['solved', 'solved', 'solved-with-help', 'gave-up'] as const;
const TECHNIQUES = [
  'hash-table',
  'two-pointers',
  'dynamic-programming',
  'graph',
  'binary-search',
  'greedy',
  'string',
];

/** Records the table's first row, in ms since navigation start. */
const WATCH_FIRST_ROW = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="history-row"]')) {
      window.__firstRowAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * A year of practice: half the problems on LeetCode (library slugs first), half on Codeforces;
 * one to three ended attempts each, with hints now and then, most of them scheduled for review.
 */
export function syntheticHistory(): Record<string, PracticeRecord> {
  const slugs = readdirSync('lib/coach/problem/library/entries').map((file) => file.replace(/\.json$/, ''));
  const start = Date.now() - 365 * DAY;
  const records: Record<string, PracticeRecord> = {};
  for (let i = 0; i < PROBLEMS; i += 1) {
    const leetcode = i % 2 === 0;
    const id = leetcode ? (slugs[i / 2] ?? `problem-${i}`) : `${1000 + i}${'ABCDEF'[i % 6]}`;
    const at = start + Math.floor((i / PROBLEMS) * 360 * DAY);
    let record: PracticeRecord = {
      ...openRecord(
        null,
        {
          site: leetcode ? 'leetcode' : 'codeforces',
          id,
          url: leetcode
            ? `https://leetcode.com/problems/${id}/`
            : `https://codeforces.com/problemset/problem/${id.slice(0, -1)}/${id.slice(-1)}`,
          title: leetcode ? id.replaceAll('-', ' ') : `${id.slice(-1)}. Problem ${id}`,
          difficulty: (['Easy', 'Medium', 'Hard'] as const)[i % 3],
        },
        at,
      ),
      techniques: [
        TECHNIQUES[i % TECHNIQUES.length] as string,
        TECHNIQUES[(i * 3) % TECHNIQUES.length] as string,
      ],
    };
    for (let attempt = 0; attempt <= i % 3; attempt += 1) {
      const when = at + attempt * 4 * DAY;
      if (attempt > 0) record = startAgain(record, when);
      record = startTimer(record, when);
      if ((i + attempt) % 4 === 1) record = countHint(record, 'offline', 1);
      record = finishAttempt(
        record,
        OUTCOMES[(i + attempt) % 4] ?? 'solved',
        'you',
        when + (15 + (i % 40)) * MIN,
      );
    }
    records[`practice:${recordKey(record)}`] = record;
  }
  return records;
}

/** The progress page: its JavaScript, first paint with 2,000 problems, and storage per problem. */
export default async function progressBench(): Promise<BenchRow[]> {
  if (!existsSync(`${OUT}/manifest.json`)) throw new Error('no build: run `npm run build` first');
  const rows: BenchRow[] = [];
  const first = bundleSize(OUT, 'progress.html');
  const withPlots = bundleSize(OUT, 'progress.html', ['Plots']);
  const withLibrary = bundleSize(OUT, 'progress.html', ['library']);
  rows.push({ section: 'progress', metric: 'JS at first paint (gz)', value: kb(first.gzip) });
  rows.push({
    section: 'progress',
    metric: 'lazy: plots, Chartist (gz)',
    value: kb(withPlots.gzip - first.gzip),
  });
  rows.push({
    section: 'progress',
    metric: 'lazy: the library index for suggestions (gz)',
    value: kb(withLibrary.gzip - first.gzip),
  });

  const browser = await launchWithExtension();
  try {
    const records = syntheticHistory();
    const bytes = await browser.background.evaluate(async (stored) => {
      const before = await chrome.storage.local.getBytesInUse(null);
      await chrome.storage.local.set(stored);
      return (await chrome.storage.local.getBytesInUse(null)) - before;
    }, records);
    rows.push({
      section: 'progress',
      metric: `storage per recorded problem (${PROBLEMS}, 1–3 attempts each)`,
      value: `${(bytes / PROBLEMS).toFixed(0)} B (${kb(bytes)} in all)`,
    });
    const url = `chrome-extension://${browser.extensionId}/progress.html`;
    const firstPaint = async () => {
      const page = await browser.context.newPage();
      await page.addInitScript(WATCH_FIRST_ROW);
      await page.goto(url);
      await page.waitForSelector('[data-testid="history-row"]');
      const at = await page.evaluate(() => (window as unknown as { __firstRowAt: number }).__firstRowAt);
      await page.close();
      return at;
    };
    const cold = await firstPaint();
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run += 1) warm.push(await firstPaint());
    rows.push({
      section: 'progress',
      metric: `first paint of the table, ${PROBLEMS} problems (median of ${RUNS})`,
      value: `${median(warm).toFixed(0)} ms (first open ${cold.toFixed(0)} ms)`,
      aim: '≤ 300 ms',
    });
  } finally {
    await browser.close();
  }
  return rows;
}
