import { describe, expect, it } from 'vitest';
import { listedEdgeCases } from '../../../support/statement';

/*
 * The bounds' extremes said once: where a formula's lines name the smallest values (where it
 * breaks down) and the largest (where it overflows), the bare line for one number repeats them.
 * Statements written for these tests.
 */
const BARE = 'The smallest and the largest allowed value';

describe('the extremes of one number', () => {
  it('are not repeated beside the formula lines that give them a reason', () => {
    const cases = listedEdgeCases(
      'Every two of the N lockers trade keys: lockers i and j (i < j) trade i * j keys. Print the total number of keys traded modulo 1000000007.',
      ['1 <= N <= 10^18'],
      ['number'],
      ['math'],
    );
    expect(cases.some((line) => /^The smallest allowed values/.test(line))).toBe(true);
    expect(cases.some((line) => /^The largest allowed values|past 2\^31|overflow/.test(line))).toBe(true);
    expect(cases).not.toContain(BARE);
  });

  it('stay listed where nothing else names them', () => {
    const cases = listedEdgeCases(
      'Given a number N, find the fewest steps that bring it to 1, where a step subtracts one of its digits.',
      ['1 <= N <= 10^6'],
      ['number'],
      ['dynamic-programming'],
    );
    expect(cases).toContain(BARE);
  });
});
