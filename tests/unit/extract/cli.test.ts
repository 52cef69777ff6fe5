import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(...args: string[]) {
  return spawnSync(TSX, ['lib/cli/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run extract', () => {
  it('prints the page context as one JSON object and exits 0', () => {
    const result = run(
      '--url',
      'https://codeforces.com/problemset/problem/1520/D',
      'tests/fixtures/codeforces/1520d-problemset.html',
    );
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: 'problem', site: 'codeforces', id: '1520D' });
  });

  it('rejects an unreadable file with a one-line error and exit code 2', () => {
    const result = run('--url', 'https://leetcode.com/problems/two-sum/', 'tests/fixtures/nope.html');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/cannot read/);
  });

  it('rejects a bad URL with exit code 2', () => {
    const result = run('--url', 'not a url', 'tests/fixtures/codeforces/1520d-problemset.html');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/not an http\(s\) URL/);
  });
});
