import type { Scene, Trigger } from './trigger';

/**
 * Runs of the input judged by a total, questions about many ranges of one fixed array, and water
 * held between bars: read from how the statement is built (a contiguous run and a total, a list of
 * index pairs and a count, a liquid and the highest ground on both sides), never from one title.
 */

/** A contiguous run of the input: a subarray, a stretch of consecutive days, a block of readings. */
const RUN = String.raw`(?:\b(?:contiguous|consecutive|continuous) (?:\w+ )?\w+|\bsub-?arrays?\b|\bsegments?\b|\bstretch(?:es)?\b|\bruns? of\b|\bblocks? of\b|\bspans? of\b|\bstreaks?\b)`;

/** Whether a phrase names a contiguous run of the input. */
export const RUN_OF_INPUT = new RegExp(RUN);

/** A total that must hit a value exactly, or a multiple of one: never "at least" or "at most". */
const EXACT_TOTAL = String.raw`(?:\b(?:sums?|totals?|adds? up|add up|summing)\b (?:up )?(?:to |is |are |of )?(?:exactly|precisely|equal to|equals?)\b|\b(?:sums?|totals?) (?:is |are )?(?:exactly )?(?:zero|0)\b|\b(?:sums?|totals?|adds? up|add up|summing) (?:up )?to (?:zero|0|k|target|goal)\b|\b(?:sums?|totals?) (?:is |are )?(?:a )?(?:multiple of|divisible by)\b)`;

/** A run whose total must be exactly a value (or a multiple of one): a difference of two running totals. */
export const RUN_EXACT_TOTAL = new RegExp(`${RUN}[^.]{0,100}?${EXACT_TOTAL}`);

/** Any question about a run's total (its sum, at least, at most, the largest). */
const RUN_SUM = new RegExp(
  String.raw`${RUN}[^.]{0,100}?\b(?:sums?|totals?|adds? up|add up|summing)\b|\b(?:sum|total) of (?:a|the|each|every|any|all) (?:non-empty )?${RUN}`,
);
/** Windows of one fixed length: each is the last with one item in and one out, whatever the signs. */
const FIXED_LENGTH =
  /\b(?:of|with) (?:size|length) (?:exactly )?k\b|\bk consecutive\b|\bwindow of (?:size|length)\b|\blength (?:equal to |exactly )?k\b/;

/**
 * A run judged by its total over values that can be negative: a window cannot shrink safely (a
 * negative value ahead may still bring the total back), so it is no method here.
 */
export const windowBroken = (scene: Scene) =>
  scene.negatives && RUN_SUM.test(scene.body) && !FIXED_LENGTH.test(scene.body);

/** The names a question gives the two ends of a range: l and r, left and right, from and to, a and b. */
const LOW_END = '(?:l|left|lo|low|from|start|begin|a)(?:_?[a-z])?';
const HIGH_END = '(?:r|right|hi|high|to|end|b)(?:_?[a-z])?';
/** A range a question names by its two ends: `[l_i, r_i]`, `a_j <= b_j`, `words[from_i], ..., words[to_i]`. */
const INDEX_PAIR = String.raw`(?:\[\s*${LOW_END}\s*,\s*${HIGH_END}\s*\]|\b${LOW_END} <= ${HIGH_END}\b|\b[a-z]\w*\[${LOW_END}\],? (?:\.\.\.|…),? [a-z]\w*\[${HIGH_END}\]|\b[a-z]\w*\[${LOW_END} ?(?:\.\.\.?|…|:) ?${HIGH_END}\])`;
/** Many questions: queries, questions, asks, requests, a list of ranges. */
const MANY_QUESTIONS = String.raw`\b(?:quer(?:y|ies)|questions?|ranges|requests|asks)\b`;
/** What each asks for can be subtracted: a count or a total. */
const ADDITIVE = String.raw`(?<!\b(?:maximum|minimum|largest|smallest|possible) )\b(?:how many|number of|count|total|sum)\b`;

/** Many questions, each about the positions between two indices, answered by a count or a total. */
const RANGE_QUESTIONS = new RegExp(
  String.raw`${MANY_QUESTIONS}[^.\n]{0,80}?${INDEX_PAIR}[\s\S]{0,200}?${ADDITIVE}|${MANY_QUESTIONS}[^.\n]{0,120}?${ADDITIVE}[^.\n]{0,120}?${INDEX_PAIR}`,
);

/** The input's order is the answer's to choose. */
const REORDERED = /\b(?:re-?order|rearrang|permut)\w*\b/;

/** A liquid that settles where higher ground stands on both sides. */
const HELD_LIQUID =
  /\b(?:water|rain\w*|snow|sand|flood\w*|liquid)\b[^.]{0,200}\b(?:(?:to|on) (?:its|the) left\b[^.]{0,60}\b(?:to|on) (?:its|the) right|(?:both|either|each) sides?|higher (?:ground|bars?|walls?|pillars?|columns?) on both)\b|\b(?:hollows?|dips?|pits?|basins?)\b[^.]{0,60}\b(?:higher|taller)\b[^.]{0,40}\bboth sides\b/;

export const RUN_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'prefix-sum',
    pattern: RUN_EXACT_TOTAL,
    // As plain as naming the method: "a multiple of" or "add up to" alone points elsewhere.
    weight: 3.5,
    why: 'a run whose total must hit a value lies between two running totals that differ by it: count the totals seen so far in a map',
    when: (scene) => !scene.design && !scene.updates,
    also: ['hash-table'],
  },
  {
    technique: 'prefix-sum',
    pattern: RANGE_QUESTIONS,
    weight: 3,
    why: 'the array never changes between the questions, so running counts (or totals) answer each range by one subtraction',
    // An array the answer may rearrange first is a choice of order, not a fixed array to total.
    when: (scene) =>
      !scene.design &&
      !scene.updates &&
      scene.shape !== 'graph' &&
      !scene.grid &&
      !scene.kinds.includes('tree') &&
      !REORDERED.test(scene.body),
  },
  {
    technique: 'two-pointers',
    pattern: HELD_LIQUID,
    weight: 3,
    why: 'the level over each bar is the lower of the highest bar on its left and on its right: two pointers moving in from the lower side (or a stack of falling bars, or both running maxima) find it in one pass',
    when: (scene) => !scene.grid && scene.shape !== 'graph',
    also: ['monotonic-stack', 'dynamic-programming'],
  },
];
