import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { statementOn } from '../../../support/problem-context';
import { shapeOf } from '../../../support/statement';

/**
 * How sizes and input formats are read (issue 10): each rule is stated in terms of how a statement
 * is built, so each test writes a statement of its own in that shape.
 */

describe('sizes given by the input format', () => {
  it('reads a product written with a letter x as a number', () => {
    const shape = shapeOf('Each of the n lines holds one score.', ['1 <= n <= 2 x 10^5']);
    expect(shape).toMatchObject({ kind: 'one', n: { bound: 200_000 } });
  });

  it('reads "n lines of n numbers" and a_{N,N} as the side of a square table', () => {
    for (const statement of [
      'The first line contains n. Each of the next n lines contains n integers: the table.',
      'Input:\nN\nA_{1,1} ... A_{1,N}\n:\nA_{N,1} ... A_{N,N}',
    ]) {
      expect(shapeOf(statement, ['1 <= N <= 300'])).toMatchObject({ kind: 'one', square: true });
    }
  });

  it('reads what a letter counts from the words right after it, however the letters were introduced', () => {
    const shape = shapeOf(
      'The first line has two integers n and m, the number of nodes and the number of edges. Each of the next m lines holds u v w. Then q lines follow, each with a query a b.',
      ['2 <= n <= 400', '1 <= m <= n x (n - 1)', '1 <= q <= 10^5'],
    );
    expect(shape).toMatchObject({ kind: 'graph', v: { name: 'n', bound: 400 }, e: { name: 'm' } });
  });

  it('reads a length shared by several inputs as their size, however the sharing is said', () => {
    const role = (statement: string) =>
      parseConstraints(['1 <= n <= 10^5'], statement).variables.find((v) => v.names.includes('n'))?.role;
    for (const statement of [
      'You are given two strings s and t, both of the same length n. Count the places where they differ.',
      'Two arrays a and b of equal length n are given. Pair them so the total is smallest.',
      'Given three lists, each of length n, find a value present in all three.',
      'A binary string with length n is given. Find its longest run of ones.',
      'Both words have length n. Decide whether one is a rotation of the other.',
    ])
      expect(role(statement), statement).toBe('size');
    expect(role('An edge of length n joins the two cities. Print the distance.')).toBe('value');
  });

  it('reads a count of inputs that each bring their own sizes as a number of tests', () => {
    const facts = parseConstraints(
      ['1 <= t <= 10', '2 <= n <= 10^5'],
      'The first line contains t, the number of boards. For each board, the first line contains n, the number of squares.',
    );
    expect(facts.variables.find((v) => v.names.includes('t'))?.role).toBe('tests');
  });

  it('reads n lines that each start with their own length as n items, not n tests', () => {
    const facts = parseConstraints(
      ['1 <= n <= 20', '1 <= m <= 20', '1 <= k <= m'],
      'The first input line has n and m. Then there are n lines. Each line starts with k, the number of lights the switch is wired to, followed by those k lights.',
    );
    expect(facts.variables.find((v) => v.names.includes('n'))?.role).not.toBe('tests');
  });
});

describe('searches over orders and assignments of few items', () => {
  it('expects a table over sets, remembering the last item for a tour', () => {
    const tour = analyzeProblem(
      statementOn(
        'atcoder',
        'There are N cities and the cost of going from city i to city j is C_{i,j}. Find the cheapest tour that starts at city 1, visits each city exactly once and comes back to city 1. Use dynamic programming.',
        ['2 <= N <= 16', '0 <= C_{i,j} <= 10^4'],
      ),
    );
    expect(tour.complexityTarget).toBe('O(n^2 * 2^n)');
    const matching = analyzeProblem(
      statementOn(
        'atcoder',
        'There are N workers and N jobs; worker i does job j at cost a_{i,j}. Each worker must be assigned to exactly one job and each job to one worker. Find the least total cost with dynamic programming.',
        ['1 <= N <= 20', '0 <= a_{i,j} <= 10^9'],
      ),
    );
    expect(matching.complexityTarget).toBe('O(n * 2^n)');
  });
});

describe('numbers the method walks through', () => {
  it('reads the n-th term, a length to cut and a count of stairs as sizes, not values for a formula', () => {
    for (const [statement, constraints] of [
      [
        'Given an integer n, return the n-th number whose only prime factors are 2 and 3.',
        ['1 <= n <= 2000'],
      ],
      [
        'A rope has its length is n; cut it into pieces of lengths a or b, as many as possible.',
        ['1 <= n, a, b <= 4000'],
      ],
      [
        'There are n stairs; you climb one or three at a time. Count the ways to the top.',
        ['1 <= n <= 10^5'],
      ],
    ] as const) {
      expect(shapeOf(statement, [...constraints])).toMatchObject({ kind: 'one', n: { name: 'n' } });
    }
  });

  it('reads positions bounded by a number, searched for the fewest moves, as states of that many', () => {
    const floors = shapeOf(
      'A building has F floors. You are on floor s and want floor g; one button goes up U floors, the other down D. Find the fewest presses.',
      ['1 <= s, g <= F <= 10^6', '0 <= U, D <= 10^6'],
    );
    expect(floors).toMatchObject({ kind: 'one', n: { name: 'F', bound: 10 ** 6 } });
    const board = shapeOf(
      'On a square chessboard of side n, find the minimum steps a knight needs from (x1, y1) to (x2, y2).',
      ['1 <= n <= 1000', '1 <= x1, y1, x2, y2 <= n'],
    );
    expect(board).toMatchObject({ kind: 'one', square: true });
  });

  it('keeps a magnitude a formula answers a value', () => {
    expect(
      shapeOf('Chef makes X straight cuts across a round cake. How many pieces at most?', ['0 <= X <= 10^9']),
    ).toMatchObject({
      kind: 'values',
    });
  });

  it('expects one pass over the states of a lone number, not the polynomial its bound would allow', () => {
    const dialer = analyzeProblem(
      statementOn(
        'atcoder',
        'A knight stands on a phone pad. Given an integer n, return how many distinct numbers of length n it can dial, jumping like a knight. Use dynamic programming.',
        ['1 <= n <= 5000'],
      ),
    );
    expect(dialer.complexityTarget).toBe('O(n)');
    expect(dialer.complexityLimit).toBe('O(n^2)');
  });
});

describe('a small n alone', () => {
  it('is no search over subsets when the question chooses nothing', () => {
    const ranges = analyzeProblem(
      statementOn(
        'leetcode',
        'You are given a sorted unique integer array nums. Return the smallest sorted list of ranges that cover all the numbers in the array exactly.',
        ['0 <= nums.length <= 20', '-2^31 <= nums[i] <= 2^31 - 1', 'nums is sorted in ascending order.'],
      ),
    );
    expect(ranges.complexityTarget).not.toMatch(/2\^n|n!/);
  });
});

describe('strings as keys', () => {
  it('counts a list of short names by its length, and long strings character by character', () => {
    const names = shapeOf('Return names sorted in descending order by the heights.', [
      'n == names.length == heights.length',
      '1 <= n <= 10^3',
      '1 <= names[i].length <= 20',
    ]);
    expect(names).toMatchObject({ kind: 'one' });
    const words = shapeOf('Return the longest common prefix of the strings.', [
      '1 <= strs.length <= 200',
      '0 <= strs[i].length <= 200',
    ]);
    expect(words).toMatchObject({ kind: 'product' });
  });
});
