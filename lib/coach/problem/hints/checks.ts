import type { ConstraintFacts } from '../constraints';
import { valueFloors } from '../edge-cases';
import { mayOverflow } from '../overflow';

/**
 * What a generic ladder's checklist may name: zero and negative values only where the bounds allow
 * them, overflow only where the largest sum or product the bounds allow passes 2^31. The same
 * reading filters the edge cases (edge-cases.ts), so a hint never asks to check what the page rules
 * out ("1 <= X <= 100" has no zero, no negative and no overflow to mind).
 */
export interface Checks {
  zeros: boolean;
  negatives: boolean;
  overflow: boolean;
  /** The statement divides or takes remainders, so a formula minds them. */
  remainders: boolean;
}

/** Where nothing is known, every case stays on the list. */
const EVERY_CASE: Checks = { zeros: true, negatives: true, overflow: true, remainders: true };
const DIVIDES = /\bmod(?:ulo)?\b|\bremainders?\b|\bdivisib|\bdivid|\bquotient|%/;

export function checksFor(facts: ConstraintFacts, body: string): Checks {
  return {
    ...valueFloors(facts),
    overflow: mayOverflow(facts, 'sum-or-product', body),
    remainders: DIVIDES.test(body),
  };
}

/** What a formula must mind: overflow where the bounds allow it, remainders where the page divides. */
function careFor({ overflow, remainders }: Checks): string {
  if (overflow && remainders) return 'with care for overflow and remainders';
  if (overflow) return 'with care for overflow';
  return remainders ? 'with care for remainders' : 'checking it on the examples';
}

/**
 * A ladder's checklist slots filled for the page: `{small cases}` the smallest inputs worth trying,
 * `{in range}` the closing clause on intermediate results, `{care}` what to mind in a formula.
 */
export function withChecks(text: string, checks: Checks = EVERY_CASE): string {
  const small = checks.negatives
    ? 'the smallest inputs, zero and negative values'
    : checks.zeros
      ? 'the smallest inputs and zero'
      : 'the smallest inputs';
  return text
    .replaceAll('{small cases}', small)
    .replaceAll('{in range}', checks.overflow ? ', and keep intermediate results within range' : '')
    .replaceAll('{care}', careFor(checks));
}
