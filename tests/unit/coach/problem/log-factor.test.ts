import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { readGreedyChoice } from '@/lib/coach/problem/greedy-choices';
import { aidingTechniques } from '@/lib/coach/problem/log-factor';
import { readGuarantees } from '@/lib/coach/problem/promises';
import { statedTime } from '@/lib/coach/problem/stated';
import type { TechniqueGuess } from '@/lib/coach/problem/types';
import { problemContext } from '../../../support/problem-context';

/*
 * Whether the expected solution carries a log factor, read from the page's structure: a heap that
 * hands out the best item left (the two smallest joined) or a slot (unit jobs that pay by a due time), spans
 * that already arrive in the order a sort would give, values too few to be worth comparing, and a
 * DP over positions beside a sort nothing on the page asks for. Each test writes its own statement.
 */
const analyse = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ title: 'Example', statement, constraints }));
const read = (statement: string) => readGreedyChoice(statement.toLowerCase());

describe('a heap that hands out the best item left', () => {
  it('joins the two smallest when any two may be joined at the cost of their sum', () => {
    const analysis = analyse(
      'A jeweller has n silver wires of lengths w[i]. Welding two wires into one costs the sum of their lengths, and the new wire can be welded again. Find the least total cost of welding all the wires into a single wire.',
      ['1 <= n <= 10^5', '1 <= w[i] <= 10^4'],
    );
    expect(analysis.patterns[0]?.id).toBe('heap-priority-queue');
    expect(analysis.complexityTarget).toBe('O(n log n)');
    expect(analysis.hints[0]?.text).toMatch(/wires/);
    expect(analysis.hints[0]?.text).not.toMatch(/heap/i);
    expect(analysis.hints[2]?.text).toMatch(/min-heap/);
  });

  it('leaves joins of neighbours only to the interval DP (near miss)', () => {
    expect(
      read(
        'Piles of sand lie in a row. Joining two neighbouring piles into one costs the sum of their weights. Find the least total cost of joining all the piles into one pile.',
      ),
    ).toBeNull();
  });

  it('places unit jobs told as a whole day each, one per day, by pay into the latest free slot', () => {
    const statement =
      'A tutor is offered n lessons. Each lesson takes the whole of one day, and only one lesson can be given per day. Lesson i pays p_i if it is finished by the end of day d_i. Find the largest total pay.';
    const analysis = analyse(statement, ['1 <= n <= 10^5', '1 <= d_i <= 10^5', '1 <= p_i <= 10^9']);
    expect(analysis.patterns[0]?.id).toBe('greedy');
    expect(analysis.complexityTarget).toBe('O(n log n)');
    expect(analysis.hints.map((hint) => hint.text).join(' ')).toMatch(/latest slot still free/);
  });

  it('leaves jobs of lengths of their own with pay to another reading (near miss)', () => {
    const analysis = analyse(
      'A tutor is offered n lessons. Lesson i takes t_i hours and pays p_i if it is finished by hour d_i. Find the largest total pay.',
      ['1 <= n <= 10^5', '1 <= t_i, d_i <= 10^5', '1 <= p_i <= 10^9'],
    );
    expect(analysis.hints.map((hint) => hint.text).join(' ')).not.toMatch(/latest slot still free/);
  });

  it('reads the join in the words different setters use', () => {
    const nouns = fc.constantFrom('ropes', 'cables', 'chains', 'logs', 'files', 'bars');
    const verbs = fc.constantFrom('Joining', 'Merging', 'Splicing', 'Combining', 'Gluing', 'Connecting');
    const costs = fc.constantFrom(
      'costs the sum of their lengths',
      'takes a + b minutes for lengths a and b',
      'needs as much effort as the sum of their sizes',
    );
    const ends = fc.constantFrom(
      'until a single one remains',
      'until only one is left',
      'all of them into one',
    );
    fc.assert(
      fc.property(nouns, verbs, costs, ends, fc.boolean(), (noun, verb, cost, end, neighbours) => {
        const which = neighbours ? 'two adjacent' : 'two';
        const statement = `There are n ${noun}. ${verb} ${which} ${noun} into one ${cost}. Keep going ${end}. Find the minimum total cost.`;
        expect(read(statement)?.shape === 'merge').toBe(!neighbours);
      }),
    );
  });
});

describe('spans and values that need no sort', () => {
  const SPANS = ['1 <= n <= 10^5', '0 <= s_i <= e_i <= 10^9'];

  it('merges spans handed over by their start in one pass', () => {
    const sorted = analyse(
      'The bookings come listed by their start times, earliest first. Combine every group of bookings [s_i, e_i] that overlap into one and return the combined bookings.',
      SPANS,
    );
    expect(sorted.complexityTarget).toBe('O(n)');
    const unsorted = analyse(
      'The bookings come in no particular order. Combine every group of bookings [s_i, e_i] that overlap into one and return the combined bookings.',
      SPANS,
    );
    expect(unsorted.complexityTarget).toBe('O(n log n)');
  });

  it('reads an order promised by which end comes first, or by a line-up given in that order', () => {
    const promised = (statement: string) =>
      readGuarantees(parseConstraints(['1 <= n <= 10^5'], statement), statement.toLowerCase());
    expect(promised('The parcels are listed by their weights, lightest first.').has('sorted')).toBe(true);
    expect(
      promised(
        'Chef lines up n runners from the slowest to the fastest: their times are given in that order.',
      ).has('sorted'),
    ).toBe(true);
    expect(promised('The parcels are listed in no particular order.').has('sorted')).toBe(false);
  });

  it('counts values far fewer than the items instead of sorting them, and sorts large ones', () => {
    const statement = 'A factory weighs n bolts, w_i grams each. Print the weights in non-decreasing order.';
    expect(analyse(statement, ['1 <= n <= 10^6', '1 <= w_i <= 50']).complexityTarget).toBe('O(n)');
    expect(analyse(statement, ['1 <= n <= 10^6', '1 <= w_i <= 10^9']).complexityTarget).toBe('O(n log n)');
  });

  it('takes a linear bound demanded in words as the bar', () => {
    expect(
      statedTime('you must write an algorithm that runs in linear time and uses linear extra space.'),
    ).toBe('O(n)');
    expect(statedTime('return the largest gap between neighbours once sorted.')).toBeNull();
  });
});

describe('a sort beside a DP', () => {
  const guess = (id: TechniqueGuess['id'], statement: number): TechniqueGuess => ({
    id,
    confidence: 0.5,
    reason: '',
    grounds: { statement, title: 0, tagged: false, modelFirst: false, stated: false, bounds: false },
  });

  it('sets no floor when only the wording as a whole suggests it and the items are positions', () => {
    const echoed = [guess('dynamic-programming', 2), guess('sorting', 0)];
    expect(aidingTechniques(echoed)).toEqual(['dynamic-programming']);
  });

  it('keeps the sort over spans (paid gigs ordered by end) and a sort the statement names', () => {
    expect(aidingTechniques([guess('dynamic-programming', 2), guess('sorting', 0)], true)).toEqual([
      'dynamic-programming',
      'sorting',
    ]);
    expect(aidingTechniques([guess('dynamic-programming', 2), guess('sorting', 1)])).toEqual([
      'dynamic-programming',
      'sorting',
    ]);
  });
});
