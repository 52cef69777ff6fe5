import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import type { ProblemContext } from '@/lib/extract/context';

function page(statement: string, constraints: string[]): ProblemContext {
  return {
    kind: 'problem',
    site: 'atcoder',
    url: 'https://atcoder.jp/contests/abc001/tasks/abc001_d',
    id: 'abc001_d',
    title: 'A Story',
    statement,
    examples: [],
    constraints,
    tags: [],
    hints: [],
    source: 'dom',
  };
}

const TEXT = ['1 <= N <= 2 * 10^5', 'S is a string of length N.'];
const ladder = (statement: string, constraints = TEXT) =>
  analyzeProblem(page(statement, constraints)).hints.map((hint) => hint.text);

const diary = (ask: string) =>
  `A diary covers N days; the i-th character of the string S is A when apples were picked, P when pears were picked and X when nothing was. A stretch of consecutive days from day l to day r is balanced when it holds as many apple days as pear days. ${ask}`;

describe('a stretch balanced between two kinds of item', () => {
  it('is counted by scoring the kinds +1 and -1, never by a running total the items do not have', () => {
    const hints = ladder(diary('Count the balanced stretches.'));
    expect(hints[1]).toMatch(/\+1 for the one kind, -1 for the other/);
    expect(hints[1]).toMatch(/how often/);
    expect(hints.join(' ')).not.toMatch(/asked total|running total of/);
    // Level 1 names no technique and asks what a balanced stretch scores.
    expect(hints[0]).not.toMatch(/prefix|running|map/i);
  });

  it('asks for the first place a score appeared when the longest stretch is wanted', () => {
    const hints = ladder(
      'Given a binary array nums of length N, return the maximum length of a contiguous subarray with an equal number of 0 and 1.',
      ['1 <= N <= 10^5'],
    );
    expect(hints[1]).toMatch(/first place/);
    expect(hints[2]).toMatch(/place zero/);
    expect(hints.join(' ')).not.toMatch(/asked total/);
  });

  it('reads the setter’s kinds and wording however they are named', () => {
    const kind = fc.constantFrom('zeros', 'ones', 'red beads', 'blue beads', 'vowels', 'wins');
    const other = fc.constantFrom('losses', 'consonants', 'black tiles', 'pluses');
    const phrase = fc.constantFrom(
      (a: string, b: string) => `contains as many ${a} as ${b}`,
      (a: string, b: string) => `contains an equal number of ${a} and ${b}`,
      (a: string, b: string) => `has the same count of ${a} and ${b}`,
    );
    fc.assert(
      fc.property(kind, other, phrase, (a, b, says) => {
        const hints = ladder(
          `You are given a string of length N. Count the contiguous substrings that ${says(a, b)}.`,
        );
        return /\+1 for the one kind/.test(hints[1] ?? '');
      }),
      { numRuns: 12 },
    );
  });

  it('reads two kinds named by what a team did', () => {
    const hints = ladder(
      'A team played N matches; the i-th character of S is W if it won match i and L if it lost. Find the length of the longest run of consecutive matches in which the team won exactly as many matches as it lost.',
    );
    expect(hints.join(' ')).toMatch(/\+1 for the one kind/);
  });

  it('leaves an amount matched with a thing ("costs as many coins as the total length") to other ladders', () => {
    const hints = ladder(
      'Fragments lie in a row; fragment i is a_i centimetres long. Two neighbouring pieces are glued into one, and gluing costs as many coins as the total length of the two pieces. Find the least total cost of gluing every fragment into one scroll.',
      ['1 <= N <= 400', '1 <= a_i <= 10^9'],
    );
    expect(hints.join(' ')).not.toMatch(/one kind/);
  });

  it('leaves a stretch whose values must add up to a given total on the total ladder', () => {
    const hints = ladder(
      'You are given an array of N integers a_1, ..., a_N (possibly negative). Count the contiguous subarrays whose sum is exactly K.',
      ['1 <= N <= 2 * 10^5', '-10^9 <= a_i, K <= 10^9'],
    );
    expect(hints.join(' ')).toMatch(/asked total/);
    expect(hints.join(' ')).not.toMatch(/one kind/);
  });
});
