import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { nextComparison, withComparison } from '@/lib/coach/problem/hints/comparisons';
import { problemContext } from '../../../support/problem-context';

describe('which way a next-greater question compares', () => {
  it('reads the statement’s comparative after the item it asks for', () => {
    expect(
      nextComparison(
        'how many places to your right stands the first teammate who is strictly taller than you?',
      ),
    ).toEqual({ word: 'taller', side: 'greater' });
    expect(nextComparison('for each day, find the next day with a cheaper ticket.')).toEqual({
      word: 'cheaper',
      side: 'smaller',
    });
  });

  it('reads nothing where the page asks both ways, looks back, or names no comparison', () => {
    // Near misses: both sides asked, the nearest one to the left, a previous one, no comparative.
    expect(
      nextComparison('find the next greater and the next smaller element of each value.'),
    ).toBeUndefined();
    expect(nextComparison('for each mast, find the nearest higher mast to its left.')).toBeUndefined();
    expect(nextComparison('for each crate, the previous lighter crate.')).toBeUndefined();
    expect(
      nextComparison('find the closest position j < i whose value is strictly smaller.'),
    ).toBeUndefined();
    // A comparative that needs its noun is said by its side.
    expect(nextComparison('how many days until the next day with more rain?')).toEqual({
      word: 'greater',
      side: 'greater',
    });
    expect(nextComparison('for each reading, print how many readings follow it.')).toBeUndefined();
  });

  it('fills the stack’s order and what a pop finds, and hedges only where unread', () => {
    const slots = 'a stack in {stack order} order; its next {next} one';
    expect(withComparison(slots, { word: 'taller', side: 'greater' })).toBe(
      'a stack in decreasing order; its next taller one',
    );
    expect(withComparison(slots, { word: 'cheaper', side: 'smaller' })).toBe(
      'a stack in increasing order; its next cheaper one',
    );
    expect(withComparison(slots, undefined)).toBe(
      'a stack in increasing (or decreasing) order; its next greater (or smaller) one',
    );
  });

  it('puts the page’s comparison in the monotonic stack ladder', () => {
    const analysis = analyzeProblem(
      problemContext({
        statement:
          'The n members of a club stand in one line, the i-th of them h_i centimetres tall. For every member, how many places to the right stands the first member who is strictly taller? Print 0 if nobody to the right is taller.',
        constraints: ['1 <= n <= 2 * 10^5', '1 <= h_i <= 10^9'],
      }),
    );
    expect(analysis.patterns[0]?.id).toBe('monotonic-stack');
    const ladder = analysis.hints.map((hint) => hint.text).join('\n');
    expect(ladder).toMatch(/in decreasing order/);
    expect(ladder).toMatch(/its next taller one/);
    expect(ladder).not.toMatch(/\(or smaller\)|\(or decreasing\)/);
  });

  it('never reads a side where the question names two opposite comparatives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('taller', 'larger', 'warmer', 'higher'),
        fc.constantFrom('shorter', 'smaller', 'colder', 'lower'),
        (up, down) =>
          nextComparison(`find the next ${up} and the first ${down} value after each one.`) === undefined,
      ),
    );
  });
});
