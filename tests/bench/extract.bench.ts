import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../lib/extract';
import { CHROMIUM_ARGS } from '../support/browser';
import type { BenchRow } from './types';

/*
 * Extraction speed: the median time of `extractPage` per fixture page and on a ~2 MB page, in
 * headless Chromium (what users run) and in Node with linkedom (what the CLI and tests run).
 */

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures');
const RUNS = 40;

interface Page {
  name: string;
  url: string;
  html: string;
}

function fixturePages(): Page[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(path.join(FIXTURES, dir.name))
        .filter((file) => file.endsWith('.html'))
        .map((file) => path.join(FIXTURES, dir.name, file))
        .filter((file) => existsSync(file.replace(/\.html$/, '.expected.json')))
        .map((file) => ({
          name: path.relative(FIXTURES, file),
          url: (
            JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8')) as { url: string }
          ).url,
          html: readFileSync(file, 'utf8'),
        })),
    );
}

/**
 * 2 MB pages: a real LeetCode problem inside 2 MB of the rest of the app (problem list, editor
 * lines, discussion), and the worst case, a description that is itself 2 MB.
 */
function hugePages(fixture: Page): Page[] {
  const row = (i: number) =>
    `<div role="row"><a href="/problems/p-${i}/">${i}. Problem ${i}</a><div class="text-difficulty-medium">Medium</div></div>`;
  const line = (i: number) =>
    `<div class="view-line"><span class="mtk1">const x${i} = nums[${i}] + target;</span></div>`;
  const comment = (i: number) =>
    `<div class="comment"><p>Comment ${i}: try a <code>Map</code>, it is O(n).</p></div>`;
  let noise = '';
  for (let i = 0; noise.length < 2 * 1024 * 1024; i++) noise += row(i) + line(i) + comment(i);
  const paragraph =
    '<p>Given an array <code>nums</code> of <strong>n</strong> integers where <code>-10<sup>9</sup> &lt;= nums[i]</code>, return <em>the answer</em>.</p>';
  const description = paragraph.repeat(Math.ceil((2 * 1024 * 1024) / paragraph.length));
  return [
    {
      name: 'huge page (2 MB)',
      url: fixture.url,
      html: fixture.html.replace('<body>', `<body><nav>${noise}</nav>`),
    },
    {
      name: 'huge description (2 MB)',
      url: 'https://leetcode.com/problems/two-sum/',
      html: `<!DOCTYPE html><html><head><title>Two Sum - LeetCode</title></head><body><div class="text-title-large"><a href="/problems/two-sum/">1. Two Sum</a></div><div data-track-load="description_content">${description}</div></body></html>`,
    },
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function nodeMedian(page: Page, runs: number): number {
  const { document } = parseHTML(page.html);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    extractPage(document, page.url);
    times.push(performance.now() - started);
  }
  return median(times);
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'lib/extract/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'SparringExtract',
    write: false,
    minify: true,
    alias: { '@': ROOT },
  });
  return result.outputFiles[0]?.text ?? '';
}

async function chromiumMedians(pages: Page[], script: string): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    const medians: number[] = [];
    for (const { html, url, name } of pages) {
      await page.setContent(html, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: script });
      const runs = name.startsWith('huge') ? 10 : RUNS;
      const times = await page.evaluate(
        ({ href, count }) => {
          const extract = (window as unknown as { SparringExtract: { extractPage: typeof extractPage } })
            .SparringExtract.extractPage;
          const out: number[] = [];
          for (let i = 0; i < count; i++) {
            const started = performance.now();
            extract(document, href);
            out.push(performance.now() - started);
          }
          return out;
        },
        { href: url, count: runs },
      );
      medians.push(median(times));
    }
    return medians;
  } finally {
    await browser.close();
  }
}

export default async function extractionBench(): Promise<BenchRow[]> {
  const pages = fixturePages();
  const leetcode = pages.find((page) => page.name === 'leetcode/longest-happy-prefix-dom.html') ?? pages[0];
  if (!leetcode) throw new Error('no fixtures');
  const huge = hugePages(leetcode);
  const fixtureNode = pages.map((page) => nodeMedian(page, RUNS));
  const hugeNode = huge.map((page) => nodeMedian(page, 5));
  const rows: BenchRow[] = [];
  try {
    const chrome = await chromiumMedians([...pages, ...huge], await bundle());
    const fixtureChrome = chrome.slice(0, pages.length);
    const slowest = Math.max(...fixtureChrome);
    const slowestName = pages[fixtureChrome.indexOf(slowest)]?.name ?? '';
    rows.push(
      {
        section: 'extraction',
        metric: `Chromium median per fixture page (median of ${pages.length})`,
        value: `${median(fixtureChrome).toFixed(2)} ms`,
        aim: '≤ 5 ms',
      },
      {
        section: 'extraction',
        metric: `Chromium slowest fixture median (${slowestName})`,
        value: `${slowest.toFixed(2)} ms`,
        aim: '≤ 5 ms',
      },
      ...huge.map((page, i) => ({
        section: 'extraction',
        metric: `Chromium median, ${page.name}`,
        value: `${(chrome[pages.length + i] ?? Number.NaN).toFixed(1)} ms`,
        aim: '≤ 30 ms',
      })),
    );
  } catch (error) {
    rows.push({
      section: 'extraction',
      metric: 'Chromium',
      value: `not measured: ${(error as Error).message}`,
    });
  }
  rows.push(
    {
      section: 'extraction',
      metric: 'Node/linkedom median per fixture page',
      value: `${median(fixtureNode).toFixed(2)} ms`,
    },
    ...huge.map((page, i) => ({
      section: 'extraction',
      metric: `Node/linkedom median, ${page.name}`,
      value: `${(hugeNode[i] ?? Number.NaN).toFixed(1)} ms`,
    })),
  );
  return rows;
}
