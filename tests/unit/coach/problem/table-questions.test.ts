import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { firedTriggers } from '@/lib/coach/problem/knowledge';
import { TEXT_POSITIONS } from '@/lib/coach/problem/knowledge/table-questions';
import { codeIn } from '@/lib/coach/problem/library/spoilers';
import { readProblem } from '@/lib/coach/problem/reading';
import { problemContext } from '../../../support/problem-context';

/*
 * When a table is not the answer: one text counted where it stands inside another, a total
 * reached by a group of any size, a first copy of a value, pairs over numbers the input never
 * lists; beside each, the genuine table question it resembles (a count per name, two of an
 * unsorted list to a target, pairs adding to k). Each test writes its own statement.
 */
const context = (statement: string, constraints: string[]) =>
  problemContext({ title: 'Example', statement, constraints });
const lead = (statement: string, constraints: string[]) =>
  analyzeProblem(context(statement, constraints)).patterns[0]?.id;
const tableWords = (statement: string, constraints: string[]) => {
  const reading = readProblem(context(statement, constraints));
  return firedTriggers(reading.title, reading.scene)
    .filter(({ trigger }) => trigger.technique === 'hash-table')
    .map(({ trigger }) => trigger.why);
};
const TEXTS = ['1 <= |s| <= 10^6', '1 <= |w| <= |s|'];
const LIST = ['1 <= n <= 10^5', '1 <= a[i] <= 10^9'];

describe('one text counted inside another', () => {
  it('is a string match when the occurrences may overlap', () => {
    const statement =
      'A scroll is a string s of lowercase letters and the monks chant the word w. Count the occurrences of w in s; occurrences may overlap.';
    const analysis = analyzeProblem(context(statement, TEXTS));
    expect(analysis.patterns[0]?.id).toBe('string');
    expect(tableWords(statement, TEXTS)).not.toContain('counting occurrences is a map from item to count');
    // The ladder is the match's, not a count per letter: level 1 names no method, level 2 does.
    expect(analysis.hints[0]?.text).not.toMatch(/prefix function|hash|kmp/i);
    expect(analysis.hints[1]?.text).toMatch(/prefix function/);
    expect(analysis.hints.map((hint) => codeIn(hint.text))).toEqual([null, null, null]);
  });

  it('is a string match when the count is of the positions where a copy starts', () => {
    const statement =
      'A song is a string s of notes and a motif is a string m. Print how many times the motif is sung: the number of positions in s where a copy of m starts.';
    expect(lead(statement, TEXTS)).toBe('string');
  });

  it('stays a count per key when every name is counted (near miss)', () => {
    const statement =
      'Volunteers wrote down n bird names, one per line, each a string of lowercase letters. Report how many times each name occurs in the list.';
    expect(lead(statement, ['1 <= n <= 2 * 10^5'])).toBe('hash-table');
  });

  it('reads the wording however the setter spaces the count and the overlap', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('occurrences', 'appears', 'occurs', 'times'),
        fc.constantFrom('may overlap', 'can overlap', 'as a contiguous piece', 'as a substring'),
        fc.array(fc.constantFrom('of', 'the', 'word', 'w', 'in', 'text'), { maxLength: 8 }),
        (count, overlap, filler) => TEXT_POSITIONS.test(`${count} ${filler.join(' ')} ${overlap}`),
      ),
    );
  });
});

describe('a total with no single partner', () => {
  it('is a search over the groups when any number of items may add up to the target', () => {
    const statement =
      'There are n crates; crate i weighs weights[i]. Return the number of different groups of crates whose weights add up to exactly target.';
    const constraints = ['1 <= n <= 20', '1 <= weights[i] <= 10^9', '1 <= target <= 10^10'];
    expect(lead(statement, constraints)).toBe('backtracking');
    expect(tableWords(statement, constraints)).toEqual([]);
  });

  it('keeps the partner looked up for two items of an unsorted list (near miss)', () => {
    const statement =
      'Given the weights of crates in the order they were unloaded, return the indices of the two crates whose weights add up to exactly limit.';
    expect(lead(statement, ['2 <= weights.length <= 10^5', '-10^9 <= weights[i], limit <= 10^9'])).toBe(
      'hash-table',
    );
  });
});

describe('a first copy of a value', () => {
  it('is a position halved for in sorted data, not a count', () => {
    const statement =
      'Rates are given in an array sorted in non-decreasing order. Return the index of the first occurrence of rate in rates, or -1 if it is missing.';
    expect(tableWords(statement, LIST)).toEqual([]);
  });
});

describe('pairs over numbers the input never lists', () => {
  const constraints = ['1 <= t <= 10^5', '1 <= n <= 10^18'];

  it('are a formula when only n is given', () => {
    const statement =
      'Seats are numbered 1, 2, ..., n. How many pairs of two different seats have numbers that add up to an odd number? Answer t cases, modulo 10^9+7.';
    expect(lead(statement, constraints)).toBe('math');
    expect(tableWords(statement, constraints)).toEqual([]);
  });

  it('are counted in a map when the list is given (near miss)', () => {
    const statement =
      'Each ticket in a drum carries a number, listed in tickets in the order drawn. A pair of two different tickets wins when their numbers add up to exactly k. Return the number of winning pairs (i, j) with i < j.';
    expect(lead(statement, ['1 <= tickets.length <= 10^5', '1 <= tickets[i], k <= 10^9'])).toBe('hash-table');
  });
});
