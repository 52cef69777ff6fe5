import { describe, expect, it, vi } from 'vitest';
import type { ProblemContext } from '@/lib/extract/context';
import type { ProblemExtras } from '@/lib/messaging/protocol';
import { withCachedExtras } from '@/lib/platform/cached-extras';
import { applyExtras, EXTRAS_LIMIT, EXTRAS_TTL_MS, freshExtras, withExtras } from '@/lib/platform/extras';

const post = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messaging/content', () => ({ post }));

const problem: ProblemContext = {
  kind: 'problem',
  site: 'leetcode',
  url: 'https://leetcode.com/problems/two-sum/',
  id: 'two-sum',
  title: 'Two Sum',
  statement: 'Given an array…',
  examples: [],
  constraints: [],
  tags: [],
  hints: [],
  source: 'dom',
};
const extras: ProblemExtras = { tags: ['Array', 'Hash Table'], hints: ['Try a map.'], difficulty: 'Easy' };
const DAY = 24 * 60 * 60 * 1000;

describe('problem extras', () => {
  it('fill in what the page did not show, and never replace what it did', () => {
    expect(applyExtras(problem, extras)).toEqual({ ...problem, ...extras });
    const shown = { ...problem, tags: ['Math'], difficulty: 'Hard' as const };
    expect(applyExtras(shown, extras)).toEqual({ ...shown, hints: ['Try a map.'] });
    expect(applyExtras(problem, null)).toBe(problem);
  });

  it('are kept for two weeks, then asked for again', () => {
    const cache = withExtras({}, 'leetcode:two-sum', extras, 1_000);
    expect(freshExtras(cache, 'leetcode:two-sum', 1_000 + DAY)).toEqual(extras);
    expect(freshExtras(cache, 'leetcode:two-sum', 1_000 + EXTRAS_TTL_MS)).toBeNull();
    expect(freshExtras(cache, 'leetcode:3sum', 1_000)).toBeNull();
    expect(freshExtras(cache, '__proto__', 1_000)).toBeNull();
  });

  it('keep only the most recently fetched problems beyond the limit', () => {
    let cache = {};
    for (let i = 0; i <= EXTRAS_LIMIT; i++) cache = withExtras(cache, `leetcode:p${i}`, extras, 1_000 + i);
    expect(Object.keys(cache)).toHaveLength(EXTRAS_LIMIT);
    expect(freshExtras(cache, 'leetcode:p0', 2_000)).toBeNull();
    expect(freshExtras(cache, `leetcode:p${EXTRAS_LIMIT}`, 2_000)).toEqual(extras);
  });
});

describe('withCachedExtras', () => {
  it('asks the site once per problem, and not at all when the background kept its answer', async () => {
    const load = vi.fn(async () => ({ ...extras, slug: 'two-sum' }));
    post.mockImplementation(async (type: string) => (type === 'extras/get' ? { extras: null } : null));
    const enrich = withCachedExtras(load);
    const refresh = vi.fn();
    expect(enrich(problem, refresh)).toEqual(problem);
    expect(enrich(problem, refresh)).toEqual(problem);
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    expect(load).toHaveBeenCalledTimes(1);
    // Kept by the background, without the loader's own fields.
    expect(post).toHaveBeenCalledWith('extras/put', { key: 'leetcode:two-sum', extras });
    expect(enrich(problem, refresh)).toEqual({ ...problem, ...extras });

    post.mockReset();
    post.mockImplementation(async () => ({ extras }));
    const revisit = withCachedExtras(load);
    revisit(problem, refresh);
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(2));
    expect(load).toHaveBeenCalledTimes(1);
    expect(revisit(problem, refresh)).toEqual({ ...problem, ...extras });
  });

  it('leaves postings and pages without extras alone', async () => {
    const load = vi.fn(async () => null);
    post.mockImplementation(async () => ({ extras: null }));
    const enrich = withCachedExtras(load);
    const refresh = vi.fn();
    const none = { kind: 'none' as const, url: 'https://leetcode.com/', title: 'LeetCode' };
    expect(enrich(none, refresh)).toBe(none);
    expect(enrich(problem, refresh)).toEqual(problem);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    expect(refresh).not.toHaveBeenCalled();
    expect(post).not.toHaveBeenCalledWith('extras/put', expect.anything());
  });
});
