import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readingsOfDigits } from '@/lib/coach/problem/knowledge/sequence-tables';
import { analyse, panelOf } from '../../../support/statement';

/**
 * Tables over a sequence or a small total (knowledge/sequence-tables.ts), read from how the
 * statement is built. Statements written for these tests (none is a labelled page), each beside a
 * near miss that reads alike and is solved another way.
 */
const TWO_STRINGS = ['1 <= |S|, |T| <= 3000', 'S and T consist of lowercase English letters.'];
const TWO_WORDS = ['1 <= |a|, |b| <= 10^5', 'a and b consist of lowercase English letters.'];

describe('edits that turn one sequence into the other', () => {
  it('letters put in anywhere, taken out or rewritten: a table over both prefixes', () => {
    const panel = panelOf(
      'A printer holds a ribbon of stamps S and must produce the ribbon T. In one step it can glue a new stamp in at any place, peel one stamp off, or reprint one stamp. Find the fewest steps that turn S into exactly T.',
      TWO_STRINGS,
    );
    expect(panel.top).toBe('dynamic-programming');
    expect(panel.ids).toContain('string');
    expect(panel.target).toBe('O(n * m)');
    expect(panel.hints.join(' ')).toMatch(/prefix/);
    expect(panel.hints[0]).not.toMatch(/dynamic programming|table/i);
  });

  it('counts the edits in the unit the story names ("the fewest passes")', () => {
    const panel = panelOf(
      'A printer changes a label one character at a time: it can add a character anywhere, erase a character, or overwrite a character with another. Each such step costs one pass. Find the fewest passes needed to turn the old label a into the new label b.',
      TWO_WORDS.map((line) => line.replace('10^5', '5000')),
    );
    expect(panel.top).toBe('dynamic-programming');
    expect(panel.target).toBe('O(n * m)');
  });

  it('letters struck from either side until the two are equal: the common part kept', () => {
    const panel = panelOf(
      'Two scribes copied the same line as strings a and b. In one step you may delete one character from either string. Return the fewest steps after which the two strings are equal.',
      ['1 <= |a|, |b| <= 1000', 'a and b consist of lowercase English letters.'],
    );
    expect(panel.top).toBe('dynamic-programming');
    expect(panel.target).toBe('O(n * m)');
  });

  it('leaves letters erased to make anagrams to a count of each letter', () => {
    const panel = panelOf(
      'You are given two words a and b. In one step you may erase one letter from either word. Return the fewest steps after which the two words are anagrams of each other.',
      TWO_WORDS,
    );
    expect(panel.top).not.toBe('dynamic-programming');
    expect(panel.ids).toContain('hash-table');
  });
});

describe('codes written without separators, the readings counted', () => {
  it('a digit string of one- and two-digit codes: one count per prefix', () => {
    const panel = panelOf(
      'A keypad sends the letter A as 1, B as 2, up to Z as 26. A log holds the codes of one word written one after another without separators, as a string s. Return the number of different words the log can stand for.',
      ['1 <= s.length <= 10^5', 's contains only digits.'],
    );
    expect(panel.top).toBe('dynamic-programming');
    expect(panel.target).toBe('O(n)');
    expect(panel.hints.join(' ')).toMatch(/one digit or two/);
  });

  it('needs the codes run together: counting the distinct digits of a string is no table', () => {
    expect(
      readingsOfDigits('a string s of digits is given. return the number of different digits in s.'),
    ).toBe(false);
  });

  it('holds for any wording of the count, the separators and the digits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('how many different words', 'the number of distinct messages', 'in how many ways'),
        fc.constantFrom('without separators', 'with no spaces', 'one after another', 'without any gaps'),
        fc.constantFrom(
          's contains only digits.',
          's is a string of n digits.',
          's consists of digits only.',
        ),
        (count, joined, digits) =>
          readingsOfDigits(`the codes are written ${joined}. ${digits} find ${count} s can be read as.`),
      ),
    );
  });
});

describe('pieces used again and again to make an exact total', () => {
  const PIECES = ['1 <= n <= 100', '1 <= x <= 10^4', '1 <= w_i <= 10^4'];

  it('the fewest pieces, with the total a dimension of the table', () => {
    const panel = panelOf(
      'A jeweller has gold wire pieces of n lengths w_1, ..., w_n and as many pieces of each length as she likes. Find the smallest number of pieces whose lengths add up to exactly x, or -1 if none do.',
      PIECES,
    );
    expect(panel.top).toBe('dynamic-programming');
    expect(panel.target).toBe('O(n * k)');
    expect(panel.hints.join(' ')).not.toMatch(/none can be used twice|at most once/);
  });

  it('leaves a total reached at least, by the unit, to the cheapest first', () => {
    const panel = panelOf(
      'A trader may buy any fraction of each of n sacks of grain; sack i holds w_i kilograms at price p_i. Find the cheapest way to buy exactly x kilograms.',
      ['1 <= n <= 10^5', '1 <= x, w_i, p_i <= 10^9'],
    );
    expect(panel.top).not.toBe('dynamic-programming');
  });
});

describe('items handed whole to one of two sides, their totals compared', () => {
  it('small values: a table of the totals one side can reach', () => {
    const panel = panelOf(
      'Two brothers inherit n paintings; painting i is worth a_i. Each painting goes whole to one of them. Can they share the paintings so that both get exactly the same total worth?',
      ['1 <= n <= 100', '1 <= a_i <= 100'],
    );
    expect(panel.top).toBe('dynamic-programming');
    expect(panel.target).toBe('O(n * k)');
    expect(panel.hints.join(' ')).toMatch(/half/);
  });

  it('values of 10^9 beside twenty items: no table of totals', () => {
    const panel = panelOf(
      'Two brothers inherit n paintings; painting i is worth a_i. Each painting goes whole to one of them. Find the smallest possible difference between the total worths they get.',
      ['1 <= n <= 20', '1 <= a_i <= 10^9'],
    );
    expect(panel.target).not.toBe('O(n * k)');
    expect(panel.top).not.toBe('dynamic-programming');
  });
});

describe('items with their own weight and worth under a capacity too large for a table', () => {
  it('runs the table over the total worth when the worths are small', () => {
    const panel = panelOf(
      'There are n items; item i weighs w_i and is worth v_i. A cart carries a total weight of at most W. Find the largest possible total worth of the items taken, each item taken whole or left.',
      ['1 <= n <= 100', '1 <= W <= 10^9', '1 <= w_i <= W', '1 <= v_i <= 1000'],
    );
    expect(panel.top).toBe('dynamic-programming');
    expect(panel.limit).toBe('O(n * k)');
  });

  it('keeps the capacity as the table when it is small', () => {
    const panel = panelOf(
      'There are n items; item i weighs w_i and is worth v_i. A cart carries a total weight of at most W. Find the largest possible total worth of the items taken, each item taken whole or left.',
      ['1 <= n <= 100', '1 <= W <= 10^5', '1 <= w_i <= W', '1 <= v_i <= 10^9'],
    );
    expect(panel.target).toBe('O(n * k)');
    expect(panel.reason ?? '').not.toMatch(/sum of v_i/);
  });
});

describe('a string cut into pieces from a list', () => {
  const CODES = ['1 <= |s| <= 2000', '1 <= w <= 1000', '1 <= |code| <= 20'];

  it('is a table over the prefixes, each piece looked up', () => {
    const panel = panelOf(
      'Every parcel carries a label s written without separators. A valid label is made by writing some of the approved codes one after another. Given s and the w approved codes, decide whether s can be cut into pieces that are all approved codes.',
      CODES,
    );
    expect(panel.top).toBe('dynamic-programming');
    expect(panel.ids).toContain('hash-table');
  });

  it('leaves words already separated by spaces to a look-up', () => {
    const analysis = analyse(
      'A sentence s has words separated by single spaces. Split it into words and count how many of them are in the given dictionary of w words.',
      CODES,
    );
    const reasons = analysis.patterns.map((pattern) => pattern.reason).join(' ');
    expect(reasons).not.toMatch(/a prefix can be cut/);
  });
});

describe('the longest run two sequences share in order, with others between', () => {
  it('is a common subsequence even when the word is never said', () => {
    const panel = panelOf(
      'Two cooks wrote their recipes as strings a and b, one letter per step. Find the length of the longest list of steps that both recipes perform in the same order, though each recipe may do other steps in between.',
      ['1 <= |a|, |b| <= 1000', 'a and b consist of lowercase English letters.'],
    );
    expect(panel.top).toBe('dynamic-programming');
    expect(panel.target).toBe('O(n * m)');
  });

  it('is no subsequence when the shared run must be unbroken', () => {
    const panel = panelOf(
      'Two cooks wrote their recipes as strings a and b. Find the longest list of steps that both recipes perform in the same order with nothing in between.',
      ['1 <= |a|, |b| <= 1000', 'a and b consist of lowercase English letters.'],
    );
    expect(panel.hints.join(' ')).not.toMatch(/subsequence/);
  });
});
