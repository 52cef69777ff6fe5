import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonChains } from '@/lib/coach/problem/chains';
import { evaluate, parseConstraints } from '@/lib/coach/problem/constraints';
import { normalizeMath } from '@/lib/coach/problem/normalize';

const find = (facts: ReturnType<typeof parseConstraints>, name: string) =>
  facts.variables.find((v) => v.names.some((n) => n.toLowerCase() === name.toLowerCase()));

describe('parseConstraints', () => {
  it('reads sizes, aliases and values from LeetCode constraints', () => {
    const facts = parseConstraints(['1 <= n <= 10^5', 'n == nums.length', '-10^9 <= nums[i] <= 10^9'], '');
    const n = find(facts, 'nums.length');
    expect(n).toMatchObject({ role: 'size', lower: 1, upper: 100_000 });
    expect(n?.names).toEqual(expect.arrayContaining(['n', 'nums.length']));
    expect(find(facts, 'nums[i]')).toMatchObject({ role: 'value', lower: -1e9, upper: 1e9 });
  });

  it('evaluates products and reads several variables in one constraint', () => {
    expect(find(parseConstraints(['1 <= nums.length <= 2 * 10^4'], ''), 'nums.length')?.upper).toBe(20_000);
    const both = parseConstraints(['1 <= n, k <= 1000'], '');
    expect(find(both, 'n')?.upper).toBe(1000);
    expect(find(both, 'k')).toMatchObject({ role: 'param', upper: 1000 });
  });

  it('reads plain numbers, test counts and sums over test cases', () => {
    const facts = parseConstraints(
      ['2 <= N <= 200000', '1 <= T <= 10^4', 'sum of n over all test cases <= 2 * 10^5'],
      'The first line contains T, the number of test cases.',
    );
    expect(find(facts, 'N')?.upper).toBe(200_000);
    expect(find(facts, 'T')?.role).toBe('tests');
    expect(facts.sums).toEqual([expect.objectContaining({ names: ['n'], upper: 200_000 })]);
  });

  it('reads a bound written in prose, however the judge words it', () => {
    const upper = [
      'does not exceed',
      "doesn't exceed",
      "won't exceed",
      'won’t exceed',
      'will not exceed',
      'shall not exceed',
      'cannot exceed',
      'can not exceed',
      'never exceeds',
      'is guaranteed not to exceed',
      'is less than or equal to',
      'will be at most',
      'is not greater than',
    ];
    for (const words of upper) {
      const facts = parseConstraints(
        ['1 <= T <= 10^4', '1 <= N <= 10^5', `The sum of N over all test cases ${words} 2 * 10^5.`],
        'The first line contains T, the number of test cases.',
      );
      expect(facts.sums, words).toEqual([expect.objectContaining({ names: ['N'], upper: 200_000 })]);
    }
    for (const words of ['is not less than', 'is greater than or equal to', 'will be at least'])
      expect(normalizeMath(`Every N ${words} 2.`), words).toBe('Every N >= 2.');
  });

  it('reads TeX bounds inlined in a Codeforces statement', () => {
    const facts = parseConstraints(
      [],
      'The first line contains $$$t$$$ ($$$1 \\le t \\le 10^4$$$). Each test case has $$$n$$$ ($$$1 \\le n \\le 2 \\cdot 10^5$$$). It is guaranteed that the sum of $$$n$$$ over all test cases does not exceed $$$2 \\cdot 10^5$$$.',
    );
    expect(find(facts, 't')?.role).toBe('tests');
    expect(find(facts, 'n')?.upper).toBe(200_000);
    expect(facts.sums[0]?.upper).toBe(200_000);
  });

  it('reads "in the range" bounds and marks variables bounded by others', () => {
    const facts = parseConstraints(
      ['The number of nodes in the tree is in the range [0, 10^4].', '1 <= k <= nums.length'],
      '',
    );
    expect(facts.variables[0]).toMatchObject({ role: 'size', lower: 0, upper: 10_000 });
    expect(find(facts, 'k')?.boundedBy).toBe('nums.length');
  });

  it('substitutes known bounds into formulas such as n * (n - 1) / 2', () => {
    const facts = parseConstraints(['2 <= n <= 1000', '1 <= m <= n*(n-1)/2'], '');
    expect(find(facts, 'm')?.upper).toBe(499_500);
  });

  it('reads the total length of the lists of one array as one size', () => {
    const facts = parseConstraints(
      [
        '1 <= n <= 5 * 10^4',
        '0 <= after[i].length < n',
        'The total length of all after[i] is at most 5 * 10^4.',
      ],
      '',
    );
    expect(facts.variables.find((v) => v.total)).toMatchObject({ role: 'size', upper: 50_000 });
  });

  it('reads a value named in words between two comparators as one variable with both bounds', () => {
    const named = (constraints: string[]) =>
      parseConstraints(constraints, '').variables.map((v) => [v.names[0], v.role, v.lower, v.upper]);
    expect(named(['1 <= badge number <= 10^9'])).toEqual([['badge number', 'value', 1, 1e9]]);
    expect(named(['1 <= each departure minute <= 1440'])).toEqual([
      ['each departure minute', 'value', 1, 1440],
    ]);
    // Letters and lists keep their own reading; a clause word ends the name.
    expect(named(['1 <= u, v <= n <= 10^5']).map(([name]) => name)).toEqual(['u', 'v', 'n']);
    expect(named(['1 <= number of nodes <= 10^4', '-100 <= node value <= 100'])).toEqual([
      ['number of nodes', 'size', 1, 1e4],
      ['node value', 'value', -100, 100],
    ]);
    fc.assert(
      fc.property(
        fc.constantFrom('badge', 'ticket', 'room', 'wagon', 'shelf'),
        fc.constantFrom('number', 'price', 'height', 'weight', 'label'),
        fc.integer({ min: 0, max: 1000 }),
        (noun, measure, low) => {
          const [variable] = parseConstraints([`${low} <= ${noun} ${measure} <= 10^9`], '').variables;
          expect(variable).toMatchObject({ names: [`${noun} ${measure}`], lower: low, upper: 1e9 });
        },
      ),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 80 }), { maxLength: 5 }),
        fc.string({ maxLength: 300 }),
        (lines, text) => {
          const facts = parseConstraints(lines, text);
          expect(Array.isArray(facts.variables)).toBe(true);
        },
      ),
    );
  });
});

describe('evaluate', () => {
  it('computes the spellings constraints use', () => {
    expect(evaluate('2 * 10^5')).toBe(200_000);
    expect(evaluate('10^9 + 7')).toBe(1_000_000_007);
    expect(evaluate('2^31 - 1')).toBe(2_147_483_647);
    expect(evaluate('-10^9')).toBe(-1e9);
    // The minus is not part of the base: -10^4 is below zero.
    expect(evaluate('-10^4')).toBe(-10_000);
    expect(evaluate('2^-1')).toBe(0.5);
    expect(evaluate('nums.length')).toBeUndefined();
  });

  it('matches a * 10^b for generated mantissas and exponents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 18 }), (a, b) => {
        expect(evaluate(`${a} * 10^${b}`)).toBeCloseTo(a * 10 ** b, -b + 2);
      }),
    );
  });
});

describe('comparison chains in a long text', () => {
  it('finds each chain where it stands, however far into the text', () => {
    const filler = 'word '.repeat(2_000);
    const text = `${filler}where 1 <= n <= 10^5 and ${filler}also 0 <= a_i, b_i <= 10^9 hold`;
    const chains = comparisonChains(text);
    expect(chains.map(({ chain }) => chain)).toEqual(['1 <= n <= 10^5', '0 <= a_i, b_i <= 10^9']);
    for (const { chain, index } of chains) expect(text.slice(index, index + chain.length)).toBe(chain);
  });

  it('reads no chain from a long list of numbers with no comparator, and still reads one after it', () => {
    const list = Array.from({ length: 5_000 }, (_, index) => String(index % 97)).join(', ');
    expect(comparisonChains(list)).toEqual([]);
    expect(comparisonChains(`${list}. Then 1 <= k <= 50 holds`).map(({ chain }) => chain)).toEqual([
      '1 <= k <= 50',
    ]);
  });
});

describe('bars around a name', () => {
  it('take the absolute value of numbers, and measure the length of a string', () => {
    const numbers = parseConstraints(
      ['1 <= n <= 2 * 10^5', '|a_i| <= 1000'],
      'The second line contains n integers a_1, a_2, ..., a_n.',
    );
    const bars = find(numbers, '|a_i|');
    expect(bars?.role).toBe('value');
    expect([bars?.lower, bars?.upper]).toEqual([-1000, 1000]);
    const strings = parseConstraints(
      ['1 <= n <= 100', '1 <= |s_i| <= 1000'],
      'The next n lines contain strings s_1, s_2, ..., s_n of lowercase letters.',
    );
    expect(find(strings, '|s_i|')?.role).toBe('item-size');
  });
});
