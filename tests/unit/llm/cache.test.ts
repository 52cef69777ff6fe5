import { describe, expect, it } from 'vitest';
import { AnswerCache, type CachedAnswer, cacheKey, cacheKeyFor, hashText } from '@/lib/llm/cache';
import { buildApproachPrompt } from '@/lib/llm/prompts/approach';
import { buildHintPrompt } from '@/lib/llm/prompts/hint';
import { memoryStore } from '../../support/memory-stores';
import { twoSum } from './fixtures';

const parts = {
  contextId: 'leetcode:two-sum',
  flow: 'hint' as const,
  level: 1,
  server: 'https://api.openai.com/v1',
  model: 'gpt-4o-mini',
  promptVersion: 'hint@1',
  inputHash: 'abc',
};

function answer(text: string, createdAt = 0): CachedAnswer {
  return { text, model: 'gpt-4o-mini', usage: null, createdAt };
}

describe('cache keys', () => {
  it('change when any part changes', () => {
    const base = cacheKey(parts);
    const variants = [
      { contextId: 'leetcode:3sum' },
      { flow: 'approach' as const },
      { level: 2 },
      { server: 'http://localhost:11434/v1' },
      { model: 'gpt-4.1-mini' },
      { promptVersion: 'hint@2' },
      { inputHash: 'abd' },
    ].map((change) => cacheKey({ ...parts, ...change }));
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });

  it('cannot be confused by separators inside parts', () => {
    expect(cacheKey({ ...parts, contextId: 'a|b', flow: 'hint' })).not.toBe(
      cacheKey({ ...parts, contextId: 'a', model: `b|${parts.model}` }),
    );
  });

  it('are stable for the same prompt and differ when the user input changes', () => {
    const hint = (level: 1 | 2) => buildHintPrompt({ problem: twoSum, level });
    const where = { contextId: 'leetcode:two-sum', server: 'http://localhost:11434/v1', model: 'm' };
    expect(cacheKeyFor(hint(1), where, 1)).toBe(cacheKeyFor(hint(1), where, 1));
    expect(cacheKeyFor(hint(1), where, 1)).not.toBe(cacheKeyFor(hint(2), where, 2));
    const approach = (text: string) => buildApproachPrompt({ problem: twoSum, approach: text });
    expect(cacheKeyFor(approach('sort'), where)).not.toBe(cacheKeyFor(approach('hash'), where));
  });

  it('tell the same model id on two servers apart', () => {
    const hint = buildHintPrompt({ problem: twoSum, level: 1 });
    const on = (server: string) =>
      cacheKeyFor(hint, { contextId: 'leetcode:two-sum', server, model: 'llama3' }, 1);
    expect(on('http://localhost:11434/v1')).not.toBe(on('https://openrouter.ai/api/v1'));
  });

  it('hash text deterministically with few collisions', () => {
    expect(hashText('two-sum')).toBe(hashText('two-sum'));
    const hashes = new Set(Array.from({ length: 5_000 }, (_, index) => hashText(`input ${index}`)));
    expect(hashes.size).toBe(5_000);
  });
});

describe('AnswerCache', () => {
  it('answers a repeated request from the cache, unless regenerating', async () => {
    const cache = new AnswerCache(memoryStore());
    await cache.set('k', answer('cached text'), 1);
    expect((await cache.get('k', 2))?.text).toBe('cached text');
    expect(await cache.get('k', 3, { regenerate: true })).toBeUndefined();
    expect(await cache.get('missing', 4)).toBeUndefined();
  });

  it('evicts the least recently used entry beyond maxEntries', async () => {
    const store = memoryStore();
    const cache = new AnswerCache(store, { maxEntries: 2 });
    await cache.set('a', answer('A'), 1);
    await cache.set('b', answer('B'), 2);
    await cache.get('a', 3);
    await cache.set('c', answer('C'), 4);
    expect(await cache.get('b', 5)).toBeUndefined();
    expect(store.map.has('b')).toBe(false);
    expect((await cache.get('a', 6))?.text).toBe('A');
    expect((await cache.get('c', 7))?.text).toBe('C');
  });

  it('stays within its size bound, and skips answers larger than it', async () => {
    const cache = new AnswerCache(memoryStore(), { maxChars: 10 });
    await cache.set('a', answer('12345'), 1);
    await cache.set('b', answer('123456'), 2);
    expect(await cache.get('a', 3)).toBeUndefined();
    expect(await cache.get('b', 3)).toBeDefined();
    await cache.set('huge', answer('x'.repeat(11)), 4);
    expect(await cache.get('huge', 5)).toBeUndefined();
    expect(await cache.get('b', 5)).toBeDefined();
  });

  it('keeps every entry when many answers are stored at once', async () => {
    const cache = new AnswerCache(memoryStore());
    await Promise.all(
      Array.from({ length: 20 }, (_, index) => cache.set(`k${index}`, answer(`v${index}`), index)),
    );
    const found = await Promise.all(Array.from({ length: 20 }, (_, index) => cache.get(`k${index}`, 100)));
    expect(found.map((entry) => entry?.text)).toEqual(Array.from({ length: 20 }, (_, index) => `v${index}`));
  });
});
