import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchRow } from './types';

/**
 * `npm run bench`: runs every tests/bench/*.bench.ts module and prints one table. Benchmarks are
 * measured here, never asserted by timed tests.
 */
async function main(): Promise<void> {
  const dir = path.dirname(new URL(import.meta.url).pathname);
  const only = process.argv.slice(2);
  const modules = readdirSync(dir)
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
    .sort();
  const rows: BenchRow[] = [];
  let failed = false;
  for (const file of modules) {
    const started = performance.now();
    try {
      const bench = (await import(pathToFileURL(path.join(dir, file)).href)).default as BenchModule;
      rows.push(...(await bench()));
    } catch (error) {
      failed = true;
      rows.push({
        section: file,
        metric: 'error',
        value: error instanceof Error ? error.message : String(error),
      });
    }
    process.stderr.write(`${file}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  const widths = [
    Math.max(7, ...rows.map((r) => r.section.length)),
    Math.max(6, ...rows.map((r) => r.metric.length)),
    Math.max(5, ...rows.map((r) => r.value.length)),
  ];
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(['section', 'metric', 'value', 'aim']));
  for (const row of rows) console.log(line([row.section, row.metric, row.value, row.aim ?? '']));
  if (failed) process.exitCode = 1;
}

await main();
