import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { isCanonicalComplexity } from '@/lib/coach/problem/library/complexity-notation';
import type { ProblemContext } from '@/lib/extract/context';
import { problemContext } from '../../../support/problem-context';

function problem(
  statement: string,
  constraints: string[] = [],
  overrides: Partial<ProblemContext> = {},
): ProblemContext {
  return problemContext({
    site: 'generic',
    url: 'https://example.org/problem',
    id: 'p',
    title: 'Practice problem',
    statement,
    constraints,
    ...overrides,
  });
}

const top = (context: ProblemContext) => analyzeProblem(context).patterns.map((p) => p.id);

describe('techniques come from what the statement asks, not from single words', () => {
  it('a single prefix to check against each word is a scan, not a prefix tree', () => {
    const ids = top(
      problem('Given a list of words and a string pref, count how many of the words start with pref.', [
        '1 <= words.length <= 100',
        '1 <= words[i].length, pref.length <= 100',
      ]),
    );
    expect(ids[0]).not.toBe('trie');
  });

  it('the edges of bars in a chart do not make a graph', () => {
    const ids = top(
      problem(
        'A chart shows n bars side by side; bar i has height h_i. For every bar, find how far its rectangle can grow to the left and to the right before its edge meets a shorter bar.',
        ['1 <= n <= 10^5', '1 <= h_i <= 10^9'],
      ),
    );
    expect(ids[0]).toBe('monotonic-stack');
    expect(ids).not.toContain('graph');
  });

  it('a 32-bit integer to read is not a bit trick', () => {
    const ids = top(
      problem('Read a string and return the signed 32-bit integer it spells, clamping to the 32-bit range.', [
        '0 <= s.length <= 200',
      ]),
    );
    expect(ids[0]).not.toBe('bit-manipulation');
  });

  it('a balanced tree is not a stack of brackets', () => {
    const ids = top(
      problem('Given the root of a binary tree, decide whether it is height-balanced.', [
        'The number of nodes in the tree is in the range [0, 5000].',
      ]),
    );
    expect(ids).not.toContain('stack');
  });

  it('never sorts when the answer is a contiguous run of the input as given', () => {
    const ids = top(
      problem(
        'Sort the readings by time is not allowed: return the length of the longest contiguous run of equal readings.',
        ['1 <= n <= 10^5'],
      ),
    );
    expect(ids).not.toContain('sorting');
  });

  it('ranks the same whatever the order of the site’s tags', () => {
    const statement = 'Find the cheapest route between two cities; roads have lengths.';
    const tags = ['Graph', 'Shortest Path', 'Heap (Priority Queue)'];
    const forwards = top(problem(statement, ['1 <= n <= 10^4'], { tags }));
    const backwards = top(problem(statement, ['1 <= n <= 10^4'], { tags: [...tags].reverse() }));
    expect(backwards).toEqual(forwards);
  });

  it('says it is not sure when nothing stands out, and still offers two candidates', () => {
    const analysis = analyzeProblem(
      problem('You are given n integers a_1, ..., a_n. Process them and report the answer.', [
        '1 <= n <= 10^5',
      ]),
    );
    expect(analysis.techniqueSure).toBe(false);
  });
});

describe('what an interviewer expects and what the limits allow', () => {
  it('prints a formula in constant time when only values are bounded, however small they are', () => {
    const analysis = analyzeProblem(
      problem(
        'Each test case gives one integer X: print how many handshakes X guests make if each pair shakes once.',
        ['1 <= T <= 10', '0 <= X <= 9'],
      ),
    );
    expect(analysis.patterns[0]?.id).toBe('math');
    expect(analysis.complexityTarget).toBe('O(1)');
    expect(analysis.complexityLimit).toBe('O(log n)');
  });

  it('expects a linear window on n up to 10^5, while the limits would let n log n pass', () => {
    const analysis = analyzeProblem(
      problem('Given a string s, return the length of the longest substring without repeating characters.', [
        '0 <= s.length <= 10^5',
      ]),
    );
    expect(analysis.complexityTarget).toBe('O(n)');
    expect(analysis.complexityLimit).toBe('O(n log n)');
  });

  it('does not charge a counting answer for the sort that is only another way to it', () => {
    const analysis = analyzeProblem(
      problem(
        'Given two strings s and t, return true if t is an anagram of s: the same letters, each used the same number of times, in any order.',
        ['1 <= s.length, t.length <= 5 * 10^4', 's and t consist of lowercase English letters.'],
      ),
    );
    expect(analysis.patterns.slice(0, 3).map((p) => p.id)).toEqual(
      expect.arrayContaining(['hash-table', 'sorting']),
    );
    expect(analysis.complexityTarget).toBe('O(n + m)');
  });

  it('costs a class per call', () => {
    const analysis = analyzeProblem(
      problem('Implement the MinStack class: push(val), pop(), top() and getMin(), each in constant time.', [
        'At most 3 * 10^4 calls will be made to push, pop, top and getMin.',
      ]),
    );
    expect(analysis.complexityTarget).toBe('O(1)');
    expect(analysis.complexityLimitReason).toMatch(/per call/);
  });

  it('reads a bounded count of cuts as the size, not the length of the beam they cut', () => {
    const analysis = analyzeProblem(
      problem(
        'A beam of length n is to be cut at every position in the array cuts, in any order; each cut costs the length of the piece it splits. Return the minimum total cost.',
        ['2 <= n <= 10^6', '1 <= cuts.length <= min(n - 1, 100)'],
      ),
    );
    expect(analysis.complexityLimitReason).toContain('cuts.length <= 100');
    expect(analysis.complexityLimit).not.toMatch(/log/);
  });

  it('never lets the arithmetic talk about a grid the input does not have', () => {
    const analysis = analyzeProblem(
      problem('Given heights of n bars, return the water trapped between them.', [
        'n == heights.length',
        '1 <= n <= 10^5',
      ]),
    );
    expect(analysis.complexityLimitReason).not.toMatch(/grid|cells/);
    expect(analysis.complexityLimit).toBe('O(n log n)');
  });
});

describe('on any page text', () => {
  it('never throws, and always answers with both figures, canonical, and exactly three hint levels', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.array(fc.string({ maxLength: 60 }), { maxLength: 4 }),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
        (statement, constraints, tags) => {
          const analysis = analyzeProblem(problem(statement, constraints, { tags }));
          expect(isCanonicalComplexity(analysis.complexityTarget)).toBe(true);
          expect(isCanonicalComplexity(analysis.complexityLimit)).toBe(true);
          expect(analysis.hints.map((hint) => hint.level)).toEqual([1, 2, 3]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
