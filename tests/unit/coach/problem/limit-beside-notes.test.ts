import { describe, expect, it } from 'vitest';
import { limitBesideNotes } from '@/lib/coach/problem/library/apply';

const read = (complexityLimit: string) => ({
  complexityLimit,
  complexityLimitReason: `n = N <= 100 → about 10^8 simple steps a second, so ${complexityLimit} fits.`,
});

describe("a known problem's limit beside the notes' method", () => {
  it("takes the notes' bound when their table multiplies the read size by one the bounds never measured", () => {
    const limit = limitBesideNotes('O(n * k)', read('O(n^3)'));
    expect(limit.complexityLimit).toBe('O(n * k)');
    expect(limit.complexityLimitReason).toMatch(/runs over k/);
    expect(limit.complexityLimitReason).toMatch(/O\(n\^3\) fits/);
    expect(limitBesideNotes('O(k * n)', read('O(n^2)')).complexityLimit).toBe('O(k * n)');
  });

  it('keeps the reading where the unread size is added, sits under a log, or is not alone', () => {
    for (const [target, limit] of [
      ['O((n + q) log n)', 'O(n * m)'],
      ['O(n log k)', 'O(n log n)'],
      ['O(log k)', 'O(n log n)'],
      ['O(k * E)', 'O(V^3)'],
      ['O(n log A)', 'O(n log n)'],
      ['O(n)', 'O(n^2)'],
      ['O(n * m)', 'O(n * m log(n * m))'],
    ] as const)
      expect(limitBesideNotes(target, read(limit)).complexityLimit, target).toBe(limit);
  });
});
