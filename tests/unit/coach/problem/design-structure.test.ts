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

describe('a well-known class whose words fire no trigger of their own', () => {
  it('names the structures its hints describe: the smallest number given back is a heap', () => {
    const { patterns, hints } = analyse(
      'Implement the SpotKeeper class. SpotKeeper() starts with no spot taken. int claim() takes the smallest available spot number and returns it. void leave(int spot) gives the spot back.',
    );
    expect(patterns.slice(0, 3).map((p) => p.id)).toEqual(['heap-priority-queue', 'hash-table', 'design']);
    expect(hints.map((h) => h.text).join('\n')).toMatch(/min-heap/);
  });

  it('puts the halving search first for reads of a value as it stood at a moment', () => {
    const { patterns } = analyse(
      'Implement the SettingsLog class. void write(string key, string value, int t) records a value at time t; times only grow. string read(string key, int t) returns the value the key held at time t, or "" if none.',
    );
    expect(patterns[0]?.id).toBe('binary-search');
  });
});
