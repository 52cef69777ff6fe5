import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/cli/parse';
import { analyzeProblem } from '@/lib/coach/problem';
import { JUDGE_EXTRACTORS } from '@/lib/extract/coding';
import type { ProblemContext } from '@/lib/extract/context';
import { readAsExtension } from '@/lib/extract/pipeline';
import { cses } from '@/lib/extract/sites/cses';

const page = (name: string) => parsePage(readFileSync(`tests/fixtures/cses/${name}.html`, 'utf8'));

describe('CSES, a judge of its own', () => {
  it('reads each task under its own number, never as one generic "cses.fi/task"', () => {
    const first = readAsExtension(page('weird-algorithm'), 'https://cses.fi/problemset/task/1068');
    const second = readAsExtension(
      page('subarray-sums-ii-rendered'),
      'https://cses.fi/problemset/task/1661/',
    );
    expect(first).toMatchObject({ kind: 'problem', site: 'cses', id: '1068', title: 'Weird Algorithm' });
    expect(second).toMatchObject({ kind: 'problem', site: 'cses', id: '1661', title: 'Subarray Sums II' });
    expect(JUDGE_EXTRACTORS).toContain(cses);
  });

  it('reads course and contest pages on the same host as nothing of its own', () => {
    expect(cses.handles(new URL('https://cses.fi/418/task/A'))).toBe(false);
    expect(cses.pageId?.(new URL('https://cses.fi/problemset/list/'))).toBeUndefined();
  });

  it('sizes the expectation by its bounds, as on the other judges', () => {
    const statement =
      'Print the value described below for the given numbers a_1, ..., a_n after the procedure of the legend ends.';
    const on = (site: 'cses' | 'leetcode', url: string) => {
      const context: ProblemContext = {
        kind: 'problem',
        site,
        url,
        id: '1',
        title: 'Example',
        statement,
        examples: [],
        constraints: ['1 <= n <= 3000', '1 <= a_i <= 10^6'],
        tags: [],
        hints: [],
        source: 'dom',
      };
      return analyzeProblem(context);
    };
    const judged = on('cses', 'https://cses.fi/problemset/task/1');
    expect(judged.complexityTarget).toBe('O(n^2)');
    expect(judged.complexityReason).toMatch(/comes from its limits: n <= 3000 points at O\(n\^2\)/);
    expect(on('leetcode', 'https://leetcode.com/problems/example/').complexityReason).not.toMatch(
      /comes from its limits/,
    );
  });
});
