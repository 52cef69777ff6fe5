import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { canonical, listedWorths } from '@/lib/coach/problem/coin-systems';
import { readGreedyChoice } from '@/lib/coach/problem/greedy-choices';
import { statementOn } from '../../../support/problem-context';

/** The reading over a statement, lower-cased as the scene's body is. */
const shapeOf = (statement: string) => readGreedyChoice(statement.toLowerCase())?.shape ?? null;
const analysed = (statement: string, constraints = ['1 <= n <= 2 * 10^5']) =>
  analyzeProblem(statementOn('codeforces', statement, constraints), null);
const top = (statement: string, constraints?: string[]) =>
  analysed(statement, constraints)
    .patterns.slice(0, 3)
    .map((p) => p.id);

const KILN =
  'A studio has one kiln and n pots. Pot i must stay in the kiln for t_i minutes, and the kiln holds one pot at a time. The pots may be fired in any order. Find the smallest possible sum of the minutes at which the pots come out.';
const FINES =
  'A mechanic repairs n machines one at a time. Machine i needs t_i days of work, and its owner charges w_i coins for every day until it is repaired. Choose the order of repairs so that the total charged is as small as possible.';
const CAKES =
  'An oven bakes n cakes one at a time, in any order. Cake i takes b_i minutes and is promised for minute d_i. Find the smallest possible value of the largest lateness over all cakes.';

describe('an order of every item served one at a time, settled by swapping neighbours', () => {
  it('reads the key from the quantities each item carries', () => {
    expect(shapeOf(KILN)).toBe('quickest');
    expect(shapeOf(FINES)).toBe('ratio');
    expect(shapeOf(CAKES)).toBe('due');
  });

  it('a target minus the finishing time is still the finishing times alone: shortest first', () => {
    expect(
      shapeOf(
        'A workshop completes n orders one after another. Order i takes a_i time units and has a target time d_i; finishing it at time f earns d_i - f. Every order must be completed. Find the largest total earning.',
      ),
    ).toBe('quickest');
  });

  it('leads with greedy and its sort, at O(n log n), and coaches the swap before the order', () => {
    const analysis = analysed(FINES, ['1 <= n <= 2 * 10^5', '1 <= t_i, w_i <= 10^4']);
    expect(analysis.patterns.slice(0, 2).map((p) => p.id)).toEqual(['greedy', 'sorting']);
    expect(analysis.complexityTarget).toBe('O(n log n)');
    const [first, second] = analysis.hints.map((h) => h.text);
    expect(first).toContain('two neighbours');
    expect(first).not.toMatch(/greedy|sort|exchange|ratio/i);
    expect(second).toContain('days of work per coin charged');
  });

  it('reads the key whichever way a setter tells the server, the lengths, the charges and the question', () => {
    const server = fc.constantFrom(
      'The workshop handles them one at a time.',
      'They are done one after another.',
      'A single machine processes the jobs.',
      'Only one job can be worked on at a time.',
    );
    const length = fc.constantFrom(
      'Job i takes t_i days.',
      'Job i needs t_i hours of work.',
      'Job i has a processing time t_i.',
      'Job i lasts for t_i minutes.',
    );
    const rate = fc.constantFrom(
      { text: 'Its client charges c_i coins for every day until it is done.', shape: 'ratio' },
      { text: 'For each day of delay the shop pays a fine of c_i rupees.', shape: 'ratio' },
      { text: 'It has a weight c_i.', shape: 'ratio' },
      { text: '', shape: 'quickest' },
    );
    const question = fc.constantFrom(
      'Find the minimum total cost.',
      'The sum over all jobs of their completion times, weighted as told, should be minimized.',
      'Print the smallest possible total.',
    );
    fc.assert(
      fc.property(server, length, rate, question, (s, l, r, q) => {
        expect(shapeOf(`There are n jobs. ${l} ${r.text} ${s} ${q}`)).toBe(r.shape);
      }),
    );
  });

  it('leaves items chosen or left, and items with starts of their own, to other readings (near misses)', () => {
    expect(
      shapeOf(
        'A tutor teaches one student at a time, in any order. Student i needs t_i hours and pays p_i only if finished by d_i. Find the largest total pay.',
      ),
    ).not.toBe('ratio');
    expect(
      shapeOf(
        'Shift i starts at hour s_i and takes t_i hours; you work one shift at a time, in any order. Find the smallest total of finishing hours.',
      ),
    ).toBeNull();
  });
});

describe('coin systems the statement lists', () => {
  it('reads the largest first where the listed system allows it, and a DP where it does not', () => {
    const euro =
      'A machine pays change in coins worth 1, 2, 5, 10, 20, 50, 100 and 200 cents. For each amount a_i, find the fewest coins that pay it.';
    expect(shapeOf(euro)).toBe('canonical');
    expect(top(euro)[0]).toBe('greedy');
    const odd =
      'A post office sells stamps worth 1, 3 and 4 yen. Find the fewest stamps worth exactly x yen.';
    expect(shapeOf(odd)).toBeNull();
    expect(top(odd, ['1 <= x <= 10^4'])[0]).toBe('dynamic-programming');
  });

  it('reads the worths written out, with or without units', () => {
    expect(listedWorths('coins worth 1 cent, 5 cents, 10 cents and 25 cents')).toEqual([1, 5, 10, 25]);
    expect(listedWorths('stamps of 1, 3 and 4 yen')).toEqual([1, 3, 4]);
    expect(listedWorths('two coins, 3 and 4')).toBeNull();
  });

  it('calls a system canonical exactly when largest-first is never beaten (checked by brute force)', () => {
    const fewest = (worths: number[], amount: number) => {
      const best = [0];
      for (let a = 1; a <= amount; a++)
        best[a] = Math.min(...worths.filter((w) => w <= a).map((w) => (best[a - w] ?? 0) + 1));
      return best[amount] ?? 0;
    };
    const largestFirst = (worths: number[], amount: number) => {
      let left = amount;
      let count = 0;
      for (const w of [...worths].reverse()) {
        count += Math.floor(left / w);
        left %= w;
      }
      return count;
    };
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 2, max: 40 }), { minLength: 1, maxLength: 4 }), (rest) => {
        const worths = [1, ...rest].sort((a, b) => a - b);
        const beaten = Array.from({ length: 200 }, (_, a) => a + 1).some(
          (a) => largestFirst(worths, a) !== fewest(worths, a),
        );
        expect(canonical(worths)).toBe(!beaten);
      }),
      { numRuns: 150 },
    );
  });
});

describe('vetoes beside the greedy family', () => {
  it('reads goods of their own weight and worth taken whole under one capacity as a knapsack, not a heap', () => {
    const rucksack =
      'A hiker can carry at most w kilograms. Piece i of gear weighs wt[i] kilograms and is worth val[i] points. Each piece is packed whole or left behind. Find the largest total worth the hiker can pack.';
    const reading = top(rucksack, ['1 <= n <= 100', '1 <= w <= 10^5']);
    expect(reading[0]).toBe('dynamic-programming');
    expect(reading).not.toContain('heap-priority-queue');
  });

  it('keeps the input order where the answer depends on it: no sort for a run of days', () => {
    expect(
      top(
        'The price on day i is a_i. Find the length of the longest block of consecutive days on which the price rises every day.',
      ),
    ).not.toContain('sorting');
  });
});
