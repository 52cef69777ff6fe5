import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { contradictedBy } from '@/lib/coach/problem/contradictions';
import type { Guarantee } from '@/lib/coach/problem/guarantees';
import { problemContext } from '../../../support/problem-context';

/**
 * Statements built from a story, a promise worded in one of the ways setters word it (in the
 * statement or among the constraints), random bounds that agree with the promise, constraint
 * lines in any order and the site tags that pull different techniques' traps in: no edge case the
 * coach lists may contradict the promise.
 */
type Story = 'array' | 'string' | 'graph' | 'tree' | 'grid' | 'reach';

const STORIES: Record<Story, { statement: string; tags: string[]; items: string }> = {
  array: {
    statement:
      'You are given an integer array `nums` of length `n`. Return the length of the longest stretch of adjacent values that can be rearranged into consecutive integers.',
    tags: [
      'Array',
      'Sorting',
      'Hash Table',
      'Two Pointers',
      'Binary Search',
      'Sliding Window',
      'Stack',
      'Math',
    ],
    items: 'n',
  },
  string: {
    statement:
      'Given a string `s`, return the length of the longest substring in which no character repeats.',
    tags: ['String', 'Sliding Window', 'Hash Table', 'Dynamic Programming', 'Stack'],
    items: 's.length',
  },
  graph: {
    statement:
      'There are `n` cities and `m` roads; road `i` joins cities `u_i` and `v_i`. Return the fewest roads on a route from city `1` to city `n`, the order in which the cities can be visited, or the number of groups of cities.',
    tags: [
      'Graph',
      'Breadth-First Search',
      'Union Find',
      'Topological Sort',
      'Depth-First Search',
      'Shortest Path',
    ],
    items: 'n',
  },
  tree: {
    statement:
      'Given the `root` of a binary tree, return the number of nodes on its longest path from the root to a leaf.',
    tags: ['Tree', 'Binary Tree', 'Depth-First Search', 'Breadth-First Search'],
    items: 'the number of nodes',
  },
  grid: {
    statement:
      'Given an `m x n` grid of `0`s and `1`s, return the number of groups of `1`s joined up, down, left or right.',
    tags: ['Matrix', 'Depth-First Search', 'Breadth-First Search', 'Union Find'],
    items: 'm, n',
  },
  reach: {
    statement:
      'You start at index `0` of the array `jumps` and may move forward up to `jumps[i]` places from index `i`. Return the fewest moves to reach the last index, or `-1` if it is impossible.',
    tags: ['Array', 'Greedy', 'Dynamic Programming', 'Breadth-First Search', 'Binary Search'],
    items: 'n',
  },
};

interface Family {
  story: Story;
  /** The promise in the words of a statement (prose) or of a constraint line. */
  prose: string[];
  constraint: string[];
  /** The smallest item count and element value the promise allows, so the bounds agree with it. */
  leastItems?: number;
  leastValue?: number;
}

const FAMILIES: Record<Guarantee, Family> = {
  'non-empty': {
    story: 'array',
    prose: ['The array is never empty.', 'The list is non-empty.', 'The array has at least one element.'],
    constraint: [],
    leastItems: 1,
  },
  'min-two': {
    story: 'array',
    prose: ['There are at least two values in every test.', 'Each test has at least two numbers.'],
    constraint: [],
    leastItems: 2,
  },
  sorted: {
    story: 'array',
    prose: [
      '`nums` is sorted in non-decreasing order.',
      'The values are given in increasing order.',
      'The array arrives already sorted.',
      'The values satisfy a_1 <= a_2 <= ... <= a_n.',
      'The values satisfy a_1 >= a_2 >= ... >= a_n.',
      'The array is given in non-decreasing order, and the values are not necessarily distinct.',
    ],
    constraint: ['nums[i] <= nums[i + 1]'],
  },
  rotated: {
    story: 'array',
    prose: [
      '`nums` was sorted in ascending order and then rotated at an unknown pivot.',
      'The values were listed in increasing order, then shifted left by some unknown number of positions.',
    ],
    constraint: [],
  },
  distinct: {
    story: 'array',
    prose: [
      'All the values of `nums` are distinct.',
      'No two elements share a value.',
      'Each value appears at most once.',
      'The values are pairwise different.',
      'All the values are pairwise distinct, and some may be negative.',
      'Every number has a different value.',
    ],
    constraint: ['All the integers of nums are unique.'],
  },
  positive: {
    story: 'array',
    prose: ['Every value is a positive integer.', 'You are given n positive integers.'],
    constraint: [],
    leastValue: 1,
  },
  'non-negative': {
    story: 'array',
    prose: ['All the values are non-negative integers.', 'nums is an array of non-negative integers.'],
    constraint: [],
    leastValue: 0,
  },
  'grid-min-two': {
    story: 'grid',
    prose: ['The grid has at least two rows and at least two columns.'],
    constraint: ['2 <= m, n <= 200', '2 <= m, n <= 50', 'm, n >= 2'],
  },
  'root-exists': {
    story: 'tree',
    prose: ['The tree is never empty.', 'The tree is non-empty.', 'The tree has at least one node.'],
    constraint: ['The number of nodes in the tree is in the range [1, 10^4].'],
  },
  'answer-exists': {
    story: 'reach',
    prose: [
      'It is guaranteed that the last index can always be reached.',
      'You may assume that an answer always exists.',
      'The test data are generated such that it is possible to reach the last index.',
      'The input is constructed so that the last index can always be reached.',
    ],
    constraint: [],
  },
  'lowercase-only': {
    story: 'string',
    prose: [
      'You may assume that `s` is written in lowercase.',
      'The string contains only lowercase Latin letters.',
      's contains only the letters a-z.',
    ],
    constraint: [
      's consists of lowercase English letters.',
      'Every character of s is a lowercase English letter.',
    ],
  },
  'fixed-alphabet': {
    story: 'string',
    prose: [
      "The string consists of the characters 'L' and 'R'.",
      'The string is a binary string.',
      'Each character is either a wall (#) or floor (.).',
      's is written as a binary string.',
    ],
    constraint: ["s[i] is either '0' or '1'.", 's consists of digits only.', 's consists of . and #.'],
  },
  connected: {
    story: 'graph',
    prose: [
      'The given roads let you travel between any two cities.',
      'The graph is connected.',
      'It is guaranteed that every city can be reached from every other city.',
      'The roads connect all the cities.',
    ],
    constraint: [],
  },
  acyclic: {
    story: 'graph',
    prose: [
      'There are no cyclic dependencies.',
      'The graph has no cycles.',
      'The given graph is a DAG.',
      'Following the roads, you can never come back to a city you have left.',
    ],
    constraint: [],
  },
  'no-self-loops': {
    story: 'graph',
    prose: ['No road connects a city to itself.', 'The given graph is simple.'],
    constraint: ['u_i != v_i'],
  },
  'no-repeated-edges': {
    story: 'graph',
    prose: [
      'There is at most one road between any two cities.',
      'No two roads join the same pair of cities.',
      'The given graph is simple.',
    ],
    constraint: ['All the pairs (u_i, v_i) are distinct.'],
  },
};

const power = fc.constantFrom('10^3', '10^4', '10^5', '2 * 10^5', '10^9');

/** Bounds in the story's own names that agree with the promise. */
function bounds(family: Family) {
  const items = fc.integer({ min: family.leastItems ?? 1, max: 3 });
  const leastValues = [-1000000000, -100, 0, 1].filter((value) => value >= (family.leastValue ?? -Infinity));
  const value = fc.constantFrom(...leastValues);
  return fc.tuple(items, value, power, power).map(([least, low, size, high]) => {
    switch (family.story) {
      case 'graph':
        return [`${Math.max(least, 2)} <= n <= ${size}`, `1 <= m <= ${size}`, '1 <= u_i, v_i <= n'];
      case 'tree':
        return [`${low} <= Node.val <= ${high}`];
      case 'grid':
        return ['m == grid.length', 'n == grid[i].length', 'grid[i][j] is 0 or 1'];
      case 'string':
        return [`${least} <= s.length <= ${size}`];
      default: {
        const name = family.story === 'reach' ? 'jumps' : 'nums';
        return [`${least} <= n <= ${size}`, `n == ${name}.length`, `${low} <= ${name}[i] <= ${high}`];
      }
    }
  });
}

const cases = fc.constantFrom(...(Object.keys(FAMILIES) as Guarantee[])).chain((guarantee) => {
  const family = FAMILIES[guarantee];
  const story = STORIES[family.story];
  const wordings = [
    ...family.prose.map((text) => ({ text, where: 'statement' as const })),
    ...family.constraint.map((text) => ({ text, where: 'constraints' as const })),
  ];
  return fc.record({
    guarantee: fc.constant(guarantee),
    wording: fc.constantFrom(...wordings),
    before: fc.boolean(),
    constraints: bounds(family).chain((lines) => fc.shuffledSubarray(lines, { minLength: lines.length })),
    at: fc.nat(),
    tags: fc.shuffledSubarray(story.tags, { minLength: 0, maxLength: 3 }),
  });
});

describe('edge cases under a promise worded any of the ways setters word it', () => {
  it('never contradict the promise', () => {
    fc.assert(
      fc.property(cases, ({ guarantee, wording, before, constraints, at, tags }) => {
        const story = STORIES[FAMILIES[guarantee].story];
        const statement =
          wording.where === 'statement'
            ? before
              ? `${wording.text} ${story.statement}`
              : `${story.statement} ${wording.text}`
            : story.statement;
        const lines = [...constraints];
        if (wording.where === 'constraints') lines.splice(at % (lines.length + 1), 0, wording.text);
        const { edgeCases } = analyzeProblem(problemContext({ statement, constraints: lines, tags }));
        const contradicted = edgeCases.filter((line) => contradictedBy(line, [guarantee]).length > 0);
        expect(contradicted, `${guarantee}\n${statement}\n${lines.join('\n')}\n${tags.join(', ')}`).toEqual(
          [],
        );
      }),
      { numRuns: 300, seed: 26 },
    );
  });
});
