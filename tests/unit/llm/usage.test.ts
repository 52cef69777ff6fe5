import { describe, expect, it } from 'vitest';
import { UsageLedger } from '@/lib/llm/ledger';
import { addUsage, addUsages, dayKey, fromApiUsage, todayUsage, usageOrEstimate } from '@/lib/llm/usage';
import { memoryUsageStore } from '../../support/memory-stores';

const usage = { promptTokens: 100, completionTokens: 50, totalTokens: 150 };
const morning = new Date(2025, 4, 10, 9, 0).getTime();
const evening = new Date(2025, 4, 10, 23, 59).getTime();
const nextDay = new Date(2025, 4, 11, 0, 1).getTime();

describe('usage accounting', () => {
  it('converts the API usage, keeping cached prompt tokens', () => {
    expect(
      fromApiUsage({
        prompt_tokens: 10,
        completion_tokens: 5,
        total_tokens: 15,
        prompt_tokens_details: { cached_tokens: 8 },
      }),
    ).toEqual({ promptTokens: 10, completionTokens: 5, totalTokens: 15, cachedPromptTokens: 8 });
  });

  it('estimates when the server reports nothing, and says so', () => {
    const estimate = usageOrEstimate(null, [{ role: 'user', content: 'x'.repeat(400) }], 'y'.repeat(40));
    expect(estimate).toMatchObject({ completionTokens: 10, estimated: true });
    expect(estimate.promptTokens).toBeGreaterThanOrEqual(100);
    expect(usageOrEstimate(usage, [], '')).toBe(usage);
  });

  it('adds answers within a local day and starts afresh after midnight', () => {
    const first = addUsage(undefined, usage, morning);
    const second = addUsage(first, usage, evening);
    expect(second).toEqual({
      day: dayKey(morning),
      promptTokens: 200,
      completionTokens: 100,
      totalTokens: 300,
      answers: 2,
    });
    expect(addUsage(second, usage, nextDay)).toMatchObject({
      day: '2025-05-11',
      totalTokens: 150,
      answers: 1,
    });
    expect(todayUsage(second, nextDay).totalTokens).toBe(0);
  });

  it('marks a sum with any estimate in it as an estimate', () => {
    expect(addUsages(null, usage)).toBe(usage);
    expect(addUsages(usage, usage)).toEqual({ promptTokens: 200, completionTokens: 100, totalTokens: 300 });
    expect(addUsages(usage, { ...usage, estimated: true })).toMatchObject({
      totalTokens: 300,
      estimated: true,
    });
  });
});

describe('the daily token ledger', () => {
  const ledger = (cap: number | null, now = morning) => {
    const store = memoryUsageStore();
    return {
      store,
      ledger: new UsageLedger(
        store,
        async () => cap,
        () => now,
      ),
    };
  };

  it('grants every request when there is no cap', async () => {
    const { ledger: account } = ledger(null);
    const grants = await Promise.all(Array.from({ length: 5 }, () => account.reserve(10_000)));
    expect(grants.every((grant) => grant.ok)).toBe(true);
  });

  it('refuses once today reaches the cap, with a sentence, and grants again after midnight', async () => {
    const { store, ledger: account } = ledger(150);
    const first = await account.reserve(100);
    if (!first.ok) throw new Error('the first request fits');
    await first.record(usage);
    const refused = await account.reserve(100);
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringMatching(/cap \(150\).*offline coach still works/),
    });
    const tomorrow = new UsageLedger(
      store,
      async () => 150,
      () => nextDay,
    );
    expect((await tomorrow.reserve(100)).ok).toBe(true);
  });

  it('lets only one of two requests started together pass a small cap', async () => {
    const { ledger: account } = ledger(150);
    const [a, b] = await Promise.all([account.reserve(900), account.reserve(900)]);
    expect([a?.ok, b?.ok].sort()).toEqual([false, true]);
    const refused = [a, b].find((grant) => grant && !grant.ok);
    expect(refused).toMatchObject({ message: expect.stringMatching(/still being written/) });
  });

  it('frees a released reservation for the next request', async () => {
    const { ledger: account } = ledger(150);
    const first = await account.reserve(900);
    if (!first.ok) throw new Error('the first request fits');
    first.release();
    expect((await account.reserve(900)).ok).toBe(true);
  });

  it('records four answers finishing together as four answers', async () => {
    const { store, ledger: account } = ledger(null);
    const grants = await Promise.all(Array.from({ length: 4 }, () => account.reserve(100)));
    await Promise.all(grants.map((grant) => (grant.ok ? grant.record(usage) : null)));
    expect(store.value).toMatchObject({ answers: 4, totalTokens: 600 });
    expect(await account.today()).toEqual({ total: 600, cap: null });
  });
});
