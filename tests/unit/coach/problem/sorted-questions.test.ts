import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asksComparedValue, valuesFitATable } from '@/lib/coach/problem/query-kinds';
import { analyse, panelOf } from '../../../support/statement';

/*
 * Questions over an unchanging list, each answered by its place in the sorted order, in the ways
 * setters word them: the comparison and the question in two sentences, a comparative with its noun
 * between, a band of values, the rank a value would take. Near misses keep their own readings.
 */

const SIZES = ['1 <= n, q <= 2 * 10^5'];

describe('a question compared with the list in other words', () => {
  it('reads a rule in one sentence and the count asked per line in the next', () => {
    const rides = panelOf(
      'n children came to the fair; child i is h_i centimetres tall. Each of the q rides has a height limit: only children no taller than x_j centimetres may ride the j-th one. For each ride, find how many of the children may ride it.\nInput: the first line contains n and q. The second line contains n integers h_1, ..., h_n. Each of the next q lines contains one integer x_j.\nOutput: print q lines, the number of children allowed on each ride.',
      [...SIZES, '1 <= h_i, x_j <= 10^9'],
    );
    expect(rides.top).toBe('binary-search');
    expect(rides.target).toBe('O((n + q) log n)');
  });

  it('reads the comparison written out between an element and the question value', () => {
    const budgets = panelOf(
      'A bazaar has n stalls and stall i sells its item for p_i coins. q shoppers arrive; shopper j has a budget of b_j coins and asks how many stalls sell an item they could afford, that is, with p_i <= b_j. Answer every shopper.',
      [...SIZES, '1 <= p_i, b_j <= 10^9'],
    );
    expect(budgets.top).toBe('binary-search');
    expect(budgets.ids).toContain('sorting');
  });

  it('reads the rank a value would take among the list', () => {
    const ranks = panelOf(
      'A board holds n scores. Given q possible scores x, print for each x the rank that x would get if it were added to the board; equal scores share a rank. The board does not change between questions.\nInput: the first line contains n. The second line contains the n scores. The third line contains q, the number of questions. Each of the next q lines contains one integer x.\nOutput: for each question, print the rank x would get, one per line.',
      [...SIZES, '0 <= score[i] <= 10^9', '0 <= x <= 10^9'],
    );
    expect(ranks.top).toBe('binary-search');
    expect(ranks.target).toBe('O((n + q) log n)');
  });

  it('reads a comparative with its noun between and a band of values', () => {
    expect(
      asksComparedValue('its place is one more than the number of teams with strictly more points than x_j.'),
    ).toBe(true);
    expect(
      asksComparedValue('for every band, count the readings whose value lies between low_i and high_i.'),
    ).toBe(true);
  });
});

describe('near misses keep their own reading', () => {
  it('counts per value where the values are no wider than the list is long', () => {
    const grades = panelOf(
      'A teacher has the grades of n students; every grade is a whole number from 0 to 100. Then q marks m are read out, and for each the teacher wants to know how many students scored at most m. The grades do not change between the marks.\nInput: the first line contains n and q. The second line contains the n grades. Each of the next q lines contains one mark m.\nOutput: print q lines, the count for each mark.',
      ['1 <= n, q <= 10^6', '0 <= g[i] <= 100', '0 <= m <= 100'],
    );
    expect(grades.top).toBe('prefix-sum');
    expect(grades.target).toBe('O(n + q)');
    // The ladder counts per value; it never speaks of totals over stretches of positions.
    expect(grades.hints[2]).toMatch(/each count to the one before/);
    expect(grades.hints.join(' ')).not.toMatch(/range total|stretch/);
    expect(valuesFitATable(100, 10 ** 6)).toBe(true);
    expect(valuesFitATable(10 ** 9, 2 * 10 ** 5)).toBe(false);
  });

  it('looks up a value asked for presence in a set, not by a search', () => {
    const drawer = panelOf(
      'A drawer holds n tickets with numbers x_1, ..., x_n, all different. Then q numbers are called out. For each called number, tell whether a ticket with exactly that number is in the drawer.\nInput: the first line contains n and q. The second line contains x_1, ..., x_n. Then there are q lines, each with one called number c.\nOutput: for each called number, print YES or NO.',
      [...SIZES, '1 <= x_i, c <= 10^9'],
    );
    expect(drawer.top).not.toBe('binary-search');
    expect(drawer.target).toBe('O(n + q)');
  });

  it('reads a promise of different values closing the sentence that lists them', () => {
    const gate = analyse(
      'The register lists the roll numbers of n students in arr[], all different. At the gate, q students show their roll numbers in queries[]. For each student, return true if the roll number appears in the register.',
      ['1 <= n, q <= 10^5', '1 <= arr[i], queries[i] <= 10^9'],
    );
    expect(gate.edgeCases.join(' ')).not.toMatch(/all values equal/i);
  });

  it('leaves a rule with no question per line and no letter of its own alone', () => {
    expect(asksComparedValue('how many generations lie between the founder and v_j?')).toBe(false);
    expect(
      asksComparedValue(
        'only riders no taller than the average may ride. print the total height of the riders.',
      ),
    ).toBe(false);
  });

  it('never reads a comparison from words that hold none, whatever surrounds them', () => {
    const word = fc
      .stringMatching(/^[a-z]{1,8}$/)
      .filter((w) => !/^(?:than|below|above|least|most|exceed\w*|between|rank|place|position)$/.test(w));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.array(word, { maxLength: 12 }), (first, second) => {
        expect(asksComparedValue(`${first.join(' ')}. for each ${second.join(' ')} how many.`)).toBe(false);
      }),
    );
  });
});
