import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { contradictedBy } from '@/lib/coach/problem/contradictions';
import type { Guarantee } from '@/lib/coach/problem/guarantees';
import { readProblem } from '@/lib/coach/problem/reading';
import { problemContext } from '../../../support/problem-context';

/**
 * Each guarantee in the words independent setters use on every judge (AtCoder's TeX constraints,
 * Codeforces' "it is guaranteed", LeetCode's bullet lines, GeeksforGeeks' and CSES' prose), beside
 * the near misses that must not read as the promise ("values need not be distinct", "the string
 * may be empty"). A fragment marked 'c' is a constraint line; the others are statement prose.
 */
type Row = [fragment: string, promised: boolean, place?: 'c'];

const ARRAY = ['1 <= n <= 2 * 10^5', '-10^9 <= a_i <= 10^9'];
const STRING = ['1 <= |s| <= 10^5'];
const GRAPH = ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= u_i, v_i <= n'];

/** Per guarantee: the page around the fragment (statement, constraints) and the fragments. */
const FAMILIES: Record<string, { guarantee: Guarantee; page: [string, string[]]; rows: Row[] }> = {
  distinct: {
    guarantee: 'distinct',
    page: ['You are given a sequence of N integers.', ['1 <= N <= 2 * 10^5', '1 <= A_i <= 10^9']],
    rows: [
      ['$A_i \\neq A_j \\ (i \\neq j)$', true, 'c'],
      ['A_i != A_j (i != j)', true, 'c'],
      ['$A_1, A_2, \\dots, A_N$ are pairwise distinct.', true, 'c'],
      ['It is guaranteed that all a_i are pairwise distinct.', true],
      ['All the integers of nums are unique.', true, 'c'],
      ['$A_1 < A_2 < \\dots < A_N$', true, 'c'],
      ['All elements of the array are different.', true],
      ['No two elements of the array are equal.', true],
      ['You are given an array of n distinct integers.', true],
      ['$a_i \\ne a_j$ for all $i \\ne j$', true, 'c'],
      ['All the numbers are different.', true],
      ['Each integer appears at most once in the array.', true],
      ['The elements of arr are distinct.', true],
      ['All a_i are different.', true],
      ['The given integers are pairwise different.', true],
      ['The N integers are all distinct.', true],
      ['P is a permutation of (1, 2, \\ldots, N).', true, 'c'],
      ['All values in A are distinct.', true, 'c'],
      ['The values need not be distinct.', false],
      ['Array may contain duplicates.', false],
      ['a_i are not necessarily distinct.', false],
      ['Elements can repeat.', false],
      ['Some of the integers may be equal.', false],
      ['$A_i \\neq A_{i+1}$', false, 'c'],
      ['No two adjacent elements are equal.', false],
      ['Count the pairs of distinct indices i and j such that a_i = a_j.', false],
      ['No value appears twice in the sequence.', true],
      ['All IDs in the list are unique.', true],
      ['The heights of the towers are all different from one another.', true],
      ['There are no duplicates in the array.', true],
      ['Each value occurs only once.', true],
      ['It is guaranteed that no two a_i coincide.', true],
      ['All $T_i$ are distinct.', true, 'c'],
      ['Every element in nums appears exactly once.', true, 'c'],
      ['Elements of arr[] are distinct.', true, 'c'],
      ['The array has no duplicate elements.', true],
      ['All the a_i are distinct integers.', true],
      ['Different books have different numbers.', true],
      ['No two towers have equal heights.', true],
      ['The values in the array may repeat.', false],
      ['Duplicates are allowed.', false],
      ['The array can contain equal elements.', false],
      ['There are no duplicate queries.', false],
    ],
  },
  'non-empty': {
    guarantee: 'non-empty',
    page: ['You are given a string s.', []],
    rows: [
      ['$1 \\leq |S| \\leq 2 \\times 10^5$', true, 'c'],
      ['1 <= s.length <= 10^5', true, 'c'],
      ['1 ≤ |s| ≤ 100', true, 'c'],
      ['1 <= len(s) <= 1000', true, 'c'],
      ['S is a string of length between 1 and 100 (inclusive).', true, 'c'],
      ['The length of S is between 1 and 10, inclusive.', true, 'c'],
      ['$1 \\le |T| \\le 10^{5}$', true, 'c'],
      ['s is non-empty.', true],
      ['You are given a non-empty string s.', true],
      ['The string is never empty.', true],
      ['The string contains at least one character.', true],
      ['The length of s is at least 1 and at most 10^5.', true],
      ['It is guaranteed that s is not empty.', true],
      ['|s| >= 1', true, 'c'],
      ['0 <= s.length <= 5 * 10^4', false, 'c'],
      ['$0 \\leq |S| \\leq 100$', false, 'c'],
      ['The string may be empty.', false],
      ['s can be an empty string.', false],
      ['|s| <= 100', false, 'c'],
      ['Find a non-empty substring of s that occurs twice.', false],
      ['Each word in the list has length between 1 and 10.', false],
      ['All the strings have length at least 1.', false],
      ['The first line contains a string s (1 ≤ |s| ≤ 10^5).', true],
      ['The string s has length at least 1.', true],
      ['The string is guaranteed to contain at least one letter.', true],
      ['The length of S is at least 1.', true, 'c'],
      ['The first line contains a string s (0 ≤ |s| ≤ 10^5).', false],
      ['s is a string of length at most 100.', false],
    ],
  },
  sorted: {
    guarantee: 'sorted',
    page: ['You are given an array a of n integers.', ARRAY],
    rows: [
      ['$A_1 \\leq A_2 \\leq \\dots \\leq A_N$', true, 'c'],
      ['A_1 < A_2 < ... < A_N', true, 'c'],
      ['nums is sorted in non-decreasing order.', true, 'c'],
      ['The array is sorted in ascending order.', true],
      ['It is guaranteed that a_1 ≤ a_2 ≤ ... ≤ a_n.', true],
      ['Given a sorted array of integers, find the target.', true],
      ['The elements are given in non-decreasing order.', true],
      ['a_i ≤ a_{i+1} for all 1 ≤ i < n', true, 'c'],
      ['The input array is sorted.', true],
      ['The numbers are listed in increasing order.', true],
      ['arr is sorted in strictly increasing order.', true, 'c'],
      ['$x_1 < x_2 < \\cdots < x_n$', true, 'c'],
      ['The array is in non-increasing order.', true],
      ['The heights never decrease from left to right.', true],
      ['The array is not necessarily sorted.', false],
      ['Return the array sorted in ascending order.', false],
      ['Sort the array in non-decreasing order.', false],
      ['Print the values in increasing order.', false],
      ['Check whether the array is sorted.', false],
      ['The array is unsorted.', false],
      ['The elements may be in any order.', false],
      ['This is the k-th largest in sorted order, so repeated values count separately.', false],
      ['Note that it is the kth smallest element in the sorted order, not the kth distinct one.', false],
      ['Each list is pairwise disjoint and in sorted order.', true],
    ],
  },
  'fixed-alphabet': {
    guarantee: 'fixed-alphabet',
    page: ['You are given a string s.', STRING],
    rows: [
      ['S is a string consisting of A, B, and C.', true, 'c'],
      ["The string consists of characters 'a' and 'b' only.", true],
      ["s[i] is either '0' or '1'.", true, 'c'],
      ["s consists only of '(' and ')'.", true, 'c'],
      ['S consists of `.` and `#`.', true, 'c'],
      ["Each character of s is 'L', 'R' or 'U'.", true],
      ['The string contains only the characters R, G and B.', true],
      ['s consists of digits only.', true, 'c'],
      ['S is a string of length N consisting of 0 and 1.', true, 'c'],
      ['You are given a binary string s.', true],
      ["Each character is either 'x' or 'o'.", true],
      ["The string s consists of characters 'U', 'D', 'L', 'R'.", true],
      ['Each character of S is `o` or `x`.', true, 'c'],
      ['s consists of uppercase English letters.', true, 'c'],
      ["All characters of s are 'a' or 'b'.", true],
      ['The string consists of the characters a and b only.', true],
      ['s may contain digits.', false],
      ['s consists of English letters, digits, symbols and spaces.', false, 'c'],
      ['s consists of printable ASCII characters.', false, 'c'],
      ['The string can contain any characters.', false],
      ['s consists of uppercase and lowercase English letters and digits.', false, 'c'],
      ["Count the characters 'a' and 'b' in s.", false],
      ['Each t_i is either 1 or 2.', false],
      ['The first line consists of n and k.', false],
      ['Each query is either + x or - x.', false],
      ["The string consists only of characters '+' and '-'.", true],
      ["s consists of characters '0' and '1'.", true],
      ['Each s_i is either L or R.', true],
      ['Each character of S is one of A, C, G, T.', true, 'c'],
      ["The string s contains only letters 'a', 'b' and 'c'.", true],
      ['The i-th character of S is 0 or 1.', true, 'c'],
      ['S consists of R and B.', true, 'c'],
      ["Each character in the string is either 'H' or 'T'.", true],
      ['The string may also contain other characters.', false],
      ["s consists of lowercase English letters and '?'.", false, 'c'],
    ],
  },
  'lowercase-only': {
    guarantee: 'lowercase-only',
    page: ['You are given a string s.', STRING],
    rows: [
      ['S consists of lowercase English letters.', true, 'c'],
      ['s consists of only lowercase English letters.', true, 'c'],
      ['The string contains only lowercase Latin letters.', true],
      ['S is a string consisting of lowercase English letters.', true, 'c'],
      ['All characters of s are lowercase letters.', true],
      ['word consists of lowercase English letters only.', true, 'c'],
      ['s[i] is a lowercase English letter.', true, 'c'],
      ['Each character of s is a lowercase Latin letter.', true],
      ['The input contains only lowercase letters.', true],
      ['words[i] consists of lowercase English letters.', true, 'c'],
      ["Each character of s is between 'a' and 'z'.", true],
      ['s consists only of small Latin letters.', true],
      ["s contains only characters from 'a' to 'z'.", true],
      ['The string is made of lowercase English letters.', true],
      ['s consists of lowercase and uppercase English letters.', false, 'c'],
      ['s consists of lowercase English letters and digits.', false, 'c'],
      ['s consists of English letters.', false, 'c'],
      ['s may contain uppercase letters.', false],
      ['s consists of printable ASCII characters.', false, 'c'],
      ['Convert every uppercase letter of s to lowercase.', false],
      ['The value of a string consisting of lowercase characters is the sum of its letters.', false],
    ],
  },
  positive: {
    guarantee: 'positive',
    page: ['You are given an array a of n integers.', ['1 <= n <= 10^5']],
    rows: [
      ['$1 \\leq A_i \\leq 10^9$', true, 'c'],
      ['1 <= nums[i] <= 10^4', true, 'c'],
      ['1 ≤ a_i ≤ 10^9', true, 'c'],
      ['1 ≤ arr[i] ≤ 10^5', true, 'c'],
      ['$1 \\le a_i \\le 10^{9}$', true, 'c'],
      ['1 <= A_i <= 100 (1 <= i <= N)', true, 'c'],
      ['Every price is a positive integer.', true],
      ['You are given n positive integers.', true],
      ['The elements of the array are positive integers.', true],
      ['All a_i are positive.', true],
      ['$1 \\leq h_1, h_2, \\ldots, h_N \\leq 10^9$', true, 'c'],
      ['a_i >= 1', true, 'c'],
      ['Each weight is at least 1.', true],
      ['0 <= nums[i] <= 10^9', false, 'c'],
      ['$-10^9 \\leq A_i \\leq 10^9$', false, 'c'],
      ['Values can be negative.', false],
      ['The array consists of non-negative integers.', false],
      ['|a_i| <= 10^9', false, 'c'],
      ['$0 \\le a_i \\le 10^9$', false, 'c'],
    ],
  },
  connected: {
    guarantee: 'connected',
    page: ['You are given an undirected graph with n vertices and m edges.', GRAPH],
    rows: [
      ['The given graph is connected.', true, 'c'],
      ['It is guaranteed that the graph is connected.', true],
      ['Every city can reach every other city.', true],
      ['It is possible to travel from any city to any other city.', true],
      ['You are given a connected undirected graph.', true],
      ['All the cities are connected.', true],
      ['Any vertex can be reached from any other vertex.', true],
      ['The network is connected.', true],
      ['The roads connect all the cities.', true],
      ['The edges form a tree.', true],
      ['There is a path between every pair of vertices.', true],
      ['The graph is connected and undirected.', true],
      ['All computers are reachable from computer 1.', true],
      ['The graph may be disconnected.', false],
      ['The graph is not necessarily connected.', false],
      ['Find the number of connected components.', false],
      ['Add roads to make all the cities connected.', false],
      ['Cities u and v are connected by a road.', false],
      ['Determine whether the graph is connected.', false],
      ['Two cells are connected if they share a side.', false],
    ],
  },
  'no-self-loops': {
    guarantee: 'no-self-loops',
    page: ['You are given an undirected graph with n vertices and m edges.', GRAPH],
    rows: [
      ['The given graph is simple.', true, 'c'],
      ['u_i != v_i', true, 'c'],
      ['$A_i \\neq B_i$', true, 'c'],
      ['There are no self-loops.', true],
      ['The graph contains no self-loops or multiple edges.', true],
      ['No road connects a city to itself.', true],
      ['$a_i \\ne b_i$', true, 'c'],
      ['$1 \\leq A_i < B_i \\leq N$', true, 'c'],
      ['A road always connects two different cities.', true],
      ['It is guaranteed that the graph has no self-loops.', true],
      ['Every edge connects two distinct vertices.', true],
      ['x_i ≠ y_i', true, 'c'],
      ['The graph has no self-loops and no multiple edges.', true],
      ['The graph may contain self-loops.', false],
      ['There can be self-loops and multiple edges.', false],
      ['u_i and v_i may be equal.', false],
      ['Self-loops are allowed.', false],
      ['An edge may connect a vertex to itself.', false],
      ['Check whether the graph has a self-loop.', false],
    ],
  },
  'no-repeated-edges': {
    guarantee: 'no-repeated-edges',
    page: ['You are given an undirected graph with n vertices and m edges.', GRAPH],
    rows: [
      ['The given graph is simple.', true, 'c'],
      ['There is at most one road between two cities.', true],
      ['There are no multiple edges.', true],
      ['All pairs (a_i, b_i) are distinct.', true, 'c'],
      ['$(A_i, B_i) \\neq (A_j, B_j) \\ (i \\neq j)$', true, 'c'],
      ['No two roads connect the same pair of cities.', true],
      ['The graph contains no self-loops or multiple edges.', true],
      ['Each pair of vertices is connected by at most one edge.', true],
      ['There are no parallel edges.', true],
      ['It is guaranteed that there are no duplicate edges.', true],
      ['Every pair of cities appears at most once in the input.', true],
      ['Each unordered pair (u, v) appears at most once.', true],
      ['There are no multi-edges.', true],
      ['There may be multiple edges between two vertices.', false],
      ['The graph may contain multiple edges.', false],
      ['Multiple roads between the same pair of cities are possible.', false],
      ['There can be several roads between two cities.', false],
      ['Parallel edges are allowed.', false],
      ['Find the number of edges between two cities.', false],
    ],
  },
  'answer-exists': {
    guarantee: 'answer-exists',
    page: ['You are given an array a of n integers.', ARRAY],
    rows: [
      ['It is guaranteed that the answer exists.', true],
      ['You may assume that each input would have exactly one solution.', true],
      ['It is guaranteed that a solution always exists.', true],
      ['There is always at least one valid answer.', true],
      ['The input is generated such that an answer exists.', true],
      ['It is guaranteed that there is at least one valid arrangement.', true],
      ['The test data guarantees that the answer exists.', true],
      ['It is guaranteed that the target is reachable.', true],
      ['The answer is guaranteed to exist.', true],
      ['An answer always exists.', true],
      ['It can be proved that the answer always exists.', true],
      ['A solution is guaranteed to exist.', true],
      ['It is guaranteed that it is possible to reach the last index.', true],
      ['If there is no answer, print -1.', false],
      ['If no solution exists, return an empty array.', false],
      ['Determine whether an answer exists.', false],
      ['It is guaranteed that the answer fits in a 32-bit integer.', false],
      ['The answer may not exist.', false],
      ['Print -1 if it is impossible.', false],
      ['It is guaranteed that the sum of n over all test cases does not exceed 2 * 10^5.', false],
    ],
  },
};

/** What the page reading promises for one fragment set in its family's page. */
function reads(family: (typeof FAMILIES)[string], [fragment, , place]: Row): boolean {
  const [statement, constraints] = family.page;
  const page = problemContext(
    place === 'c'
      ? { statement, constraints: [...constraints, fragment] }
      : { statement: `${statement} ${fragment}`, constraints },
  );
  return readProblem(page).guarantees.has(family.guarantee);
}

describe('promises in the words independent setters use', () => {
  for (const [name, family] of Object.entries(FAMILIES))
    describe(name, () => {
      it.each(family.rows.map((row) => [row[0], row] as const))('%s', (_, row) => {
        expect(reads(family, row)).toBe(row[1]);
      });
    });
});

describe('a promise reads the same whatever the letters and the bounds look like', () => {
  const name = fc.constantFrom('S', 's', 'T', 'word', 'text');
  const leq = fc.constantFrom('\\leq', '\\le', '≤', '<=', '\\leqq');
  const upper = fc.constantFrom('10^5', '10^{5}', '100000', '2 \\times 10^5', '2 * 10^5', '1e5');
  const wrap = fc.constantFrom(
    (line: string) => `$${line}$`,
    (line: string) => line,
  );

  it('a length bounded below by one is non-empty, by zero is not', () => {
    fc.assert(
      fc.property(name, leq, upper, wrap, fc.constantFrom(0, 1, 2), (s, op, top, math, lower) => {
        const length = s.length === 1 ? `|${s}|` : `${s}.length`;
        const page = problemContext({
          statement: `You are given a string ${s}.`,
          constraints: [math(`${lower} ${op} ${length} ${op} ${top}`)],
        });
        expect(readProblem(page).guarantees.has('non-empty')).toBe(lower >= 1);
      }),
      { numRuns: 60 },
    );
  });

  it('the length said in words reads as its bound does', () => {
    const said = fc.constantFrom(
      (s: string, n: string) => `${s} is a string of length between ${n} and 100.`,
      (s: string, n: string) => `The length of ${s} is at least ${n}.`,
      (s: string, n: string) => `The string ${s} has length at least ${n}.`,
    );
    fc.assert(
      fc.property(name, said, fc.constantFrom('0', '1', 'one'), (s, sentence, n) => {
        const page = problemContext({
          statement: `You are given a string ${s}. ${sentence(s, n)}`,
          constraints: [],
        });
        expect(readProblem(page).guarantees.has('non-empty')).toBe(n !== '0');
      }),
      { numRuns: 60 },
    );
  });

  it('the characters a string may hold read as a fixed alphabet however they are quoted', () => {
    const letters = fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'E', 'W', 'L', 'R', 'x', 'o', '#', '.'), {
      minLength: 2,
      maxLength: 4,
    });
    const quote = fc.constantFrom("'", '"', '`', '');
    const joiner = fc.constantFrom(' or ', ' and ', ', or ', ', and ');
    const subject = fc.constantFrom(
      (s: string) => `Each character of ${s} is `,
      (s: string) => `All characters of ${s} are `,
      (s: string) => `${s} consists of `,
      (s: string) => `${s} is a string consisting of `,
      (s: string) => `Each ${s}_i is either `,
    );
    fc.assert(
      fc.property(name, letters, quote, joiner, subject, (s, chars, q, last, said) => {
        const quoted = chars.map((c) => `${q}${c}${q}`);
        const list = `${quoted.slice(0, -1).join(', ')}${last}${quoted.at(-1)}`;
        const page = problemContext({
          statement: `You are given a string ${s}.`,
          constraints: [`1 <= |${s}| <= 10^5`, `${said(s)}${list}.`],
        });
        expect(readProblem(page).guarantees.has('fixed-alphabet')).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it('two values of one list said to differ read as distinct whatever the sign', () => {
    const list = fc.constantFrom('A', 'a', 'h', 'P', 'x');
    const neq = fc.constantFrom('\\neq', '\\ne', '≠', '!=');
    fc.assert(
      fc.property(list, neq, wrap, (a, op, math) => {
        const page = problemContext({
          statement: `You are given N integers ${a}_1, ..., ${a}_N.`,
          constraints: ['1 <= N <= 10^5', `1 <= ${a}_i <= 10^9`, math(`${a}_i ${op} ${a}_j (i ${op} j)`)],
        });
        expect(readProblem(page).guarantees.has('distinct')).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('an edge case goes where the page rules it out, and stays where the page allows it', () => {
  const edgeCases = (statement: string, constraints: string[]) =>
    analyzeProblem(problemContext({ statement, constraints })).edgeCases;
  const PALINDROME = 'Given a string s, return the length of the longest palindromic substring of s.';
  const PAIRS = 'You are given N integers A_1, ..., A_N. Count the pairs i < j with A_i + A_j = K.';

  it('drops mixed-in characters where each character is one of a few, and keeps them for any text', () => {
    expect(
      edgeCases(PALINDROME, ['1 <= |s| <= 1000', "Each character of s is 'a', 'b' or 'c'."]),
    ).not.toContain('Upper-case letters, digits or spaces mixed in');
    expect(
      edgeCases(PALINDROME, ['1 <= |s| <= 1000', 's consists of printable ASCII characters.']),
    ).toContain('Upper-case letters, digits or spaces mixed in');
  });

  it('drops equal values where no two values coincide, and keeps them where values may repeat', () => {
    expect(edgeCases(`${PAIRS} It is guaranteed that no two A_i coincide.`, ARRAY)).not.toContain(
      'All values equal',
    );
    expect(edgeCases(`${PAIRS} The values may repeat.`, ARRAY)).toContain('All values equal');
  });

  it('holds an empty string against a length said at least one in words, never against one that may be empty', () => {
    const guarantees = (sentence: string, constraints: string[] = []) =>
      readProblem(problemContext({ statement: `You are given a string s. ${sentence}`, constraints }))
        .guarantees;
    expect(contradictedBy('An empty string', guarantees('The string s has length at least 1.'))).toEqual([
      'non-empty',
    ]);
    expect(contradictedBy('An empty string', guarantees('The string may be empty.'))).toEqual([]);
    // A bound that lets the input be empty wins over a length said of the words it holds.
    expect(
      contradictedBy(
        'An empty string',
        guarantees('Each word has length between 1 and 10.', ['0 <= |s| <= 100']),
      ),
    ).toEqual([]);
  });
});
