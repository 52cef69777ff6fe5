import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { endsOf, readCoverage } from '@/lib/coach/problem/coverage';
import { coverageLadder } from '@/lib/coach/problem/hints/coverage';
import { normalizeMath } from '@/lib/coach/problem/normalize';
import { listedEdgeCases } from '../../../support/statement';

/*
 * A tie the page itself rules on is no open question: spans whose points are listed up to one
 * before their end are half-open. Statements written for these tests.
 */
const TOUCHING = 'An end and a start at the same point: touching or overlapping?';

describe('spans listed up to one before their end', () => {
  it.each([
    'Storm i covered the hours start[i], start[i] + 1, ..., end[i] - 1.',
    'Crew j paints the metres l_j, l_j + 1, …, r_j - 1 of the road.',
    'Booking i holds the hall during [s_i, e_i).',
  ])('are half-open: %s', (statement) => {
    expect(endsOf(statement.toLowerCase())).toBe('half-open');
  });

  it.each([
    'The stations are numbered 0, 1, ..., n - 1 from west to east.',
    'Storm i covered the hours start[i], start[i] + 1, ..., end[i].',
    'Read the list [a, b] of two numbers.',
  ])('say nothing of the ends: %s', (statement) => {
    expect(endsOf(statement.toLowerCase())).toBeNull();
  });

  it('read for any two names of the ends', () => {
    const name = fc.stringMatching(/^[a-z][a-z]{0,5}$/);
    fc.assert(
      fc.property(name, name, (from, to) => {
        fc.pre(from !== to);
        expect(endsOf(`it covers ${from}, ${from} + 1, ..., ${to} - 1.`)).toBe('half-open');
        expect(endsOf(`it covers 0, 1, ..., ${to} - 1.`)).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it('take the touching question off the page and answer it in the hint', () => {
    const statement =
      'N campers visited a campsite. Camper i stayed the nights A_i, A_i + 1, ..., B_i - 1. For each night, consider the number of campers there. Find the maximum of this number over all nights.';
    const sizes = ['1 <= N <= 2 * 10^5', '1 <= A_i < B_i <= 10^9'];
    const facts = parseConstraints(sizes, statement);
    const coverage = readCoverage(
      normalizeMath([statement, ...sizes].join('\n')).toLowerCase(),
      facts,
      false,
      2e5,
    );
    expect(coverage?.ends).toBe('half-open');
    const hints = coverage ? coverageLadder(coverage, 'O(n log n)').join('\n') : '';
    expect(hints).not.toMatch(/Settle from the statement whether/);
    expect(hints).toMatch(/do not overlap/);
    expect(listedEdgeCases(statement, sizes, ['intervals'], ['line-sweep'])).not.toContain(TOUCHING);
  });
});
