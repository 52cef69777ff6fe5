import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { CONTRADICTIONS, contradictedBy } from '@/lib/coach/problem/contradictions';
import { GUARANTEES, type Guarantee } from '@/lib/coach/problem/guarantees';
import { readGuarantees } from '@/lib/coach/problem/promises';
import type { ProblemContext } from '@/lib/extract/context';

const read = (constraints: string[], statement = '') =>
  readGuarantees(
    parseConstraints(constraints, statement),
    `${statement}\n${constraints.join('\n')}`.toLowerCase(),
  );

function problem(statement: string, constraints: string[]): ProblemContext {
  return {
    kind: 'problem',
    site: 'leetcode',
    url: 'https://leetcode.com/problems/example/',
    id: 'example',
    title: 'Example',
    statement,
    examples: [],
    constraints,
    tags: [],
    hints: [],
    source: 'dom',
  };
}

describe('what a statement promises', () => {
  it('reads size and value bounds as promises', () => {
    expect(read(['1 <= nums.length <= 10^5', '1 <= nums[i] <= 10^9'])).toEqual(
      new Set(['non-empty', 'positive', 'non-negative']),
    );
    expect(read(['2 <= n <= 10^5', '0 <= a_i <= 10^9'])).toEqual(
      new Set(['non-empty', 'min-two', 'non-negative']),
    );
    expect(read(['0 <= s.length <= 5 * 10^4'])).toEqual(new Set());
    expect(read(['m == grid.length', 'n == grid[i].length', '2 <= m, n <= 100'])).toContain('grid-min-two');
    expect(read(['The number of nodes in the tree is in the range [1, 10^4].'])).toContain('root-exists');
  });

  it('reads promises the statement makes in words', () => {
    expect(read([], 'The array is sorted in non-decreasing order.')).toContain('sorted');
    expect(read(['All the integers of nums are unique.'])).toContain('distinct');
    expect(read(['Exactly one valid answer exists.'])).toContain('answer-exists');
    expect(read(['s consists of lowercase English letters.'])).toContain('lowercase-only');
    expect(read(['s consists of lowercase English letters and digits.'])).not.toContain('lowercase-only');
    expect(read(['u_i != v_i', 'There are no repeated edges.'])).toEqual(
      new Set(['no-self-loops', 'no-repeated-edges']),
    );
    expect(read([], 'The given edges form a tree.')).toEqual(new Set(['connected', 'acyclic']));
  });
});

describe('edge cases and the promises they must respect', () => {
  it('has a contradiction pattern for every guarantee', () => {
    expect(Object.keys(CONTRADICTIONS).sort()).toEqual(Object.keys(GUARANTEES).sort());
  });

  it('recognises the edge cases each guarantee rules out', () => {
    const ruledOut: [string, Guarantee][] = [
      ['Empty input: nums.length can be 0', 'non-empty'],
      ['A single element in nums', 'min-two'],
      ['Already sorted and reverse-sorted input', 'sorted'],
      ['Duplicates, including the answer itself', 'distinct'],
      ['Negative values', 'positive'],
      ['Zero and one', 'positive'],
      ['A 1 x 1 grid', 'grid-min-two'],
      ['An empty tree (the root is missing)', 'root-exists'],
      ['No valid answer exists', 'answer-exists'],
      ['Upper-case letters and digits', 'lowercase-only'],
      ['A disconnected graph', 'connected'],
      ['Cycles in the graph', 'acyclic'],
      ['A node that links to itself', 'no-self-loops'],
      ['Repeated edges between the same two nodes', 'no-repeated-edges'],
    ];
    for (const [edgeCase, guarantee] of ruledOut)
      expect(contradictedBy(edgeCase, [guarantee]), edgeCase).toEqual([guarantee]);
    expect(contradictedBy('The largest allowed value', Object.keys(GUARANTEES) as Guarantee[])).toEqual([]);
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
