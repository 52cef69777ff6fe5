import { describe, expect, it } from 'vitest';
import { canonicalComplexity, isCanonicalComplexity } from '@/lib/coach/problem/library/complexity-notation';
import { sameBigO } from '@/lib/coach/problem/library/complexity-steps';

describe('canonical big-O notation', () => {
  it.each([
    ['O(n*m)', 'O(n * m)'],
    ['O((n+m) log n)', 'O((n + m) log n)'],
    ['O(log(m+n))', 'O(log(m + n))'],
    ['O(V+E)', 'O(V + E)'],
    ['O(min(m,n))', 'O(min(m, n))'],
    ['O(amount*coins)', 'O(amount * coins)'],
    ['O(n*2^(n/2))', 'O(n * 2^(n / 2))'],
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

describe('one bound in two spellings', () => {
  // Exponential and factorial bounds overflow a double at the sizes they are compared at: the order
  // of their factors must still not matter, nor may a halved exponent be unreadable.
  it.each([
    ['O(n * 2^n)', 'O(2^n * n)'],
    ['O(n * m * 2^n)', 'O(m * n * 2^n)'],
    ['O(n^2 * 2^n)', 'O(2^n * n^2)'],
    ['O(n * n!)', 'O(n! * n)'],
    ['O(n * 2^(n/2))', 'O(2^(n / 2) * n)'],
    ['O(2^(n + m))', 'O(2^(m + n))'],
  ])('reads %s and %s as the same bound', (a, b) => expect(sameBigO(a, b)).toBe(true));

  it.each([
    ['O(n * 2^n)', 'O(2^n)'],
    ['O(2^n)', 'O(2^m)'],
    ['O(2^(n / 2))', 'O(2^n)'],
    ['O(n!)', 'O(2^n)'],
    ['O(n * n!)', 'O(n!)'],
    ['O(n log n)', 'O(n)'],
  ])('tells %s from %s', (a, b) => expect(sameBigO(a, b)).toBe(false));
});
