import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { CONTRADICTIONS, contradictedBy } from '@/lib/coach/problem/contradictions';
import { edgeCases } from '@/lib/coach/problem/edge-cases';
import { GUARANTEES, type Guarantee } from '@/lib/coach/problem/guarantees';
import { readGuarantees } from '@/lib/coach/problem/promises';
import { type InputKind, TECHNIQUE_IDS } from '@/lib/coach/problem/types';
import type { ProblemContext } from '@/lib/extract/context';
import { problemContext } from '../../../support/problem-context';

const read = (constraints: string[], statement = '') =>
  readGuarantees(
    parseConstraints(constraints, statement),
    `${statement}\n${constraints.join('\n')}`.toLowerCase(),
  );

function problem(statement: string, constraints: string[]): ProblemContext {
  return problemContext({ statement, constraints });
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
    expect(read(['arrival is strictly increasing.'])).toEqual(new Set(['sorted', 'distinct']));
    expect(read(['Both nums1 and nums2 are non-increasing.'])).toContain('sorted');
    expect(
      read([], 'In this arrangement, the tower heights are non-decreasing and then non-increasing.'),
    ).not.toContain('sorted');
    expect(
      read(['1 <= nums[i], k <= 10^9'], 'A subarray is good if there are at least k pairs.'),
    ).not.toContain('sorted');
    expect(read(['All the integers of nums are unique.'])).toContain('distinct');
    expect(read(['Exactly one valid answer exists.'])).toContain('answer-exists');
    expect(read(['s consists of lowercase English letters.'])).toContain('lowercase-only');
    expect(read(['s consists of lowercase English letters and digits.'])).not.toContain('lowercase-only');
    expect(read(["s contains only 'Q', 'W', 'E', and 'R'."])).toContain('fixed-alphabet');
    expect(read(['num1 and num2 consist of digits only.'])).toContain('fixed-alphabet');
    expect(read(["s[i] is either '0' or '1'."])).toContain('fixed-alphabet');
    expect(read(['bits[i] is either 0 or 1.'])).toContain('fixed-alphabet');
    expect(read(['orders[i] is an uppercase English letter'])).toContain('fixed-alphabet');
    expect(read(['s consists of English letters, digits, symbols and spaces.'])).not.toContain(
      'fixed-alphabet',
    );
    expect(read(['tiles consists of uppercase English letters.'])).toContain('fixed-alphabet');
    expect(read(['s consists only of lowercase English letters and digits.'])).not.toContain(
      'fixed-alphabet',
    );
    expect(read(["messages[i] consists of uppercase and lowercase English letters and ' '."])).not.toContain(
      'fixed-alphabet',
    );
    expect(read(['s consists only of printable ASCII characters.'])).not.toContain('fixed-alphabet');
    expect(read(['All characters except s[2] are digits or "?" characters.'])).not.toContain(
      'fixed-alphabet',
    );
    expect(read(['u_i != v_i', 'There are no repeated edges.'])).toEqual(
      new Set(['no-self-loops', 'no-repeated-edges']),
    );
    expect(read([], 'The given edges form a tree.')).toEqual(new Set(['connected', 'acyclic']));
  });
});

describe('promises in phrasings the reader was not written for', () => {
  it('reads a missing cycle whatever the verb', () => {
    expect(read([], 'The dependency lists contain no cycle.')).toContain('acyclic');
    expect(read(['The given rules do not form any cycle.'])).toContain('acyclic');
    expect(read([], 'Find a cycle if there is one; the graph may contain cycles.')).not.toContain('acyclic');
  });

  it('reads that the target or a way to it exists', () => {
    expect(read(['There is at least one 1 in the grid.'])).toContain('answer-exists');
    expect(read(['It is guaranteed that the courier can always reach the depot.'])).toContain(
      'answer-exists',
    );
    expect(read(['The input is generated so that at least one valid timetable exists.'])).toContain(
      'answer-exists',
    );
    expect(read(['The key and the lock will exist in the maze.'])).toContain('answer-exists');
    expect(read(['word contains at least one vowel.'])).toContain('answer-exists');
    expect(read([], 'A seat is free if there is at least one empty chair beside it.')).not.toContain(
      'answer-exists',
    );
    expect(read([], 'Return -1 if no schedule exists.')).not.toContain('answer-exists');
  });

  it("reads distinctness said of the problem's own objects", () => {
    expect(read(['All the ticket codes are distinct.'])).toContain('distinct');
    expect(read(['No two stations share the same name.'])).toContain('distinct');
    expect(read(['Each guest has a unique badge number.'])).toContain('distinct');
    expect(read(['Every letter occurs at most once in word.'])).toContain('distinct');
    expect(read([], 'You are given a list of distinct positive integers scores.')).toContain('distinct');
    expect(read(['All the pairs (xi, yi) are unique.'], 'Each pair is a lamp on the plane.')).toContain(
      'distinct',
    );
  });

  it('does not read distinctness into what the answer must be or may be', () => {
    expect(read([], 'Return the number of unique integers left after the removals.')).not.toContain(
      'distinct',
    );
    expect(read([], 'If fewer than k distinct scores remain, return all of them.')).not.toContain('distinct');
    expect(read([], 'Split the string so that the letters in every part are unique.')).not.toContain(
      'distinct',
    );
    expect(read([], 'The scores are sorted (not necessarily distinct).')).not.toContain('distinct');
    expect(read(['nums holds k + 1 unique values and one of them repeats k times.'])).not.toContain(
      'distinct',
    );
  });

  it('reads repeated and looping edges ruled out in other words', () => {
    const graph = 'There are n hubs and m cables; cables[i] = [ai, bi] joins hub ai and hub bi.';
    expect(read(['ai != bi'], graph)).toContain('no-self-loops');
    expect(read(['All the pairs [ai, bi] are distinct.'], graph)).toEqual(new Set(['no-repeated-edges']));
    expect(read(['There will never be two cables between the same two hubs.'], graph)).toContain(
      'no-repeated-edges',
    );
    expect(read(['Any pair of hubs is joined by at most one cable.'], graph)).toContain('no-repeated-edges');
    expect(read(['No hub has a cable to itself.'], graph)).toContain('no-self-loops');
    expect(read(['p != q'], 'Given the root of a binary tree and two nodes p and q.')).not.toContain(
      'no-self-loops',
    );
  });

  it('reads self-loops and repeated edges ruled out in one breath', () => {
    expect(read(['The graph is connected, and there are no self-loops or repeated edges'])).toEqual(
      new Set(['connected', 'no-self-loops', 'no-repeated-edges']),
    );
  });

  it('reads an adjacency list that never lists its own node, nor one neighbour twice', () => {
    expect(
      read(
        ['graph[u] does not contain u.', 'All the values of graph[u] are unique.'],
        'An undirected graph.',
      ),
    ).toEqual(new Set(['no-self-loops', 'no-repeated-edges']));
  });

  it('reads a tree however the statement names it', () => {
    expect(read(['edges describes a valid tree.'])).toEqual(new Set(['connected', 'acyclic']));
    expect(read([], 'There is an undirected tree with n nodes labelled 0 to n - 1.')).toEqual(
      new Set(['connected', 'acyclic']),
    );
    expect(read(['Every room can be reached from room 0.'])).toContain('connected');
    expect(read([], 'The network can be disconnected.')).not.toContain('connected');
  });

  it('reads lowercase strings however they are spelled, and not when other characters join them', () => {
    expect(read(['s consists only of lower case English letters.'])).toContain('lowercase-only');
    expect(read(['word has only lowercase English characters.'])).toContain('lowercase-only');
    expect(
      read(
        ['text consists of lowercase English letters and spaces.'],
        'Each word holds only lowercase letters.',
      ),
    ).not.toContain('lowercase-only');
  });

  it('does not read an order the output must have, or one the input lost, as sorted input', () => {
    expect(read([], 'Return the indices sorted in increasing order.')).not.toContain('sorted');
    expect(read([], 'The answer list should be sorted in ascending order.')).not.toContain('sorted');
    expect(read([], 'The array was sorted in ascending order and then rotated at a pivot.')).not.toContain(
      'sorted',
    );
  });
});

describe('promises read from untrusted text', () => {
  const words = fc.constantFrom(
    'all',
    'the',
    'values',
    'are',
    'distinct',
    'guaranteed',
    'that',
    'there',
    'is',
    'at least one',
    'if',
    'return',
    'sorted',
    'tree',
    'no cycle',
    'ui != vi',
    'u != v',
    'edges',
    'lower case',
    'letters',
    'and',
    '(',
    ')',
    '[',
    ']',
    '.',
    ',',
    '\n',
    'i.e.',
    'such that',
    'not necessarily',
    'rotated',
    '\u200b',
  );
  const text = fc
    .array(fc.oneof(words, fc.string({ maxLength: 12 })), { maxLength: 60 })
    .map((parts) => parts.join(' '));

  it('names only known guarantees, whatever the page says', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), (statement, constraints) => {
        for (const guarantee of read(constraints, statement))
          expect(Object.keys(GUARANTEES)).toContain(guarantee);
      }),
    );
  });

  it('takes a promise made under a condition or about the answer for no promise', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'all the scores are distinct',
          'the list is sorted in increasing order',
          'there is at least one 1',
        ),
        fc.constantFrom('return -1 if', 'print the count when', 'check whether'),
        (promise, condition) => {
          const promised = read([], `${condition} ${promise}.`);
          for (const guarantee of ['distinct', 'sorted', 'answer-exists'] as const)
            expect(promised).not.toContain(guarantee);
        },
      ),
    );
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
  const codeforces = (statement: string, constraints: string[]): ProblemContext => ({
    ...problem(statement, constraints),
    site: 'codeforces',
    url: 'https://codeforces.com/problemset/problem/1/A',
    id: '1A',
  });

  it('calls no links "no cables", not an empty input, when the nodes are promised', () => {
    const { edgeCases } = analyzeProblem(
      codeforces(
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
      codeforces('You are given N integers A_i. Then Q lines follow, each asking for the sum of a range.', [
        '1 <= N <= 10^5',
        '0 <= Q <= 2 * 10^5',
        '1 <= A_i <= 10^9',
      ]),
    );
    const text = edgeCases.join('\n');
    expect(text).not.toMatch(/empty input/i);
    expect(text).toMatch(/Q can be 0: no (?:queries|lines) at all/);
  });
});

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
      many('The first line contains t, the number of test cases. Each test case holds n and an array a.', [
        '1 <= t <= 10^4',
        '1 <= n <= 10^5',
      ]),
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
