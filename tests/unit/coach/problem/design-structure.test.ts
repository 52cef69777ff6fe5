import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/**
 * In a design problem the structure that makes the calls fast comes first and `design` follows
 * (knowledge/structures.ts, technique-order.ts). Statements written for these tests, beside the
 * near misses the rule must leave alone.
 */
const analyse = (statement: string) =>
  analyzeProblem(
    problemContext({
      title: 'Example',
      statement,
      constraints: ['1 <= id, t <= 10^9', 'At most 10^5 calls will be made in total.'],
    }),
  );
const top = (statement: string) =>
  analyse(statement)
    .patterns.map((p) => p.id)
    .slice(0, 2);

describe('a class whose calls hand back the extreme of what it holds', () => {
  it('names the priority queue first and the class after it', () => {
    expect(
      top(
        'Implement the DockRoster class. DockRoster() starts empty. void arrive(int ship, int tonnage) adds a waiting ship. int unload() removes the waiting ship with the largest tonnage and returns its id, the smaller id among ties.',
      ),
    ).toEqual(['heap-priority-queue', 'design']);
  });

  it('leaves an extreme bounded by a given value to a lookup, not a heap (near miss)', () => {
    expect(
      top(
        'Implement the PriceLog class. void record(int t, int price) stores a price at time t. int at(int t) returns the price recorded at the largest time that is at most t, or -1.',
      ),
    ).not.toContain('heap-priority-queue');
  });

  it('does not read a heap into a plain function that returns the largest value (near miss)', () => {
    const plain = analyzeProblem(
      problemContext({
        title: 'Example',
        statement: 'Given an array of tonnages, return the largest tonnage.',
        constraints: ['1 <= n <= 10^5'],
      }),
    );
    expect(plain.patterns.map((p) => p.id)).not.toContain('heap-priority-queue');
  });
});
