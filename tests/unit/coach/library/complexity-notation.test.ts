import { describe, expect, it } from 'vitest';
import { canonicalComplexity, isCanonicalComplexity } from '@/lib/coach/problem/library/complexity-notation';

describe('canonical big-O notation', () => {
  it.each([
    ['O(n*m)', 'O(n * m)'],
    ['O((n+m) log n)', 'O((n + m) log n)'],
    ['O(log(m+n))', 'O(log(m + n))'],
    ['O(V+E)', 'O(V + E)'],
    ['O(min(m,n))', 'O(min(m, n))'],
    ['O(amount*coins)', 'O(amount * coins)'],
  ])('spells %s as %s', (loose, canonical) => {
    expect(canonicalComplexity(loose)).toBe(canonical);
    expect(isCanonicalComplexity(canonical)).toBe(true);
    expect(isCanonicalComplexity(loose)).toBe(false);
  });

  it.each(['O(1)', 'O(n log n)', 'O(E log V)', 'O(n * 2^n)', 'O(n!)', 'O(sqrt(n))', 'O(m * n * 4^L)'])(
    'keeps %s as it is',
    (text) => expect(isCanonicalComplexity(text)).toBe(true),
  );

  it.each(['O(nlogn)', 'O(n k)', 'O()', 'O(n)x', 'n log n', 'O(n; m)'])('refuses %s', (text) =>
    expect(canonicalComplexity(text)).toBeNull(),
  );
});
