import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import { launchWithExtension } from '../support/browser';
import type { BenchRow } from './types';

/*
 * What typing in the problem page's code editor costs while Sparring's content script watches the
 * page (issue 13): a scripted burst of keys in a Monaco-like editor that re-renders its lines on
 * every key, like Monaco does. Counted: the content script's extraction runs during the burst, and
 * the page's script time against the same page on a host no content script covers.
 */

const OUT = '.output/chrome-mv3';
const PRACTICE = 'https://leetcode.com/problems/longest-happy-prefix/description/';
/** Same page, where no content script runs: the page's own cost of typing. */
const UNCOVERED = 'https://typing.bench.invalid/problems/longest-happy-prefix/description/';
export const KEYS = 'for n in range(len(s) - 1, 0, -1):\n    if s[:n] == s[-n:]:\n        return s[:n]\n';
/** A steady typist's pace (about 70 words a minute): slower than the content script's quiet time. */
const KEY_DELAY_MS = 150;

/** Monaco's shape: a hidden textarea takes the keys; the visible lines are re-rendered as spans. */
export const EDITOR = `
<div class="monaco-editor" style="height:300px">
  <div class="margin-view-overlays"></div>
  <textarea class="inputarea" autocorrect="off" spellcheck="false"></textarea>
  <div class="view-lines" role="presentation"></div>
  <div class="cursor" style="left:0"></div>
</div>
<script>
  const area = document.querySelector('.inputarea');
  const lines = document.querySelector('.view-lines');
  const margin = document.querySelector('.margin-view-overlays');
  const cursor = document.querySelector('.cursor');
  let text = '';
  const render = () => {
    const rows = text.split('\\n');
    lines.replaceChildren(...rows.map((row) => {
      const line = document.createElement('div');
      line.className = 'view-line';
      const span = document.createElement('span');
      span.className = 'mtk1';
      span.textContent = row;
      line.append(span);
      return line;
    }));
    margin.replaceChildren(...rows.map((_, i) => Object.assign(document.createElement('div'), { textContent: String(i + 1) })));
    cursor.style.left = rows[rows.length - 1].length * 7 + 'px';
  };
  area.addEventListener('input', () => { text += area.value; area.value = ''; render(); });
  area.addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); text += '\\n'; render(); } });
</script>`;

/**
 * Runs in the content script's own (isolated) world: counts bursts of DOM queries, one per
 * extraction. Page scripts and other worlds have their own copies of the DOM prototypes.
 */
const COUNT_EXTRACTIONS = `
  globalThis.__extractions = 0;
  let inBurst = false;
  for (const proto of [Document.prototype, Element.prototype]) {
    for (const name of ['querySelector', 'querySelectorAll']) {
      const original = proto[name];
      proto[name] = function (...args) {
        if (!inBurst) {
          inBurst = true;
          globalThis.__extractions += 1;
          queueMicrotask(() => { inBurst = false; });
        }
        return original.apply(this, args);
      };
    }
  }
`;

export async function contentScriptWorld(cdp: CDPSession): Promise<number | null> {
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  return (
    contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'))?.id ??
    null
  );
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
}

/** Types the burst into the editor; the page's script time during it, and the extraction runs seen. */
async function typeBurst(page: Page, url: string): Promise<{ scriptMs: number; extractions: number | null }> {
  await page.goto(url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const world = await contentScriptWorld(cdp);
  // Let the content script's load-time read and report settle first.
  await page.waitForTimeout(1_000);
  if (world !== null) await cdp.send('Runtime.evaluate', { contextId: world, expression: COUNT_EXTRACTIONS });
  await page.focus('.inputarea');
  const before = await scriptSeconds(cdp);
  await page.keyboard.type(KEYS, { delay: KEY_DELAY_MS });
  // The debounce's quiet time and maximum wait both pass before the count is taken.
  await page.waitForTimeout(1_500);
  const after = await scriptSeconds(cdp);
  const extractions =
    world === null
      ? null
      : ((
          (await cdp.send('Runtime.evaluate', {
            contextId: world,
            expression: 'globalThis.__extractions',
            returnByValue: true,
          })) as { result: { value: number } }
        ).result.value ?? null);
  await cdp.detach();
  return { scriptMs: (after - before) * 1000, extractions };
}

export default async function typingBench(): Promise<BenchRow[]> {
  const html = readFileSync('tests/e2e/pages/leetcode-monaco.html', 'utf8').replace(
    '</body>',
    `${EDITOR}</body>`,
  );
  readFileSync(`${OUT}/manifest.json`);
  const browser = await launchWithExtension();
  try {
    await browser.context.route(/^https:\/\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    const page = await browser.context.newPage();
    const covered = await typeBurst(page, PRACTICE);
    const uncovered = await typeBurst(page, UNCOVERED);
    const keys = KEYS.length;
    return [
      {
        section: 'typing',
        metric: `extraction runs while typing ${keys} keys in the editor`,
        value: covered.extractions === null ? 'content script not found' : String(covered.extractions),
        aim: '0',
      },
      {
        section: 'typing',
        metric: `content script's script time for ${keys} keys (page with it − without)`,
        value: `${Math.max(0, covered.scriptMs - uncovered.scriptMs).toFixed(1)} ms (page alone ${uncovered.scriptMs.toFixed(1)} ms)`,
      },
    ];
  } finally {
    await browser.close();
  }
}
