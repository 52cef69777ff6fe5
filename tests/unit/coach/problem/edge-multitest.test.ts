import { describe, expect, it } from 'vitest';
import { listedEdgeCases } from '../../../support/statement';

/*
 * Clearing state between test cases is advice for a method that keeps some; a formula keeps none,
 * and what it precomputes (a sieve, factorials) serves every test. Statements written for these tests.
 */
const RESET = 'Many test cases: reset every table and counter between them';
const statement =
  'The first line contains t, the number of test cases. Each test case holds two integers n and k. For each test case, print how many integers from 1 to n are multiples of k but not of k + 1.';
const SIZES = ['1 <= t <= 10^4', '1 <= n, k <= 10^9'];

describe('resetting state between test cases', () => {
  it('is a case for a method that keeps tables or counters', () => {
    expect(listedEdgeCases(statement, SIZES, ['number'], ['hash-table'])).toContain(RESET);
    expect(listedEdgeCases(statement, SIZES, ['number'], ['dynamic-programming'])).toContain(RESET);
  });

  it('is no case for a formula', () => {
    expect(listedEdgeCases(statement, SIZES, ['number'], ['math'])).not.toContain(RESET);
  });
});
