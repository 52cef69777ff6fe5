import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleSize, kb } from '../support/bundle';

/*
 * Size budgets that fail `npm test` (issue 13). Sizes are deterministic, so they are enforced;
 * timings vary with the machine and stay informative in `npm run bench`.
 * To budget something new, add one line to BUDGETS.
 */

export interface Budget {
  /** What the user waits for, as the report names it. */
  name: string;
  /** A built file or page in the Chrome build, e.g. "popup.html" or "content-scripts/judges.js". */
  entry: string;
  /** Its first load, scripts and stylesheets, gzipped, in KB. */
  maxKb: number;
  /**
   * How many files its first load may fetch: an extension page receives them from the browser
   * process one after another, so each file is a wait on the first paint, whatever its size.
   */
  maxFiles?: number;
}

/** Every content script (entrypoints/<group>.content.ts), found rather than listed, so none escapes. */
export const CONTENT_SCRIPTS: readonly string[] = readdirSync('entrypoints')
  .filter((file) => file.endsWith('.content.ts'))
  .map((file) => file.replace(/\.content\.ts$/, ''))
  .sort();

export const BUDGETS: readonly Budget[] = [
  // Each runs on every page of its sites.
  ...CONTENT_SCRIPTS.map((group) => ({
    name: `content script, ${group}`,
    entry: `content-scripts/${group}.js`,
    maxKb: 12,
  })),
  // A stylesheet, the early storage read, the popup's module, Rolldown's runtime and the modules
  // it shares with other pages (lib/quiz/vite-popup-chunk.ts).
  { name: 'popup, first load', entry: 'popup.html', maxKb: 80, maxFiles: 5 },
  { name: 'side panel, first load', entry: 'sidepanel.html', maxKb: 150 },
  // MV3 stops an idle worker after about 30 s and every supported page load wakes it again.
  { name: 'service worker, first load', entry: 'background.js', maxKb: 48 },
];

export interface BudgetResult extends Budget {
  gzipKb: number;
  files: number;
  over: boolean;
}

export function checkBudgets(outDir: string, budgets: readonly Budget[] = BUDGETS): BudgetResult[] {
  return budgets.map((budget) => {
    const size = bundleSize(outDir, budget.entry);
    const gzipKb = size.gzip / 1024;
    const files = size.files.length;
    return { ...budget, gzipKb, files, over: gzipKb > budget.maxKb || files > (budget.maxFiles ?? files) };
  });
}

function main(): void {
  const outDir = path.resolve('.output/chrome-mv3');
  if (!existsSync(path.join(outDir, 'manifest.json'))) {
    console.error('budgets: no build in .output/chrome-mv3 (run `npm run build` first)');
    process.exitCode = 2;
    return;
  }
  const results = checkBudgets(outDir);
  const width = Math.max(...results.map((result) => result.name.length));
  for (const result of results) {
    const verdict = result.over ? 'OVER BUDGET' : 'ok';
    const files = result.maxFiles === undefined ? '' : `, ${result.files} files ≤ ${result.maxFiles}`;
    console.log(
      `${result.name.padEnd(width)}  ${kb(result.gzipKb * 1024).padStart(8)} gz  ≤ ${result.maxKb} KB${files}  ${verdict}`,
    );
  }
  const over = results.filter((result) => result.over);
  if (over.length > 0) {
    console.error(`budgets: ${over.map((result) => result.name).join(', ')} over budget`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
