import type { ValueWork } from '../value-work';
import type { Ladder } from './ladder';

/**
 * Ladders for a page bounded only by values, by how the answer comes from the value
 * (value-work.ts), each naming the page's own value ({value}): a total defined term by term and
 * inverted by halving, the value's bits or digits walked, its halvings counted, its divisors
 * found up to its square root. A closed form keeps the formula ladder of `math`.
 */
export type ValueVariant = 'value-inverted' | 'value-bits' | 'value-digits' | 'value-halvings' | 'value-root';

export const VALUE_LADDERS: Record<ValueVariant, Ladder> = {
  'value-inverted': [
    'The total after k terms has a closed form, and it only grows with k. Which k is the last (or first) one that keeps it within {value}?',
    'Halve the range of k: guess the middle, compute the total by its formula, and keep the half where the answer must lie. A square or cube root in floating point loses precision near 10^18; the halving search is exact.',
    'Write the total after k terms as a formula in k. Search k between 0 and an upper bound at which the total surely passes {value} (about the root of {value}), computing the formula with care for overflow (stop early or use a wider type); keep the last k whose total stays within {value} (or the first that reaches it, as the question asks).',
  ],
  'value-bits': [
    'Write {value} in base two. How would you read that writing one place at a time, from the lowest?',
    'Walk the bits of {value}: test the lowest bit (the value AND 1), then shift right, until nothing is left; {value} has about log2 of its size bits.',
    'Loop while {value} is above zero: look at its lowest bit, update the answer, shift {value} right by one. (Clearing the lowest set bit, the value AND itself minus one, visits only the ones.)',
  ],
  'value-digits': [
    'What does the answer need from each decimal digit of {value}, and how do you get the digits one at a time?',
    'Peel the digits of {value} off the end: {value} mod 10 is the last digit, {value} / 10 drops it; there are about log10 of its size of them.',
    'Loop while {value} is above zero: take {value} mod 10, fold it into the answer, divide {value} by 10. Mind zero, which has one digit, and results that outgrow the input type.',
  ],
  'value-halvings': [
    'Each step roughly halves {value}. How many halvings does it take to get from {value} down to one?',
    'The count of halvings is the number of bits of {value} (less one, rounded up where halves round up): halve in a loop, or read the bit length.',
    'Count steps while the value is above one, replacing it by its half (rounded the way the statement says); or take the bit length of {value} - 1. Check the smallest {value}, where no step is needed.',
  ],
  'value-root': [
    'If d divides {value}, so does {value} / d. How far do you need to try divisors before every pair has shown up?',
    'Try every d whose square is at most {value}: each divisor found brings {value} / d with it, so the loop stops at the square root.',
    'Loop d from 1 (or 2) while d times d is at most {value}; when d divides {value}, record d and {value} / d, counting a square root once. Compare d times d with {value}, not d with a floating square root, to stay exact.',
  ],
};

/** The ladder for a reading, where it has one of its own. */
export function valueVariant(work: ValueWork | null | undefined): ValueVariant | undefined {
  if (!work) return undefined;
  if (work.kind === 'inverted') return 'value-inverted';
  if (work.kind === 'root') return 'value-root';
  if (work.kind === 'walk' && work.over) return `value-${work.over}`;
  return undefined;
}
