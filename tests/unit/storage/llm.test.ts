import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnswerCache, type CachedAnswer } from '@/lib/llm/cache';
import { DEFAULT_PROVIDER, type ProviderConfig, parseProvider } from '@/lib/llm/providers';
import {
  answerCacheIndexItem,
  answerCacheStore,
  dailyTokenCapItem,
  providerItem,
  usageItem,
} from '@/lib/storage/llm';
import { fillStorage, limitStorage } from './limited-storage';

const ANSWER: CachedAnswer = {
  text: 'Try two pointers.',
  model: 'gpt-4.1-mini',
  usage: { promptTokens: 10, completionTokens: 4, totalTokens: 14 },
  createdAt: 1,
};

describe('model items', () => {
  let unlimit: (() => void) | undefined;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => unlimit?.());

  it('reads back every provider the options page can save, and a broken one as the offline coach', async () => {
    const saved = [
      { kind: 'openai', apiKey: 'sk-1', model: 'gpt-4.1-mini' },
      { kind: 'compatible', baseURL: 'http://localhost:11434/v1', model: 'llama3.2' },
      { kind: 'compatible', baseURL: 'https://openrouter.ai/api/v1', apiKey: 'or-1', model: 'x/y' },
      { kind: 'chrome-ai' },
      { kind: 'offline' },
    ].map((draft) => {
      const parsed = parseProvider(draft);
      if (!parsed.ok) throw new Error(parsed.message);
      return parsed.config;
    });
    for (const provider of saved) {
      await providerItem.setValue(provider);
      await expect(providerItem.getValue()).resolves.toEqual(provider);
    }
    for (const broken of [
      { kind: 'openai', model: 'gpt-4.1-mini' },
      { kind: 'compatible', baseURL: 'javascript:alert(1)', model: 'x' },
      { kind: 'telepathy' },
      'offline',
    ]) {
      await fakeBrowser.storage.local.set({ provider: broken });
      await expect(providerItem.getValue()).resolves.toEqual(DEFAULT_PROVIDER);
    }
  });

  it('migrates a version 1 provider, binding its key to the server it was saved with', async () => {
    await fakeBrowser.storage.local.set({
      provider: { kind: 'openai', apiKey: 'sk-old', model: 'gpt-4o-mini' },
    });
    const openai: ProviderConfig = await providerItem.getValue();
    expect(openai).toEqual({
      kind: 'openai',
      baseURL: 'https://api.openai.com/v1',
      model: 'gpt-4o-mini',
      apiKey: 'sk-old',
      keyOrigin: 'https://api.openai.com',
    });
    await fakeBrowser.storage.local.set({
      provider: { kind: 'compatible', baseURL: 'https://openrouter.ai/api/v1', apiKey: 'or-1', model: 'x/y' },
    });
    await expect(providerItem.getValue()).resolves.toMatchObject({ keyOrigin: 'https://openrouter.ai' });
    // Written back in the current shape, with its version beside it.
    await providerItem.setValue(openai);
    expect(await fakeBrowser.storage.local.get(['provider', 'provider$'])).toEqual({
      provider: openai,
      provider$: { v: 2 },
    });
  });

  it('reads a broken cap as no cap, and a broken usage record as none', async () => {
    await fakeBrowser.storage.local.set({
      dailyTokenCap: -5,
      llmUsage: { day: 'today', totalTokens: 'lots' },
    });
    await expect(dailyTokenCapItem.getValue()).resolves.toBeNull();
    await expect(usageItem.getValue()).resolves.toBeNull();
    const usage = { day: '2025-02-01', promptTokens: 3, completionTokens: 2, totalTokens: 5, answers: 1 };
    await usageItem.setValue(usage);
    await dailyTokenCapItem.setValue(20_000);
    await expect(usageItem.getValue()).resolves.toEqual(usage);
    await expect(dailyTokenCapItem.getValue()).resolves.toBe(20_000);
  });

  it('reads a broken cached answer as a miss and drops broken index entries', async () => {
    const cache = new AnswerCache(answerCacheStore());
    await cache.set('llm|good', ANSWER, 1);
    await fakeBrowser.storage.local.set({ 'llm:llm|bad': { text: 42 } });
    await fakeBrowser.storage.local.set({
      'llm:llm-cache-index': [
        ...(await answerCacheIndexItem.getValue()),
        { key: 'llm|bad', bytes: 'many', usedAt: 2 },
        'junk',
      ],
    });
    await expect(cache.get('llm|good', 3)).resolves.toEqual(ANSWER);
    await expect(cache.get('llm|bad', 3)).resolves.toBeUndefined();
    await expect(answerCacheIndexItem.getValue()).resolves.toEqual([
      { key: 'llm|good', bytes: ANSWER.text.length, usedAt: 3 },
    ]);
  });

  it('skips caching when storage is full instead of failing the answer', async () => {
    unlimit = limitStorage(3_000);
    await fillStorage(3_000, 50);
    const cache = new AnswerCache(answerCacheStore());
    await expect(cache.set('llm|k', { ...ANSWER, text: 'x'.repeat(500) }, 1)).resolves.toBeUndefined();
    await expect(cache.get('llm|k', 2)).resolves.toBeUndefined();
  });
});
