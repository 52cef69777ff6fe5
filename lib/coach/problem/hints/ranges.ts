import { rankCounted } from '../knowledge/orders';
import type { Scene } from '../knowledge/trigger';
import { valuesCountable } from '../log-factor';
import type { TechniqueId } from '../types';
import type { Ladder } from './ladder';

/**
 * Marks laid over stretches before one read (a difference array), and values from a small range
 * counted per value (pairs within a gap, a rank among them, how many pass each question's bound): each ladder speaks of its own pass,
 * where the generic ones spoke of totals over any range or of a map of partners.
 */
export type RangeVariant = 'marks-batched' | 'counts-window' | 'counts-rank' | 'counts-per-question';

/** The ladder for marks summed once, or for counts per value, when the leader is that method. */
export function rangeVariant(scene: Scene, leader: TechniqueId | undefined): RangeVariant | undefined {
  if (scene.design) return undefined;
  if (leader === 'prefix-sum' && scene.positionSpans === 'batched') return 'marks-batched';
  if (leader === 'prefix-sum' && scene.tabledQueries) return 'counts-per-question';
  if (leader !== 'hash-table' || !valuesCountable(scene.largestValue, scene.largest)) return undefined;
  if (scene.pairCount?.condition === 'sum-window') return 'counts-window';
  return rankCounted(scene) ? 'counts-rank' : undefined;
}

export const RANGE_LADDERS: Record<RangeVariant, Ladder> = {
  'marks-batched': [
    'Every stretch changes many places at once, but nothing is read until all the stretches are in. What is the least each stretch could write down so that every place still gets its due at the end?',
    'Mark only the two ends of each stretch (a difference array): its amount added at its first place and taken away just after its last. One running sum from the start then turns the marks into what every place received. Questions asked between the stretches would need a tree over the positions instead.',
    'Keep an array one longer than the line. For each stretch, touch only its two end entries. After the last one, walk the array once carrying the running sum: that sum is what each place holds (a count of flips is odd or even, coats are counted, amounts are added to the starting values). Read the answer from those values, never by walking a stretch place by place, and check whether the totals outgrow 32 bits.',
  ],
  'counts-window': [
    'The {items} take only a few different values, far fewer than there are {items}. If you knew how many {items} hold each value, how many partners would one value have?',
    'Count the {items} of each value in an array indexed by the value. A value pairs with every {item} whose value lies within the allowed gap of it: running totals of the counts (or a window slid along the values) give that number at once, with no sort.',
    'Fill the counts in one pass. Walk the values from smallest to largest; for each value, add its count times the count of the larger values still within reach, plus the pairs among its own {items} (its count times one less, halved). The values are already in order as indices. Keep the total in 64 bits: when most pairs qualify, their number is about half the square of the count of {items}.',
  ],
  'counts-rank': [
    'The {items} take only a few different values, far fewer than there are {items}. Do you need to put them in order to know which one stands at a given place?',
    'Count the {items} of each value in an array indexed by the value; walking the counts in order of value, a running total says where each value’s block starts and ends in the sorted order.',
    'Fill the counts in one pass. Walk the values from the end the question counts from (upwards for the smallest, downwards for the largest), adding each count to a running total, and stop at the first value whose total reaches the wanted place (k, or the middle position counted from one). No sort and no heap: the values are their own order.',
  ],
  'counts-per-question': [
    'Every question compares a bound of its own with all the {items}, yet the {items} take only a few different values, no more than there are {items}. What could you note once about each value so that a question never looks at the {items} again?',
    'Count the {items} of each value in an array indexed by the value, then turn the counts into running totals over the values: how many {items} lie at or below any bound is one entry of that array, with no sort and no search.',
    'Fill the counts in one pass, then walk the values from the smallest upwards adding each count to the one before, so entry v holds how many {items} are at most v. "At most x" reads entry x, "less than x" entry x - 1, "at least x" the total minus entry x - 1, and a band from a to b is entry b minus entry a - 1 (clamp a bound that falls outside the values). Each question is one lookup.',
  ],
};
