import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { readGuarantees } from '@/lib/coach/problem/promises';
import { readScene } from '@/lib/coach/problem/scene';

/**
 * Promises a statement makes in words, however it words them (issue 10 §2): each test writes
 * statements of its own in that shape and a near-miss that keeps today's reading.
 */
const bodyOf = (statement: string, constraints: string[]) =>
  `${statement}\n${constraints.join('\n')}`.toLowerCase();

function promised(statement: string, constraints: string[] = []) {
  return readGuarantees(parseConstraints(constraints, statement), bodyOf(statement, constraints));
}

function ordered(statement: string) {
  const constraints = ['1 <= n <= 10^5'];
  const facts = parseConstraints(constraints, statement);
  return readScene(facts, bodyOf(statement, constraints), ['array'], new Set()).ordered;
}

describe('a promise and a demand on the solver in one sentence', () => {
  it('keeps the promise', () => {
    for (const statement of [
      'You are given k lists of meetings. Each list is sorted by start, and you must merge them into one.',
      'The array is sorted in non-decreasing order, and you need to answer every query quickly.',
      'The readings arrive sorted by time, but you have to report them grouped by sensor.',
    ])
      expect(promised(statement, ['1 <= k <= 10^4']), statement).toContain('sorted');
  });

  it('but an order demanded of the answer or of the input is still no promise', () => {
    for (const statement of [
      'Merge the lists into one; the result must be sorted by start.',
      'The lists must be sorted by start before you merge them.',
    ])
      expect(promised(statement), statement).not.toContain('sorted');
  });

  it('does not rule sorting out, unless the must is about keeping the original order', () => {
    expect(ordered('Each list is sorted by start, and you must merge them into one.')).toBe(false);
    expect(ordered('You must merge the meetings that overlap and return the result.')).toBe(false);
    expect(ordered('You must keep the songs in their original order and drop the fewest.')).toBe(true);
    expect(ordered('The items must stay in the order they were given.')).toBe(true);
  });
});
