import { rankCounted } from '../knowledge/orders';
import { ASKS_MANY, cutIntoFewByTotals, RUN_EXACT_TOTAL } from '../knowledge/runs';
import type { Scene } from '../knowledge/trigger';
import { valuesCountable } from '../log-factor';
import type { TechniqueId } from '../types';
import type { Ladder } from './ladder';

/**
 * Marks laid over stretches before one read (a difference array), values from a small range
 * counted per value (pairs within a gap, a rank among them, how many pass each question's bound),
 * and stretches whose total must hit a value: each ladder speaks of its own pass, where the generic ones spoke of totals over any range
 * or of a map of partners.
 */
export type RangeVariant =
  | 'marks-batched'
  | 'counts-window'
  | 'counts-rank'
  | 'counts-per-question'
  | 'cut-totals'
  | 'stretch-remainder'
  | 'stretch-length'
  | 'stretch-count'
  | 'balance-length'
  | 'balance-count'
  | 'range-totals'
  | 'range-counts-per-value';

/** A stretch's total asked as a multiple, or the stretch asked for by its length. */
const MULTIPLE = /\bmultiple of\b|\bdivisible by\b/;
const BY_LENGTH =
  /\b(?:longest|shortest|(?:largest|smallest|greatest|maximum|minimum|fewest) (?:possible )?(?:number of|length)|(?:maximum|minimum) (?:size|length))\b/;

/**
 * A stretch that holds two kinds of item equally often ("as many apple days as pear days", "an
 * equal number of zeros and ones"): the items carry no total of their own, so the ladder scores the
 * kinds +1 and -1 and asks for a score of zero, where the total ladder spoke of an asked total.
 * "Costs as many coins as the total length" compares an amount with a thing, not two kinds; "won
 * as many matches as it lost" still names two kinds, "as many boxes as it can" does not.
 */
const BALANCED_KINDS =
  /\bas many (?:['"]?\w+['"]? ){1,3}as (?!(?:the|a|an|its|their|his|her|that|this|there|is|are)\b|(?:it|they) (?:can|could|has|have|holds?|is|are|was|were|will|needs?)\b)['"]?\w|\b(?:equal|same) (?:number|count) of (?:['"]?\w+['"]? ){1,3}(?:and|as)\b/;

/**
 * A stretch whose total must hit a value is found from running totals, and what is looked up in
 * the map depends on the question: cut points of a row split evenly, a remainder for a multiple,
 * the first (or last) place for a length, a count of earlier totals for a count or a yes/no.
 */
function stretchVariant(body: string): RangeVariant | undefined {
  if (cutIntoFewByTotals(body)) return 'cut-totals';
  if (!RUN_EXACT_TOTAL.test(body)) return undefined;
  if (MULTIPLE.test(body)) return 'stretch-remainder';
  if (BALANCED_KINDS.test(body)) return BY_LENGTH.test(body) ? 'balance-length' : 'balance-count';
  return BY_LENGTH.test(body) ? 'stretch-length' : 'stretch-count';
}

/** The ladder for marks summed once, or for counts per value, when the leader is that method. */
export function rangeVariant(scene: Scene, leader: TechniqueId | undefined): RangeVariant | undefined {
  if (scene.design) return undefined;
  if (leader === 'prefix-sum' && scene.positionSpans === 'batched') return 'marks-batched';
  if (leader === 'prefix-sum' && scene.tabledQueries) return 'counts-per-question';
  if (leader === 'prefix-sum' && scene.positionSpans === 'tallied') return 'range-counts-per-value';
  // Stretches of one row: a grid's rectangles, a graph's paths and a formula over values have ladders of their own.
  if (
    leader === 'prefix-sum' &&
    !scene.updates &&
    !['product', 'graph', 'design', 'values'].includes(scene.shape)
  )
    // Questions over spans of a list that never changes ask totals, not how many stretches hit one.
    return (
      stretchVariant(scene.body) ??
      (scene.positionSpans === 'fixed' && ASKS_MANY.test(scene.body) ? 'range-totals' : undefined)
    );
  if (leader !== 'hash-table' || !valuesCountable(scene.largestValue, scene.largest)) return undefined;
  if (scene.pairCount?.condition === 'sum-window') return 'counts-window';
  return rankCounted(scene) ? 'counts-rank' : undefined;
}

export const RANGE_LADDERS: Record<RangeVariant, Ladder> = {
  'cut-totals': [
    'Where a cut falls decides the total on each side of it. Once you know the total of all the {items}, what must the part before a cut add up to?',
    'Add up the whole once, then walk the {items} keeping the total so far: a cut after the current {item} leaves that total on the left and the rest of the whole on the right. Equal parts need the whole to split evenly, and then every part is a known share of it.',
    'If the whole does not split into equal shares, the answer is zero. For two parts, count the places before the last {item} where the total so far is half the whole. For three, walk once: count the places where the total so far is one third, and at each later place (before the last {item}) where it is two thirds, add the count so far. Zeros let many places qualify, so keep the count in 64 bits.',
  ],
  'stretch-remainder': [
    'Two stretches that both start at the first {item} differ by the stretch between their ends. When does that stretch between them total a multiple of the given number?',
    'Keep the running total of {input} as a remainder of the given number, with a zero for the empty start. A stretch totals a multiple exactly when the running totals at its two ends leave the same remainder, so a map from each remainder to how often (or where first) it appeared answers every end in one lookup.',
    'Bring each remainder into the range from zero to one less than the given number: a negative {item} leaves a negative remainder in most languages, so add the number back. Put remainder zero in the map before the first {item}. At each {item}, update the remainder, look it up (add its count, or compare its first place when the stretch needs a least length), then record it.',
  ],
  'stretch-length': [
    'A stretch that ends at the current {item} starts just after some earlier place. Which earlier place would give a stretch with exactly the asked total, and which of several such places would you want?',
    'Keep the running total of {input}, with a zero for the empty start. A stretch ending here has the asked total exactly when the running total here minus that total appeared earlier, so a map from each running total to a place where it appeared finds it in one lookup: the first place for the longest stretch, the latest for the shortest.',
    'Put total zero at place zero. At each {item}, add it to the running total and look up the running total minus the asked total; if it is there at place j, the stretch after j up to here is a candidate. Then record the running total: only if it is new when the longest is asked, always when the shortest is. With negative values a window cannot shrink safely, so the map is what works.',
  ],
  'stretch-count': [
    'A stretch that ends at the current {item} starts just after some earlier place. Without adding the stretch up, what would you need to know about the earlier places to tell whether its total is the one asked for?',
    'Keep the running total of {input}, with a zero for the empty start. A stretch ending here has the asked total exactly when the running total here minus that total appeared earlier, so a map from each running total to how often it appeared counts every stretch ending here in one lookup.',
    'Put total zero in the map once before the first {item}. At each {item}, add it to the running total, add the count stored for the running total minus the asked total, and only then record the running total itself, so no stretch is empty. A window would miss stretches once values can be negative; the map does not. Keep the count in 64 bits: it can reach about half the square of the number of {items}.',
  ],
  'balance-length': [
    'The stretch asked for holds as many of the one kind as of the other. If each {item} carried a score by its kind, what would such a stretch add up to, and which earlier place would start the longest (or shortest) one ending here?',
    'Score each {item} +1 for the one kind, -1 for the other and 0 for anything else, and keep the running score from a zero before the first {item}. A stretch is balanced exactly when the running scores at its two ends are equal, so a map from each running score to the first place it appeared finds the longest such stretch ending here in one lookup (the latest place, for the shortest).',
    'Put score zero at place zero. At each {item}, update the running score; if that score was seen at place j, the stretch after j up to here holds both kinds equally often, a candidate. Record the score’s place only when it is new for the longest stretch, every time for the shortest. The score stays between minus and plus the number of {items}, so an array shifted by that number can stand in for the map.',
  ],
  'balance-count': [
    'The stretch asked for holds as many of the one kind as of the other. If each {item} carried a score by its kind, what would such a stretch add up to, and what would you need to know about the earlier places to count the ones ending here?',
    'Score each {item} +1 for the one kind, -1 for the other and 0 for anything else, and keep the running score from a zero before the first {item}. A stretch is balanced exactly when the running scores at its two ends are equal, so a map from each running score to how often it appeared counts every such stretch ending here in one lookup.',
    'Put score zero in the map once before the first {item}. At each {item}, update the running score, add the count stored for that same score, and only then record it, so no stretch is empty. The score stays between minus and plus the number of {items}, so an array shifted by that number can stand in for the map. Keep the count in 64 bits: it can reach about half the square of the number of {items}.',
  ],
  'range-totals': [
    'Every question asks about a range of {input}, which never changes between them. What could you compute once, before the first question, so that any range is answered without walking it?',
    'Precompute running totals once: the {items} never change between the questions, so every range total is one subtraction of two of them, whatever its length.',
    'Build the running total from the first {item} onwards, starting with a zero for the empty prefix. A range from i to j is the total at j minus the total just before i: each question costs one subtraction, and no question walks its range.',
  ],
  'range-counts-per-value': [
    'Each question counts the copies of one value inside a range, and the values are few. What could you count once for every value, before the first question, so that no question walks its range?',
    'Keep one running count per value: how many of the first i {items} hold it. The values are few, so all these counts together cost a constant number of passes over the {items}, and a range holds a value as often as the difference of two of its counts.',
    'Build, for every value, its count over each prefix, with a zero for the empty one. A question for value x from i to j is the count of x at j minus its count just before i. The sorted places of each value, searched by halving at both ends, also work, one log factor slower.',
  ],
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
