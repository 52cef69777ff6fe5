import type { PairCount } from '../pair-counts';
import type { TechniqueId } from '../types';
import type { Ladder } from './ladder';

/**
 * Ladders for counts over pairs of items tied by position and value (pair-counts.ts), one for
 * each shape of the question: one total over pairs, a count for each item, triples counted at
 * their middle, a sum inside a window (the order does not matter), an equality of a key moved by
 * the index, and values so few that an array of counts replaces the tree; and any two values
 * combined bit by bit, counted or decided one binary place at a time.
 */
export type PairVariant =
  | 'pairs-beaten'
  | 'each-beaten'
  | 'triples-beaten'
  | 'pairs-in-window'
  | 'shifted-key'
  | 'value-counts'
  | 'pairs-by-bit';

const TREE =
  'keep the values passed so far in a Fenwick (binary indexed) tree over their ranks, so the count of passed values above or below any value is one prefix query';

export const PAIR_LADDERS: Record<PairVariant, Ladder> = {
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
  'pairs-in-window': [
    'Does a pair’s sum depend on which of the two {items} comes first? If not, what does putting the values in order let you do?',
    'Sort the values. The pairs whose sum is at most a bound are counted by two pointers moving toward each other, and a window [L, R] is the pairs at most R minus the pairs at most L - 1.',
    'Sort. To count the pairs with sum at most B, start one pointer at each end: if the two values sum to at most B, every value between them pairs with the left one, so add the gap and move the left pointer on; otherwise move the right pointer back. Do it for R and for L - 1 and subtract.',
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
  if (count.condition === 'sum-window' && SORTED.includes(lead)) return 'pairs-in-window';
  if (count.condition === 'key' && lead === 'hash-table') return 'shifted-key';
  return undefined;
}
