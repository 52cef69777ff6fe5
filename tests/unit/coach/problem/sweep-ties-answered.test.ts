import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { edgeCases } from '@/lib/coach/problem/edge-cases';
import type { TechniqueId } from '@/lib/coach/problem/types';
import { bodyOf } from '../../../support/statement';

/*
 * A sweep sorts the ends of spans, and its only equal keys are a start and an end at one point: a
 * statement that says whether a span holds its end has answered which goes first. Statements
 * written for these tests.
 */
const EQUAL_KEYS = 'Equal values or equal keys: does their relative order matter to the answer?';

const listed = (statement: string, techniques: TechniqueId[]) => {
  const sizes = ['1 <= n <= 2 * 10^5', '0 <= l_i < r_i <= 10^9'];
  return edgeCases({
    kinds: ['intervals'],
    facts: parseConstraints(sizes, statement),
    body: bodyOf(statement, sizes),
    guarantees: new Set(),
    techniques,
    sure: false,
  });
};

describe('equal sort keys on a sweep over spans', () => {
  it.each([
    'Lamp i is lit during [l_i, r_i). Find the total time during which at least k lamps are lit.',
    'Guard i watches the gate from hour l_i to hour r_i, both ends included. Find the total time watched by at least two guards.',
  ])('are no open question where the page settles the ends: %s', (statement) => {
    expect(listed(statement, ['line-sweep', 'sorting'])).not.toContain(EQUAL_KEYS);
  });

  it('stay a question where the page is silent on the ends, or where sorting leads', () => {
    expect(
      listed('Lamp i is lit from l_i to r_i. Find the total time during which at least k lamps are lit.', [
        'line-sweep',
        'sorting',
      ]),
    ).toContain(EQUAL_KEYS);
    expect(
      listed('Lamp i is lit during [l_i, r_i). Sort the lamps and find the largest group lit together.', [
        'sorting',
        'line-sweep',
      ]),
    ).toContain(EQUAL_KEYS);
  });
});
