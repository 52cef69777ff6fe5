import { describe, expect, it } from 'vitest';
import { complexityLimit } from '@/lib/coach/problem/complexity';
import { parseConstraints } from '@/lib/coach/problem/constraints';

const target = (constraints: string[], statement = '') =>
  complexityLimit(parseConstraints(constraints, statement));

describe('complexityLimit', () => {
  it('allows O(n log n) but not O(n^2) for n up to 10^5, and says why', () => {
    const verdict = target(['1 <= nums.length <= 10^5']);
    expect(verdict.limit).toBe('O(n log n)');
    expect(verdict.reason).toContain('10^8 simple steps per second');
    expect(verdict.reason).toMatch(/O\(n log n\) fits.*O\(n\^2\) does not/);
  });

  it('walks the usual table as n shrinks', () => {
    expect(target(['1 <= n <= 10^7']).limit).toBe('O(n)');
    expect(target(['1 <= n <= 5000']).limit).toBe('O(n^2)');
    expect(target(['1 <= n <= 400']).limit).toBe('O(n^3)');
    expect(target(['1 <= n <= 20']).limit).toBe('O(2^n)');
    expect(target(['1 <= n <= 8']).limit).toBe('O(n!)');
  });

  it('counts the work over all test cases when their sum is bounded', () => {
    const verdict = target(
      ['1 <= t <= 10^4', '1 <= n <= 2 * 10^5', 'sum of n over all test cases <= 2 * 10^5'],
      'There are t test cases.',
    );
    expect(verdict.limit).toBe('O(n log n)');
    expect(verdict.reason).toMatch(/over all tests together/);
  });

  it('multiplies by the number of test cases when no sum is promised', () => {
    expect(target(['1 <= T <= 100', '1 <= N <= 10^5'], 'T test cases follow.').limit).toBe('O(n)');
  });

  it('does not treat values as sizes, but warns about overflow', () => {
    const verdict = target(['1 <= n <= 2 * 10^5', '1 <= a_i <= 10^18']);
    expect(verdict.limit).toBe('O(n log n)');
    expect(verdict.reason).toMatch(/10\^18 bound magnitudes, not the input size/);
    expect(verdict.reason).toMatch(/overflow/);
  });

  it('halves a single huge number', () => {
    expect(target(['0 <= x <= 2^31 - 1']).limit).toBe('O(log n)');
    expect(target(['1 <= n <= 10^18']).limit).toBe('O(log n)');
  });

  it('handles several sizes, grids and a second parameter', () => {
    expect(target(['1 <= n <= 10^5', '1 <= edges.length <= 2 * 10^5']).limit).toBe('O((n + m) log n)');
    expect(target(['0 <= word1.length, word2.length <= 500']).limit).toBe('O(n * m)');
    expect(target(['m == grid.length', 'n == grid[i].length', '1 <= m, n <= 300']).limit).toBe('O(n * m)');
    expect(target(['1 <= n, k <= 1000']).limit).toBe('O(n * k)');
    expect(target(['1 <= coins.length <= 12', '0 <= amount <= 10^4']).limit).toBe('O(n * k)');
  });

  it('calls a fixed-size board constant', () => {
    expect(target(['board.length == 9', 'board[i].length == 9']).limit).toBe('O(1)');
  });
});
