import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'tests/fixtures/coach/problems/lc-hotter-days.html';
const URL_OF_FIXTURE = 'https://leetcode.com/problems/days-until-a-hotter-reading/description/';

function coach(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/coach.ts', ...args], {
    encoding: 'utf8',
    timeout: 90_000,
  });
}

// Each case starts Node with tsx and loads the library; on a loaded machine that alone took over
// 30 s (load 9 on 2 cores), so the limit only catches a hang.
describe('npm run coach', { timeout: 90_000 }, () => {
  it('prints the context and the analysis of a saved problem page as one JSON object', () => {
    const run = coach('--url', URL_OF_FIXTURE, FIXTURE);
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.context).toMatchObject({ kind: 'problem', title: 'Days Until a Hotter Reading' });
    expect(output.analysis).toMatchObject({
      source: 'statement',
      library: null,
      complexityTarget: 'O(n)',
      complexityLimit: 'O(n log n)',
    });
    expect(output.analysis.patterns[0].id).toBe('monotonic-stack');
    expect(Object.keys(output.analysis).sort()).toEqual(
      [
        'source',
        'library',
        'patterns',
        'techniqueSure',
        // Present only when the reading is not sure, as on this page (one phrase, no second reason).
        'techniqueDoubt',
        'complexityTarget',
        'complexityReason',
        'complexityLimit',
        'complexityLimitReason',
        'edgeCases',
        'hints',
        'keyInsight',
        'pitfalls',
        'followUps',
        'related',
      ].sort(),
    );
  });

  it("coaches a problem the library knows from Sparring's notes, the page adding its limits", () => {
    const run = coach(
      '--url',
      'https://leetcode.com/problems/two-sum/',
      'tests/fixtures/leetcode/two-sum-next-data.html',
    );
    expect(run.status).toBe(0);
    const { analysis } = JSON.parse(run.stdout);
    expect(analysis).toMatchObject({ source: 'library', library: { slug: 'two-sum', title: 'Two Sum' } });
    expect(analysis.complexityTarget).toBe('O(n)');
    expect(analysis.complexityLimitReason).toContain('10^4');
    expect(analysis.keyInsight).toBeTruthy();
    expect(analysis.related.map((r: { slug: string }) => r.slug)).toContain('3sum');
  });

  it('analyses pasted text with --text', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coach-'));
    const file = path.join(dir, 'paste.txt');
    writeFileSync(
      file,
      'Merge Intervals\nGiven an array of intervals, merge all overlapping intervals.\nConstraints:\n1 <= intervals.length <= 10^4\n',
    );
    const run = coach('--text', file);
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.context).toMatchObject({ kind: 'problem', source: 'text', title: 'Merge Intervals' });
    expect(output.analysis.complexityLimit).toBe('O(n^2)');
  });

  it('reports bad arguments on one line of stderr and exits with 2', () => {
    for (const args of [[], ['--url', 'not a url', FIXTURE], ['--url', URL_OF_FIXTURE, 'missing.html']]) {
      const run = coach(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
