import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { fitsTheInput } from '@/lib/coach/problem/fit';
import { readProblem } from '@/lib/coach/problem/reading';
import { readSignature, withoutOutputTypes } from '@/lib/coach/problem/signature';
import { nameDefinedTerms, termPromises } from '@/lib/coach/problem/terms';
import type { ProblemContext } from '@/lib/extract/context';

const HACKERRANK_SOCKS = `Every pattern appears on exactly two socks, except one. Find the pattern of the lonely sock.

**Function Description**

lonelySock has the following parameter(s):

- *int patterns[n]*: the pattern on each sock

**Returns**

- *string*: the pattern, written as YES or NO`;

function page(statement: string, constraints: string[], site: ProblemContext['site'] = 'hackerrank') {
  return {
    kind: 'problem',
    site,
    url: 'https://www.hackerrank.com/challenges/x/problem',
    id: 'x',
    title: 'The Lonely Sock',
    statement,
    examples: [],
    constraints,
    tags: [],
    hints: [],
    source: 'dom',
  } satisfies ProblemContext;
}

describe('a typed function description', () => {
  it('reads the input from the parameters’ types and never from the return type', () => {
    expect(readSignature(HACKERRANK_SOCKS)?.kinds).toEqual(['array']);
    expect(withoutOutputTypes(HACKERRANK_SOCKS, readSignature(HACKERRANK_SOCKS))).not.toMatch(/\bstring\b/);
    const reading = readProblem(page(HACKERRANK_SOCKS, ['1 <= n < 10^6, n is odd']));
    expect(reading.kinds).toEqual(['array']);
    const analysis = analyzeProblem(page(HACKERRANK_SOCKS, ['1 <= n < 10^6, n is odd']));
    expect(analysis.patterns.map((p) => p.id)).not.toContain('string');
    expect(analysis.edgeCases.join(' ')).not.toMatch(/upper-case|character/i);
  });

  it('reads text, lists of text and tables from their types', () => {
    const typed = (parameter: string) =>
      readSignature(
        `**Function Description**\n\nf has the following parameter(s):\n\n- *${parameter}*: the input`,
      )?.kinds;
    expect(typed('string glazes')).toEqual(['string']);
    expect(typed('string labels[n]')).toEqual(['string', 'array']);
    expect(typed('int floor[r][c]')).toEqual(['matrix']);
    expect(typed('long w[n]')).toEqual(['array']);
    expect(typed('int edges[m][2]')).toEqual(['array']);
  });

  it('reads what a GeeksforGeeks function takes, not what it returns', () => {
    const gfg =
      'Your task is to complete the function pairAtTarget() which takes an integer array arr[] and an integer target as inputs and returns the string "Found" or the string "Missing".';
    expect(readSignature(gfg)?.kinds).toEqual(['array']);
    expect(withoutOutputTypes(gfg, readSignature(gfg))).not.toMatch(/\bstring\b/);
  });

  it('reads "the length of" a typed text as its size', () => {
    const statement =
      '**Function Description**\n\nf has the following parameter(s):\n\n- *string glazes*: the glazes';
    const { facts } = readProblem(page(statement, ['1 <= length of glazes <= 10^5']));
    expect(facts.variables.find((v) => v.names.includes('glazes.length'))).toMatchObject({
      role: 'size',
      upper: 10 ** 5,
    });
  });
});

describe('terms defined in words', () => {
  const named = (text: string) => nameDefinedTerms([text])[0] ?? '';

  it('names the standard definitions, whatever the statement calls them', () => {
    expect(
      named(
        'A string is called a remnant of S if it can be obtained by deleting zero or more characters of S, keeping the order of the rest. Find the longest remnant of both S and T.',
      ),
    ).toMatch(/longest common subsequence of both S and T/);
    expect(named('A segment is a non-empty contiguous part of the array.')).toMatch(/^a subarray is/);
    expect(
      named('Call a word a mirror if it reads the same from left to right and from right to left.'),
    ).toMatch(/\(it is a palindrome\)/);
    expect(
      named('A sequence is called an arrangement if it contains each of 1, 2, ..., N exactly once.'),
    ).toMatch(
      /called a permutation if it contains each of 1, 2, \.\.\., N exactly once \(it is a permutation\)/,
    );
  });

  it('names a run of neighbouring items as the part it is, and renames what the statement coined', () => {
    expect(
      named(
        'A shift is a block of one or more consecutive hours. Count the shifts whose noise is at most k.',
      ),
    ).toMatch(/\(it is a subarray\)\. Count the subarrays whose noise is at most k/);
    expect(named('A chorus is a run of one or more consecutive chants of the string s.')).toMatch(
      /\(it is a substring\)/,
    );
    expect(named('A session is a window of exactly k adjacent hours.')).toMatch(/\(it is a subarray\)/);
    expect(named('A tray is any group of adjacent cakes in the row.')).toMatch(/\(it is a subarray\)/);
  });

  it('gives a coined name’s article to the term that replaces it', () => {
    const text = named(
      'An outing is a block of one or more consecutive days. Find an outing whose cost is at most k.',
    );
    expect(text).toMatch(/Find a subarray whose cost is at most k/);
  });

  it('leaves runs of values and groups of cells unnamed: they are no part of the input’s order', () => {
    for (const text of [
      'Return the length of the longest run of consecutive integer values that all appear in nums.',
      'A ladder is a set of cards whose numbers are consecutive integers, such as 4, 5, 6.',
      'A patch is a group of adjacent soil cells that share a side.',
      'A hand is a group of consecutive cards, such as 3, 4 and 5.',
    ])
      expect(named(text), text).toBe(text);
  });

  it('leaves statements that define nothing, or already name the term, as they are', () => {
    fc.assert(
      fc.property(fc.constantFrom('sum', 'count', 'stack', 'grid', 'tree'), (word) => {
        const text = `Return the ${word} of the values. Each value appears at most twice.`;
        expect(named(text)).toBe(text);
      }),
    );
    const stated = 'A palindrome is a string that reads the same forward and backward.';
    expect(named(stated)).toBe(stated);
    // The subject of a definition that is the input's own kind is no name coined for the term.
    const subject =
      'A phrase is a palindrome if it reads the same from left to right. Given a string s, return true if s is a phrase.';
    expect(named(subject)).toMatch(/Given a string s, return true if s is a phrase\.$/);
    const subarray =
      'A subarray is a contiguous part of the array. Return the sum of each subarray of length k.';
    expect(named(subarray)).toBe(subarray);
  });

  it('promises distinct values only for a permutation of 1..n, not of an array that repeats', () => {
    expect(termPromises('p is a permutation of 1, ..., n.')).toEqual(['distinct']);
    expect(termPromises('nums is a permutation of an array base[n].')).toEqual([]);
  });
});

describe('a method’s idea needs its input', () => {
  it('keeps string matching for text and drops it on a list of numbers', () => {
    expect(fitsTheInput('string', { text: 'find the pattern', kinds: ['array'] })).toBe(false);
    expect(fitsTheInput('string', { text: 'find the pattern', kinds: ['string'] })).toBe(true);
    expect(fitsTheInput('trie', { text: 'the largest xor of two values', kinds: ['array'] })).toBe(true);
  });
});
