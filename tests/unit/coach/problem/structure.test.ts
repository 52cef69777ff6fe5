import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { sameBigO } from '@/lib/coach/problem/library/complexity-steps';
import { problemContext } from '../../../support/problem-context';

/**
 * The structural reading on statements written for these tests (none is a labelled case): each
 * describes a situation without naming the structure that serves it.
 */
function analyse(
  statement: string,
  constraints: string[],
  title = 'Example',
  site: 'codeforces' | 'leetcode' = 'codeforces',
) {
  const url =
    site === 'codeforces'
      ? 'https://codeforces.com/problemset/problem/1/C'
      : 'https://leetcode.com/problems/example/';
  return analyzeProblem(problemContext({ site, url, id: '1C', title, statement, constraints }));
}
const topThree = (analysis: ReturnType<typeof analyse>) => analysis.patterns.slice(0, 3).map((p) => p.id);

describe('techniques read from how the statement is built', () => {
  it('takes the best item again and again from a changing pool with a heap', () => {
    const analysis = analyse(
      'A kitchen has n orders waiting. Each minute the cook takes the order with the shortest cooking time among those that have arrived, and cooks it to the end. Print the order in which the orders are cooked.',
      ['1 <= n <= 2 * 10^5', '1 <= t_i <= 10^9'],
    );
    expect(topThree(analysis)).toContain('heap-priority-queue');
  });

  it('answers questions about a run a_l ... a_r under updates with a range tree', () => {
    const analysis = analyse(
      'You are given a sequence a_1, a_2, ..., a_n and q requests. A request "1 p v" replaces a_p by v. A request "2 l r" asks for the largest of a_l, a_l+1, ..., a_r.',
      ['1 <= n, q <= 2 * 10^5', '1 <= a_i, v <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('segment-tree');
    expect(analysis.complexityTarget).toBe('O((n + q) log n)');
  });

  it('counts pairs i < j compared by value with a Fenwick tree or a merge sort, and hints that way', () => {
    const analysis = analyse(
      'Given an array h of n heights, find the number of pairs (i, j) with i < j and h[i] > h[j] + 5.',
      ['1 <= n <= 2 * 10^5', '0 <= h[i] <= 10^9'],
    );
    expect(topThree(analysis)).toContain('segment-tree');
    expect(analysis.complexityTarget).toBe('O(n log n)');
    expect(analysis.hints[1]?.text).toMatch(/Fenwick|merge sort/);
    expect(analysis.edgeCases.join(' ')).not.toMatch(/update/i);
  });

  it('finds what each item sees past shorter ones with a monotonic stack', () => {
    const analysis = analyse(
      'n towers stand in a row. A tower can signal a tower to its right if every tower in between is lower than both of them. For each tower, report how many towers it can signal.',
      ['1 <= n <= 10^5', '1 <= height_i <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('monotonic-stack');
    expect(analysis.complexityTarget).toBe('O(n)');
  });

  it('answers a triple whose values zigzag against their positions with a stack, and a rising one without', () => {
    const zigzag = analyse(
      'Given an integer array a of length n, return true if there are positions i < j < k with a[j] < a[i] < a[k], and false otherwise.',
      ['1 <= n <= 10^5', '-10^9 <= a[i] <= 10^9'],
    );
    expect(zigzag.patterns[0]?.id).toBe('monotonic-stack');
    const rising = analyse(
      'Given an integer array a of length n, return true if there are positions i < j < k with a[i] < a[j] < a[k], and false otherwise.',
      ['1 <= n <= 10^5', '-10^9 <= a[i] <= 10^9'],
    );
    expect(topThree(rising)).not.toContain('monotonic-stack');
  });

  it('removes items to leave the smallest result with a monotonic stack', () => {
    const analysis = analyse(
      'You are given a string of digits d and an integer k. Delete exactly k digits so that the remaining digits, in their original order, form the smallest possible number.',
      ['1 <= k <= d.length <= 10^5'],
    );
    expect(topThree(analysis)).toContain('monotonic-stack');
  });

  it('lists every possibility of few items by backtracking, at the cost the bounds are sized for', () => {
    const analysis = analyse(
      'Given a string s of digits, return all possible ways to insert dots so that every piece is a number below 256.',
      ['1 <= s.length <= 12'],
    );
    expect(analysis.patterns[0]?.id).toBe('backtracking');
    expect(analysis.complexityTarget).not.toBe('O(n)');
  });
});

describe('the expected complexity when the method is a guess', () => {
  const unnamed =
    'Print the value described below for the given numbers a_1, ..., a_n after the procedure of the legend ends.';

  it('comes from the limits and says so when only base rates rank the methods and n is sized for n^2', () => {
    const analysis = analyse(unnamed, ['1 <= n <= 3000', '1 <= a_i <= 10^6']);
    expect(analysis.complexityTarget).toBe('O(n^2)');
    expect(analysis.complexityReason).toMatch(/comes from its limits: n <= 3000 points at O\(n\^2\)/);
  });

  it("does not read an interview site's small n as the intended cost: LeetCode sizes n loosely", () => {
    const analysis = analyse(unnamed, ['1 <= n <= 300', '1 <= a_i <= 10^6'], 'Example', 'leetcode');
    expect(analysis.complexityLimit).toBe('O(n^3)');
    expect(analysis.complexityTarget).not.toBe('O(n^3)');
    expect(analysis.complexityReason).toContain(`allow up to ${analysis.complexityLimit}`);
  });

  it('names both the usual method and what the limits allow when n is large and nothing points at a method', () => {
    const analysis = analyse(unnamed, ['1 <= n <= 3 * 10^5', '1 <= a_i <= 10^6']);
    expect(analysis.complexityTarget).not.toBe(analysis.complexityLimit);
    expect(analysis.complexityReason).toContain(`allow up to ${analysis.complexityLimit}`);
    expect(analysis.complexityReason).toContain(`most often solved in ${analysis.complexityTarget}`);
  });

  it('costs a tuple of t elements n^(t - 1), however the page names them', () => {
    const triples = analyse(
      'Given an integer array nums and an integer target, return how many triplets of positions i < j < k have nums[i] + nums[j] + nums[k] < target.',
      ['3 <= nums.length <= 3500', '-100 <= nums[i] <= 100', '-100 <= target <= 100'],
    );
    expect(triples.complexityTarget).toBe('O(n^2)');
    const quadruples = analyse(
      'Given an array of n integers, find four integers at distinct positions whose sum equals the given target, and return them sorted, without repeating a quadruplet.',
      ['1 <= n <= 200', '-10^9 <= a_i <= 10^9'],
    );
    expect(quadruples.complexityTarget).toBe('O(n^3)');
  });
});

describe('grids and graphs', () => {
  it('reads the sides of an n x m rectangle as sizes, and a bound on their product', () => {
    const rectangle = analyse(
      'A field is an n x m rectangle of cells, each free or blocked. Count the regions of free cells that share a side.',
      ['1 <= n, m <= 1000'],
    );
    expect(sameBigO(rectangle.complexityTarget, 'O(n * m)')).toBe(true);
    const thin = analyse('Given an m x n matrix grid, return its cells in zigzag order.', [
      'm == grid.length',
      'n == grid[i].length',
      '1 <= m, n <= 10^5',
      '1 <= m * n <= 10^5',
    ]);
    expect(thin.complexityLimit).toBe('O(n * m log(n * m))');
  });

  it('counts eight neighbours in its hints where diagonal cells touch', () => {
    const analysis = analyse(
      'Given an n x m grid of 0s and 1s, two 1s touch if they are adjacent horizontally, vertically or diagonally. Return the size of the largest group of touching 1s.',
      ['1 <= n, m <= 50'],
    );
    const hints = analysis.hints.map((hint) => hint.text).join(' ');
    expect(hints).toContain('eight');
    expect(hints).not.toContain('four');
  });

  it('lists no array traps and keeps the promises of a graph given as an edge list', () => {
    const analysis = analyse(
      'There are n cities and a list roads where roads[i] = [a_i, b_i] joins two cities. There are no repeated roads, and no road joins a city to itself. Return true if a path exists from city 0 to city n - 1.',
      [
        '2 <= n <= 10^5',
        '0 <= roads.length <= 10^5',
        'roads[i].length == 2',
        '0 <= a_i, b_i < n',
        'a_i != b_i',
      ],
    );
    const cases = analysis.edgeCases.join(' | ');
    expect(cases).not.toMatch(/All values equal|already in order|Repeated edges|to itself/);
    expect(topThree(analysis)).toContain('depth-first-search');
  });
});
