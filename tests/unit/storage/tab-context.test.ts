import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, getContext, setContext } from '@/entrypoints/background/contexts';
import { type PageContext, type ProblemContext, pageContextSchema } from '@/lib/extract/context';
import { boundContext, CONTEXT_BOUNDS, tabContextItem } from '@/lib/storage/tab-context';

const FIXTURES = path.resolve('tests/fixtures');

/** Every saved page's expected context: real pages, which the bounds must leave whole. */
function realContexts(): PageContext[] {
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')).context)
    .filter((context) => pageContextSchema().safeParse(context).success);
}

const PROBLEM: ProblemContext = {
  kind: 'problem',
  site: 'leetcode',
  url: 'https://leetcode.com/problems/two-sum/',
  id: 'two-sum',
  title: 'Two Sum',
  statement: 'Given an array of integers nums and an integer target, return indices of two numbers.',
  examples: [{ input: 'nums = [2,7,11,15], target = 9', output: '[0,1]' }],
  constraints: ['2 <= nums.length <= 10^4'],
  tags: ['array', 'hash-table'],
  hints: [],
  source: 'next-data',
};

describe('bounding a tab’s context', () => {
  it('leaves every real page whole', () => {
    const contexts = realContexts();
    expect(contexts.length).toBeGreaterThan(20);
    for (const context of contexts) expect(boundContext(context)).toEqual(context);
  });

  it('cuts a 10 MB statement to the bound, saying so, and keeps the rest', () => {
    const huge = { ...PROBLEM, statement: 'a'.repeat(10 * 1024 * 1024) };
    const bounded = boundContext(huge) as ProblemContext;
    expect(bounded.statement.startsWith('a'.repeat(CONTEXT_BOUNDS.text))).toBe(true);
    expect(bounded.statement).toMatch(
      /\[… cut by Sparring: the page had 10,485,760 characters here, the first 40,000 are kept\]$/,
    );
    expect(bounded.statement.length).toBeLessThan(CONTEXT_BOUNDS.text + 200);
    expect({ ...bounded, statement: '' }).toEqual({ ...PROBLEM, statement: '' });
    expect(pageContextSchema().safeParse(bounded).success).toBe(true);
  });

  it('bounds every field and list of a hostile page, and the whole stays small', () => {
    const long = 'z'.repeat(50_000);
    const hostile: PageContext = {
      ...PROBLEM,
      url: `https://leetcode.com/problems/${long}`,
      id: long,
      title: long,
      statement: long,
      examples: Array.from({ length: 500 }, () => ({ input: long, output: long, explanation: long })),
      constraints: Array.from({ length: 5_000 }, () => long),
      tags: Array.from({ length: 5_000 }, (_, index) => `tag-${index}`),
      hints: [long],
    };
    const bounded = boundContext(hostile) as ProblemContext;
    expect(pageContextSchema().safeParse(bounded).success).toBe(true);
    expect(JSON.stringify(bounded).length).toBeLessThan(120_000);
    expect(bounded.title.length).toBeLessThan(CONTEXT_BOUNDS.field + 200);
    expect(bounded.url.length).toBe(CONTEXT_BOUNDS.address);
    expect(bounded.constraints.at(-1)).toMatch(/^\[… [\d,]+ more cut by Sparring\]$/);
    expect(bounded.tags.at(-1)).toMatch(/more cut by Sparring/);
  });

  it('never cuts inside a surrogate pair', () => {
    const title = `${'a'.repeat(CONTEXT_BOUNDS.field - 1)}${'😀'.repeat(10)}`;
    const bounded = boundContext({ ...PROBLEM, title }) as ProblemContext;
    expect(bounded.title.startsWith('a'.repeat(CONTEXT_BOUNDS.field - 1))).toBe(true);
    expect(bounded.title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(bounded.title).toMatch(/the first 999 are kept\]$/);
  });
});

describe('tab contexts in storage.session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps one key per tab, bounded, and forgets a closed tab', async () => {
    await setContext(1, { ...PROBLEM, statement: 'x'.repeat(200_000) });
    await setContext(2, PROBLEM);
    const stored = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(stored).sort()).toEqual(['context:1', 'context:2']);
    expect((stored['context:1'] as ProblemContext).statement.length).toBeLessThan(CONTEXT_BOUNDS.text + 200);
    await forgetTab(1);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['context:2']);
    await expect(getContext(1)).resolves.toBeNull();
    await expect(getContext(2)).resolves.toEqual(PROBLEM);
  });

  it('reads a tab the worker has not seen from storage, and a corrupt one as nothing', async () => {
    await fakeBrowser.storage.session.set({
      'context:7': PROBLEM,
      'context:8': { kind: 'problem', title: 3 },
    });
    await expect(getContext(7)).resolves.toEqual(PROBLEM);
    await expect(getContext(8)).resolves.toBeNull();
    await expect(tabContextItem(8).getValue()).resolves.toBeNull();
  });

  it('keeps following a tab when storage.session is full: the worker remembers it', async () => {
    await setContext(3, PROBLEM);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(
      new Error('Resource::kQuotaBytes quota exceeded'),
    );
    const next = { ...PROBLEM, id: 'three-sum', title: '3Sum', url: 'https://leetcode.com/problems/3sum/' };
    await expect(setContext(4, next)).resolves.toBeUndefined();
    await expect(getContext(4)).resolves.toEqual(next);
    await expect(getContext(3)).resolves.toEqual(PROBLEM);
  });
});
