import { sentencesOf } from '../sentences';
import type { Scene, Trigger } from './trigger';

/**
 * When a table is not the answer. A hash table answers a question of membership (was this seen?),
 * a count kept per key (how often each name occurs) or a complement looked up (the one partner a
 * value needs). Counting and summing words dress other questions too, and on the generalisation
 * and dev pages they put a table first where the question was of another build:
 * - a count of where one given text stands inside another: the positions of a match, which a
 *   prefix function finds, not a count per key;
 * - a total reached by a group of any size, or by neighbours in an arrangement, or a sum judged by
 *   a class (a prime, an even number): no single partner value exists to look up;
 * - pairs over numbers the input never lists (only `n` is given, the items are 1..n): there is no
 *   list to hold, and the count is a formula.
 * Each rule reads one of those builds; the genuine table questions (two of an unsorted list to a
 * target, a count per name, pairs adding to k) keep their reading.
 */

/**
 * Occurrences counted as positions in a text: they may overlap, they are contiguous pieces, or
 * the count is of the places where a copy starts. A count per key says "each" and compares whole
 * items; these compare a piece against every window of one string.
 */
export const TEXT_POSITIONS =
  /\b(?:occurrences?|appears?|occurs?|times)\b[^.]{0,80}\b(?:(?:may|can|might) overlap|overlapping|as an? (?:contiguous|consecutive) (?:piece|block|substring|part|stretch)|as a block of consecutive|as a substring)\b|\b(?:positions?|places|indices)\b[^.]{0,40}\b(?:where|at which)\b[^.]{0,70}\b(?:starts?|begins?|equals?|matches)\b/;

/** One text counted where it stands inside another: the count is a string match, not a table. */
export const textMatchCounted = (scene: Scene) =>
  scene.kinds.includes('string') && !scene.design && TEXT_POSITIONS.test(scene.body);

/** A total reached by a group of any size: sets, subsets, bundles, any number of the items. */
const ANY_SIZE_GROUP =
  /\b(?:groups?|sets?|subsets?|selections?|bundles?|combinations?|collections?|subsequences?) of\b|\bany number of\b|\bsome of the\b/;
/** Two items that must stand side by side in an arrangement: the pairing is fixed by the order. */
const NEIGHBOURS = /\b(?:adjacent|consecutive|neighbou?ring|next to each other|side by side)\b/;
/** A sum judged by a class of numbers, not equal to one given number. */
const CLASS_TARGET =
  /\b(?:add up|sum|sums|summing) to (?:an? )?(?:prime|even|odd|multiple|perfect square|square|power|divisible)\b/;

/** The sentences that state the sum the trigger quotes. */
const summingSentences = (body: string, pattern: RegExp) => sentencesOf(body).filter((s) => pattern.test(s));

/**
 * Whether the statement's sum has one partner value to look up: every sentence that states it
 * names two items of a listed collection added to one given number.
 */
export const partnerLookedUp = (scene: Scene, pattern: RegExp) => {
  if (scene.shape === 'values') return false;
  const stated = summingSentences(scene.body, pattern);
  return (
    stated.length > 0 &&
    stated.some((s) => !ANY_SIZE_GROUP.test(s) && !NEIGHBOURS.test(s) && !CLASS_TARGET.test(s))
  );
};

/** The index of the first or last copy of a value: a position searched for, not a count. */
const POSITION_OF_A_COPY = /\b(?:first|last|leftmost|rightmost) occurrences?\b/g;

/**
 * Whether the count words ask for a count kept per item: not where one text stands inside
 * another, and not only the first or last copy of a value (a position, halved for in sorted data).
 */
export const countedPerItem = (scene: Scene, pattern: RegExp) =>
  !textMatchCounted(scene) && pattern.test(scene.body.replace(POSITION_OF_A_COPY, ' '));

/** Pairs counted over a list the input gives: only `n` given means the items are 1..n, a formula. */
export const listed = (scene: Scene) => scene.shape !== 'values';

export const TABLE_QUESTION_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'string',
    pattern: TEXT_POSITIONS,
    weight: 3,
    why: 'the count is of the places where one given text stands inside another: a prefix function (or a rolling hash) over the pattern and the text finds every start, overlapping ones too, in one pass',
    when: textMatchCounted,
  },
];
