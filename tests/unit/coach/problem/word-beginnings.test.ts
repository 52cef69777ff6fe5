import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWordBeginnings } from '@/lib/coach/problem/word-beginnings';
import { analyse, bodyOf, panelOf } from '../../../support/statement';

/**
 * Many words asked about by their beginnings (word-beginnings.ts): the relation, a side that is many
 * words, and a beginning that is one of the given strings. Statements written for these tests.
 */
const TOTAL = ['1 <= n, q <= 10^5', 'The total length of all strings is at most 10^6.'];
const read = (statement: string, constraints = TOTAL) =>
  readWordBeginnings(bodyOf(statement, constraints), ['string']);

describe('reading many words asked about by their beginnings', () => {
  it.each([
    'The office keeps n call signs. For each of q fragments, print how many call signs begin with it.',
    'Given words and queries, for every queries[j] count the strings in words that start with queries[j].',
    'For each j, print the number of indices i such that T_j is a prefix of S_i.',
    'For each i, count how many other words of the list begin with arr[i].',
    'For each word of the text, print the longest root that the word begins with, or a dash if it begins with none of the roots.',
    'For every query, count the stored names that have the query as a prefix.',
    'Count the words of the list that start with some other word of the list.',
    'The router picks, for each address, the longest stored pattern that is a prefix of the address.',
    'Answer q questions: how many saved titles are prefixed by the given string?',
  ])('reads %s', (statement) => {
    expect(read(statement)).not.toBeNull();
  });

  it.each([
    // A fixed letter or kind of token: a look at the first letter settles it.
    'Chef wrote n words. Count how many of them start with a vowel.',
    'For each query, count the words that begin with a capital letter.',
    'Each of the next q lines begins with an integer t, the type of the query.',
    // The input's lines begin with their kind of operation, not with a word asked about.
    'For each query, read one of the next q lines: each of the next q lines starts with add or count, then a name.',
    'For every word that begins with a lowercase letter, capitalise that letter.',
    "Count the words that start with the letter 'a'.",
    // The same few first letters are a key a map counts.
    'For every pair of colleagues, they are close when their codes start with the same three characters.',
    // The beginning is the answer being built, not a given string.
    'Return the longest string that every string in strs begins with.',
    // A definition, not a question: a rule of order the question then checks.
    'Codes are compared letter by letter, and a code that is a prefix of another comes before it.',
    'You are given n strings. A string is a prefix of itself.',
    // One pattern asked once of one list: a scan reads every word once anyway.
    'You are given an array of strings words and a string pref. Return the number of strings in words that contain pref as a prefix.',
  ])('leaves %s', (statement) => {
    expect(read(statement)).toBeNull();
  });

  it('needs a list of strings: one text read from each position is one string', () => {
    const statement =
      'Find every position i such that the melody, read from its i-th letter on, begins with the motif.';
    expect(read(statement, ['1 <= |s|, |t| <= 10^6'])).toBeNull();
  });

  it('needs text: numbers that begin with a digit are values', () => {
    const body = bodyOf('For each query, count the numbers that begin with d_j.', TOTAL);
    expect(readWordBeginnings(body, ['array'])).toBeNull();
  });

  it('reads names set in code or bold as the names themselves', () => {
    expect(
      read('For every `queries[j]`, count how many strings in `words` have `queries[j]` as a prefix.'),
    ).toEqual({ ask: 'count' });
  });

  it.each([
    [
      'longest',
      'For each address, print the length of the longest stored pattern that is a prefix of the address.',
    ],
    [
      'shortest',
      'Replace each word of the text by the shortest of the stems it starts with, if it starts with one or more of the stems.',
    ],
    ['count', 'For each of q fragments, print how many call signs begin with it.'],
  ])('reads what each question wants: %s', (ask, statement) => {
    expect(read(statement)?.ask).toBe(ask);
  });

  it('never reads a fixed kind of beginning, however the sentence around it runs', () => {
    const fixed = fc.constantFrom(
      'a vowel',
      'an integer',
      'the letter x',
      'a digit',
      'a capital letter',
      "'ab'",
      '0',
    );
    const many = fc.constantFrom('how many words', 'every name', 'the other strings', 'all codes');
    const verb = fc.constantFrom('begin with', 'start with', 'begins with', 'starting with');
    fc.assert(
      fc.property(many, verb, fixed, (words, relation, beginning) => {
        expect(read(`For each query, count ${words} that ${relation} ${beginning}.`)).toBeNull();
      }),
    );
  });
});

describe('the panel on words asked about by their beginnings', () => {
  const STATEMENT =
    'A harbour keeps a register of n call signs. For each of q fragments heard over the radio, print how many registered call signs begin with it.';
  const CONSTRAINTS = [
    '1 <= n, q <= 2 * 10^5',
    'The total length of all call signs and fragments does not exceed 10^6.',
    'All strings consist of lowercase English letters.',
  ];

  it('leads with the prefix tree and counts each letter once', () => {
    const panel = panelOf(STATEMENT, CONSTRAINTS);
    expect(panel.top).toBe('trie');
    expect(panel.target).toBe('O(n)');
  });

  it('quotes the relation and says what the tree stores', () => {
    const trie = analyse(STATEMENT, CONSTRAINTS).patterns.find((pattern) => pattern.id === 'trie');
    expect(trie?.reason).toMatch(/begin with.*prefix tree stores each shared beginning once/);
  });

  it('hints in what each question wants, naming no technique first', () => {
    const [first, second, third] = analyse(STATEMENT, CONSTRAINTS).hints.map((hint) => hint.text);
    expect(first).not.toMatch(/\b(?:trie|prefix tree)\b/i);
    expect(second).toMatch(/how many words pass through it/);
    expect(third).toMatch(/O\(n\)/);
    const longest = analyse(
      'A router stores n patterns, strings of lowercase letters. For each of q addresses, print the length of the longest stored pattern that is a prefix of the address.',
      ['1 <= n, q <= 2 * 10^5', 'The total length of all patterns and addresses is at most 10^6.'],
    ).hints.map((hint) => hint.text);
    expect(longest[1]).toMatch(/the last mark passed is the longest/);
  });

  it('walks codes of digits or bits as letters, not as values', () => {
    const panel = panelOf(
      'A router stores n patterns, strings of the characters 0 and 1. For each of q addresses, print the length of the longest stored pattern that is a prefix of the address.',
      ['1 <= n, q <= 2 * 10^5', 'The total length of all patterns and addresses is at most 10^6.'],
    );
    expect(panel.top).toBe('trie');
    expect(panel.target).toBe('O(n)');
  });

  it('leaves a fixed first letter and a shared opening to the string', () => {
    expect(
      panelOf('Chef has n words. Print how many of them start with a vowel.', [
        '1 <= n <= 10^5',
        'The total length of all words is at most 10^6.',
      ]).top,
    ).not.toBe('trie');
    expect(
      panelOf(
        'Given an array of strings strs, return the longest string that every string in strs begins with.',
        ['1 <= strs.length <= 200', '0 <= strs[i].length <= 200'],
      ).top,
    ).toBe('string');
  });
});
