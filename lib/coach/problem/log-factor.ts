import type { Figure } from './figures';
import type { InputShape } from './shape';
import type { TechniqueGuess, TechniqueId } from './types';

/*
 * Where a log factor joins the bar or leaves it, beside the leader's standard figure: a sort the
 * page never asks for sets no floor, and a sort or a halving over digits, spans already in order or
 * values far fewer than the items is no comparison at all. target.ts applies them.
 */

/**
 * The guesses whose figures may shape the bar: the leader, and the helpers the page points at. A
 * helper only common among problems like this one (a sort nothing asks for) sets no floor: it
 * must not raise the bar to n log n beside a leader that needs one pass.
 */
export function aidingTechniques(guesses: readonly TechniqueGuess[], spans = false): TechniqueId[] {
  const positional = guesses[0]?.id === 'dynamic-programming' && !spans;
  return guesses
    .filter((guess, at) => at === 0 || (!guess.baseRateOnly && !(positional && echoedSort(guess))))
    .map((guess) => guess.id);
}

/**
 * A sort only the wording as a whole suggests (the learned model's echo of similar pages), with no
 * phrase of the statement, title, tag or demanded time behind it. Beside a DP it would make the
 * states look back by a halving search over a sorted order (O(n log n)); that holds for spans (paid
 * gigs that must not overlap are ordered by end), and elsewhere a DP whose items need an order by a
 * key shows it in the statement (taken in any order, due by their own times). Without either, the
 * states run over the positions as given: one pass.
 */
function echoedSort({ id, grounds }: TechniqueGuess): boolean {
  if (id !== 'sorting' || !grounds) return false;
  return grounds.statement === 0 && grounds.title === 0 && !grounds.tagged && !grounds.stated;
}

/** A log A factor when every value is a single digit (0 <= digits[i] <= 9) is a constant. */
export function digitsOnly([big, why]: Figure, input: InputShape): Figure {
  if (input.largestValue > 9 || !/ log A\b/.test(big)) return [big, why];
  return [
    big.replace(/ log A\b/, ''),
    'one pass; every value is a single digit, so the work on each (a carry, a sum, a product) is constant',
  ];
}

/**
 * Bits counted over every pair cost log A passes only while A is a size: values bounded by a small
 * constant among many more items (codes of four bits among 10^5 lockers) are counted per value,
 * and the pairs of values present are a constant, so the bits add no factor.
 */
export function fewBitValues([big, why]: Figure, input: InputShape, perBit: boolean): Figure {
  const { shape, largestValue } = input;
  if (!perBit || big !== 'O(n log A)' || shape.kind !== 'one') return [big, why];
  if (!valuesCountable(largestValue, shape.n.bound)) return [big, why];
  return [
    'O(n)',
    `every value is at most ${largestValue}, far below the number of items, so count each value in one pass; the pairs of values present are then a constant number`,
  ];
}

/** Leaders whose log factor is the sort of the spans before one pass over them. */
const SPAN_SORTS: readonly (TechniqueId | undefined)[] = ['sorting', 'line-sweep'];

/**
 * Spans handed over in the order of an end (bookings listed by start, earliest first) are already
 * as the leader's sort would lay them: merging or sweeping them is the pass alone, O(n).
 */
export function spansGiven([big, why]: Figure, technique: TechniqueId | undefined, inOrder: boolean): Figure {
  if (!inOrder || !SPAN_SORTS.includes(technique) || big !== 'O(n log n)') return [big, why];
  return [
    'O(n)',
    'the spans already arrive ordered by their ends, so one pass in that order does it, with no sort',
  ];
}

/** Values this few can be counted into buckets: a sort by value is one counting pass. */
const FEW_VALUES = 1000;

/**
 * Values bounded by a constant this small, many times fewer than the items (ages of 1 to 100 among
 * a million people), are counted in an array indexed by value: a bound that is a constant is not a
 * size, so a pass over the counts adds nothing to the pass over the items.
 */
export function valuesCountable(largestValue: number | undefined, items: number | undefined): boolean {
  return largestValue !== undefined && largestValue <= FEW_VALUES && (items ?? 0) >= 10 * largestValue;
}

/**
 * A sort over values that take at most a thousand distinct values, many times fewer than the items
 * (heights of 1 to 100 among a million students), is a count per value and one pass rebuilding the
 * order: O(n + A) with A below n, so O(n). That holds for the leader's plain sort and for an answer
 * listed in order (weights of 1 to 50 printed from the lightest), and for the letters of a text whose
 * alphabet the statement fixes. Sorts by a key the items carry
 * beyond their value (spans by end, pairs by rank) keep the comparison sort.
 */
export function countedSort(
  [big, why]: Figure,
  sortsValues: boolean,
  input: InputShape,
  letters = false,
): Figure {
  const { shape, largestValue } = input;
  if (!sortsValues || big !== 'O(n log n)' || shape.kind !== 'one') return [big, why];
  // Letters of a fixed alphabet are as few values as any: 26 buckets, one pass.
  if (letters)
    return [
      'O(n)',
      'the letters come from a fixed alphabet, so count each letter and write them out in order in one pass (a counting sort)',
    ];
  if (!valuesCountable(largestValue, shape.n.bound)) return [big, why];
  return [
    'O(n)',
    `the values take at most ${largestValue} different values, far fewer than the items, so count each value and rebuild the order in one pass (a counting sort)`,
  ];
}
