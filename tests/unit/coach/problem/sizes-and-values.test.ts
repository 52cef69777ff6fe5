import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { complexityLimit } from '@/lib/coach/problem/limit';
import { normalizeMath } from '@/lib/coach/problem/normalize';
import { readGuarantees } from '@/lib/coach/problem/promises';
import { readShape } from '@/lib/coach/problem/shape';
import { readWrittenTotals } from '@/lib/coach/problem/totals';
import type { TechniqueId } from '@/lib/coach/problem/types';

/*
 * Issue 10 §2, sizes and values: every bounded name is an input size or a value, and only a fixed
 * number of scalars makes a problem bounded by values alone. Each rule is tested where it is read,
 * with a near miss that must stay a value.
 */

function read(statement: string, constraints: string[], technique?: TechniqueId) {
  const facts = parseConstraints(constraints, statement);
  const input = readShape(facts, technique, `${statement}\n${constraints.join('\n')}`.toLowerCase());
  return { facts, input, shape: input.shape, limit: complexityLimit(input) };
}

const totalsIn = (constraint: string, whole: string) =>
  readWrittenTotals(normalizeMath(constraint), normalizeMath(whole)).map(({ term, upper }) => ({
    term,
    upper,
  }));

describe('a sum of per-item sizes is the total size of the input', () => {
  it('reads a sum written term by term whose terms size each item (T_{i,L_i})', () => {
    const whole = 'The timetable of branch i lists L_i times T_{i,1}, ..., T_{i,L_i}.';
    expect(totalsIn('L_1 + L_2 + \\ldots + L_K \\leq 2 \\times 10^5', whole)).toEqual([
      { term: 'L_i', upper: 200_000 },
    ]);
  });

  it('reads a sigma over counts of things ("C_i parcels") and a sum of lengths spelled out', () => {
    expect(totalsIn('\\sum_{i=1}^{N} C_i \\leq 2 \\times 10^5', 'Shelf i holds C_i parcels.')).toEqual([
      { term: 'C_i', upper: 200_000 },
    ]);
    expect(
      totalsIn('logs[0].length + logs[1].length + ... + logs[logs.length - 1].length <= 10^5', ''),
    ).toEqual([{ term: 'logs[i].length', upper: 100_000 }]);
  });

  it('reads a sigma written with no range (\\sum |s_i| <= 10^6)', () => {
    expect(totalsIn('\\sum |s_i| \\le 10^6', '')).toEqual([{ term: '|s_i|', upper: 1_000_000 }]);
  });

  it('reads "at most 10^5 books in total" as a total', () => {
    expect(totalsIn('The carts hold at most 10^5 books in total.', '')).toEqual([
      { term: 'books', upper: 100_000 },
    ]);
  });

  it('never reads a sum of values as a size (piles of coins, a_1 + ... + a_n, 1 + 2 + ... + n)', () => {
    expect(totalsIn('piles[0] + piles[1] + ... + piles[n - 1] <= 10^9', 'int piles[n]')).toEqual([]);
    expect(totalsIn('a_1 + a_2 + ... + a_n <= 10^6', 'The second line holds a_1, ..., a_n.')).toEqual([]);
    expect(totalsIn('1 + 2 + ... + n', 'a staircase of n steps')).toEqual([]);
  });

  it('still reads the other bounds on a line that writes a sum out', () => {
    const { shape } = read('The second line holds n integers a_1, a_2, ..., a_n.', [
      '1 <= n <= 2 * 10^5, a_1 + a_2 + ... + a_n <= 10^9',
    ]);
    expect(shape).toMatchObject({ kind: 'one', n: { name: 'n', bound: 200_000 } });
  });

  it('counts the work over the total, not the number of lists and not a value (the merged timetables)', () => {
    const { shape, limit } = read(
      'A railway company runs K branch lines. The timetable of branch i lists L_i arrival times T_{i,1} <= ... <= T_{i,L_i}. Print every arrival in order.',
      ['1 <= K <= 10^5', '1 <= L_i', 'L_1 + L_2 + ... + L_K <= 2 * 10^5', '0 <= T_{i,j} <= 10^9'],
    );
    expect(shape).toMatchObject({ kind: 'one', n: { bound: 200_000 } });
    expect(limit.limit).toBe('O(n log n)');
    expect(limit.reason).not.toContain('Only values');
  });

  it('shares a sum of lengths over all tests instead of multiplying tests by words by letters', () => {
    const { input } = read(
      'The first line contains T, the number of test cases. Each test case has N words S_1, ..., S_N.',
      [
        '1 <= T <= 10^4',
        '1 <= N <= 10^5',
        '1 <= |S_i| <= 10^5',
        'The sum of the lengths of all the words over all test cases does not exceed 10^6.',
      ],
    );
    expect(input.shape).toMatchObject({ kind: 'one', n: { bound: 1_000_000 } });
    expect(input.tests).toBe(1);
  });
});

describe('a length bounded by an expression in other names', () => {
  it('reads the value that bounds two lists (len + 1) as the size the input follows', () => {
    const { shape } = read('A twig is len centimetres long; left and right hold the beetles.', [
      '1 <= len <= 10^4',
      '0 <= left.length, right.length <= len + 1',
      '0 <= left[i], right[i] <= len',
    ]);
    expect(shape).toMatchObject({ kind: 'one', n: { name: 'len', bound: 10_000 } });
  });

  it('gives a length bounded by a product (m * k) that bound, and its factors are no sizes nor amounts', () => {
    const constraints = ['1 <= m <= 1000', '1 <= k <= 100', '1 <= labels.length <= m * k'];
    const statement = 'A depot has m trucks, each takes at most k crates; labels[i] is the label of crate i.';
    for (const technique of [undefined, 'hash-table', 'dynamic-programming'] as const) {
      expect(read(statement, constraints, technique).shape).toMatchObject({
        kind: 'one',
        n: { name: 'labels.length', bound: 100_000 },
      });
    }
  });

  it('reads a listed count that may outgrow the size bounding it (M <= 2 * N orders) as a second list', () => {
    const { shape } = read(
      'A shop is open N days and receives M orders D_1, D_2, ..., D_M. The second line contains M integers.',
      ['1 <= N <= 10^5', '1 <= M <= 2 * N', '1 <= D_i <= N'],
    );
    expect(shape.kind).toBe('add');
    if (shape.kind === 'add') expect([shape.n.name, shape.other.name].sort()).toEqual(['M', 'N']);
  });

  it('keeps a count that cannot outgrow its bound (m <= n, k <= n) inside the one size', () => {
    for (const constraints of [
      ['1 <= n <= 10^5', '1 <= m <= n'],
      ['1 <= n <= 10^5', '1 <= k <= n'],
    ])
      expect(
        read('The second line contains m integers b_1, b_2, ..., b_m; pick k of them.', constraints).shape,
      ).toMatchObject({
        kind: 'one',
        n: { name: 'n' },
      });
  });

  it('keeps an edge count bounded by n * (n - 1) / 2 an edge count', () => {
    const { shape } = read('There are n cities and m roads; each road joins two cities.', [
      '2 <= n <= 1000',
      '1 <= m <= n * (n - 1) / 2',
    ]);
    expect(shape).toMatchObject({ kind: 'graph', v: { name: 'n' }, e: { name: 'm' } });
  });

  it('fixes a length by a formula (skill.length == 2 * n)', () => {
    const { facts } = read('2 * n players.', ['1 <= n <= 10^5', 'skill.length == 2 * n']);
    expect(facts.variables.find((v) => v.names.includes('skill.length'))?.upper).toBe(200_000);
  });

  it('reads "n == first.length, m == second.length" as two sizes, not one name for all four', () => {
    const { shape } = read('Two songs first and second.', [
      'n == first.length, m == second.length',
      '1 <= n, m <= 1000',
    ]);
    expect(shape).toMatchObject({ kind: 'add', n: { bound: 1000 }, other: { bound: 1000 } });
  });
});

describe('grid sides and counts named by words', () => {
  it('reads rows and cols as the sides of a grid the page indexes both ways', () => {
    const { shape } = read('A map is a grid of letters, map[r][c].', ['1 <= rows, cols <= 500']);
    expect(shape).toMatchObject({ kind: 'product', grid: true, n: { bound: 500 }, other: { bound: 500 } });
  });

  it('reads height and width the same way, and a typed table `int hall[rows][cols]`', () => {
    expect(read('photo[y][x] is a pixel.', ['1 <= height, width <= 300']).shape).toMatchObject({
      kind: 'product',
      grid: true,
    });
    expect(
      read('lonelySeats has the following parameter(s):\n- int hall[rows][cols]: the seats', [
        '1 <= rows, cols <= 1000',
      ]).shape,
    ).toMatchObject({ kind: 'product', grid: true });
  });

  it('reads a plan cut into n * m squares, or written as n lines of m characters, as a grid', () => {
    for (const statement of [
      'The floor plan of a building is divided into n * m squares, each floor or wall. Count the rooms.',
      'The first line has n and m. Then there are n lines of m characters describing the plan. Count the rooms.',
    ]) {
      const { shape, limit } = read(statement, ['1 <= n, m <= 1000']);
      expect(shape).toMatchObject({ kind: 'product', grid: true });
      expect(limit.limit).toBe('O(n * m log(n * m))');
    }
    // Near miss: n lines of two numbers each are n pairs, not a board.
    expect(
      read('Then n lines follow, each with two integers a and b.', ['1 <= n <= 1000']).shape,
    ).toMatchObject({
      kind: 'one',
    });
  });

  it('reads the sides of a table shown only in an example (`picture = [[1,1],[1,0]]`) or as `mat[][]`', () => {
    const facts = parseConstraints(
      ['1 <= height, width <= 50'],
      'A picture of colour codes.',
      'picture = [[1,1],[1,0]], sr = 1',
    );
    expect(facts.variables.filter((v) => v.role === 'dimension')).toHaveLength(2);
    expect(
      read('Given a binary matrix mat[][], count its groups of 1s.', ['1 <= rows, cols <= 500']).shape,
    ).toMatchObject({
      kind: 'product',
      grid: true,
    });
    expect(
      parseConstraints(
        ['1 <= height, width <= 50'],
        'A picture of colour codes.',
        'height = 3, width = 4',
      ).variables.some((v) => v.role === 'dimension'),
    ).toBe(false);
  });

  it('reads "R horizontal rows and C vertical columns" as a grid', () => {
    const { shape } = read('There is a grid with R horizontal rows and C vertical columns.', [
      '1 <= R, C <= 1000',
    ]);
    expect(shape).toMatchObject({ kind: 'product', grid: true });
  });

  it('keeps rows and cols numbers when no grid is given (a formula over the floor)', () => {
    for (const bound of ['500', '10^9']) {
      const { shape } = read('A floor has rows rows of cols tiles. Example: rows = 3, cols = 4.', [
        `1 <= rows, cols <= ${bound}`,
      ]);
      expect(shape.kind).toBe('values');
    }
  });

  it('reads a count that sizes a typed array (int visitors[branches]) as a size', () => {
    const { shape } = read(
      'records has the following parameter(s):\n- int branches: the number of branches\n- int visitors[branches]: the visitors',
      ['1 <= branches <= 10^5', '0 <= visitors[i] <= 10^9'],
    );
    expect(shape).toMatchObject({ kind: 'one', n: { name: 'branches', bound: 100_000 } });
  });

  it('keeps a word used as an index in prose (arr[idx]) a value', () => {
    const { facts } = read('Return arr[idx] after the moves.', ['0 <= idx <= 10^5']);
    expect(facts.variables.find((v) => v.names.includes('idx'))?.role).toBe('value');
  });
});

describe('only a fixed number of scalars is bounded by values alone', () => {
  it('concludes "only values are bounded" for two numbers and nothing else', () => {
    const { shape, limit } = read('Two clocks chime every a and b seconds. Input: a = 4, b = 6', [
      '1 <= a, b <= 10^18',
    ]);
    expect(shape.kind).toBe('values');
    expect(limit.limit).toBe('O(log n)');
    expect(limit.reason).toContain('Only values are bounded');
  });

  it('says the limit cannot be read when a list is given but its length is not bounded', () => {
    const { shape, limit } = read(
      'Count pairs of heights at distance gap. Input: heights = [1,5,3], gap = 2',
      ['1 <= gap <= 10^9', '1 <= heights[i] <= 10^9'],
    );
    expect(shape).toMatchObject({ kind: 'unknown', values: [{ names: ['gap'] }] });
    expect(limit.limit).toBe('O(n)');
    expect(limit.reason).toContain('not the length of the input');
    expect(limit.reason).not.toContain('Only values');
  });

  it('keeps a word chosen from a few ("day = \\"Monday\\"") a scalar', () => {
    const { shape } = read('Input: day = "Monday", n = 10', ['0 <= n <= 10^18']);
    expect(shape.kind).toBe('values');
  });
});

describe('a promise of distinct values after "followed by"', () => {
  it('reads "k, followed by k distinct integers" as distinct', () => {
    const statement = 'The second line contains k, followed by k distinct integers p_1, ..., p_k.';
    expect(readGuarantees(parseConstraints([], statement), statement.toLowerCase()).has('distinct')).toBe(
      true,
    );
  });
});

describe('bounds written as a range in words', () => {
  it('reads "N is an integer between 1 and 100 (inclusive)" as the bound, as older AtCoder pages write it', () => {
    expect(normalizeMath('N is an integer between 1 and 100 (inclusive).')).toBe('1 <= N <= 100.');
    expect(normalizeMath('A and B are integers between 1 and 9.')).toBe('1 <= A, B <= 9.');
    expect(normalizeMath('N, M and K are integers between 1 and 10^5, inclusive')).toBe(
      '1 <= N, M, K <= 10^5',
    );
    const facts = parseConstraints(
      [
        'N is an integer between 1 and 100 (inclusive).',
        'a_i (1 <= i <= N) is an integer between 1 and 100 (inclusive).',
      ],
      'There are N cards on the table, and card i shows the number a_i.',
    );
    expect(facts.variables.find((v) => v.names.includes('N'))).toMatchObject({ role: 'size', upper: 100 });
    expect(facts.variables.find((v) => v.names.includes('a_i'))).toMatchObject({ role: 'value', upper: 100 });
  });

  it('reads "the length of S is between 1 and 10" as a bound on the length, a size', () => {
    expect(normalizeMath('The length of S is between 1 and 10, inclusive.')).toBe('1 <= S.length <= 10.');
    expect(normalizeMath('The lengths of S and T are between 1 and 2*10^5 (inclusive).')).toBe(
      '1 <= S.length, T.length <= 2*10^5.',
    );
    const facts = parseConstraints(
      ['The length of S is between 1 and 10^5, inclusive.'],
      'You are given a string S of lowercase letters.',
    );
    expect(facts.variables).toEqual([expect.objectContaining({ role: 'size', lower: 1, upper: 100000 })]);
  });

  it('leaves prose alone: an answer or a pronoun between two numbers is no bound', () => {
    expect(normalizeMath('The answer is between 1 and 10.')).toBe('The answer is between 1 and 10.');
    expect(normalizeMath('It is between 2 and 5')).toBe('It is between 2 and 5');
  });
});

describe('lines that are each a computation of their own', () => {
  const powers = [
    'Compute a^b modulo 10^9+7 for n pairs of numbers.',
    'The first input line contains an integer `n`: the number of calculations.',
    'After this, there are `n` lines, each containing two integers `a` and `b`.',
    'Print each value a^b modulo 10^9+7.',
  ].join('\n');

  it('counts n as tests when every line holds only numbers bounded by numbers and each is answered', () => {
    const { facts, limit } = read(powers, ['1 <= n <= 2 * 10^5', '0 <= a,b <= 10^9']);
    expect(facts.variables.find((v) => v.names.includes('n'))?.role).toBe('tests');
    expect(limit.limit).toBe('O(log n)');
  });

  it('keeps n a size when the lines are links between items, or one answer covers them all', () => {
    const links = powers.replace('Print each value a^b modulo 10^9+7.', 'Print each component size.');
    const linked = read(links, ['1 <= n <= 2 * 10^5', '1 <= a,b <= n']);
    expect(linked.facts.variables.find((v) => v.names.includes('n'))?.role).not.toBe('tests');
    const summed = powers.replace('Print each value a^b modulo 10^9+7.', 'Print the sum of all the values.');
    const total = read(summed, ['1 <= n <= 2 * 10^5', '0 <= a,b <= 10^9']);
    expect(total.facts.variables.find((v) => v.names.includes('n'))?.role).toBe('size');
  });
});
