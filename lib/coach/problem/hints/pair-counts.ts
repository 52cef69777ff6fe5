import type { PairBound } from '../pair-bounds';
import type { PairCount } from '../pair-counts';
import type { TechniqueId } from '../types';
import type { Ladder } from './ladder';

/**
 * Ladders for counts over pairs of items tied by position and value (pair-counts.ts), one for
 * each shape of the question: one total over pairs, a count for each item, triples counted at
 * their middle, a sum inside a window (the order does not matter), an equality of a key moved by
 * the index, and values so few that an array of counts replaces the tree; and any two values
 * combined bit by bit, counted or decided one binary place at a time. A pair judged by one bound
 * has the walk of its side and measure (pair-bounds.ts).
 */
export type PairVariant =
  | 'pairs-beaten'
  | 'each-beaten'
  | 'triples-beaten'
  | BoundVariant
  | 'shifted-key'
  | 'value-counts'
  | 'pairs-by-bit';

/**
 * The walks of a pair judged by a bound. Their rungs open with {order} (why the values may be put
 * in order, or that they come so), {sort step} and {sort} (the sort, or none where the values come
 * sorted), which the ladder fills from the statement (index.ts).
 */
type BoundShape = 'in-window' | 'under-bound' | 'over-bound' | 'close' | 'apart';
type BoundVariant = `pairs-${BoundShape}`;

const STRICTNESS = '(strictly or not, as the statement says)';
const BOUND_LADDERS: Record<BoundVariant, Ladder> = {
  'pairs-in-window': [
    'Does a pair’s sum depend on which of the two {items} comes first? If not, what does putting the values in order let you do?',
    '{sort step}The pairs whose sum is at most a bound are counted by two pointers moving toward each other, and a window [L, R] is the pairs at most R minus the pairs at most L - 1.',
    '{sort}To count the pairs with sum at most B, start one pointer at each end: if the two values sum to at most B, every value between them pairs with the left one, so add the gap and move the left pointer on; otherwise move the right pointer back. Do it for R and for L - 1 and subtract.',
  ],
  'pairs-under-bound': [
    '{order} Put the smallest beside the largest and hold them against the bound: whichever way it goes, which of the two has all its pairs settled by that one comparison?',
    '{sort step}Keep one pointer at each end. When the two fit under the bound, the left one fits with every value up to the right one; when they do not, the right one is too large for every partner still left, so it moves back.',
    `Start at both ends. If the two values fit the bound ${STRICTNESS}, the left one pairs with every value after it up to the right one: add that many and move the left pointer on; otherwise move the right pointer back. Stop when the pointers meet.`,
  ],
  'pairs-over-bound': [
    '{order} Put the smallest beside the largest: if together they already reach the bound, what does that say of the largest one’s partners, and if they fall short, of the smallest one’s?',
    '{sort step}Keep one pointer at each end. When the two reach the bound, the right one reaches it with every value from the left one on; when they do not, the left one is too small for every partner still left, so it moves on.',
    `Start at both ends. If the two values reach the bound ${STRICTNESS}, the right one pairs with every value from the left one up to just before it: add that many and move the right pointer back; otherwise move the left pointer on. Stop when the pointers meet.`,
  ],
  'pairs-close': [
    '{order} Where do the partners of one {item} lie among them, and how do they shift when you move on to the next larger one?',
    '{sort step}The partners of a value that lie below it form one block ending just before it; moving on to the next larger value only moves the start of that block forward, so two pointers move the same way and never back.',
    `Walk the right pointer over the values. Move the left pointer on while the gap between the two is past the bound ${STRICTNESS}; every value from the left pointer up to just before the right one is a partner of the right one, so add that many. Each pointer passes the values once.`,
  ],
  'pairs-apart': [
    '{order} Which of them lie far enough below one {item} to pair with it, and how does that group change when you move on to the next larger one?',
    '{sort step}The partners of a value that lie below it are the values far enough below it, one block from the start; moving on to the next larger value only makes that block longer, so two pointers move the same way and never back.',
    `Walk the right pointer over the values. Move the left pointer on while the value under it is still far enough below the right one ${STRICTNESS}; every value before the left pointer is a partner of the right one, so add that many. Each pointer passes the values once.`,
  ],
};

/** The openings of the pair walks' rungs, for values given in any order or already sorted. */
export function withPairOrder(text: string, sorted: boolean): string {
  return text
    .replaceAll(
      '{order}',
      sorted
        ? 'The {items} already come in increasing order.'
        : 'Whether two {items} make a pair does not depend on which comes first, so the values may be put in order.',
    )
    .replaceAll(
      '{sort step}',
      sorted ? 'The values come sorted, so no sort is needed. ' : 'Sort the values. ',
    )
    .replaceAll('{sort}', sorted ? '' : 'Sort. ');
}

/** The walk of the bound the statement reads (a window of gaps keeps the window's). */
function boundShape(bound: PairBound): BoundShape {
  if (bound.side === 'both') return 'in-window';
  if (bound.measure === 'gap') return bound.side === 'below' ? 'close' : 'apart';
  return bound.side === 'below' ? 'under-bound' : 'over-bound';
}

const TREE =
  'keep the values passed so far in a Fenwick (binary indexed) tree over their ranks, so the count of passed values above or below any value is one prefix query';

export const PAIR_LADDERS: Record<PairVariant, Ladder> = {
  ...BOUND_LADDERS,
  // Any two values combined bit by bit: each binary place is independent of the others.
  'pairs-by-bit': [
    'Look at one binary place at a time. Over all pairs of {items}, what does that single place contribute, and does it depend on the other places?',
    'The places are independent. For a total over every pair, a place adds its value once for each pair that gets a 1 there, and the counts of {items} with and without that bit say how many pairs do. For the best single pair, settle the places from the highest down, keeping a 1 wherever some pair can still have it together with every place kept so far. About 30 places, one pass over the {items} each.',
    'For each place b: count the {items} with bit b set, c of them, and the n - c without; add 2^b times the pairs that give a 1 there (c times (n - c) for exclusive-or, c times (c - 1) / 2 for and, all pairs less those with neither bit for or). For the largest result of one pair, grow the answer from the top: try the next place set and keep it when two {items} still fit every place kept (for exclusive-or, when two prefixes in a set differ by it). Keep the total in 64 bits or reduce it by the modulus the statement gives.',
  ],
  'pairs-beaten': [
    'Count each pair at the later of its two {items}: as you pass a new {item}, how many of the {items} before it make a pair with it, and how could you know without looking at each of them again?',
    `Count the pairs as you go: ${TREE}. A merge sort that counts, while merging, the pairs that cross its middle works too.`,
    'Replace each value by its rank among all the values (a condition such as "more than twice" finds its rank by a halving search in the sorted values). Walk in order: ask the tree how many earlier ranks meet the condition, add that to the total, then record the current rank.',
  ],
  'each-beaten': [
    'For each {item}, the answer is a count of the {items} on one side of it that it beats. What could you keep about the {items} already passed so that this count is one question, not a walk over all of them?',
    `Walk from the side the question looks at: ${TREE}. A merge sort that counts, for every value, how many cross it while merging works too.`,
    'Replace each value by its rank among all the values. Walk toward the other side (from the front for earlier {items}, from the back for later ones): ask the tree for the count this {item} needs, write it in its place in the answer, then record its rank.',
  ],
  'triples-beaten': [
    'Fix the middle {item} of a triple. How many {items} before it could open the triple, and how many after it could close it?',
    `Two counts for every middle {item}: ${TREE}, once walking forward and once walking backward.`,
    'Replace each value by its rank. Walking forward, record for each {item} how many earlier {items} stand in the right order to it; walking backward, how many later ones do. The triples through a middle {item} are the product of its two counts; add them up.',
  ],
  'shifted-key': [
    'Move everything about a pair to the two sides of its equals sign, one {item} on each side: what does each {item} contribute from its own value and its own index?',
    'The condition is an equality of one key per {item}, its value moved by its index (value minus index, or plus it): count equal keys with a hash map.',
    'Walk through the {items} in order. For each, compute its key, add how many earlier {items} had the same key, then record the key in the map.',
  ],
  'value-counts': [
    'The values take only a few different numbers. What could you keep for each possible value while you walk through the {items}?',
    'An array of counts indexed by value: for each new {item}, the counts of the values it pairs with, among the {items} already passed, give its pairs at once.',
    'Walk in order. For each {item}, add up the counts of the values that make a pair with it, add that to the answer, then increase the count of its own value. That is a constant number of steps per {item} when the values are few.',
  ],
};

const RANKED: readonly TechniqueId[] = ['segment-tree', 'divide-and-conquer'];
const SORTED: readonly TechniqueId[] = ['two-pointers', 'sorting', 'binary-search'];

/** The ladder of the count the statement asks for, when its leading method is the one that answers it. */
export function pairCountVariant(
  count: PairCount | null | undefined,
  lead: TechniqueId | undefined,
): PairVariant | undefined {
  if (!count || !lead) return undefined;
  if (count.condition === 'order' && count.fewValues)
    return lead === 'hash-table' ? 'value-counts' : undefined;
  if (count.condition === 'order' && RANKED.includes(lead))
    return count.counted === 'pairs'
      ? 'pairs-beaten'
      : count.counted === 'each'
        ? 'each-beaten'
        : 'triples-beaten';
  if (count.condition === 'sum-window' && SORTED.includes(lead)) {
    // A count for each item reads its own side of the walk, and an unread bound says nothing of
    // its side: both keep the window's ladder.
    return count.counted !== 'pairs' || !count.bound ? 'pairs-in-window' : `pairs-${boundShape(count.bound)}`;
  }
  if (count.condition === 'key' && lead === 'hash-table') return 'shifted-key';
  return undefined;
}
