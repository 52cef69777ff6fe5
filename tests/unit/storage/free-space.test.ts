import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnswerCache } from '@/lib/llm/cache';
import { EMPTY_COACH_STATE } from '@/lib/storage/coach-state';
import { FREE_UP_LIMITS, freeUpSpace, storageUse } from '@/lib/storage/free-space';
import { answerCacheStore } from '@/lib/storage/llm';
import { bytesOf } from '@/lib/storage/quota';

describe('freeing up space', () => {
  beforeEach(() => fakeBrowser.reset());

  it('drops cached answers and old per-problem state, and keeps everything else', async () => {
    const cache = new AnswerCache(answerCacheStore());
    for (let index = 0; index < 5; index += 1) {
      await cache.set(
        `llm|k${index}`,
        { text: 'x'.repeat(2_000), model: 'm', usage: null, createdAt: index },
        index,
      );
    }
    const coach: Record<string, unknown> = {};
    for (let index = 0; index < FREE_UP_LIMITS.contexts + 20; index += 1) {
      coach[`coach:leetcode:p${index}`] = { ...EMPTY_COACH_STATE, hintsShown: 1, usedAt: 1_000 + index };
    }
    const kept = {
      quizProgress: { cards: {}, days: { '2025-01-02': { answered: 1, new: 1 } } },
      provider: { kind: 'openai', apiKey: 'sk-1', model: 'gpt-4.1-mini' },
      settings: { showLauncher: false },
    };
    await fakeBrowser.storage.local.set({ ...coach, ...kept });
    const before = await storageUse();

    const freed = await freeUpSpace();

    const after = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(after).filter((key) => key.startsWith('llm'))).toEqual([]);
    const coachKeys = Object.keys(after).filter((key) => key.startsWith('coach:'));
    expect(coachKeys).toHaveLength(FREE_UP_LIMITS.contexts);
    expect(coachKeys).not.toContain('coach:leetcode:p0');
    expect(coachKeys).toContain(`coach:leetcode:p${FREE_UP_LIMITS.contexts + 19}`);
    expect(after).toMatchObject(kept);
    expect(freed).toBe(before.used - bytesOf(after));
    expect(freed).toBeGreaterThan(10_000);
    expect(before.quota).toBe(10 * 1024 * 1024);
  });
});
