import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/cli/parse';
import { analyzeProblem } from '@/lib/coach/problem';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import type { ProblemContext } from '@/lib/extract/context';
import { readAsExtension } from '@/lib/extract/pipeline';

const FIXTURE = join(__dirname, '../../../fixtures/atcoder/dp-b-frog-2.html');
const URL = 'https://atcoder.jp/contests/dp/tasks/dp_b';

/** The page as the extension reads it, coached with and without the library. */
function coach(withLibrary: boolean) {
  const context = readAsExtension(parsePage(readFileSync(FIXTURE, 'utf8')), URL);
  if (context.kind !== 'problem') throw new Error(`expected a problem page, read ${context.kind}`);
  const library = loadLibrary();
  return { context, analysis: analyzeProblem(context, withLibrary ? library.match(context) : null) };
}

describe("AtCoder's Educational DP Contest page, read by the real extractor", () => {
  it("finds its library entry by the task id and coaches from the entry's notes", () => {
    const { context, analysis } = coach(true);
    expect(context.id).toBe('dp_b');
    expect(analysis.source).toBe('library');
    expect(analysis.library).toEqual({ slug: 'atcoder-dp-frog-2', title: 'Frog 2' });
    expect(analysis.patterns[0]?.id).toBe('dynamic-programming');
    expect(analysis.techniqueSure).toBe(true);
    expect(analysis.complexityTarget).toBe('O(n * k)');
    expect(analysis.complexityLimitReason).toContain('10^5');
    expect(analysis.related.map((r) => r.slug)).toContain('atcoder-dp-frog-1');
  });

  it('links related entries of the contest to AtCoder, not to LeetCode', () => {
    const frog1 = coach(true).analysis.related.find((r) => r.slug === 'atcoder-dp-frog-1');
    expect(frog1?.url).toBe('https://atcoder.jp/contests/dp/tasks/dp_a');
  });
});

describe("the contest's problems under the names other sites give them", () => {
  const library = loadLibrary();
  const slugFor = (site: ProblemContext['site'], title: string) =>
    library.match({ site, id: 'not-a-task-id', title })?.entry.slug ?? null;

  it('finds the same question under its other title', () => {
    expect(slugFor('geeksforgeeks', 'Geek Jump')).toBe('atcoder-dp-frog-1');
    expect(slugFor('geeksforgeeks', 'Minimal Cost')).toBe('atcoder-dp-frog-2');
    expect(slugFor('geeksforgeeks', "Geek's Training")).toBe('atcoder-dp-vacation');
    expect(slugFor('generic', "Ninja's Training")).toBe('atcoder-dp-vacation');
    expect(slugFor('geeksforgeeks', '0 - 1 Knapsack Problem')).toBe('atcoder-dp-knapsack-1');
  });

  it("never claims another site's page by its own plain AtCoder title", () => {
    expect(slugFor('codeforces', 'Slimes')).toBeNull();
    expect(slugFor('generic', 'Tower')).toBeNull();
    expect(slugFor('atcoder', 'Knapsack 2')).toBeNull();
  });
});
