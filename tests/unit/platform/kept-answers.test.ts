import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { KEPT_ANSWER_MAX_CHARS, KeptAnswerPut } from '@/lib/messaging/protocol';
import { withKeptAnswers } from '@/lib/platform/kept-answers';
import { KEPT_LIMIT, KEPT_TTL_MS, keptAnswer, withAnswer } from '@/lib/storage/kept-answers';

const post = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messaging/content', () => ({ post }));

const QUESTION = { data: { question: { titleSlug: 'two-sum', topicTags: [{ name: 'Array' }], hints: [] } } };
const DAY = 24 * 60 * 60 * 1000;
const init = { method: 'POST', body: '{"variables":{"titleSlug":"two-sum"}}' };

function site(answer: unknown, ok = true) {
  return vi.fn(async () => ({ ok, json: async () => answer }));
}

describe('kept answers', () => {
  it('are fresh for two weeks, then asked for again', () => {
    const kept = withAnswer({}, 'POST /graphql/ two-sum', QUESTION, 1_000);
    expect(keptAnswer(kept, 'POST /graphql/ two-sum', 1_000 + DAY)).toEqual(QUESTION);
    expect(keptAnswer(kept, 'POST /graphql/ two-sum', 1_000 + KEPT_TTL_MS)).toBeNull();
    expect(keptAnswer(kept, 'POST /graphql/ 3sum', 1_000)).toBeNull();
    expect(keptAnswer(kept, 'constructor', 1_000)).toBeNull();
  });

  it('keep only the most recent requests beyond the limit', () => {
    let kept = {};
    for (let i = 0; i <= KEPT_LIMIT; i++) kept = withAnswer(kept, `q${i}`, { i }, 1_000 + i);
    expect(Object.keys(kept)).toHaveLength(KEPT_LIMIT);
    expect(keptAnswer(kept, 'q0', 2_000)).toBeNull();
    expect(keptAnswer(kept, `q${KEPT_LIMIT}`, 2_000)).toEqual({ i: KEPT_LIMIT });
  });
});

describe('withKeptAnswers', () => {
  it('asks the site once, keeps the answer, and serves the next visit from it', async () => {
    post.mockImplementation(async (type: string) => (type === 'kept-answer/get' ? { json: null } : null));
    const fetchFn = site(QUESTION);
    const response = await withKeptAnswers(fetchFn)('https://leetcode.com/graphql/', init);
    expect(await response.json()).toEqual(QUESTION);
    expect(fetchFn).toHaveBeenCalledOnce();
    const key = `POST https://leetcode.com/graphql/ ${init.body}`;
    expect(post).toHaveBeenCalledWith('kept-answer/put', { key, json: QUESTION });

    post.mockReset();
    post.mockImplementation(async () => ({ json: QUESTION }));
    const again = site(QUESTION);
    const kept = await withKeptAnswers(again)('https://leetcode.com/graphql/', init);
    expect(kept.ok).toBe(true);
    expect(await kept.json()).toEqual(QUESTION);
    expect(again).not.toHaveBeenCalled();
  });

  it('keeps neither failures nor answers that report errors', async () => {
    post.mockReset();
    post.mockImplementation(async () => ({ json: null }));
    const failed = await withKeptAnswers(site({}, false))('https://leetcode.com/graphql/', init);
    expect(failed.ok).toBe(false);
    const refused = await withKeptAnswers(site({ errors: [{ message: 'rate limited' }] }))(
      'https://leetcode.com/graphql/',
      init,
    );
    expect(await refused.json()).toEqual({ errors: [{ message: 'rate limited' }] });
    expect(post).not.toHaveBeenCalledWith('kept-answer/put', expect.anything());
  });

  it('asks the site when the background cannot answer', async () => {
    post.mockReset();
    post.mockRejectedValue(new Error('Extension context invalidated.'));
    const fetchFn = site(QUESTION);
    const response = await withKeptAnswers(fetchFn)('https://leetcode.com/graphql/', init);
    expect(await response.json()).toEqual(QUESTION);
  });
});

describe('what the background accepts to keep', () => {
  const accepts = (json: unknown) =>
    z.safeParse(KeptAnswerPut.request, { key: 'POST /graphql/ x', json }).success;

  it('small JSON answers, and nothing large or unserialisable', () => {
    expect(accepts(QUESTION)).toBe(true);
    expect(accepts('x'.repeat(KEPT_ANSWER_MAX_CHARS))).toBe(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(accepts(cyclic)).toBe(false);
    expect(accepts(undefined)).toBe(false);
    expect(z.safeParse(KeptAnswerPut.request, { key: '', json: QUESTION }).success).toBe(false);
  });
});
