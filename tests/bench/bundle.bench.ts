import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleSize, kb } from '../support/bundle';
import { BUDGETS, CONTENT_SCRIPTS } from './budgets';
import type { BenchRow } from './types';

const OUT = '.output/chrome-mv3';

/** Pages and scripts as first loaded (scripts and stylesheets); budgeted ones fail `npm test` (budgets.ts). */
const ENTRIES: { name: string; entry: string; lazy?: string[] }[] = [
  ...CONTENT_SCRIPTS.map((group) => ({
    name: `content script, ${group}`,
    entry: `content-scripts/${group}.js`,
  })),
  { name: 'read-page (on request only)', entry: 'read-page.js' },
  { name: 'service worker', entry: 'background.js' },
  { name: 'side panel, first paint', entry: 'sidepanel.html' },
  { name: 'side panel + offline coach (lazy)', entry: 'sidepanel.html', lazy: ['coach'] },
  {
    name: 'side panel + coach + model views (lazy)',
    entry: 'sidepanel.html',
    lazy: ['coach', 'ProblemModelCoach', 'JobModelCoach'],
  },
  { name: 'popup', entry: 'popup.html' },
  { name: 'options', entry: 'options.html' },
];

/**
 * Every content script as one bundle, as a single all-sites script would ship. No page loads
 * this (each loads its group's script), but it is the figure to compare a one-script design with.
 */
async function allSitesInOneScript(): Promise<BenchRow> {
  const root = path.resolve('.');
  const result = await build({
    stdin: {
      contents: CONTENT_SCRIPTS.map((group) => `import './entrypoints/${group}.content.ts';`).join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    alias: { '@': root, 'wxt/browser': '@wxt-dev/browser' },
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    section: 'bundle',
    metric: 'all content scripts as one (comparison)',
    value: `${kb(code.length)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gz`,
  };
}

/** Each built entrypoint at first load (scripts and stylesheets), raw and gzipped. */
export default async function bundleBench(): Promise<BenchRow[]> {
  if (!existsSync(`${OUT}/manifest.json`)) throw new Error('no build: run `npm run build` first');
  const rows: BenchRow[] = ENTRIES.map(({ name, entry, lazy }) => {
    const size = bundleSize(OUT, entry, lazy);
    const budget = lazy ? undefined : BUDGETS.find((b) => b.entry === entry);
    const aim = budget ? `≤ ${budget.maxKb} KB gz (enforced)` : undefined;
    return { section: 'bundle', metric: name, value: `${kb(size.raw)} raw, ${kb(size.gzip)} gz`, aim };
  });
  rows.splice(2, 0, await allSitesInOneScript());
  return rows;
}
