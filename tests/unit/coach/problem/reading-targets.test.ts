import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { readProblem } from '@/lib/coach/problem/reading';
import { readShape } from '@/lib/coach/problem/shape';
import { expectedComplexity } from '@/lib/coach/problem/target';
import { statementOn } from '../../../support/problem-context';

/**
 * The targets, edge cases and hints that follow from how a statement is read (issue 10): logarithmic
 * targets it implies without naming them, a table of distances, searches it names. Each test writes
 * a statement of its own in the shape the rule names.
 */

describe('logarithmic targets the statement implies without naming them', () => {
  it('halves toward a peak, which needs no sorted input', () => {
    const peak = analyzeProblem(
      statementOn(
        'leetcode',
        'Given an array arr where no two neighbours are equal, return the index of any element strictly greater than its neighbours. Use binary search.',
        ['1 <= arr.length <= 10^6', '-2^31 <= arr[i] <= 2^31 - 1'],
      ),
    );
    expect(peak.complexityTarget).toBe('O(log n)');
  });

  it('searches a grid sorted row after row as one list, and one sorted by rows and columns from a corner', () => {
    const rowMajor = analyzeProblem(
      statementOn(
        'leetcode',
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
      statementOn(
        'leetcode',
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
    const read = readProblem(statementOn('atcoder', statement, constraints));
    expect(read.guarantees.has('connected')).toBe(true);
    expect(read.asks.allPairs).toBe(true);
  });

  it('expects every pair improved through every middle city on the n x n table', () => {
    const read = readProblem(statementOn('atcoder', statement, constraints));
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

describe('edge cases and hints that follow the reading', () => {
  it('lists no edges or components for a board nobody links, and no products for "multiple" answers', () => {
    const board = analyzeProblem(
      statementOn(
        'leetcode',
        'Given a square chessboard of side n, find the minimum steps a knight takes from knightPos to targetPos, or -1. Search the squares breadth first.',
        ['1 <= n <= 1000', '1 <= knightPos(X, Y), targetPos(X, Y) <= n'],
      ),
    );
    expect(board.edgeCases.join(' ')).not.toMatch(/\bedge\b|component/i);
    const peaks = analyzeProblem(
      statementOn(
        'leetcode',
        'Return the index of a peak element. If there are multiple peak elements, return any of them.',
        ['1 <= arr.length <= 10^5', '-2^31 <= arr[i] <= 2^31 - 1'],
      ),
    );
    expect(peaks.edgeCases.join(' ')).not.toMatch(/product/i);
  });

  it('reads edge weights of at least one as no zero-weight edges', () => {
    const read = readProblem(
      statementOn(
        'atcoder',
        'Each of the next m lines holds u v w, a directed edge of length w in the graph.',
        ['2 <= n <= 400', '1 <= m <= 10^5', '1 <= u, v <= n', '1 <= w <= 350'],
      ),
    );
    expect(read.guarantees.has('positive')).toBe(true);
  });

  it('hints the search the target names: toward a peak, from a corner, over the answers, through every middle node', () => {
    const peak = analyzeProblem(
      statementOn('leetcode', 'Return the index of any element strictly greater than its neighbours.', [
        '1 <= arr.length <= 10^6',
      ]),
    );
    expect(peak.hints[1]?.text).toMatch(/slope/);
    const corner = analyzeProblem(
      statementOn(
        'leetcode',
        'Given an m x n matrix grid which is sorted in non-increasing order both row-wise and column-wise, count the negative numbers in grid with binary search or two pointers.',
        ['m == grid.length', 'n == grid[i].length', '1 <= m, n <= 100', '-100 <= grid[i][j] <= 100'],
      ),
    );
    expect(corner.hints[2]?.text).toMatch(/top-right/);
    const speed = analyzeProblem(
      statementOn(
        'leetcode',
        'You must take n trains in order; dist[i] is the length of ride i. Return the minimum positive integer speed at which all the trains must travel for you to reach the office on time.',
        ['n == dist.length', '1 <= n <= 10^5', '1 <= dist[i] <= 10^5'],
      ),
    );
    expect(speed.complexityReason).toMatch(/halve the range of answers/);
    expect(speed.hints[1]?.text).toMatch(/answer/);
  });
});
