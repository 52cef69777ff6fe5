import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import type { ProblemContext } from '@/lib/extract/context';
import { enrichLeetCode, type FetchLike } from '@/lib/extract/sites/leetcode-graphql';

const { document } = parseHTML('<html><body></body></html>');

const base: ProblemContext = {
  kind: 'problem',
  site: 'leetcode',
  url: 'https://leetcode.com/problems/two-sum/description/',
  id: 'two-sum',
  title: 'Two Sum',
  statement: 'Given an array…',
  examples: [],
  constraints: [],
  tags: [],
  hints: [],
  source: 'dom',
};

function answering(body: unknown, ok = true) {
  return vi.fn<FetchLike>(async () => ({ ok, json: async () => body }));
}

const question = {
  titleSlug: 'two-sum',
  difficulty: 'Easy',
  topicTags: [{ name: 'Array' }, { name: 'Hash Table' }],
  hints: ['Try a <code>Map</code> from value to index.'],
};

describe('enrichLeetCode', () => {
  it('posts the question query to the same origin with the CSRF token and merges tags, hints, difficulty', async () => {
    const fetchFn = answering({ data: { question } });
    const enriched = await enrichLeetCode(base, fetchFn, { doc: document, csrfToken: 'tok123' });
    expect(enriched).toEqual({
      ...base,
      difficulty: 'Easy',
      tags: ['Array', 'Hash Table'],
      hints: ['Try a `Map` from value to index.'],
    });
    const [url, init] = fetchFn.mock.calls[0] ?? [];
    expect(url).toBe('https://leetcode.com/graphql/');
    expect(init?.method).toBe('POST');
    expect((init?.headers ?? {}) as Record<string, string>).toMatchObject({ 'x-csrftoken': 'tok123' });
    expect(JSON.parse(String(init?.body)).variables).toEqual({ titleSlug: 'two-sum' });
  });

  it('keeps what the page already showed', async () => {
    const shown = { ...base, tags: ['Array'], difficulty: 'Medium' as const };
    const enriched = await enrichLeetCode(shown, answering({ data: { question } }), { doc: document });
    expect(enriched.tags).toEqual(['Array']);
    expect(enriched.difficulty).toBe('Medium');
    expect(enriched.hints).toHaveLength(1);
  });

  it('ignores an answer about another problem (a stale response after an SPA move)', async () => {
    const other = { ...question, titleSlug: 'house-robber', topicTags: [{ name: 'Dynamic Programming' }] };
    expect(await enrichLeetCode(base, answering({ data: { question: other } }), { doc: document })).toEqual(
      base,
    );
  });

  it('keeps the DOM result when the request fails, errors or answers nonsense', async () => {
    const failing = vi.fn<FetchLike>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await enrichLeetCode(base, failing, { doc: document })).toEqual(base);
    expect(await enrichLeetCode(base, answering({}, false), { doc: document })).toEqual(base);
    expect(
      await enrichLeetCode(base, answering({ errors: [{ message: 'nope' }] }), { doc: document }),
    ).toEqual(base);
    expect(await enrichLeetCode(base, answering('<html>'), { doc: document })).toEqual(base);
  });
});
