import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { panelOf } from '../../../support/statement';

/*
 * Marks laid over stretches before one read are a difference array, O(n + q), with its own ladder;
 * marks and questions interleaved stay a tree over the positions. Values from a small range among
 * many more items are counted per value, O(n): pairs within a gap, a rank among them, the letters
 * of a text put in order. Values up to 10^9 keep their sort, one stretch changed once is one pass.
 */

describe('stretches marked before one read', () => {
  it('count the crews a letter k names as the marks, and lead with marks at the two ends', () => {
    const crews = panelOf(
      'An avenue has n houses numbered 1 to n. The city hired k painting crews. The i-th crew works on the houses from l_i to r_i inclusive and puts c_i coats of paint on each of them. When every crew has gone home, the inspector writes down how many coats each house received.\n\nInput: the first line contains n and k (1 <= n, k <= 2 * 10^5). Each of the next k lines contains three integers l_i, r_i, c_i (1 <= l_i <= r_i <= n, 1 <= c_i <= 10^9).',
      [],
    );
    expect(crews.top).toBe('prefix-sum');
    expect(crews.target).toBe('O(n + q)');
    expect(crews.limit).toBe('O((n + q) log n)');
    // Level 1 names no technique; level 2 marks the ends, not totals over any range.
    expect(crews.hints[0]).not.toMatch(/prefix|running|difference/i);
    expect(crews.hints[1]).toMatch(/two ends/);
    expect(crews.hints[1]).not.toMatch(/one subtraction/);
  });

  it('count Q boats as the marks where the input format writes their rows down to L_Q R_Q', () => {
    const lanterns = panelOf(
      'There are N lanterns along a canal, all unlit. Boats pass by Q times. When the j-th boat passes, its crew switches every lantern from L_j to R_j. After all the boats have passed, print which lanterns are lit.\n\nInput\n\nN Q\nL_1 R_1\n\\vdots\nL_Q R_Q',
      ['1 <= N <= 2 * 10^5', '1 <= Q <= 2 * 10^5', '1 <= L_j <= R_j <= N'],
    );
    expect(lanterns.top).toBe('prefix-sum');
    expect(lanterns.target).toBe('O(n + q)');
  });

  it('read ends walked from one to the other as a stretch, not as an edge', () => {
    const shelves = panelOf(
      'A warehouse has n shelves in a row; shelf i is at height h_i. During the night m adjustments are made: an adjustment raises every shelf from a to b by x centimetres. Report the height of every shelf in the morning.\n\nThe first line has n and m. The second line has h_1, h_2, ..., h_n. Then there are m lines, each with a, b and x.',
      ['1 <= n, m <= 2 * 10^5', '1 <= h_i, x <= 10^9', '1 <= a <= b <= n'],
    );
    expect(shelves.top).toBe('prefix-sum');
    expect(shelves.ids).not.toContain('graph');
    expect(shelves.target).toBe('O(n + q)');
  });

  it('count the points of a line of coordinates an array holds beside the spans', () => {
    const ridge = panelOf(
      'A ridge has a marker at every whole kilometre. There are n hikers, and the i-th hiker walked from marker a_i to marker b_i. Find the marker that the largest number of hikers passed.',
      ['1 <= n <= 2 * 10^5', '1 <= a_i <= b_i <= 10^6'],
    );
    expect(ridge.top).toBe('prefix-sum');
    expect(ridge.ids).toContain('line-sweep');
    expect(ridge.target).toBe('O(n + m)');
    const wide = panelOf(
      'There are n hikers, and the i-th hiker walked from marker a_i to marker b_i. Find the marker that the largest number of hikers passed.',
      ['1 <= n <= 2 * 10^5', '1 <= a_i <= b_i <= 10^9'],
    );
    expect(wide.top).not.toBe('prefix-sum');
    expect(wide.target).toBe('O(n log n)');
  });

  it('keep a tree over the positions when questions come between the additions', () => {
    const tides = panelOf(
      'A pier has n posts; post i starts with water level a_i. Then q events happen one after another: "1 l r x" raises the level at every post from l to r by x, and "2 i" asks for the current level at post i. Answer every question.\n\nThe first line contains n and q (1 <= n, q <= 2 * 10^5). Each of the next q lines describes an event (1 <= l <= r <= n, -10^9 <= x <= 10^9, 1 <= i <= n).',
      [],
    );
    expect(tides.top).toBe('segment-tree');
    expect(tides.target).toBe('O((n + q) log n)');
  });

  it('read one stretch changed once as one pass, with the amount no count of anything', () => {
    const bonus = panelOf(
      'A shop has n cashiers in a line; cashier i earns s[i] coins a week. This week every cashier from position l to position r gets x extra coins. Print the total the shop pays.\n\nThe first line contains n. The second line contains s[i]. The third line contains l, r and x.',
      ['1 <= n <= 10^5', '1 <= s[i] <= 10^4', '1 <= l <= r <= n', '1 <= x <= 10^4'],
    );
    expect(bonus.top).not.toBe('prefix-sum');
    expect(bonus.target).toBe('O(n)');
  });
});

describe('values from a small range', () => {
  it('count pairs within a gap per value when the values are few and the items many', () => {
    const ages = panelOf(
      'N people came to a reunion; the i-th person is A_i years old. Two people get along if their ages differ by at most D. Find the number of pairs (i, j) with i < j who get along.',
      ['2 <= N <= 10^6', '1 <= A_i <= 100', '0 <= D <= 100'],
    );
    expect(ages.top).toBe('hash-table');
    expect(ages.target).toBe('O(n)');
    expect(ages.hints[0]).not.toMatch(/hash|count per value|array indexed/i);
    expect(ages.hints[1]).toMatch(/indexed by the value/);
  });

  it('sort values up to 10^9 before the pointers walk them', () => {
    const prices = panelOf(
      'Given prices and an integer d, two items are a close pair if their prices differ by at most d. Return the number of pairs of indices (i, j) with i < j that are close pairs.',
      ['2 <= prices.length <= 10^5', '1 <= prices[i] <= 10^9', '0 <= d <= 10^9'],
    );
    expect(prices.ids).toContain('sorting');
    expect(prices.ids).not.toContain('hash-table');
    expect(prices.target).toBe('O(n log n)');
  });

  it('read a rank among few values from the counts, not from a heap or a sort', () => {
    const ratings = panelOf(
      'An app store collected n reviews, each a rating from 1 to 5 stars. If the ratings were written in non-decreasing order, which rating would be in position k?',
      ['1 <= k <= n <= 10^6', '1 <= rating[i] <= 5'],
    );
    expect(ratings.top).toBe('hash-table');
    expect(ratings.ids).not.toContain('heap-priority-queue');
    expect(ratings.target).toBe('O(n)');
    const marks = panelOf('Given marks of n students and k, return the k-th smallest mark.', [
      '1 <= k <= n <= 10^5',
      '0 <= marks[i] <= 10^9',
    ]);
    expect(marks.top).not.toBe('hash-table');
  });

  it('put the letters of a text in order by counting them', () => {
    const letters = panelOf(
      'Given a string s of lowercase English letters, return the string formed by the same letters arranged in alphabetical order.',
      ['1 <= s.length <= 10^6', 's consists of lowercase English letters only.'],
    );
    expect(letters.target).toBe('O(n)');
  });
});

describe('bounds chained after a comma', () => {
  // Read as one chain, "n, 1" would take the smaller bound of the two, and c_i would be bounded by n.
  it('open a new bound at a number after a comma, whatever the names', () => {
    const names = ['l', 'r', 'n', 'c'];
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (amount, exponent, low) => {
          const label = `${amount}_i`;
          const facts = parseConstraints(
            [`1 <= n <= 10^${exponent}`, `1 <= l_i <= r_i <= n, ${low} <= ${label} <= 10^${exponent - 1}`],
            '',
          );
          const n = facts.variables.find((v) => v.names.includes('n'));
          expect(n?.upper).toBe(10 ** exponent);
          if (amount !== 'l' && amount !== 'r' && amount !== 'n') {
            const carried = facts.variables.find((v) => v.names.includes(label));
            expect(carried?.upper).toBe(10 ** (exponent - 1));
            expect(carried?.boundedBy).toBeUndefined();
          }
        },
      ),
    );
  });
});
