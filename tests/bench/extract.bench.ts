import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../lib/extract';
import { CHROMIUM_ARGS } from '../support/browser';
import { labelledPostings, requirementsRight } from '../unit/extract/jobs/real-shapes';
import { checkRealPage, realPages } from '../unit/extract/real-pages';
import type { BenchRow } from './types';

/*
 * Extraction accuracy on real pages (the aims of the real-pages issue), and speed: the median time
 * of `extractPage` per fixture page and on a ~2 MB page, in headless Chromium (what users run) and
 * in Node with linkedom (what the CLI and tests run).
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

/**
 * A saved page that cannot run or go anywhere: its scripts keep their text (readers parse app data
 * out of them) under a type no browser runs, and a meta refresh is dropped (real pages redirect).
 */
function inert(html: string): string {
  return html
    .replace(
      /<script(?![^>]*\btype=["']?application\/(ld\+)?json)([^>]*)>/gi,
      (_, _json, attrs: string) =>
        `<script${attrs.replace(/\btype=("[^"]*"|'[^']*'|\S+)/i, '')} type="text/inert">`,
    )
    .replace(/<meta[^>]+http-equiv=["']?refresh[^>]*>/gi, '');
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
      await page.setContent(inert(html), { waitUntil: 'domcontentloaded' });
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

/** The real pages (tests/fixtures/real-pages.json) and the labelled real-shaped postings. */
function accuracyRows(): BenchRow[] {
  const results = realPages().map(checkRealPage);
  const kinds = results.filter((result) => result.context.kind === result.page.checks.kind).length;
  const checks = results.flatMap((result) => result.checks);
  const held = checks.filter((check) => check.held).length;
  const judges = results.filter((result) => result.page.checks.kind === 'problem');
  const withInputs = judges.filter(
    ({ context }) =>
      context.kind === 'problem' && context.examples.length > 0 && context.examples.every((e) => e.input),
  ).length;
  const postings = labelledPostings();
  const right = postings.filter(requirementsRight).length;
  return [
    {
      section: 'extraction',
      metric: 'real pages read as their kind',
      value: `${kinds}/${results.length}`,
      aim: 'all',
    },
    {
      section: 'extraction',
      metric: 'real-page field checks held',
      value: `${((held / checks.length) * 100).toFixed(1)}% (${held}/${checks.length})`,
      aim: '≥ 95%',
    },
    {
      section: 'extraction',
      metric: 'judges whose real page gives samples with inputs',
      value: `${withInputs}/${judges.length}`,
      aim: 'all',
    },
    {
      section: 'extraction',
      metric: 'real-shaped postings with requirements in the right list',
      value: `${right}/${postings.length}`,
      aim: '≥ 7 of every 8',
    },
  ];
}

export default async function extractionBench(): Promise<BenchRow[]> {
  const pages = fixturePages();
  const leetcode = pages.find((page) => page.name === 'leetcode/longest-happy-prefix-dom.html') ?? pages[0];
  if (!leetcode) throw new Error('no fixtures');
  const huge = hugePages(leetcode);
  const fixtureNode = pages.map((page) => nodeMedian(page, RUNS));
  const hugeNode = huge.map((page) => nodeMedian(page, 5));
  const rows: BenchRow[] = accuracyRows();
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
