import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { formatBound } from '@/lib/coach/problem/complexity';
import { problemContext } from '../../../support/problem-context';

describe('bounds are written as a person writes them', () => {
  it.each([
    [1_000_000, '10^6'],
    [999_999, '10^6'],
    [200_000, '2 * 10^5'],
    [199_999, '2 * 10^5'],
    [50_000, '5 * 10^4'],
    [1_000_000_007, '10^9 + 7'],
    [100_005, '10^5 + 5'],
    [-1_000_000_000, '-10^9'],
    [2 ** 31 - 1, '2^31 - 1'],
    [998_244_353, '998244353'],
    [123_456, '123456'],
    [1000, '1000'],
  ])('%d → %s', (value, text) => {
    expect(formatBound(value)).toBe(text);
  });

  it('quotes "n < 10^6" in the limit as 10^6, never "10 * 10^5"', () => {
    const analysis = analyzeProblem(
      problemContext({
        site: 'generic',
        url: 'https://example.org/problem',
        id: 'p',
        title: 'Practice problem',
        statement: 'Given an array a of n integers, print the sum of its elements.',
        constraints: ['1 <= n < 10^6', '|a_i| < 10^9'],
      }),
    );
    expect(analysis.complexityLimitReason).toContain('n <= 10^6');
    expect(analysis.complexityLimitReason).not.toMatch(/10 \* 10\^/);
  });
});
