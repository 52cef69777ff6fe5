import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUDGETS, CONTENT_SCRIPTS, checkBudgets } from '../../bench/budgets';

/** `kb` KB of random bytes: incompressible, so gzipped they stay about as large. */
const noise = (kb: number) => randomBytes(kb * 1024);

let outDir = '';
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

function build(files: Record<string, string | Buffer>): string {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  outDir = mkdtempSync(path.join(tmpdir(), 'sparring-budgets-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true });
    writeFileSync(path.join(outDir, name), content);
  }
  return outDir;
}

describe('size budgets', () => {
  it("count a page's scripts, the chunks they import and its stylesheets, but not its lazy chunks", () => {
    const dir = build({
      'popup.html':
        '<script type="module" src="/chunks/popup.js"></script><link rel="stylesheet" crossorigin href="/assets/popup.css">',
      'chunks/popup.js': Buffer.concat([
        Buffer.from("import { a } from './react.js'; const lazy = () => import('./bank-x.js');"),
        noise(2),
      ]),
      'chunks/react.js': noise(3),
      'chunks/bank-x.js': noise(40),
      'assets/popup.css': noise(2),
    });
    const [result] = checkBudgets(dir, [{ name: 'popup', entry: 'popup.html', maxKb: 10 }]);
    expect(result?.gzipKb).toBeGreaterThan(6.5);
    expect(result?.gzipKb).toBeLessThan(8);
    expect(result?.over).toBe(false);
  });

  it('fail when a first load passes its budget', () => {
    const dir = build({ 'content-scripts/judges.js': noise(13) });
    const [result] = checkBudgets(dir, [{ name: 'judges', entry: 'content-scripts/judges.js', maxKb: 12 }]);
    expect(result?.over).toBe(true);
  });

  it('fail when a first load fetches more files than its budget allows, however small', () => {
    const page = (chunks: number) =>
      build({
        'popup.html': '<script type="module" src="/chunks/popup.js"></script>',
        'chunks/popup.js': Array.from({ length: chunks }, (_, i) => `import './c${i}.js';`).join(''),
        ...Object.fromEntries(Array.from({ length: chunks }, (_, i) => [`chunks/c${i}.js`, 'export {};'])),
      });
    const budget = { name: 'popup', entry: 'popup.html', maxKb: 80, maxFiles: 3 };
    expect(checkBudgets(page(2), [budget])[0]).toMatchObject({ files: 3, over: false });
    expect(checkBudgets(page(3), [budget])[0]).toMatchObject({ files: 4, over: true });
  });

  it('find every content script and hold each to 12 KB gzipped', () => {
    expect(CONTENT_SCRIPTS).toEqual(['ats', 'boards', 'judges', 'leetcode', 'practice']);
    for (const group of CONTENT_SCRIPTS) {
      expect(BUDGETS).toContainEqual(
        expect.objectContaining({ entry: `content-scripts/${group}.js`, maxKb: 12 }),
      );
    }
  });

  it('hold the service worker with the chunks it imports to 48 KB gzipped, as one row of the table', () => {
    const worker = BUDGETS.filter((budget) => budget.entry === 'background.js');
    expect(worker.map((budget) => budget.maxKb)).toEqual([48]);
    const withChunk = (kb: number) =>
      build({ 'background.js': "import { a } from './chunks/model.js';", 'chunks/model.js': noise(kb) });
    expect(checkBudgets(withChunk(30), worker)[0]?.over).toBe(false);
    expect(checkBudgets(withChunk(50), worker)[0]?.over).toBe(true);
  });
});
