import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WORKER_BUDGET, workerSize } from '../../bench/worker-budget';

let outDir = '';
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

/** A build whose worker imports one chunk of `kb` KB of random (incompressible) bytes. */
function buildWith(kb: number): string {
  outDir = mkdtempSync(path.join(tmpdir(), 'sparring-worker-'));
  mkdirSync(path.join(outDir, 'chunks'));
  writeFileSync(path.join(outDir, 'background.js'), "import { a } from './chunks/model.js';");
  writeFileSync(path.join(outDir, 'chunks/model.js'), randomBytes(kb * 1024));
  return outDir;
}

describe("the service worker's size budget", () => {
  it('counts the chunks the worker imports, and passes under the budget', () => {
    const { gzipKb, over } = workerSize(buildWith(30));
    expect(gzipKb).toBeGreaterThan(29);
    expect(over).toBe(false);
  });

  it(`fails past ${WORKER_BUDGET.maxKb} KB gzipped`, () => {
    expect(workerSize(buildWith(WORKER_BUDGET.maxKb + 2)).over).toBe(true);
  });
});
