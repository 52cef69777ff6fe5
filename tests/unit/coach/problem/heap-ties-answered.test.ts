import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { endsOf, RETAKEN_AT_ONCE } from '@/lib/coach/problem/coverage';
import { edgeCases } from '@/lib/coach/problem/edge-cases';
import type { Guarantee } from '@/lib/coach/problem/guarantees';
import type { InputKind } from '@/lib/coach/problem/types';
import { bodyOf } from '../../../support/statement';

/*
 * A heap's doubt about equal keys is a question only where the page leaves it open: a page whose
 * resource freed at a moment takes the next item at that same moment has ordered an end before a
 * start, and a heap that ranks the values themselves has no equal keys where they are distinct.
 * Statements written for these tests.
 */
const HEAP_TIES = 'Ties between equal keys: which one leaves the heap first, and does it matter?';
const TOUCHING = 'Intervals that only touch at an end point (is [1,2] with [2,3] an overlap?)';

const listed = (statement: string, kinds: InputKind[], sizes: string[], guarantees: Guarantee[] = []) =>
  edgeCases({
    kinds,
    facts: parseConstraints(sizes, statement),
    body: bodyOf(statement, sizes),
    guarantees: new Set(guarantees),
    techniques: ['heap-priority-queue', 'sorting'],
    sure: true,
  });

const SPANS = ['1 <= n <= 10^5', '0 <= start_i < end_i <= 10^6'];
const kilns = (rule: string) =>
  `Each firing jobs[i] = [start_i, end_i] needs a kiln from minute start_i until minute end_i. ${rule} A kiln fires one job at a time. Return the smallest number of kilns needed.`;

describe('a heap of running spans whose page says what a freed resource takes', () => {
  it.each([
    'A kiln emptied at minute t can take a new job that starts at minute t.',
    'A kiln may start a job at the same minute as another job ends.',
  ])('has no open tie or touching doubt: %s', (rule) => {
    const lines = listed(kilns(rule), ['intervals', 'array'], SPANS);
    expect(lines).not.toContain(HEAP_TIES);
    expect(lines).not.toContain(TOUCHING);
    expect(endsOf(bodyOf(kilns(rule), SPANS))).toBe('half-open');
  });

  it('keeps both doubts where the page is silent or forbids the reuse', () => {
    for (const rule of ['', 'A kiln cannot start a job at the same minute as another job ends.']) {
      const lines = listed(kilns(rule), ['intervals', 'array'], SPANS);
      expect(lines).toContain(HEAP_TIES);
    }
    expect(listed(kilns(''), ['intervals', 'array'], SPANS)).toContain(TOUCHING);
  });

  it('reads the reuse in the words setters use, and not a later moment or a refusal', () => {
    const verb = fc.constantFrom('emptied', 'freed', 'released', 'vacated');
    const unit = fc.constantFrom('minute ', 'time ', 'second ', '');
    const modal = fc.constantFrom('can', 'may');
    const name = fc.constantFrom('t', 'x', 'e');
    fc.assert(
      fc.property(verb, unit, modal, name, (v, u, m, x) => {
        const says = (at: string) => `a bay ${v} at ${u}${x} ${m} take a truck arriving at ${u}${at}.`;
        return RETAKEN_AT_ONCE.test(says(x)) && !RETAKEN_AT_ONCE.test(says(`${x} + 1`));
      }),
    );
    expect(RETAKEN_AT_ONCE.test('a bay freed at time t may not take a truck arriving at time t.')).toBe(
      false,
    );
  });
});

describe('a heap ranking the values themselves', () => {
  const SIZES = ['1 <= n <= 10^5', '1 <= arr[i] <= 10^9', '1 <= k <= n'];
  it('has no equal keys where the page promises the values distinct', () => {
    const kth = 'Given an array arr of n distinct integers and k, return the k-th smallest element.';
    expect(listed(kth, ['array'], SIZES, ['distinct'])).not.toContain(HEAP_TIES);
    expect(listed(kth, ['array'], SIZES)).toContain(HEAP_TIES);
  });

  it('keeps the doubt where the heap ranks something else the points do not make distinct', () => {
    const closest =
      'Given n distinct points (x_i, y_i) and k, return the k closest points to the origin by distance.';
    expect(listed(closest, ['array'], SIZES, ['distinct'])).toContain(HEAP_TIES);
  });
});
