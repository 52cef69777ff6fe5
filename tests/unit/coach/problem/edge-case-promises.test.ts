import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { CONTRADICTIONS, contradictedBy } from '@/lib/coach/problem/contradictions';
import { GUARANTEES, type Guarantee } from '@/lib/coach/problem/guarantees';
import type { ProblemContext } from '@/lib/extract/context';
import { problemContext, statementOn } from '../../../support/problem-context';

function problem(statement: string, constraints: string[]): ProblemContext {
  return problemContext({ statement, constraints });
}

describe('edge cases and the promises they must respect', () => {
  it('has a contradiction pattern for every guarantee', () => {
    expect(Object.keys(CONTRADICTIONS).sort()).toEqual(Object.keys(GUARANTEES).sort());
  });

  it('recognises the edge cases each guarantee rules out', () => {
    const ruledOut: [string, Guarantee][] = [
      ['Empty input: nums.length can be 0', 'non-empty'],
      ['A single element in nums', 'min-two'],
      ['Already sorted and reverse-sorted input', 'sorted'],
      ['Values already in order, and in reverse order', 'rotated'],
      ['Duplicates, including the answer itself', 'distinct'],
      ['Negative values', 'positive'],
      ['Zero and one', 'positive'],
      ['A 1 x 1 grid', 'grid-min-two'],
      ['An empty tree (the root is missing)', 'root-exists'],
      ['No valid answer exists', 'answer-exists'],
      ['Upper-case letters and digits', 'lowercase-only'],
      ['Upper-case letters, digits or spaces mixed in', 'fixed-alphabet'],
      ['A disconnected graph', 'connected'],
      ['Cycles in the graph', 'acyclic'],
      ['A node that links to itself', 'no-self-loops'],
      ['Repeated edges between the same two nodes', 'no-repeated-edges'],
    ];
    for (const [edgeCase, guarantee] of ruledOut)
      expect(contradictedBy(edgeCase, [guarantee]), edgeCase).toEqual([guarantee]);
    expect(contradictedBy('The largest allowed value', Object.keys(GUARANTEES) as Guarantee[])).toEqual([]);
    // A state a DP never reaches is no claim about the graph, nor about the answer.
    expect(
      contradictedBy('A state that cannot be reached, which must not count as 0', [
        'connected',
        'answer-exists',
      ]),
    ).toEqual([]);
    expect(contradictedBy('The goal cannot be reached at all', ['answer-exists'])).toEqual(['answer-exists']);
    expect(contradictedBy('A node that cannot be reached from the start', ['connected'])).toEqual([
      'connected',
    ]);
  });

  it('never lists a case the statement rules out', () => {
    const { edgeCases } = analyzeProblem(
      problem('Given a sorted array nums of distinct integers, return the index of target.', [
        '2 <= nums.length <= 10^4',
        '1 <= nums[i] <= 10^4',
        'All the integers in nums are unique.',
        'nums is sorted in ascending order.',
      ]),
    );
    expect(edgeCases.length).toBeGreaterThan(0);
    const promised: Guarantee[] = ['non-empty', 'min-two', 'positive', 'distinct', 'sorted'];
    for (const edgeCase of edgeCases) expect(contradictedBy(edgeCase, promised), edgeCase).toEqual([]);
  });

  it('reads the k of "i < j <= k" as a third index, not a parameter with ends to test', () => {
    const triples = (constraints: string[]) =>
      analyzeProblem(
        problem(
          'Count the triplets of indices i, j and k with 0 <= i < j <= k < arr.length whose two XORs are equal.',
          ['1 <= arr.length <= 300', '1 <= arr[i] <= 10^8', ...constraints],
        ),
      ).edgeCases.join('\n');
    expect(triples([])).not.toMatch(/k at both ends/);
    expect(triples(['1 <= k <= arr.length'])).toMatch(/k at both ends/);
  });

  it('names a range "will be in" by what it counts, not by the sentence around it', () => {
    const { edgeCases } = analyzeProblem(
      problem('Given the root of a binary search tree and a value, insert the value into the tree.', [
        'The number of nodes in the tree will be in the range [0, 10^4].',
        '-10^8 <= Node.val <= 10^8',
      ]),
    );
    expect(edgeCases.join('\n')).toMatch(/The number of nodes in the tree can be 0/);
  });

  it('reads "there are at least k pairs" as no bound on k', () => {
    const { edgeCases } = analyzeProblem(
      problem('Return the number of subarrays of nums in which there are at least k pairs of equal values.', [
        '1 <= nums.length <= 10^5',
        '1 <= nums[i], k <= 10^9',
      ]),
    );
    expect(edgeCases.join('\n')).not.toMatch(/k = there/);
  });

  it('lists what the bounds allow: empty input, negatives, k at both ends', () => {
    const { edgeCases } = analyzeProblem(
      problem('Return the maximum sum of a subarray of nums of length k.', [
        '0 <= nums.length <= 10^5',
        '-10^4 <= nums[i] <= 10^4',
        '1 <= k <= nums.length',
      ]),
    );
    const text = edgeCases.join('\n');
    expect(text).toContain('nums.length can be 0');
    expect(text).toContain('Negative values');
    expect(text).toContain('k = 1 and k = nums.length');
  });
});

describe('edge cases worded by what the variable counts', () => {
  it('calls no links "no cables", not an empty input, when the nodes are promised', () => {
    const { edgeCases } = analyzeProblem(
      statementOn(
        'codeforces',
        'There are N servers and M cables. Each cable joins server U_i and server V_i. Count the groups of servers that can talk to each other.',
        ['1 <= N <= 10^5', '0 <= M <= 2 * 10^5', '1 <= U_i, V_i <= N'],
      ),
    );
    const text = edgeCases.join('\n');
    expect(text).not.toMatch(/empty input/i);
    expect(text).toContain('M can be 0: no cables at all');
  });

  it('calls no operations "no queries" when the statement names them by role only', () => {
    const { edgeCases } = analyzeProblem(
      statementOn(
        'codeforces',
        'You are given N integers A_i. Then Q lines follow, each asking for the sum of a range.',
        ['1 <= N <= 10^5', '0 <= Q <= 2 * 10^5', '1 <= A_i <= 10^9'],
      ),
    );
    const text = edgeCases.join('\n');
    expect(text).not.toMatch(/empty input/i);
    expect(text).toMatch(/Q can be 0: no (?:queries|lines) at all/);
  });
});

describe("edge cases for the input's real shape", () => {
  it('lists no array traps on an edge list or a grid, and no grid traps on nested call lists', () => {
    const graph = analyzeProblem(
      problem(
        'There are n tasks and a list of dependencies, dependencies[i] = [a_i, b_i] meaning task b_i must finish before task a_i starts. Return an order in which all tasks can be done, or an empty array if no order exists.',
        ['1 <= n <= 2000', '0 <= dependencies.length <= 5000', '0 <= a_i, b_i < n'],
      ),
    ).edgeCases.join('\n');
    expect(graph).toContain('A cycle');
    expect(graph).not.toMatch(/All values equal|reverse order/);
    const design = analyzeProblem(
      problemContext({
        statement:
          'Implement the KthHighest class: KthHighest(int k, int[] scores) sets up the board with the given scores, and int add(int score) adds score and returns the k-th highest score so far.',
        examples: [{ input: '["KthHighest", "add"]\n[[2, [4, 9]], [5]]', output: '[null, 5]' }],
        constraints: [
          '1 <= k <= 10^4',
          '0 <= scores.length <= 10^4',
          'At most 10^4 calls will be made to add.',
        ],
      }),
    ).edgeCases.join('\n');
    expect(design).not.toMatch(/single row|single column/);
  });
});

describe('edge cases only for what the input has', () => {
  it('lists no array traps when the input is a few numbers', () => {
    const { edgeCases } = analyzeProblem(
      problem(
        'Given three integers a, b and n, return the largest value of (a XOR x) * (b XOR x) for 0 <= x < 2^n.',
        ['0 <= a, b < 2^50', '0 <= n <= 50'],
      ),
    );
    expect(edgeCases.join('\n')).not.toMatch(/All values equal|in reverse order/);
  });

  it('reads people divided into pairs as no division, so zeros are no trap', () => {
    const zeros = (statement: string) =>
      analyzeProblem(problem(statement, ['2 <= n <= 500', '0 <= prices[i] <= 100'])).edgeCases.some(
        (edgeCase) => /\bZeros\b/.test(edgeCase),
      );
    expect(
      zeros('n friends are divided into pairs; return how many are unhappy with the pair they got.'),
    ).toBe(false);
    expect(zeros('Return the largest value of prices[i] divided by prices[j].')).toBe(true);
  });

  it('reads the judge\'s "test cases are generated so that" as one input, not many', () => {
    const many = (statement: string, constraints: string[]) =>
      analyzeProblem(problem(statement, constraints)).edgeCases.some((edgeCase) =>
        /Many test cases/.test(edgeCase),
      );
    expect(
      many(
        'Given an array preorder, return the root of the search tree. The test cases are generated so that a tree exists.',
        ['1 <= preorder.length <= 100'],
      ),
    ).toBe(false);
    expect(
      // A method that keeps a table (a count per value), not a formula, which keeps nothing between tests.
      many(
        'The first line contains t, the number of test cases. Each test case holds n and an array a. For each test case, print how many times the most frequent value of a occurs.',
        ['1 <= t <= 10^4', '1 <= n <= 10^5'],
      ),
    ).toBe(true);
  });

  it('lists no string traps for an array of integers, nor graph traps for cells that share an edge', () => {
    const numbers = analyzeProblem(
      problem(
        'Given a sorted integer array nums, return an array whose i-th value is the sum of |nums[i] - nums[j]| over all j. In other words, the total distance from nums[i].',
        ['2 <= nums.length <= 10^5', '1 <= nums[i] <= nums[i + 1] <= 10^4'],
      ),
    ).edgeCases.join('\n');
    expect(numbers).not.toMatch(/[Cc]haracter|[Uu]pper-case/);
    const cells = analyzeProblem(
      problem(
        'Given an m x n binary matrix mat, one step flips a cell and every cell that shares an edge with it. Return the fewest steps that turn every cell to 0, or -1 if it is impossible.',
        ['m == mat.length', 'n == mat[i].length', '1 <= m, n <= 3'],
      ),
    ).edgeCases.join('\n');
    expect(cells).not.toMatch(/[Rr]epeated edges|component of its own/);
  });

  it('lists no repeated edge nor self-loop for a tree', () => {
    const { edgeCases } = analyzeProblem(
      problem(
        'You are given an undirected tree of n nodes as a list of edges, edges[i] = [a_i, b_i]. Return the largest number of nodes on one path.',
        ['2 <= n <= 10^5', 'edges.length == n - 1', '0 <= a_i, b_i < n', 'edges represents a valid tree.'],
      ),
    );
    expect(edgeCases.join('\n')).not.toMatch(/[Rr]epeated edges|to itself/);
  });
});
