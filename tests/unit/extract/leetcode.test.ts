import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { CODING_EXTRACTORS } from '@/lib/extract/coding';
import type { PageContext, ProblemContext } from '@/lib/extract/context';
import { createEnricher } from '@/lib/extract/enrich';
import { leetcode } from '@/lib/extract/sites/leetcode';
import type { PageAccess } from '@/lib/extract/types';

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

type Fetch = PageAccess['fetch'];

function page(fetch: Fetch, cookie = ''): PageAccess {
  return { doc: document, origin: 'https://leetcode.com', cookie: () => cookie, fetch };
}

function answering(body: unknown, ok = true) {
  return vi.fn<Fetch>(async () => ({ ok, json: async () => body }));
}

const question = {
  titleSlug: 'two-sum',
  difficulty: 'Easy',
  topicTags: [{ name: 'Array' }, { name: 'Hash Table' }],
  hints: ['Try a <code>Map</code> from value to index.'],
};

/** The registered hook, applied the way the enricher applies it. */
async function enriched(context: ProblemContext, access: PageAccess): Promise<PageContext> {
  const apply = await leetcode.enrich?.(context, access);
  return apply ? apply(context) : context;
}

describe("LeetCode's enrichment hook", () => {
  it('posts the question query to the same origin with the CSRF token and merges tags, hints, difficulty', async () => {
    const fetchFn = answering({ data: { question } });
    expect(await enriched(base, page(fetchFn, 'a=1; csrftoken=tok123; b=2'))).toEqual({
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
    const result = (await enriched(shown, page(answering({ data: { question } })))) as ProblemContext;
    expect(result.tags).toEqual(['Array']);
    expect(result.difficulty).toBe('Medium');
    expect(result.hints).toHaveLength(1);
  });

  it('ignores an answer about another problem (a stale response after an SPA move)', async () => {
    const other = { ...question, titleSlug: 'house-robber', topicTags: [{ name: 'Dynamic Programming' }] };
    expect(await enriched(base, page(answering({ data: { question: other } })))).toEqual(base);
  });

  it('keeps the DOM result when the request fails, errors or answers nonsense', async () => {
    const failing = vi.fn<Fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await enriched(base, page(failing))).toEqual(base);
    expect(await enriched(base, page(answering({}, false)))).toEqual(base);
    expect(await enriched(base, page(answering({ errors: [{ message: 'nope' }] })))).toEqual(base);
    expect(await enriched(base, page(answering('<html>')))).toEqual(base);
  });
});

describe('the content script runs the registered hooks', () => {
  it('asks once per problem, refreshes when the answer arrives and applies it only to that problem', async () => {
    const fetchFn = answering({ data: { question } });
    const refresh = vi.fn();
    const enrich = createEnricher(CODING_EXTRACTORS, page(fetchFn));
    expect(enrich(base, refresh)).toEqual(base);
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    expect(enrich(base, refresh)).toMatchObject({ tags: ['Array', 'Hash Table'], difficulty: 'Easy' });
    const robber = { ...base, id: 'house-robber', title: 'House Robber' };
    expect(enrich(robber, refresh)).toEqual(robber);
    expect(fetchFn).toHaveBeenCalledTimes(2);
    enrich(base, refresh);
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });

  it('leaves sites without a hook alone and asks nothing', () => {
    const fetchFn = answering({ data: { question } });
    const codeforces = { ...base, site: 'codeforces' as const, id: '1520D' };
    expect(createEnricher(CODING_EXTRACTORS, page(fetchFn))(codeforces, vi.fn())).toBe(codeforces);
    expect(fetchFn).not.toHaveBeenCalled();
  });
});
