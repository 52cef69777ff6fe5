import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { GUARANTEES } from '@/lib/coach/problem/guarantees';
import { readGuarantees } from '@/lib/coach/problem/promises';

/*
 * What a statement promises, read from its constraints and wording. The edge cases that must respect
 * those promises: edge-case-promises.test.ts and guarantee-vetoes.test.ts.
 */

const read = (constraints: string[], statement = '') =>
  readGuarantees(
    parseConstraints(constraints, statement),
    `${statement}\n${constraints.join('\n')}`.toLowerCase(),
  );

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
    expect(read(['Both strings consist of digits 0-9 only.'])).toContain('fixed-alphabet');
    expect(read(['s consists of digits 0-9 and lowercase letters.'])).not.toContain('fixed-alphabet');
    expect(read(["s[i] is either '0' or '1'."])).toContain('fixed-alphabet');
    expect(read(['bits[i] is either 0 or 1.'])).toContain('fixed-alphabet');
    expect(read(['every character is S or M'])).toContain('fixed-alphabet');
    expect(read(['Each character is A, C, G or T.'])).toContain('fixed-alphabet');
    // A map's cells, named bare with what they mean (CSES Counting Rooms).
    expect(read(['Each character is either . (floor) or # (wall).'])).toContain('fixed-alphabet');
    expect(read(['Each character is either a lowercase letter (a name) or a digit.'])).not.toContain(
      'fixed-alphabet',
    );
    expect(read(['Each character is a lowercase letter or a digit.'])).not.toContain('fixed-alphabet');
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
    expect(read([], 'The park is a rooted tree consisting of n vertices with the root at vertex 1.')).toEqual(
      new Set(['connected', 'acyclic']),
    );
    expect(read(['It is guaranteed that the given set of edges specifies a tree.'])).toEqual(
      new Set(['connected', 'acyclic']),
    );
    expect(read([], 'The park is a rooted forest of n vertices.')).not.toContain('connected');
    expect(read(['Every room can be reached from room 0.'])).toContain('connected');
    expect(read([], 'The network can be disconnected.')).not.toContain('connected');
  });

  it('reads lowercase strings however they are spelled, and not when other characters join them', () => {
    expect(read(['s consists only of lower case English letters.'])).toContain('lowercase-only');
    expect(read(['word has only lowercase English characters.'])).toContain('lowercase-only');
    expect(read(['Each character s[i] is in the range ascii[a-z]'])).toContain('lowercase-only');
    expect(read(['Each character s[i] is in the range ascii[a-zA-Z]'])).not.toContain('lowercase-only');
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
