import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { readGuarantees } from '@/lib/coach/problem/promises';
import { readProblem } from '@/lib/coach/problem/reading';
import { readShape } from '@/lib/coach/problem/shape';
import { expectedComplexity } from '@/lib/coach/problem/target';
import type { TechniqueId } from '@/lib/coach/problem/types';
import type { ProblemContext } from '@/lib/extract/context';
import { problemContext } from '../../../support/problem-context';

/**
 * How sizes, orders and input formats are read (issue 10): each rule is stated in terms of how a
 * statement is built, so each test writes a statement of its own in that shape.
 */
function shapeOf(statement: string, constraints: string[], technique?: TechniqueId) {
  const facts = parseConstraints(constraints, statement);
  return readShape(facts, technique, `${statement}\n${constraints.join('\n')}`.toLowerCase()).shape;
}

function promised(statement: string, constraints: string[] = []) {
  return readGuarantees(
    parseConstraints(constraints, statement),
    `${statement}\n${constraints.join('\n')}`.toLowerCase(),
  );
}

function problem(statement: string, constraints: string[]): ProblemContext {
  return problemContext({
    site: 'atcoder',
    url: 'https://atcoder.jp/contests/example/tasks/example_a',
    id: 'example_a',
    statement,
    constraints,
  });
}

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
});

describe('orders the statement promises', () => {
  it('reads an order stated with "is in … order" or element by element', () => {
    expect(promised('The existing leaderboard, ranked, is in descending order.')).toContain('sorted');
    expect(promised('', ['arr[i] < arr[j] for 1 <= i < j <= arr.length'])).toContain('sorted');
  });

  it('reads a strict order of the values as distinct values, and an order by a key as no such promise', () => {
    expect(promised('', ['1 <= a_1 < a_2 < ... < a_M <= N - 1'])).toEqual(
      expect.objectContaining(new Set(['sorted', 'distinct'])),
    );
    expect(promised('You are given an array sorted in a strictly increasing order.')).toContain('distinct');
    const byId = promised('Both arrays are in strictly ascending order by id.');
    expect(byId).toContain('sorted');
    expect(byId).not.toContain('distinct');
  });
});

describe('searches over orders and assignments of few items', () => {
  it('expects a table over sets, remembering the last item for a tour', () => {
    const tour = analyzeProblem(
      problem(
        'There are N cities and the cost of going from city i to city j is C_{i,j}. Find the cheapest tour that starts at city 1, visits each city exactly once and comes back to city 1. Use dynamic programming.',
        ['2 <= N <= 16', '0 <= C_{i,j} <= 10^4'],
      ),
    );
    expect(tour.complexityTarget).toBe('O(n^2 * 2^n)');
    const matching = analyzeProblem(
      problem(
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
      problem(
        'A knight stands on a phone pad. Given an integer n, return how many distinct numbers of length n it can dial, jumping like a knight. Use dynamic programming.',
        ['1 <= n <= 5000'],
      ),
    );
    expect(dialer.complexityTarget).toBe('O(n)');
    expect(dialer.complexityLimit).toBe('O(n^2)');
  });
});

describe('what the answer is ordered by, and searches over the answer', () => {
  const lc = (statement: string, constraints: string[]): ProblemContext => ({
    ...problem(statement, constraints),
    site: 'leetcode',
    url: 'https://leetcode.com/problems/example/',
    id: 'example',
  });

  it('adds the sort an answer listed in order costs, and reads no promise from an example walking through one answer', () => {
    const analysis = analyzeProblem(
      lc(
        'You are given records[i] = [id, team]. Count how many records each id has in a hash map, and return the ids seen exactly once. The ids should be returned in increasing order.',
        ['1 <= records.length <= 10^5', '1 <= id, team <= 10^5'],
      ),
    );
    expect(analysis.complexityTarget).toBe('O(n log n)');
    const withExample = readProblem({
      ...lc('Return the values ordered by how often they occur.', ['1 <= nums.length <= 100']),
      examples: [
        {
          input: 'nums = [2,3,1,3,2]',
          output: '[1,3,3,2,2]',
          explanation: 'so they are sorted in decreasing order',
        },
      ],
    });
    expect(withExample.guarantees.has('sorted')).toBe(false);
  });

  it('expects a halving search over the answer when a check only gets easier as the answer grows', () => {
    const analysis = analyzeProblem(
      lc(
        'You must take n trains in order; dist[i] is the length of ride i. Return the minimum positive integer speed at which all the trains must travel for you to reach the office on time, or -1.',
        ['n == dist.length', '1 <= n <= 10^5', '1 <= dist[i] <= 10^5', '1 <= hour <= 10^9'],
      ),
    );
    expect(analysis.complexityTarget).toBe('O(n log A)');
    const bouquets = shapeOf(
      'The garden has n flowers; bloomDay[i] is the day flower i blooms. You want to make m bouquets of k adjacent flowers. Return the minimum number of days you need to wait.',
      ['bloomDay.length == n', '1 <= n <= 10^5', '1 <= m <= 10^6', '1 <= k <= n'],
    );
    expect(bouquets).toMatchObject({ kind: 'one', n: { bound: 10 ** 5 } });
  });
});

describe('logarithmic targets the statement implies without naming them', () => {
  const lc = (statement: string, constraints: string[]): ProblemContext => ({
    ...problem(statement, constraints),
    site: 'leetcode',
    url: 'https://leetcode.com/problems/example/',
    id: 'example',
  });

  it('halves toward a peak, which needs no sorted input', () => {
    const peak = analyzeProblem(
      lc(
        'Given an array arr where no two neighbours are equal, return the index of any element strictly greater than its neighbours. Use binary search.',
        ['1 <= arr.length <= 10^6', '-2^31 <= arr[i] <= 2^31 - 1'],
      ),
    );
    expect(peak.complexityTarget).toBe('O(log n)');
  });

  it('searches a grid sorted row after row as one list, and one sorted by rows and columns from a corner', () => {
    const rowMajor = analyzeProblem(
      lc(
        'You are given an m x n integer matrix. Each row is sorted in increasing order, and the first integer of each row is greater than the last integer of the previous row. Search for target with binary search.',
        [
          'm == matrix.length',
          'n == matrix[i].length',
          '1 <= m, n <= 1000',
          '-10^4 <= matrix[i][j], target <= 10^4',
        ],
      ),
    );
    expect(rowMajor.complexityTarget).toBe('O(log(n * m))');
    expect(rowMajor.hints.every((hint) => !/four directions/.test(hint.text))).toBe(true);
    const corner = analyzeProblem(
      lc(
        'Given an m x n matrix grid which is sorted in non-increasing order both row-wise and column-wise, count the negative numbers in grid with binary search or two pointers.',
        ['m == grid.length', 'n == grid[i].length', '1 <= m, n <= 100', '-100 <= grid[i][j] <= 100'],
      ),
    );
    expect(corner.complexityTarget).toBe('O(n + m)');
  });
});

describe('a table of distances', () => {
  const statement =
    'There are N cities joined by roads. It was possible to reach any city from any other city, via other cities if necessary. A table A with N rows and N columns is given. Determine whether for each u and v, A_{u,v} is the length of the shortest path from city u to city v along the roads.';
  const constraints = ['1 <= N <= 300', '1 <= A_{i,j} <= 10^9'];

  it('reads a network said to reach everywhere as connected, and every pair as asked for', () => {
    const read = readProblem(problem(statement, constraints));
    expect(read.guarantees.has('connected')).toBe(true);
    expect(read.asks.allPairs).toBe(true);
  });

  it('expects every pair improved through every middle city on the n x n table', () => {
    const read = readProblem(problem(statement, constraints));
    const input = readShape(read.facts, 'shortest-path', read.body);
    const target = expectedComplexity({
      techniques: ['shortest-path', 'graph'],
      input,
      limit: 'O(n^3)',
      asks: { ...read.asks, ...read.costs },
      guarantees: read.guarantees,
    });
    expect(input.shape).toMatchObject({ kind: 'one', square: true });
    expect(target.target).toBe('O(n^3)');
  });
});

describe('what an order is by', () => {
  const lc = (statement: string, constraints: string[]): ProblemContext => ({
    ...problem(statement, constraints),
    site: 'leetcode',
    url: 'https://leetcode.com/problems/example/',
    id: 'example',
  });

  it('keeps an order by the key the question works on, and drops one by a key it never asks about', () => {
    const merged = readProblem(
      lc(
        'nums1[i] = [id_i, val_i]. Each array contains unique ids and is sorted in ascending order by id. Merge the two arrays into one array that is sorted in ascending order by id, summing the values.',
        ['1 <= nums1.length, nums2.length <= 200'],
      ),
    );
    expect(merged.sortedBy).toBe('id');
    expect(merged.scene.guarantees.has('sorted')).toBe(true);
    const waiting = readProblem(
      lc(
        'customers[i] = [arrival_i, time_i]. The array customers is sorted by arrival_i in non-decreasing order. A chef serves one customer at a time. Return the average waiting time of all customers.',
        ['1 <= customers.length <= 10^5', '1 <= arrival_i, time_i <= 10^4'],
      ),
    );
    expect(waiting.sortedBy).toBe('arrival');
    expect(waiting.guarantees.has('sorted')).toBe(true);
    expect(waiting.scene.guarantees.has('sorted')).toBe(false);
  });

  it('reads an order of the values themselves as searchable', () => {
    const read = readProblem(
      lc('Given a sorted unique integer array nums, return the index of target.', [
        '1 <= nums.length <= 10^4',
      ]),
    );
    expect(read.sortedBy).toBeNull();
    expect(read.scene.guarantees.has('sorted')).toBe(true);
  });
});

describe('edge cases and hints that follow the reading', () => {
  const lc = (statement: string, constraints: string[]): ProblemContext => ({
    ...problem(statement, constraints),
    site: 'leetcode',
    url: 'https://leetcode.com/problems/example/',
    id: 'example',
  });

  it('lists no edges or components for a board nobody links, and no products for "multiple" answers', () => {
    const board = analyzeProblem(
      lc(
        'Given a square chessboard of side n, find the minimum steps a knight takes from knightPos to targetPos, or -1. Search the squares breadth first.',
        ['1 <= n <= 1000', '1 <= knightPos(X, Y), targetPos(X, Y) <= n'],
      ),
    );
    expect(board.edgeCases.join(' ')).not.toMatch(/\bedge\b|component/i);
    const peaks = analyzeProblem(
      lc('Return the index of a peak element. If there are multiple peak elements, return any of them.', [
        '1 <= arr.length <= 10^5',
        '-2^31 <= arr[i] <= 2^31 - 1',
      ]),
    );
    expect(peaks.edgeCases.join(' ')).not.toMatch(/product/i);
  });

  it('reads edge weights of at least one as no zero-weight edges', () => {
    const read = readProblem(
      problem('Each of the next m lines holds u v w, a directed edge of length w in the graph.', [
        '2 <= n <= 400',
        '1 <= m <= 10^5',
        '1 <= u, v <= n',
        '1 <= w <= 350',
      ]),
    );
    expect(read.guarantees.has('positive')).toBe(true);
  });

  it('hints the search the target names: toward a peak, from a corner, over the answers, through every middle node', () => {
    const peak = analyzeProblem(
      lc('Return the index of any element strictly greater than its neighbours.', [
        '1 <= arr.length <= 10^6',
      ]),
    );
    expect(peak.hints[1]?.text).toMatch(/slope/);
    const corner = analyzeProblem(
      lc(
        'Given an m x n matrix grid which is sorted in non-increasing order both row-wise and column-wise, count the negative numbers in grid with binary search or two pointers.',
        ['m == grid.length', 'n == grid[i].length', '1 <= m, n <= 100', '-100 <= grid[i][j] <= 100'],
      ),
    );
    expect(corner.hints[2]?.text).toMatch(/top-right/);
    const speed = analyzeProblem(
      lc(
        'You must take n trains in order; dist[i] is the length of ride i. Return the minimum positive integer speed at which all the trains must travel for you to reach the office on time.',
        ['n == dist.length', '1 <= n <= 10^5', '1 <= dist[i] <= 10^5'],
      ),
    );
    expect(speed.complexityReason).toMatch(/halve the range of answers/);
    expect(speed.hints[1]?.text).toMatch(/answer/);
  });
});

describe('a small n alone', () => {
  it('is no search over subsets when the question chooses nothing', () => {
    const ranges = analyzeProblem({
      ...problem(
        'You are given a sorted unique integer array nums. Return the smallest sorted list of ranges that cover all the numbers in the array exactly.',
        ['0 <= nums.length <= 20', '-2^31 <= nums[i] <= 2^31 - 1', 'nums is sorted in ascending order.'],
      ),
      site: 'leetcode',
      url: 'https://leetcode.com/problems/example/',
      id: 'example',
    });
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
