import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from '../support/browser';
import { bundleSize, kb } from '../support/bundle';
import { dueReview } from '../support/due-review';
import type { BenchRow } from './types';

const OUT = '.output/chrome-mv3';
const RUNS = 9;
/**
 * What the browser allows: an extension page whose one element is in its HTML, opened the same way.
 * With the worker stopped no extension page or worker is left, so Chromium ends the extension's
 * process and every open starts one; no code of ours runs before this page's element. Measured on
 * 2 cores shared with other jobs (medians of 9): at load 8-9 this page took 211-256 ms and the popup
 * 350-400 ms; at load 13-17, 469-574 ms and 605-632 ms; with another extension page keeping the
 * process alive, 60-75 ms and 175 ms. The old aim, 100 ms in all, lies below the floor whenever the
 * process has to start, so the popup's own part is aimed at: its time over this floor, measured
 * beside it in every run.
 */
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML = '<!doctype html><html><body><p data-testid="question">Floor</p></body></html>';

const TOPICS = ['algorithms', 'system-design', 'api-design', 'databases', 'concurrency', 'behavioral'];

/**
 * Logs when the first question appears, in ms since navigation start (performance.now's origin).
 * The bench listens for the log rather than waiting for a selector: Playwright's waitForSelector
 * injects its selector engine into the page while the popup loads, 8 to 15 ms of the page's main
 * thread in a trace, which the figure would count.
 */
const FIRST_QUESTION = 'bench: first question at';
const WATCH_FIRST_QUESTION = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="question"]')) {
      observer.disconnect();
      console.debug('${FIRST_QUESTION}', performance.now());
    }
  }).observe(document, { childList: true, subtree: true });
`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Reviews due now for the first `count` questions of the built bank, as the popup stores them. */
function dueProgress(count: number): unknown {
  const ids = TOPICS.flatMap((topic) => {
    const file = path.join('lib/quiz/bank', `${topic}.json`);
    return existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as { id: string; topic: string }[])
      : [];
  }).slice(0, count);
  const day = Date.now() - 86_400_000;
  return { cards: Object.fromEntries(ids.map(({ id, topic }) => [id, dueReview(topic, day)])), days: {} };
}

/** Popup time to first question in headless Chromium, and the JavaScript it loads to get there. */
export default async function popupBench(): Promise<BenchRow[]> {
  if (!existsSync(`${OUT}/manifest.json`)) throw new Error('no build: run `npm run build` first');
  const rows: BenchRow[] = [];

  const first = bundleSize(OUT, 'popup.html');
  rows.push({
    section: 'popup',
    metric: 'first load, scripts and stylesheets (gz)',
    value: kb(first.gzip),
    aim: '≤ 80 KB (enforced)',
  });
  const chunks = readdirSync(path.join(OUT, 'chunks'));
  const gz = (file: string) => gzipSync(readFileSync(path.join(OUT, 'chunks', file)), { level: 9 }).length;
  const firsts = chunks.filter((file) => TOPICS.some((topic) => file.startsWith(`${topic}-first-`)));
  const shards = chunks.filter((file) => TOPICS.some((topic) => file.startsWith(`${topic}-shard-`)));
  const banks = chunks.filter(
    (file) =>
      !firsts.includes(file) &&
      !shards.includes(file) &&
      TOPICS.some((topic) => file.startsWith(`${topic}-`)),
  );
  const scheduler = chunks.filter((file) => file.startsWith('scheduler-'));
  rows.push({
    section: 'popup',
    metric: `lazy: ${banks.length} topic banks (gz)`,
    value: `${kb(banks.reduce((sum, file) => sum + gz(file), 0))} total, ≤ ${kb(Math.max(0, ...banks.map(gz)))} each`,
  });
  rows.push({
    section: 'popup',
    metric: `lazy: ${firsts.length} topics' first questions (gz)`,
    value: `${kb(firsts.reduce((sum, file) => sum + gz(file), 0))} total, ≤ ${kb(Math.max(0, ...firsts.map(gz)))} each`,
  });
  rows.push({
    section: 'popup',
    metric: `lazy: ${shards.length} shards of the banks, for reviews (gz)`,
    value: `≤ ${kb(Math.max(0, ...shards.map(gz)))} each`,
  });
  rows.push({
    section: 'popup',
    metric: 'lazy: scheduler, ts-fsrs (gz)',
    value: kb(scheduler.reduce((s, f) => s + gz(f), 0)),
  });

  // A copy of the build with the floor page beside the popup; the popup's files are the same.
  const extension = mkdtempSync(path.join(tmpdir(), 'sparring-popup-bench-'));
  cpSync(OUT, extension, { recursive: true });
  writeFileSync(path.join(extension, FLOOR_PAGE), FLOOR_HTML);
  const browser = await launchWithExtension(extension);
  try {
    const url = `chrome-extension://${browser.extensionId}/popup.html`;
    const floorUrl = `chrome-extension://${browser.extensionId}/${FLOOR_PAGE}`;
    /**
     * MV3 stops an idle worker after about 30 s: the popup is often opened with none running. The
     * worker is stopped from one page kept open: closing a tab wakes it (the background listens for
     * closed tabs), and a helper page closed just before each open had it starting up, in the
     * popup's own process, while the popup was timed. A wake from the last measured page's close
     * is let finish and stopped too, then the extension's process is given time to end.
     */
    const holder = await browser.context.newPage();
    const workers = await browser.context.newCDPSession(holder);
    const status = new Map<string, string>();
    workers.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) status.set(version.versionId, version.runningStatus);
    });
    await workers.send('ServiceWorker.enable');
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const until = async (done: () => boolean) => {
      for (let waited = 0; waited < 2000 && !done(); waited += 50) await pause(50);
    };
    const stopWorker = async () => {
      await pause(100);
      await until(() => ![...status.values()].includes('starting'));
      await workers.send('ServiceWorker.stopAllWorkers');
      await until(() => [...status.values()].every((running) => running === 'stopped'));
      await pause(300);
    };
    let banksFetched = 0;
    let firstsFetched = 0;
    let shardsFetched = 0;
    const timeToFirstQuestion = async (pageUrl = url) => {
      await stopWorker();
      const page = await browser.context.newPage();
      page.on('request', (request) => {
        const file = request.url().split('/chunks/')[1];
        if (file && firsts.includes(file)) firstsFetched += 1;
        else if (file && shards.includes(file)) shardsFetched += 1;
        else if (file && banks.includes(file)) banksFetched += 1;
      });
      await page.addInitScript(WATCH_FIRST_QUESTION);
      const shown = page.waitForEvent('console', (message) => message.text().startsWith(FIRST_QUESTION));
      await page.goto(pageUrl);
      const at = Number((await shown).text().slice(FIRST_QUESTION.length));
      // The banks fetched while the question is read (prefetch) count too.
      await page.waitForTimeout(300);
      await page.close();
      return at;
    };
    const measure = async (label: string) => {
      banksFetched = 0;
      firstsFetched = 0;
      shardsFetched = 0;
      const cold = await timeToFirstQuestion();
      const warm: number[] = [];
      const floor: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        floor.push(await timeToFirstQuestion(floorUrl));
        warm.push(await timeToFirstQuestion());
      }
      rows.push(
        {
          section: 'popup',
          metric: `floor: an extension page with one inline element, worker stopped (median of ${RUNS})`,
          value: `${median(floor).toFixed(0)} ms`,
        },
        {
          section: 'popup',
          metric: `time to first question, ${label}, worker stopped (median of ${RUNS})`,
          value: `${median(warm).toFixed(0)} ms, ${(median(warm) - median(floor)).toFixed(0)} ms over the floor (first open ${cold.toFixed(0)} ms)`,
          aim: '≤ 100 ms over the floor',
        },
        {
          section: 'popup',
          metric: `topic banks fetched per open, ${label}`,
          value: `${(banksFetched / (RUNS + 1)).toFixed(1)} whole, ${(firstsFetched / (RUNS + 1)).toFixed(1)} first questions, ${(shardsFetched / (RUNS + 1)).toFixed(1)} shards`,
          aim: 'what the next questions need',
        },
      );
    };
    await measure('new user');
    // Through an extension page, not the worker handle from launch: the opens above stopped that
    // worker, and writing through it failed whenever it had not been woken again.
    const writer = await browser.context.newPage();
    await writer.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await writer.evaluate(
      (progress) => chrome.storage.local.set({ quizProgress: progress }),
      dueProgress(200) as Record<string, unknown>,
    );
    await writer.close();
    await measure('200 reviews due');
  } finally {
    await browser.close();
    rmSync(extension, { recursive: true, force: true });
  }
  return rows;
}
