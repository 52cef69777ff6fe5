import { existsSync } from 'node:fs';
import { bundleSize, kb } from '../support/bundle';
import type { BenchRow } from './types';

const OUT = '.output/chrome-mv3';

const ENTRIES: { name: string; entry: string; lazy?: string[]; aim?: string }[] = [
  { name: 'content script, coding sites', entry: 'content-scripts/coding.js', aim: '≤ 12 KB gz' },
  { name: 'content script, job boards', entry: 'content-scripts/jobs.js', aim: '≤ 12 KB gz' },
  { name: 'read-page (on request only)', entry: 'read-page.js' },
  { name: 'background', entry: 'background.js' },
  { name: 'side panel, first paint', entry: 'sidepanel.html', aim: '≤ 150 KB gz' },
  { name: 'side panel + offline coach (lazy)', entry: 'sidepanel.html', lazy: ['coach'] },
  {
    name: 'side panel + coach + model views (lazy)',
    entry: 'sidepanel.html',
    lazy: ['coach', 'ProblemModelCoach', 'JobModelCoach'],
  },
  { name: 'popup', entry: 'popup.html', aim: '≤ 80 KB gz' },
  { name: 'options', entry: 'options.html' },
];

/** Each built entrypoint's JavaScript at first load, raw and gzipped. */
export default async function bundleBench(): Promise<BenchRow[]> {
  if (!existsSync(`${OUT}/manifest.json`)) throw new Error('no build: run `npm run build` first');
  return ENTRIES.map(({ name, entry, lazy, aim }) => {
    const size = bundleSize(OUT, entry, lazy);
    return { section: 'bundle', metric: name, value: `${kb(size.raw)} raw, ${kb(size.gzip)} gz`, aim };
  });
}
