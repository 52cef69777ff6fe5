import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleSize, kb } from '../support/bundle';

/*
 * The service worker's first-load budget (issue 13): MV3 stops an idle worker after about 30 s and
 * every supported page load wakes it, evaluating all of this again. Sizes are deterministic, so
 * `npm test` enforces it after the build; `npm run bench` prints it with the wake-to-ready time.
 */

export const WORKER_BUDGET = {
  name: 'service worker, first load',
  entry: 'background.js',
  maxKb: 48,
} as const;

export function workerSize(outDir: string): { gzipKb: number; over: boolean } {
  const gzipKb = bundleSize(outDir, WORKER_BUDGET.entry).gzip / 1024;
  return { gzipKb, over: gzipKb > WORKER_BUDGET.maxKb };
}

function main(): void {
  const outDir = path.resolve('.output/chrome-mv3');
  if (!existsSync(path.join(outDir, 'manifest.json'))) {
    console.error('worker budget: no build in .output/chrome-mv3 (run `npm run build` first)');
    process.exitCode = 2;
    return;
  }
  const { gzipKb, over } = workerSize(outDir);
  console.log(
    `${WORKER_BUDGET.name}  ${kb(gzipKb * 1024)} gz  ≤ ${WORKER_BUDGET.maxKb} KB  ${over ? 'OVER BUDGET' : 'ok'}`,
  );
  if (over) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
