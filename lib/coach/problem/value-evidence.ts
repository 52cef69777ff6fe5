import type { TechniqueId } from './types';
import type { ValueWork, ValueWorkKind } from './value-work';

/*
 * What a values-only page's reading (value-work.ts) says about the method: the reason `math`
 * leads, and the evidence for a halving search over the count or for the value's bits.
 */

type Evidence = (id: TechniqueId, weight: number, why: string) => void;

/** What the value is put through, said in the reason `math` gets on a values-only page. */
const MATH_WORK: Readonly<Record<NonNullable<ValueWork['over']> | ValueWorkKind, string>> = {
  closed: 'the answer is a formula in them',
  inverted: 'the answer inverts a formula that grows with the count',
  root: "the answer comes from one value's divisors, which pair up below its square root",
  walk: 'the answer comes from a walk over a value (a gcd, its digits, its halvings)',
  bits: 'the answer is read from the bits of a value',
  digits: 'the answer is read from the digits of a value',
  base: 'the answer is the value written in another base, one digit at a time',
  halvings: 'the answer counts how often a value halves',
  exponent: 'the answer is a power whose exponent is an input, squared and multiplied',
  runs: 'the answer counts the runs of consecutive integers that add up to a value, one per odd divisor',
  periods:
    'the answer counts the moments on any of several periods, the overlaps at their least common multiples',
};

/** Why `math` leads on a values-only page, by what the statement does to the value. */
export function valueMathReason(work: ValueWork | null | undefined): string {
  const what = work ? MATH_WORK[work.over ?? work.kind] : MATH_WORK.closed;
  return `only values are bounded, not the size of an input: ${what}`;
}

/** What the reading says about the method: a halving search over the count, or the value's bits. */
export function valueWorkEvidence(work: ValueWork | null | undefined, add: Evidence): void {
  if (!work) return;
  const quote = work.quote ? ` ("${work.quote.trim()}")` : '';
  if (work.kind === 'inverted')
    add(
      'binary-search',
      3.5,
      `the answer is the largest or smallest integer whose total stays within the given value${quote}: the total only grows with it, so halve the range of answers`,
    );
  else if (work.kind === 'walk' && work.over === 'bits')
    add(
      'bit-manipulation',
      3.5,
      `the answer is read from the bits of the value${quote}: shift them out one at a time`,
    );
  else if (work.kind === 'walk' && work.over === 'halvings')
    add(
      'bit-manipulation',
      2,
      `the value is halved step after step${quote}: the steps are the bits of the value, O(log n) of them`,
    );
}
