import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { firedTriggers } from '@/lib/coach/problem/knowledge';
import { countShapes } from '@/lib/coach/problem/knowledge/count-methods';
import { codeIn } from '@/lib/coach/problem/library/spoilers';
import { readProblem } from '@/lib/coach/problem/reading';
import { problemContext } from '../../../support/problem-context';

/*
 * Counting words that dress another method, and the count maps they must leave alone: a sorted
 * list's most common value is a run, picks judged by parity or by a few kinds are a formula, the
 * fewest groups bounded by a spread are runs of a sort, at most k different values kept is a
 * greedy over the counts, and an exact partner in sorted values is two pointers; beside each, the
 * genuine map (an unsorted mode, an exact partner unsorted, a value met again, different values
 * counted, words keyed by their letters). Each test writes its own statement.
 */
const context = (statement: string, constraints: string[]) =>
  problemContext({ title: 'Example', statement, constraints });
const analyse = (statement: string, constraints: string[]) => analyzeProblem(context(statement, constraints));
const lead = (statement: string, constraints: string[]) => analyse(statement, constraints).patterns[0]?.id;
const scene = (statement: string, constraints: string[] = []) =>
  readProblem(context(statement, constraints)).scene;
const fired = (statement: string, constraints: string[] = []) => {
  const reading = readProblem(context(statement, constraints));
  return firedTriggers(reading.title, reading.scene).map(({ trigger }) => trigger);
};
const LIST = ['1 <= n <= 10^5', '1 <= a[i] <= 10^9'];

describe('the most common value', () => {
  it('is the longest run of a list promised in order, scanned with no table', () => {
    const statement =
      'A ranger writes down the lengths of n fish caught in a lake, in non-decreasing order. Report the length seen most often; on a tie report the shortest.';
    const analysis = analyse(statement, [...LIST, 'a[i] <= a[i+1]']);
    expect(analysis.patterns[0]?.id).toBe('sorting');
    expect(analysis.complexityTarget).toBe('O(n)');
    expect(analysis.hints[0]?.text).not.toMatch(/sort|hash|map/i);
    expect(analysis.hints[2]?.text).toMatch(/run/);
  });

  it('is counted in a map when the list comes in no order (near miss)', () => {
    const statement =
      'A ranger writes down the lengths of n fish in the order they were caught. Report the length seen most often; on a tie report the shortest.';
    expect(lead(statement, LIST)).toBe('hash-table');
  });
});

describe('a formula in the counts of a few kinds', () => {
  it('counts picks of two by the parity of their sum or product', () => {
    const statement =
      'Given an array a of n integers, count the pairs of indices (i, j) with i < j such that a[i] + a[j] is odd.';
    const analysis = analyse(statement, LIST);
    expect(analysis.patterns[0]?.id).toBe('math');
    expect(analysis.complexityTarget).toBe('O(n)');
    expect(analysis.hints[0]?.text).not.toMatch(/math|formula|parity/i);
    expect(analysis.hints[1]?.text).toMatch(/even/);
    expect(analysis.hints.map((hint) => codeIn(hint.text))).toEqual([null, null, null]);
  });

  it('counts picks of three by their kinds when the values take a few kinds', () => {
    const statement =
      'A florist has n flowers in a row; flower i has colour c[i], which is 1, 2 or 3. In how many ways can she choose three flowers whose colours are all different?';
    expect(lead(statement, ['3 <= n <= 10^5', '1 <= c[i] <= 3'])).toBe('math');
  });

  it('reads no formula in kinds when the values are many, nor parity over neighbours (near misses)', () => {
    const many = 'Choose three flowers whose colours are all different. Count the number of ways.';
    expect(countShapes.kindPicks(scene(many, ['3 <= n <= 10^5', '1 <= c[i] <= 10^9']))).toBe(false);
    const neighbours = 'Count the number of pairs of adjacent values in the array whose sum is even.';
    expect(countShapes.parityPicks(scene(neighbours, LIST))).toBe(false);
  });

  it('reads the parity of a pick in the words different setters use', () => {
    const picks = fc.constantFrom(
      'pairs of cards',
      'two different tiles',
      'pairs of indices (i, j)',
      'two players',
    );
    const combined = fc.constantFrom('sum', 'total', 'product');
    const parity = fc.constantFrom('even', 'odd');
    const counts = fc.constantFrom('How many', 'Count the number of', 'Find the number of');
    fc.assert(
      fc.property(picks, combined, parity, counts, fc.boolean(), (pick, sum, odd, count, adjacent) => {
        const side = adjacent ? 'adjacent ' : '';
        const statement = `${count} ${side}${pick} have a ${sum} that is ${odd}?`;
        expect(countShapes.parityPicks(scene(statement, LIST))).toBe(!adjacent);
      }),
    );
  });
});

describe('groups and removals decided over sorted counts', () => {
  it('reads the fewest groups whose members differ by at most d as runs of a sort', () => {
    const statement =
      'A coach splits n swimmers into relay squads. In every squad any two swimmers differ by at most d seconds in their best time. Find the minimum number of squads.';
    const analysis = analyse(statement, ['1 <= n <= 2 * 10^5', '0 <= d <= 10^9', '1 <= t[i] <= 10^9']);
    expect(analysis.patterns[0]?.id).toBe('sorting');
    expect(analysis.patterns.slice(0, 3).map((p) => p.id)).toContain('greedy');
    expect(analysis.patterns.map((p) => p.id)).not.toContain('heap-priority-queue');
    expect(analysis.complexityTarget).toBe('O(n log n)');
    expect(analysis.hints[2]?.text).toMatch(/swimmer/);
  });

  it('keeps the largest groups when at most k different values may remain', () => {
    const statement =
      'A baker has n cakes and cake i has flavour f[i]. Remove as few cakes as possible so that at most k different flavours remain in the window display. Print the number of cakes removed.';
    const analysis = analyse(statement, ['1 <= k <= n <= 10^5', '1 <= f[i] <= 10^9']);
    expect(analysis.patterns[0]?.id).toBe('greedy');
    expect(analysis.patterns.slice(0, 3).map((p) => p.id)).toEqual(
      expect.arrayContaining(['hash-table', 'sorting']),
    );
    expect(analysis.hints[1]?.text).toMatch(/largest groups/);
  });

  it('leaves a longest run with at most k different letters to its window (near miss)', () => {
    const statement =
      'Given a string s, return the length of the longest substring that contains at most k different letters.';
    expect(lead(statement, ['1 <= s.length <= 10^5', '1 <= k <= 26'])).toBe('sliding-window');
  });

  it('spends no budget of moves on a bound of a difference or of how many different values stay', () => {
    const heap = (statement: string) =>
      fired(statement, LIST).some((trigger) => trigger.technique === 'heap-priority-queue');
    expect(
      heap('Any two members of a team differ by at most d points. Find the smallest number of teams.'),
    ).toBe(false);
    expect(heap('Keep at most k different colours. Find the minimum number of balls to throw away.')).toBe(
      false,
    );
    expect(
      heap('You may apply at most k operations, each halving one pile. Find the minimum total left.'),
    ).toBe(true);
  });
});

describe('an exact partner, sorted or not', () => {
  it('walks two pointers over values promised in order', () => {
    const statement =
      'The prices satisfy p_1 <= p_2 <= ... <= p_n. How many pairs (i, j) with 1 <= i < j <= n satisfy p_i + p_j = s?';
    expect(lead(statement, ['2 <= n <= 2 * 10^5', '1 <= p_i <= 10^9'])).toBe('two-pointers');
  });

  it('looks the partner up in a map when the values come in no order (near miss)', () => {
    const statement =
      'The prices of n gifts are p_1, p_2, ..., p_n, in no particular order. How many pairs (i, j) with 1 <= i < j <= n satisfy p_i + p_j = s?';
    expect(lead(statement, ['2 <= n <= 2 * 10^5', '1 <= p_i <= 10^9'])).toBe('hash-table');
    const worded =
      'Find two different runners whose ages add up to exactly t. The ages are given in no particular order.';
    expect(lead(worded, LIST)).toBe('hash-table');
  });
});

describe('genuine count maps in setters’ words', () => {
  it('looks up a value met a second time, and counts the different values held', () => {
    expect(
      lead(
        'Cars pass a toll gate one after another. Return the first plate number that is seen a second time, or -1.',
        LIST,
      ),
    ).toBe('hash-table');
    expect(
      lead('A librarian scans n books. Print how many different authors appear among the books.', LIST),
    ).toBe('hash-table');
  });

  it('counts no set for values that could be made rather than held (near miss)', () => {
    const statement =
      'You have n weights. Print the number of distinct totals that can be made by putting some of the weights on a scale.';
    expect(
      fired(statement, ['1 <= n <= 100', '1 <= w[i] <= 1000']).some(
        (trigger) => trigger.technique === 'hash-table' && trigger.why.includes('size of a set'),
      ),
    ).toBe(false);
  });

  it('keys words by their letters when one can be turned into another by rearranging them', () => {
    const statement =
      'A club keeps n passwords of lowercase letters. Two passwords clash if one can be turned into the other by rearranging its letters. Print the number of passwords in the largest set of clashing passwords.';
    expect(lead(statement, ['1 <= n <= 10^5', 'the total length of the passwords is at most 10^6'])).toBe(
      'hash-table',
    );
  });
});
