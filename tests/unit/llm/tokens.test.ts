import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatePromptTokens, estimateTokens, TRUNCATION_MARKER, truncateToTokens } from '@/lib/llm/tokens';

describe('token estimates', () => {
  it('counts about four ASCII characters per token and one per CJK character', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcdefgh')).toBe(2);
    expect(estimateTokens('数组')).toBe(2);
    expect(estimatePromptTokens([{ role: 'user', content: 'abcd' }])).toBeGreaterThan(1);
  });

  it('leaves text within budget untouched', () => {
    expect(truncateToTokens('short', 100)).toEqual({ text: 'short', truncated: false });
  });

  it('keeps head and tail around a marker when cutting', () => {
    const text = `HEAD ${'middle '.repeat(2_000)} TAIL`;
    const { text: cut, truncated } = truncateToTokens(text, 200);
    expect(truncated).toBe(true);
    expect(cut.startsWith('HEAD')).toBe(true);
    expect(cut.endsWith('TAIL')).toBe(true);
    expect(cut).toContain(TRUNCATION_MARKER);
  });

  it('never exceeds the budget nor splits an emoji (fuzzed)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 3_000 }),
        fc.integer({ min: 0, max: 400 }),
        (text, budget) => {
          const { text: cut } = truncateToTokens(text, budget);
          expect(estimateTokens(cut)).toBeLessThanOrEqual(Math.max(budget, 0));
          expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        },
      ),
      { numRuns: 200 },
    );
  });
});
