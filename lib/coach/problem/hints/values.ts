import type { ValueWork } from '../value-work';
import type { Ladder } from './ladder';

/**
 * Ladders for a page bounded only by values, by how the answer comes from the value
 * (value-work.ts), each naming the page's own value ({value}): a total defined term by term and
 * inverted by halving, the value's bits or digits walked (in ten or another base), its halvings
 * counted, a power squared and multiplied, its divisors found up to its square root, the moments
 * up to it that fall on any, exactly one or none of several periods. A closed
 * form keeps the formula ladder of `math`.
 */
export type ValueVariant =
  | 'value-inverted'
  | 'value-bits'
  | 'value-digits'
  | 'value-base'
  | 'value-halvings'
  | 'value-exponent'
  | 'value-root'
  | 'value-runs'
  | 'value-periods'
  | 'value-periods-one'
  | 'value-periods-none';

export const VALUE_LADDERS: Record<ValueVariant, Ladder> = {
  'value-runs': [
    'A run of k consecutive integers starting at a adds up to k times a, plus k times (k - 1) / 2. For one length k, how many starts give exactly {value}?',
    'For each length k the start is fixed: {value} minus k times (k - 1) / 2 must be a positive multiple of k. The shortest run of length k (from 1) already needs k times (k + 1) / 2, so k only goes up to about the square root of twice {value}.',
    'Loop k from 1 while k times (k + 1) / 2 is at most {value}, and count k when {value} minus k times (k - 1) / 2 divides evenly by k. The same count is the number of odd divisors of {value}, found by trying divisors up to its square root.',
  ],
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
  'value-base': [
    'The answer is {value} written in another base (letters count as digits). Which digit comes last, and what is left of {value} once it is taken off?',
    'Peel the digits off the end as for base ten: {value} mod the base is the last digit and {value} / base drops it; about log of {value} in that base steps. Where the digits start at one (A is 1, Z is 26, no zero), take one off {value} before each step.',
    'Loop while {value} is above zero: (subtract one if the digits have no zero,) take {value} mod the base as the next digit from the right, divide {value} by the base; build the result backwards and reverse it. Check the values just before and after a new length begins (Z, AA).',
  ],
  'value-exponent': [
    'The answer is a power whose exponent is {value}, far too large to multiply step by step. How does the square of a power help?',
    'Square and multiply: x^(2k) is (x^k)^2 and x^(2k+1) is x times that, so the exponent halves at every step, O(log {value}) multiplications, each reduced by the modulus.',
    'Keep a result of 1 and a base; while {value} is above zero, multiply the result by the base when its lowest bit is set, square the base and shift {value} right, reducing modulo the given number after every product so nothing overflows. An exponent of 0 gives 1.',
  ],
  'value-halvings': [
    'Each step roughly halves {value}. How many halvings does it take to get from {value} down to one?',
    'The count of halvings is the number of bits of {value} (less one, rounded up where halves round up): halve in a loop, or read the bit length.',
    'Count steps while the value is above one, replacing it by its half (rounded the way the statement says); or take the bit length of {value} - 1. Check the smallest {value}, where no step is needed.',
  ],
  'value-periods': [
    'How many of the numbers up to {value} are multiples of one of the given values, and what goes wrong if you add those counts for every value?',
    'A number that is a multiple of two of the values was counted twice: it is a multiple of their least common multiple, so subtract those, and with three values add back the multiples of all three (inclusion and exclusion). The least common multiple comes from the greatest common divisor, found by repeated remainders in about log steps.',
    'Add {value} divided by each value, subtract {value} divided by the least common multiple of each pair, add {value} divided by that of all three; the least common multiple is one value divided by the greatest common divisor, times the other. Divide before multiplying, and once a least common multiple passes {value}, count its multiples as zero instead of letting it overflow.',
  ],
  'value-periods-one': [
    'How many of the numbers up to {value} are multiples of each given value, and which of them fall on two at once?',
    'A number on two periods at once is a multiple of their least common multiple and sits in both counts, so for exactly one it comes out of each: subtract twice the multiples of the least common multiple (with three values, add back three times the multiples of all three). The least common multiple comes from the greatest common divisor, found by repeated remainders in about log steps.',
    'Add {value} divided by each value and subtract twice {value} divided by the least common multiple of each pair (with three values, add three times {value} divided by that of all three); the least common multiple is one value divided by the greatest common divisor, times the other. Divide before multiplying, and once a least common multiple passes {value}, count its multiples as zero instead of letting it overflow.',
  ],
  'value-periods-none': [
    'How many of the numbers up to {value} are multiples of at least one of the given values, and what is left once those are taken away?',
    "Count the numbers on any period by inclusion and exclusion (each value's multiples, less those of each pair's least common multiple, plus those of all three) and take that from {value}. The least common multiple comes from the greatest common divisor, found by repeated remainders in about log steps.",
    'Start from {value}; subtract {value} divided by each value, add {value} divided by the least common multiple of each pair, subtract {value} divided by that of all three. The least common multiple is one value divided by the greatest common divisor, times the other: divide before multiplying, and count the multiples of one past {value} as zero.',
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
  if (work.kind === 'root') return work.over === 'runs' ? 'value-runs' : 'value-root';
  if (work.over === 'periods' && work.counted && work.counted !== 'any')
    return work.counted === 'none' ? 'value-periods-none' : 'value-periods-one';
  if (work.kind === 'walk' && work.over) return `value-${work.over}`;
  return undefined;
}
