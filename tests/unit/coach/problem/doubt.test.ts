import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { noGrounds } from '@/lib/coach/problem/certainty';
import { alternatives, doubtAbout, hedgedReason, hedgedRungs } from '@/lib/coach/problem/doubt';
import type { Grounds, TechniqueGuess, TechniqueId } from '@/lib/coach/problem/types';
import { problemContext } from '../../../support/problem-context';

const guess = (
  id: TechniqueId,
  confidence: number,
  grounds: Partial<Grounds> = {},
  baseRateOnly = false,
): TechniqueGuess => ({
  id,
  confidence,
  reason: '',
  grounds: { ...noGrounds(), ...grounds },
  ...(baseRateOnly ? { baseRateOnly: true as const } : {}),
});

describe('the other methods a page points at when the panel is not sure', () => {
  it('names runners-up with reasons of their own, not families, helpers or base rates', () => {
    const patterns = [
      guess('depth-first-search', 0.7, { title: 1 }),
      guess('graph', 0.69, { bounds: true }),
      guess('union-find', 0.55, { statement: 1 }),
      // Brought along by the leader's own phrase: a step of the same solution, not another way.
      guess('hash-table', 0.4),
      guess('dynamic-programming', 0.2, { modelFirst: true }, true),
      guess('breadth-first-search', 0.3, { tagged: true }),
    ];
    expect(alternatives(patterns)).toEqual(['union-find', 'breadth-first-search']);
  });
});

describe('why the panel is not sure, in words', () => {
  it('says when only the title names the leader, and which other methods the statement points at', () => {
    const doubt = doubtAbout(
      [
        guess('depth-first-search', 0.72, { title: 1, modelFirst: true }),
        guess('union-find', 0.58, { statement: 1 }),
      ],
      false,
    );
    expect(doubt).toBe(
      "Not sure: only the title's words point at depth first search, not the statement's. The statement also points at union find. Check each against the first example and the limits before you commit to one.",
    );
  });

  it('names no runner-up the model alone reads at less than half the leader', () => {
    const formula = doubtAbout(
      [guess('math', 0.61, { bounds: true }), guess('dynamic-programming', 0.11, { modelFirst: true })],
      false,
    );
    expect(formula).not.toMatch(/also points at/);
    expect(formula).toMatch(/Check it against the first example/);
    // Near misses: the model's runner-up close to the leader, and a weak one the statement names.
    const close = doubtAbout(
      [guess('queue', 0.53, { statement: 1 }), guess('hash-table', 0.3, { modelFirst: true })],
      false,
    );
    expect(close).toMatch(/The statement also points at hash table\./);
    const phrased = doubtAbout(
      [guess('greedy', 0.7, { statement: 1, modelFirst: true }), guess('sorting', 0.2, { statement: 1 })],
      false,
    );
    expect(phrased).toMatch(/The statement also points at sorting\./);
  });

  it('says when one phrase is all there is', () => {
    expect(doubtAbout([guess('greedy', 0.6, { statement: 1 })], false)).toBe(
      'Not sure: one phrase points at greedy and nothing else on the page confirms it. Check it against the first example and the limits before you commit to it.',
    );
  });

  it('says a family describes the input, and that a close runner-up is close', () => {
    expect(doubtAbout([guess('matrix', 0.9, { statement: 2 })], false)).toContain(
      'matrix describes the input, not a way to solve it',
    );
    // The close runner-up is named once, and the margin is taken past the family the leader implies.
    expect(
      doubtAbout(
        [
          guess('union-find', 0.6, { statement: 2 }),
          guess('graph', 0.65),
          guess('sorting', 0.55, { statement: 1 }),
        ],
        false,
      ),
    ).toBe(
      'Not sure: union find is barely ahead of sorting. Check each against the first example and the limits before you commit to one.',
    );
  });

  it('says when the limits overrule the leader, and when nothing on the page points at it', () => {
    expect(doubtAbout([guess('string', 0.6), guess('sorting', 0.1)], false)).toContain('describes the input');
    expect(doubtAbout([guess('two-pointers', 0.7, { statement: 2 })], true)).toContain(
      'the limits set a different bar than two pointers would reach',
    );
    expect(doubtAbout([guess('hash-table', 0.2, {}, true)], false)).toContain(
      'nothing on this page points at hash table',
    );
  });

  it('names the next commonest method beside a leader that is only common, and never a family', () => {
    expect(
      doubtAbout(
        [
          guess('hash-table', 0.14, {}, true),
          guess('string', 0.12, {}, true),
          guess('dynamic-programming', 0.1, {}, true),
        ],
        false,
      ),
    ).toBe(
      'Not sure: nothing on this page points at a method; hash table and dynamic programming are only the commonest among problems like it. Check each against the first example and the limits before you commit to one.',
    );
    // A faint guess the page does point at is not "only common": its doubt stays its own.
    expect(doubtAbout([guess('greedy', 0.05, { statement: 1 }), guess('sorting', 0.04)], false)).toContain(
      'nothing on this page points at greedy; it is only common',
    );
  });

  it('has nothing to say about a page with no guesses', () => {
    expect(doubtAbout([], false)).toBeNull();
  });
});

describe('hints and a target that say which candidate they assume', () => {
  it('marks the approach as likely and names the other method in the outline, leaving the nudge alone', () => {
    const rungs = hedgedRungs(
      ['Which pairs matter?', 'Sort the items first.', 'Sort, then scan once.'],
      'sorting',
      ['greedy', 'two-pointers'],
    );
    expect(rungs).toEqual([
      'Which pairs matter?',
      'Likely, though not certain, sorting: sort the items first.',
      'Sort, then scan once. If the first example does not work out this way, try greedy or two pointers.',
    ]);
  });

  it('keeps an acronym that opens the approach in capitals', () => {
    const [, approach] = hedgedRungs(
      ['Nudge?', 'DP over subsets: a table.', 'Outline.'],
      'dynamic-programming',
      [],
    );
    expect(approach).toBe('Likely, though not certain, dynamic programming: DP over subsets: a table.');
  });

  it("prefixes the target's reason with the method it is the figure of", () => {
    expect(hedgedReason('The standard solution runs in O(n): one pass.', 'sliding-window')).toBe(
      'If the method is sliding window (likely, not certain), the standard solution runs in O(n): one pass.',
    );
  });

  it('on a page only its title points at, hedges the ladder and the target and explains the doubt', () => {
    const analysis = analyzeProblem(
      problemContext({
        title: 'Next Taller Tower',
        statement:
          'Towers stand in a row with heights h_1, ..., h_n. For each tower, report how many towers to its right you pass before reaching one that is taller, or 0 if there is none.',
        constraints: ['1 <= n <= 10^5', '1 <= h_i <= 10^9'],
      }),
    );
    expect(analysis.patterns[0]?.id).toBe('monotonic-stack');
    expect(analysis.techniqueSure).toBe(false);
    expect(analysis.techniqueDoubt).toMatch(/^Not sure: only the title's words point at monotonic stack/);
    expect(analysis.hints[1]?.text).toMatch(/^Likely, though not certain, monotonic stack: /);
    expect(analysis.complexityReason).toMatch(/^If the method is monotonic stack \(likely, not certain\)/);
  });

  it('on a page two reasons point at, states the method plainly', () => {
    const analysis = analyzeProblem(
      problemContext({
        title: 'Calm Stretch',
        statement:
          'Given an array of integers, return the length of the longest subarray whose largest and smallest values differ by at most limit.',
        constraints: ['1 <= nums.length <= 10^5', '0 <= limit <= 10^9'],
        tags: ['Sliding Window'],
      }),
    );
    expect(analysis.techniqueSure).toBe(true);
    expect(analysis.techniqueDoubt).toBeUndefined();
    expect(analysis.hints[1]?.text).not.toMatch(/not certain/);
    expect(analysis.complexityReason).not.toMatch(/not certain/);
  });
});

describe('a page where nothing points at any method', () => {
  it('still lists the commonest methods, says they are only that, and never lists none', () => {
    // A report the statement never describes: no phrase, tag or bound points at anything.
    const page = problemContext({
      statement:
        'A festival has N stalls; stall i sells A_i lanterns and B_i kites. Print the festival report the mayor asked for.',
      constraints: ['1 <= N <= 2 * 10^5', '1 <= A_i, B_i <= 10^9'],
    });
    const analysis = analyzeProblem(page);
    expect(analysis.patterns.length).toBeGreaterThan(0);
    expect(analysis.patterns.every((p) => p.baseRateOnly)).toBe(true);
    expect(analysis.techniqueDoubt).toMatch(/nothing on this page points at a method/);
  });

  it('lists at least one method for any statement, however little it says', () => {
    const words = fc.constantFrom(
      'the',
      'days',
      'notice',
      'closed',
      'runs',
      'print',
      'each',
      'of',
      'and',
      'a',
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 30 }), (soup) => {
        const page = problemContext({ statement: `${soup.join(' ')}.`, constraints: ['1 <= N <= 10^5'] });
        return analyzeProblem(page).patterns.length > 0;
      }),
      { numRuns: 40 },
    );
  });
});
