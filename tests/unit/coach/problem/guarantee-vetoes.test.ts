import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { contradictedBy } from '@/lib/coach/problem/contradictions';
import { edgeCases } from '@/lib/coach/problem/edge-cases';
import { GUARANTEES, type Guarantee } from '@/lib/coach/problem/guarantees';
import { type InputKind, TECHNIQUE_IDS } from '@/lib/coach/problem/types';
import type { ProblemContext } from '@/lib/extract/context';
import { problemContext } from '../../../support/problem-context';

function problem(statement: string, constraints: string[]): ProblemContext {
  return problemContext({ statement, constraints });
}

/**
 * One statement per guarantee, told twice: without the promise (and, for a case that needs the
 * page's leave, with the page allowing it) the checklist lists a case the promise rules out, and
 * with it (a constraint more, or a bound moved) it lists none. The first half shows the second is
 * not vacuous.
 */
const PROMISES: [Guarantee, string, string[], string[]][] = [
  [
    'positive',
    'Given an integer n, return the number of 1 bits in its binary representation.',
    ['0 <= n <= 2^31 - 1'],
    ['1 <= n <= 2^31 - 1'],
  ],
  [
    'non-negative',
    'Given an integer array nums, return the largest product of three of its elements.',
    ['3 <= nums.length <= 10^4', '-1000 <= nums[i] <= 1000'],
    ['3 <= nums.length <= 10^4', '0 <= nums[i] <= 1000'],
  ],
  [
    'distinct',
    'Given an integer array nums, return all the subsets of nums.',
    ['1 <= nums.length <= 10', '-10 <= nums[i] <= 10'],
    ['1 <= nums.length <= 10', '-10 <= nums[i] <= 10', 'All the numbers of nums are unique.'],
  ],
  [
    'sorted',
    // A method that walks the order (a stack of bars): in order or in reverse is its worst case.
    'Given an integer array heights of bars, return the area of the largest rectangle that fits under the bars.',
    ['1 <= heights.length <= 10^5', '0 <= heights[i] <= 10^4'],
    ['1 <= heights.length <= 10^5', '0 <= heights[i] <= 10^4', 'heights is sorted in non-decreasing order.'],
  ],
  [
    'rotated',
    'Given an integer array nums of distinct values and an integer target, return the index of target in nums, or -1 if it is absent.',
    ['1 <= nums.length <= 5000', '-10^4 <= nums[i], target <= 10^4'],
    [
      '1 <= nums.length <= 5000',
      '-10^4 <= nums[i], target <= 10^4',
      'nums is sorted in ascending order and then rotated at an unknown pivot.',
    ],
  ],
  [
    'min-two',
    'Given an integer array prices, return the largest profit from buying on one day and selling on a later day.',
    ['1 <= prices.length <= 10^5', '0 <= prices[i] <= 10^4'],
    ['2 <= prices.length <= 10^5', '0 <= prices[i] <= 10^4'],
  ],
  [
    'grid-min-two',
    'Given an m x n grid of 0s and 1s, return the number of islands.',
    ['m == grid.length', 'n == grid[i].length', '1 <= m, n <= 300'],
    ['m == grid.length', 'n == grid[i].length', '2 <= m, n <= 300'],
  ],
  [
    'non-empty',
    'Given an integer array nums, return the length of its longest strictly increasing run.',
    ['0 <= nums.length <= 10^5', '-10^9 <= nums[i] <= 10^9'],
    ['1 <= nums.length <= 10^5', '-10^9 <= nums[i] <= 10^9'],
  ],
  [
    'root-exists',
    'Given the root of a binary tree, return its maximum depth.',
    ['The number of nodes in the tree is in the range [0, 10^4].', '-100 <= Node.val <= 100'],
    ['The number of nodes in the tree is in the range [1, 10^4].', '-100 <= Node.val <= 100'],
  ],
  [
    'lowercase-only',
    'Given a string s, return true if it reads the same forward and backward.',
    ['1 <= s.length <= 2 * 10^5', 's consists of printable ASCII characters.'],
    ['1 <= s.length <= 2 * 10^5', 's consists of lowercase English letters.'],
  ],
  [
    'fixed-alphabet',
    'Given a string s, return the first character of s that does not repeat anywhere else in s, or a space if every character repeats.',
    ['1 <= s.length <= 10^5'],
    ['1 <= s.length <= 10^5', "s contains only 'Q', 'W', 'E', and 'R'."],
  ],
  [
    'answer-exists',
    'You start at index 0 of an integer array nums, where nums[i] is your longest jump from index i. Return the minimum number of jumps to reach the last index, or -1 if it is impossible.',
    ['1 <= nums.length <= 10^4', '0 <= nums[i] <= 1000'],
    [
      '1 <= nums.length <= 10^4',
      '0 <= nums[i] <= 1000',
      'It is guaranteed that you can reach the last index.',
    ],
  ],
  [
    'connected',
    'There are n cities joined by roads, roads[i] = [a_i, b_i, w_i] a road of length w_i. Return the shortest distance from city 0 to every city.',
    ['1 <= n <= 10^4', '0 <= roads.length <= 10^5', '0 <= a_i, b_i < n', '1 <= w_i <= 1000'],
    [
      '1 <= n <= 10^4',
      '0 <= roads.length <= 10^5',
      '0 <= a_i, b_i < n',
      '1 <= w_i <= 1000',
      'The graph is connected.',
    ],
  ],
  [
    'acyclic',
    'There are n tasks and a list of dependencies, dependencies[i] = [a_i, b_i] meaning task b_i must finish before task a_i starts. Return an order in which all tasks can be done, or an empty array if no order exists.',
    ['1 <= n <= 2000', '0 <= dependencies.length <= 5000', '0 <= a_i, b_i < n'],
    [
      '1 <= n <= 2000',
      '0 <= dependencies.length <= 5000',
      '0 <= a_i, b_i < n',
      'The dependencies contain no cycle.',
    ],
  ],
  [
    'no-self-loops',
    'You are given an undirected graph of n nodes as a list of edges, edges[i] = [u_i, v_i]. Return the number of connected components.',
    [
      '1 <= n <= 2000',
      '0 <= edges.length <= 5000',
      '0 <= u_i, v_i < n',
      'An edge may join a node to itself.',
    ],
    ['1 <= n <= 2000', '0 <= edges.length <= 5000', '0 <= u_i, v_i < n', 'u_i != v_i'],
  ],
  [
    'no-repeated-edges',
    'You are given an undirected graph of n nodes as a list of edges, edges[i] = [u_i, v_i]. Return the number of connected components.',
    [
      '1 <= n <= 2000',
      '0 <= edges.length <= 5000',
      '0 <= u_i, v_i < n',
      'There may be several edges between the same two nodes.',
    ],
    ['1 <= n <= 2000', '0 <= edges.length <= 5000', '0 <= u_i, v_i < n', 'There are no repeated edges.'],
  ],
];

describe('every guarantee vetoes the edge cases it rules out', () => {
  it('has a statement for every guarantee', () => {
    expect(PROMISES.map(([guarantee]) => guarantee).sort()).toEqual(Object.keys(GUARANTEES).sort());
  });

  it.each(PROMISES)(
    '%s: listed where the page allows it, never with the promise',
    (guarantee, statement, without, promised) => {
      const ruledOut = (constraints: string[]) =>
        analyzeProblem(problem(statement, constraints)).edgeCases.filter(
          (edgeCase) => contradictedBy(edgeCase, [guarantee]).length > 0,
        );
      expect(ruledOut(without)).not.toEqual([]);
      expect(ruledOut(promised)).toEqual([]);
    },
  );

  it('lists no case a promise rules out, whatever the methods, the input and the promises', () => {
    const facts = [
      parseConstraints(['0 <= nums.length <= 10^5', '-10^9 <= nums[i] <= 10^9', '0 <= k <= nums.length'], ''),
      parseConstraints(['m == grid.length', 'n == grid[i].length', '1 <= m, n <= 200'], ''),
      parseConstraints(['1 <= n <= 10^4', '0 <= edges.length <= 10^5', '0 <= u_i, v_i < n'], ''),
    ];
    const kinds: InputKind[] = [
      'array',
      'string',
      'intervals',
      'tree',
      'graph',
      'linked-list',
      'matrix',
      'number',
    ];
    const guarantees = Object.keys(GUARANTEES) as Guarantee[];
    fc.assert(
      fc.property(
        fc.constantFrom(...facts),
        fc.subarray(kinds, { minLength: 1, maxLength: 2 }),
        fc.subarray(guarantees),
        fc.subarray([...TECHNIQUE_IDS], { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (facts, kinds, promised, techniques, sure) => {
          const listed = edgeCases({
            kinds,
            facts,
            body: 'return the answer modulo 10^9 + 7, or -1 if it is impossible; a product of the values',
            guarantees: new Set(promised),
            techniques,
            sure,
          });
          expect(listed.filter((edgeCase) => contradictedBy(edgeCase, promised).length > 0)).toEqual([]);
        },
      ),
    );
  });
});
