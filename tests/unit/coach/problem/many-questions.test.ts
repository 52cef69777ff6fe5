import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asksComparedValue } from '@/lib/coach/problem/query-kinds';
import { panelOf } from '../../../support/statement';

/*
 * Many questions over one list: the lines that each name a span of the list's positions count
 * questions (q), whatever the page calls them; questions that compare a value of their own with an
 * unchanging list point at a sort and a halving search; one span asked once is one pass.
 */

describe('lines that each name a span of the list', () => {
  it('count questions, not a second input, whatever the page calls them', () => {
    const requests = panelOf(
      'A rain gauge collected a_i millimetres on day i, for n days. Farmers send m requests; each names two days l and r and asks for the total rain from day l to day r. The readings never change.',
      ['1 <= n, m <= 2 * 10^5', '0 <= a_i <= 10^9', '1 <= l <= r <= n'],
    );
    expect(requests.top).toBe('prefix-sum');
    expect(requests.target).toBe('O(n + q)');
    expect(requests.limit).toBe('O((n + q) log n)');
    const strokes = panelOf(
      'A fence has N boards. A painter makes M strokes; stroke i puts one layer on every board from L_i to R_i. When the painter has finished all the strokes, report how many layers each board carries.',
      ['1 <= N <= 10^6', '1 <= M <= 10^6', '1 <= L_i <= R_i <= N'],
    );
    expect(strokes.target).toBe('O(n + q)');
  });

  it('leave two lists read side by side as two inputs when nothing spans one of them', () => {
    const merged = panelOf(
      'You are given two sorted lists a of n values and b of m values. Print the values of both lists in one sorted list.',
      ['1 <= n, m <= 2 * 10^5', '1 <= a_i, b_j <= 10^9'],
    );
    expect(merged.target).toBe('O(n + m)');
  });
});

describe('questions that compare a value with the whole list', () => {
  it('lead with a sorted list searched by halving', () => {
    const budgets = panelOf(
      'An electronics shop lists n gadgets; gadget i costs price[i]. Then q questions follow: question j gives a budget budget[j]. For every question, find how many of the listed gadgets cost at most that budget.',
      ['1 <= n, q <= 10^5', '1 <= price[i], budget[j] <= 10^9'],
    );
    expect(budgets.top).toBe('binary-search');
    expect(budgets.ids).toContain('sorting');
    expect(budgets.target).toBe('O((n + q) log n)');
    // The ladder sorts the list and searches once per question; it never halves a range of answers.
    expect(budgets.hints[0]).not.toMatch(/\b(?:sort|binary|halving)\b/i);
    expect(budgets.hints[1]).toMatch(/\bsort the gadgets once\b/i);
    expect(budgets.hints.join(' ')).not.toMatch(/range of possible answers/);
    const boxes = panelOf(
      'A station keeps N kinds of boxes; kind i has size S_i. Then Q queries follow; query j gives a parcel of size P_j. For each query, print the size of the smallest box kind whose size is at least P_j, or -1 if no box is large enough.',
      ['1 <= N, Q <= 10^5', '1 <= S_i, P_j <= 10^9'],
    );
    expect(boxes.top).toBe('binary-search');
  });

  it('stay a lookup when each question asks for an exact match', () => {
    const codes = panelOf(
      'A party has a guest list of n invitation codes c_1, ..., c_n. Then q queries follow, and the j-th gives a code d_j. For each query, print YES if the code is on the list and NO otherwise.',
      ['1 <= n, q <= 2 * 10^5', '1 <= c_i, d_j <= 10^9'],
    );
    expect(codes.top).not.toBe('binary-search');
    expect(codes.target).toBe('O(n + q)');
  });

  it('are read in the sentence that asks them, not in a printing rule or a pointer to the editor', () => {
    expect(
      asksComparedValue('for each shopper, print how many stalls sell at a price of at most their budget.'),
    ).toBe(true);
    expect(asksComparedValue('print the size of the smallest box kind whose size >= p_j, or -1.')).toBe(true);
    expect(
      asksComparedValue('for each question print the answer with at least 6 digits after the point.'),
    ).toBe(false);
    expect(
      asksComparedValue('complete the fewest function in the editor below. it returns the number of belts.'),
    ).toBe(false);
    expect(asksComparedValue('how many generations lie between the founder and v_j?')).toBe(false);
  });

  it('never reads a comparison from words that hold none, whatever surrounds them', () => {
    const word = fc
      .stringMatching(/^[a-z]{1,8}$/)
      .filter((w) => !/^(?:than|below|above|least|most|exceed\w*)$/.test(w));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), (words) => {
        expect(asksComparedValue(`how many ${words.join(' ')}.`)).toBe(false);
      }),
    );
  });
});

describe('one span asked once', () => {
  it('is one pass over it, not running totals', () => {
    const once = panelOf(
      'You are given an array rain, where rain[i] is the rain on day i, and two integers left and right. Return the difference between the wettest and the driest day from day left to day right, both included.',
      ['1 <= rain.length <= 10^5', '0 <= rain[i] <= 10^4', '0 <= left <= right < rain.length'],
    );
    expect(once.top).not.toBe('prefix-sum');
    expect(once.target).toBe('O(n)');
  });
});
