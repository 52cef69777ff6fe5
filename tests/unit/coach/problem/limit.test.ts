import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { complexityLimit } from '@/lib/coach/problem/limit';
import { readShape } from '@/lib/coach/problem/shape';
import type { TechniqueId } from '@/lib/coach/problem/types';

function limitOf(constraints: string[], statement = '', technique?: TechniqueId) {
  const facts = parseConstraints(constraints, statement);
  const body = `${statement}\n${constraints.join('\n')}`.toLowerCase();
  return complexityLimit(readShape(facts, technique, body));
}

describe('the slowest complexity the bounds allow', () => {
  it('allows O(n log n) but not O(n^2) for n up to 10^5, and shows the arithmetic', () => {
    const { limit, reason } = limitOf(['1 <= nums.length <= 10^5']);
    expect(limit).toBe('O(n log n)');
    expect(reason).toContain('n = nums.length <= 10^5');
    expect(reason).toMatch(/O\(n log n\) fits .* and O\(n\^2\) does not/);
  });

  it('walks the one-size ladder as n shrinks, up to the exponential rungs', () => {
    const at = (n: string) => limitOf([`1 <= nums.length <= ${n}`]).limit;
    expect(at('10^7')).toBe('O(n)');
    expect(at('5000')).toBe('O(n^2)');
    expect(at('400')).toBe('O(n^3)');
    expect(at('45')).toBe('O(n^3)');
    expect(at('20')).toBe('O(n * 2^n)');
    expect(at('8')).toBe('O(n * n!)');
  });

  it('counts the work over all tests when their sum is bounded, and multiplies by the tests otherwise', () => {
    const summed = limitOf(
      ['1 <= t <= 10^4', '1 <= n <= 2 * 10^5', 'sum of n over all test cases <= 2 * 10^5'],
      'There are t test cases. The array has n integers.',
    );
    expect(summed.limit).toBe('O(n log n)');
    expect(summed.reason).toMatch(/counted over all tests together/);
    const multiplied = limitOf(
      ['1 <= t <= 2000', '2 <= n <= 50'],
      'There are t test cases with n integers each.',
    );
    expect(multiplied.limit).toBe('O(n^2)');
    expect(multiplied.reason).toContain('across up to 2000 tests');
  });

  it('reads a problem bounded only by values as logarithmic per test, however small the values', () => {
    for (const constraints of [
      ['1 <= T <= 10', '0 <= X <= 9'],
      ['1 <= T <= 10^5', '1 <= N <= 10^18'],
    ]) {
      const { limit, reason } = limitOf(constraints, 'Each test case is one line with a single integer.');
      expect(limit).toBe('O(log n)');
      expect(reason).toMatch(/Only values are bounded/);
    }
  });

  it('says a loop up to a small value passes, and forbids it only past the budget', () => {
    const small = limitOf(
      ['1 <= X <= 100'],
      'Chef does X push-ups every day. How many does he do in January?',
    );
    expect(small.limit).toBe('O(log n)');
    expect(small.reason).toMatch(
      /loop up to the value itself, about 100 steps, passes only because the value is small/,
    );
    expect(small.reason).not.toMatch(/never a loop/);
    const tested = limitOf(
      ['1 <= T <= 10^5', '1 <= N <= 10^4'],
      'Each test case is one line with a single integer.',
    );
    expect(tested.reason).toMatch(/never a loop up to the value itself \(10\^9 steps\)/);
    const large = limitOf(['1 <= N <= 10^18'], 'Print the number of trailing zeros of N factorial.');
    expect(large.reason).toMatch(/never a loop up to the value itself/);
  });

  it('does not read a count of 10^18 people as an input to loop over', () => {
    expect(limitOf(['1 <= N <= 10^18'], 'N people stand in a circle.').limit).toBe('O(log n)');
  });

  it('says the calls bound what a class stores once, not as a second size', () => {
    const calls = limitOf(
      ['At most 10^4 calls will be made to sell and lastHour.'],
      'Implement the TicketCounter class.',
    );
    expect(calls.reason).toMatch(/^At most 10\^4 calls, so up to n = 10\^4 items stored →/);
    expect(calls.reason).not.toMatch(/n = calls/);
    // A stored size of its own keeps its name and bound.
    const held = complexityLimit({
      shape: {
        kind: 'design',
        calls: { letter: 'q', name: 'calls', bound: 3 * 10 ** 4 },
        n: { letter: 'm', name: 'word.length', bound: 50 },
      },
      tests: 1,
      largestValue: 0,
      numbersOnly: false,
    });
    expect(held.reason).toMatch(/calls on up to m = word.length <= 50/);
  });

  it('costs a design problem per call, with the calls sharing the time budget', () => {
    expect(
      limitOf(['At most 2 * 10^5 calls will be made to get and put.'], 'Implement the Cache class.').limit,
    ).toBe('O(log n)');
    expect(limitOf(['At most 1000 calls will be made to book.'], 'Implement the Calendar class.').limit).toBe(
      'O(n log n)',
    );
  });

  it('reads vertices and edges, a grid, an input with its queries, and items by capacity', () => {
    expect(
      limitOf(['2 <= n <= 100', '1 <= m <= n(n-1)', '1 <= a_i, b_i <= n'], 'There are n cities and m roads.')
        .limit,
    ).toBe('O(V^3)');
    expect(limitOf(['1 <= n <= 2 * 10^5', '0 <= m <= 2 * 10^5', '1 <= u_i, v_i <= n']).limit).toBe(
      'O((V + E) log V)',
    );
    expect(limitOf(['m == grid.length', 'n == grid[i].length', '1 <= m, n <= 300']).limit).toBe(
      'O(n * m log(n * m))',
    );
    expect(limitOf(['1 <= n, q <= 2 * 10^5', '1 <= l <= r <= n'], 'Answer q queries.').limit).toBe(
      'O((n + q) log n)',
    );
    expect(
      limitOf(['1 <= n <= 100', '1 <= W <= 10^5'], 'n items and a capacity W.', 'dynamic-programming').limit,
    ).toBe('O(n * k)');
  });

  it('reads a square board by its side', () => {
    expect(limitOf(['n == grid.length', 'n == grid[i].length', '1 <= n <= 100']).limit).toBe('O(n^3)');
  });
});
