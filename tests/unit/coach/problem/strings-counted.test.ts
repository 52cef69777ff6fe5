import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import type { ProblemContext } from '@/lib/extract/context';

/*
 * N words, each of bounded length, are counted as strings: the bound on N is a number of words,
 * not of characters, whatever the page calls the list. Statements written for these tests.
 */
function page(statement: string, constraints: string[]): ProblemContext {
  return {
    kind: 'problem',
    site: 'atcoder',
    url: 'https://atcoder.jp/contests/abc001/tasks/abc001_c',
    id: 'abc001_c',
    title: 'A Story',
    statement,
    examples: [],
    constraints,
    tags: [],
    hints: [],
    source: 'dom',
  };
}

const outline = (statement: string, constraints: string[]) =>
  analyzeProblem(page(statement, constraints)).hints[2]?.text ?? '';

describe('the size of a list of words', () => {
  it('counts strings where each of the N has a length of its own', () => {
    const text = outline(
      'N pupils each hold a word S_i of lowercase letters. How many pupils hold a word that reads the same backwards?',
      ['1 <= N <= 10^5', '1 <= |S_i| <= 10', 'S_i consists of lowercase English letters.'],
    );
    expect(text).toMatch(/up to 10\^5 strings/);
    expect(text).not.toMatch(/10\^5 characters/);
  });

  it('counts characters where the bound is the total length of the words', () => {
    const text = outline(
      'A teacher collects n words s_1, ..., s_n. Two words belong to the same family when one is a reordering of the other. Print the number of families.',
      ['1 <= n <= 10^5', '1 <= |s_i| <= 10^5', 'sum |s_i| <= 10^6'],
    );
    expect(text).not.toMatch(/10\^6 strings/);
  });

  it('counts characters in one string', () => {
    const text = outline(
      'You are given a string S of lowercase letters. How many of its characters differ from the one before them?',
      ['1 <= |S| <= 10^5', 'S consists of lowercase English letters.'],
    );
    expect(text).not.toMatch(/10\^5 strings/);
  });
});
