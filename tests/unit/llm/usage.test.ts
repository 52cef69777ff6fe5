import { describe, expect, it } from 'vitest';
import { addUsage, checkDailyCap, dayKey, fromApiUsage, todayUsage, usageOrEstimate } from '@/lib/llm/usage';

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

  it('enforces an optional daily cap', () => {
    const daily = addUsage(undefined, usage, morning);
    expect(checkDailyCap(daily, null, morning)).toEqual({ allowed: true, remaining: null });
    expect(checkDailyCap(daily, 1_000, morning)).toEqual({ allowed: true, remaining: 850 });
    const blocked = checkDailyCap(daily, 150, morning);
    expect(blocked.allowed).toBe(false);
    if (!blocked.allowed) expect(blocked.message).toMatch(/cap \(150\).*offline coach still works/);
    expect(checkDailyCap(daily, 150, nextDay).allowed).toBe(true);
  });
});
