import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAsks } from '@/lib/coach/problem/asks';
import { readCostAsks } from '@/lib/coach/problem/costs';
import { expectedComplexity } from '@/lib/coach/problem/target';
import type { TechniqueGuess } from '@/lib/coach/problem/types';
import { panelOf, shapeOf } from '../../../support/statement';

// A count whose items are each one place of the main sequence: it marks, it adds no dimension.
const MARKED_PLACES =
  'Count the permutations p_1, ..., p_N of 1 to N such that for each of the K given positions a_1, a_2, ..., a_K the permutation rises right after it, and falls after every other position. Print the count modulo 10^9+7.';
const MARKED_BOUNDS = ['2 <= N <= 3000', '1 <= K <= 3000', '1 <= a_i <= N - 1'];
const BROKEN_STAIRS =
  'A staircase has N stairs. Chef climbs 1 or 2 stairs at a time. K of the stairs are broken: stairs b_1, b_2, ..., b_K, and he never steps on one. In how many ways can he reach stair N? Print it modulo 10^9+7.';
const STAIR_BOUNDS = ['1 <= N <= 10^5', '1 <= K <= 10^5', '1 <= b_i <= N'];
// Near misses: positions asked about one by one are questions; values of their own are a second list.
const ASKED_PLACES =
  'There are n shelves; shelf i holds x_i books. You are asked q questions: question j gives a position k_j, and asks how many books stand on the first k_j shelves. Print the answer to each question.';
const ASKED_BOUNDS = ['1 <= n <= 2 * 10^5', '1 <= q <= 2 * 10^5', '1 <= x_i <= 10^9', '1 <= k_j <= n'];
const FORBIDDEN_VALUES =
  'Given n numbers a_1, ..., a_n and k forbidden numbers b_1, b_2, ..., b_k, find the longest run of consecutive numbers with no forbidden one.';
const FORBIDDEN_BOUNDS = ['1 <= n <= 10^5', '1 <= k <= 10^5', '1 <= a_i, b_i <= 10^9'];

describe('a count of places in the main sequence is no second size', () => {
  it('reads marked positions as part of the one sequence, its figure in n alone', () => {
    expect(shapeOf(MARKED_PLACES, MARKED_BOUNDS, 'dynamic-programming')).toMatchObject({
      kind: 'one',
      n: { bound: 3000 },
    });
    expect(shapeOf(BROKEN_STAIRS, STAIR_BOUNDS, 'dynamic-programming')).toMatchObject({ kind: 'one' });
    const stairs = panelOf(BROKEN_STAIRS, STAIR_BOUNDS);
    expect(stairs.target).toBe('O(n)');
    expect(stairs.limit).toBe('O(n log n)');
  });

  it('counts the orders of n items by a table of prefix and rank where the bounds were sized for it', () => {
    const leader: TechniqueGuess = {
      id: 'dynamic-programming',
      confidence: 0.62,
      reason: 'counted by a table',
    };
    const expected = (statement: string) =>
      expectedComplexity({
        techniques: ['dynamic-programming'],
        input: {
          shape: { kind: 'one', n: { letter: 'n', name: 'N', bound: 5000 }, square: false },
          tests: 1,
          numbersOnly: false,
          largestValue: 1e9,
        },
        limit: 'O(n^2)',
        asks: { ...readAsks(statement), ...readCostAsks(statement) },
        guarantees: new Set(),
        sure: true,
        guesses: [leader],
        sizedLimits: true,
        items: true,
      });
    const orders = expected(MARKED_PLACES.toLowerCase());
    expect(orders.target).toBe('O(n^2)');
    expect(orders.reason).toContain('counts orders of the items');
    // A table over a sequence's positions keeps its one pass, bounds or not.
    expect(expected(BROKEN_STAIRS.toLowerCase()).target).toBe('O(n)');
  });

  it('keeps a second term for questions asked one by one, and for a list of values of its own', () => {
    expect(shapeOf(ASKED_PLACES, ASKED_BOUNDS)).toMatchObject({ kind: 'add' });
    expect(panelOf(ASKED_PLACES, ASKED_BOUNDS).target).toMatch(/q/);
    expect(shapeOf(FORBIDDEN_VALUES, FORBIDDEN_BOUNDS)).not.toMatchObject({ kind: 'one' });
  });

  it('reads the marked list whatever its letters are', () => {
    const letters = fc.constantFrom('a', 'b', 'c', 'p', 'x');
    const counts = fc.constantFrom('K', 'M', 'L', 'R');
    fc.assert(
      fc.property(letters, counts, (list, count) => {
        const statement = `A row has N cells. ${count} of them are painted: cells ${list}_1, ${list}_2, ..., ${list}_${count}. Count the ways to walk from cell 1 to cell N in steps of 1 or 2 without landing on a painted cell, modulo 10^9+7.`;
        const shape = shapeOf(statement, ['1 <= N <= 10^5', `1 <= ${count} <= 10^5`, `1 <= ${list}_i <= N`]);
        return shape.kind === 'one';
      }),
      { numRuns: 20 },
    );
  });
});
