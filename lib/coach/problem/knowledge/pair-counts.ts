import { valuesCountable } from '../log-factor';
import type { PairCondition, PairCount } from '../pair-counts';
import { listed } from './table-questions';
import type { Scene, Trigger } from './trigger';

/**
 * Counts over pairs of items whose positions and values are tied (pair-counts.ts reads what is
 * counted, the order and the value condition). The quoted words are the order of the positions
 * (`i < j`) or the count ("how many"); the reading decides what they mean.
 */
const PAIR_WORDS =
  /(?<![\w[.])[a-z] ?[<>](?!=) ?[a-z](?![\w[(])|\bhow many\b|\bnumber of\b|\bcount(?:s|ing)?\b/;

const reads =
  (condition: PairCondition, also: (count: PairCount) => boolean = () => true) =>
  (scene: Scene) =>
    !scene.grid &&
    !scene.design &&
    scene.shape !== 'graph' &&
    listed(scene) &&
    scene.pairCount?.condition === condition &&
    also(scene.pairCount);

/** Values beat each other across positions, over more values than an array indexed by value holds. */
const ranked = (counted: (count: PairCount) => boolean) =>
  reads('order', (count) => !count.fewValues && counted(count));

/** Values bounded by a small constant, far fewer than the items: counted per value, no sort. */
const countable = (scene: Scene) => valuesCountable(scene.largestValue, scene.largest);

export const PAIR_COUNT_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'divide-and-conquer',
    pattern: PAIR_WORDS,
    weight: 3.5,
    why: 'one total over the pairs whose values are out of step with their positions: a merge sort counts, as it merges two sorted halves, every pair that crosses the middle',
    when: ranked((count) => count.counted === 'pairs'),
    also: ['segment-tree', 'sorting'],
  },
  {
    technique: 'segment-tree',
    pattern: PAIR_WORDS,
    weight: 3.5,
    why: 'a count for every item (or for the middle of every triple) of the items on one side that it beats: a Fenwick tree over the ranks of the values seen so far answers each as a prefix count',
    when: ranked((count) => count.counted !== 'pairs'),
    also: ['divide-and-conquer', 'sorting'],
  },
  {
    technique: 'hash-table',
    pattern: PAIR_WORDS,
    weight: 3.5,
    why: 'the values take only a few different numbers: an array of how many times each value has been seen so far counts the earlier items above or below the current one in constant time',
    when: reads('order', (count) => count.fewValues),
    also: ['prefix-sum'],
  },
  {
    technique: 'two-pointers',
    pattern: PAIR_WORDS,
    weight: 3.5,
    why: 'a pair counts by its sum alone, which does not depend on which item comes first: sorted, the pairs whose sum stays under a bound are counted by two pointers moving toward each other',
    when: (scene) => reads('sum-window')(scene) && !countable(scene) && !scene.boundPerQuestion,
    also: ['sorting', 'binary-search'],
  },
  {
    technique: 'sorting',
    pattern: PAIR_WORDS,
    weight: 3.5,
    why: 'each question brings its own bound on the pairs of one unchanging list: the values of all pairs sorted once answer every bound by a halving search, where a walk of two pointers per question repeats the whole count q times',
    when: (scene) => reads('sum-window')(scene) && scene.boundPerQuestion === true,
    also: ['binary-search'],
  },
  {
    technique: 'hash-table',
    pattern: PAIR_WORDS,
    weight: 3.5,
    why: 'a pair counts by how far apart (or how large together) its two values are, and the values take only a few different numbers: count the items of each value, then each value pairs with the counts of a window of values beside it, read from running totals of the counts, with no sort',
    when: (scene) => reads('sum-window')(scene) && countable(scene),
    also: ['sliding-window', 'prefix-sum'],
  },
  {
    technique: 'hash-table',
    pattern: PAIR_WORDS,
    weight: 3,
    why: 'a sum equal to one number: a map of how many times each value has been seen gives the partners of each new item in constant time',
    when: (scene) => reads('sum-exact')(scene) && !scene.guarantees.has('sorted'),
  },
  {
    technique: 'two-pointers',
    pattern: PAIR_WORDS,
    weight: 3.5,
    why: 'a sum equal to one number over values that come sorted: a pointer from each end moves inward by how the sum compares, and equal values met together are counted as runs, with no table',
    when: (scene) => reads('sum-exact')(scene) && scene.guarantees.has('sorted'),
    also: ['binary-search'],
  },
  {
    technique: 'hash-table',
    pattern: PAIR_WORDS,
    weight: 3.5,
    why: 'moving each value by its own index (a_i - i) turns the condition into equal keys: a map counts the earlier items with the same key',
    when: reads('key'),
    also: ['math'],
  },
  {
    technique: 'hash-table',
    pattern: PAIR_WORDS,
    weight: 3,
    why: 'the two values are equal: a map of how many times each value has been seen so far counts the partners of each new item',
    when: reads('equal'),
  },
];
