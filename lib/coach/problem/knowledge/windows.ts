import { madeMirror } from '../pointer-shapes';
import { REARRANGED_PALINDROME } from './lookups';
import { consecutiveValuesAnywhere } from './orders';
import { RUN_EXACT_TOTAL } from './runs';
import { BRACKET_TEXT } from './structures';
import type { Trigger } from './trigger';

/**
 * Three or four different items whose values are added ("three different jars whose scores add
 * up to 0"): a tuple judged by its total, whatever the items are called.
 */
export const SUMMED_TUPLE =
  /\b(three|four) (?:different|distinct) \w+\b[^.]{0,120}\b(?:adds? up to|sums? (?:up )?to|totals?|sum (?:is|equals))\b/;
/**
 * Items taken only from the two ends of a row ("the leftmost or the rightmost crate", "from either
 * end", "the front or the back"): what is taken is a prefix and a suffix, what stays one contiguous
 * run, so the row's own order is the question and no sort or heap can reorder it.
 */
export const TAKEN_FROM_ENDS =
  /\b(?:the )?(?:leftmost|left end|front|first|head|top|beginning) (?:[a-z]+ )?or (?:the )?(?:rightmost|right end|back|last|tail|bottom|end)(?: one)?\b(?! (?:of|occurrence|index|position|time)\b)|\bfrom either end\b|\bfrom (?:both|the two|either of the two) ends\b|\bfrom the (?:front|left|start|beginning) or (?:from )?the (?:back|right|end)\b/;

/** The largest or the smallest of what a run holds, in the words setters use for a value. */
const EXTREME =
  '(?:highest|largest|greatest|biggest|maximum|max|tallest|strongest|heaviest|loudest|hottest|warmest|lowest|smallest|least|minimum|min|shortest|weakest|lightest|cheapest|coldest|quietest)';
/**
 * An extreme of the items themselves ("the highest temperature", "the tallest shelf"), not of a
 * figure built from many of them (a total, an average, a count, a length), nor a rank below the
 * top ("the k-th largest", "the second highest"), which no deque keeps.
 */
const ITEM_EXTREME = new RegExp(
  `(?<!\\b(?:k-th|kth|second|third|\\d+(?:st|nd|rd|th)) )\\b${EXTREME} (?!(?:such|one|ones|of|among|total|sum|average|mean|median|length|number|count|size|possible|profit|score|points?|gain|revenue|income|earnings|amount|product|xor|difference|distance|window|subarray|substring|segment|stretch|run|block|streak|period|interval|time|value of)\\b)[a-z]{3,}`,
);
/** A run of k items told by where they stand: "k cupcakes standing next to each other". */
const ADJACENT_RUN =
  /\b(?![an]\b)[a-z] [a-z]+ (?:(?:standing|placed|sitting|lying|set) )?(?:next to each other|side by side)\b/;
/**
 * A run of exactly k items: "k consecutive hours", "d adjacent shelves", "a window of size k", or
 * one told by where its items stand. Not the whole input ("n consecutive days" is the list itself)
 * and not "a consecutive run".
 */
export const FIXED_WINDOW = new RegExp(
  `${ADJACENT_RUN.source}|\\b(?![an]\\b)[a-z] (?:consecutive|adjacent|successive|contiguous) [a-z]+\\b|\\bwindows? of (?:size|length) [a-z]\\b|\\b(?:subarrays?|substrings?|blocks?|segments?) of (?:size|length) [a-z]\\b`,
);
/** A window of the latest stretch of time: "in the last five minutes", "the past 60 seconds". */
export const TIME_WINDOW =
  /\b(?:last|past|previous|most recent|recent) (?:`?[\w.]+`? ){0,2}(?:milli)?(?:seconds?|minutes?|hours?|days?|ms)\b/;
/** A run whose largest and smallest must stay close: "the strongest and the weakest differ by at most d". */
export const SPREAD_RUN =
  /\b(?:contiguous|consecutive|stretch|run|window|subarray|segment)\b.{0,120}\b(?:largest|maximum|highest|strongest|tallest|heaviest|hottest|loudest)\b.{0,40}\b(?:smallest|minimum|lowest|weakest|shortest|lightest|coldest|quietest)\b.{0,40}\b(?:at most|differ|difference)\b/;
/**
 * Whether the page's runs have one given length: a fixed window, not a length the question asks
 * for ("the largest l such that two pieces of l consecutive letters are equal").
 */
export function fixedWindow(body: string): boolean {
  const letter = FIXED_WINDOW.exec(body)?.[0].match(/^([a-z]) /)?.[1];
  if (letter === undefined) return FIXED_WINDOW.test(body);
  return !new RegExp(
    `\\b(?:largest|smallest|maximum|minimum|longest|shortest|greatest|least) (?:possible )?(?:such )?${letter}\\b`,
  ).test(body);
}
/** The question's sentence: what the page asks to be returned, printed or found. */
const ASKING = /\b(?:return|print|output|report|find|determine|compute|answer)\b/;

/**
 * Whether each run of k overlapping items is asked for the largest or smallest item it holds (the
 * hottest hour of every shift, the cheapest day of each week, the least of the windows' tallest):
 * a deque of candidates keeps it as the run slides, where a running total cannot be undone.
 */
export function windowExtreme(body: string): boolean {
  if (!fixedWindow(body)) return false;
  return body
    .split(/\n|(?<=[.;!?])\s+/)
    .some((sentence) => ASKING.test(sentence) && ITEM_EXTREME.test(sentence));
}

const TWO_PLAYERS = /\bplayers?\b|\bopponent\b|\balice\b[\s\S]*\bbob\b|\bin turns?\b|\btakes? turns?\b/;

const notPalindrome = (scene: { body: string }) => !/\bpalindrom/.test(scene.body);

/** Windows and pointers: a run or a pair found by moving its two ends along a sequence. */

/** A list cut into blocks of k that follow one another, not runs of k that overlap. */
const CUT_INTO_BLOCKS =
  /\b(?:blocks|groups|batches|chunks|pieces|parts|segments) of (?:size |length )?k consecutive\b|\b(?:split|cut|divided|uncoupled|broken|grouped|separated) (?:\w+ ){0,3}into (?:blocks|groups|batches|chunks|pieces|parts|segments) of (?:size |length )?k\b/;
export const WINDOW_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'sliding-window',
    pattern: TAKEN_FROM_ENDS,
    weight: 3,
    why: 'items are taken only from the two ends, so what is taken is a prefix and a suffix and what stays is one contiguous run: slide a window over the part kept (or try every split with running totals), one pass',
    // Two players taking ends in turns is a game over the remaining range, not one run.
    when: (scene) =>
      !scene.design &&
      !TWO_PLAYERS.test(scene.body) &&
      /\b(?:moves?|steps?|operations?|times|exactly|at most)\b/.test(scene.body),
    also: ['prefix-sum'],
  },
  {
    technique: 'sliding-window',
    pattern:
      /\b(?:longest|shortest|smallest|largest|maximum|minimum)(?: possible)?(?: length(?: of (?:a|the|any))?)? (?:contiguous |continuous |non-empty )?(?:[a-z]+ )?(?:substring|subarray|sub-array|window|segment|stretch|streak|run)\b(?! sum)/,
    weight: 3,
    why: 'a longest or shortest contiguous run is a window that grows on the right and shrinks on the left',
    when: (scene) =>
      notPalindrome(scene) &&
      !BRACKET_TEXT.test(scene.body) &&
      !RUN_EXACT_TOTAL.test(scene.body) &&
      !/\bconsecutive (?:values|integers|numbers|elements)\b|\bconsecutive sequence\b/.test(scene.body) &&
      !consecutiveValuesAnywhere(scene.body),
  },
  {
    technique: 'sliding-window',
    pattern:
      /\b(?:number of|count(?: of| the)?|how many) (?:contiguous |non-empty |consecutive )*(?:subarrays|substrings|runs|segments|stretches|blocks)\b.{0,80}\b(?:less than|at most|smaller than|does not exceed|no more than)\b/,
    weight: 3,
    why: 'with positive values, every valid run ending at a position is counted from one window',
    also: ['two-pointers'],
  },
  {
    technique: 'sliding-window',
    pattern:
      /\bwithout (?:a )?repeat|\bno (?:character|letter|value) (?:occurs|appears|repeats) more than once\b|\bat most (?:k|two|2) distinct\b|\b(?:contains?|holds?|holding|covers?|covering) (?:all|every) (?:the )?(?:characters?|letters?)\b|\bat most k (?:zeros|flips|replacements|changes)\b|\bat most k \w+\b[^.]{0,40}\b(?:chang|flip|replac|rewrit|turn|convert|repaint|repair)\w*\b[^.]{0,40}\binto\b|\bpermutation of \w+ as a substring\b/,
    weight: 2.5,
    why: 'a condition on the run’s contents can be kept up to date as a window slides',
    // Only about a run of the input: "at most k distinct projects" chosen freely is no window.
    when: (scene) => scene.ordered,
    also: ['hash-table'],
  },
  {
    technique: 'sliding-window',
    pattern:
      /\bwindow of (?:size|length) k\b|\b(?:every|each|all) (?:contiguous )?(?:subarrays?|substrings?|windows?|blocks?) of (?:size|length) k\b|\bk consecutive\b|\bwindow\b.{0,60}\bmoves? one position\b/,
    weight: 3,
    why: 'fixed-length runs overlap, so each is the previous one with one item in and one out',
    // Blocks of k cut one after another ("uncoupled into blocks of k consecutive wagons") do not
    // overlap: each is handled once on its own, and nothing slides.
    when: (scene) => !CUT_INTO_BLOCKS.test(scene.body),
  },
  {
    technique: 'sliding-window',
    pattern: ADJACENT_RUN,
    weight: 3,
    why: 'runs of k items side by side overlap, so each is the previous one with one item in and one out',
    when: (scene) => fixedWindow(scene.body),
  },
  {
    technique: 'sliding-window',
    pattern: FIXED_WINDOW,
    weight: 3,
    why: 'the largest or smallest item of each run of k overlapping ones is kept by a deque of candidates as the run slides, each item entering and leaving once',
    when: (scene) => windowExtreme(scene.body),
    also: ['queue', 'monotonic-stack'],
  },
  {
    technique: 'sliding-window',
    pattern: SPREAD_RUN,
    weight: 3,
    why: 'a run whose spread must stay small is a window with its minimum and maximum kept up to date',
    also: ['queue', 'monotonic-stack'],
  },
  {
    technique: 'two-pointers',
    pattern:
      /\b(?:two|pair of) (?:\w+ ){0,3}(?:that |which |whose )?(?:add up|sum) to\b.{0,80}\bsorted\b|\bsorted\b.{0,80}\b(?:two|pair of) (?:\w+ ){0,3}(?:that |which |whose )?(?:add up|sum) to\b/,
    weight: 3,
    why: 'in sorted input a pair sum is found by moving two indices towards each other',
    // Sorted by what the pair is summed on: an output "sorted by name" or a list sorted by id is no help.
    when: (scene) => scene.guarantees.has('sorted'),
  },
  {
    technique: 'two-pointers',
    pattern:
      /\bis (?:a )?palindrome\b|\b(?:make|makes|turn|turns|into) (?:\w+ ){0,2}?(?:a )?palindrome\b|\breads the same (?:forward|backward)|\bvalid palindrome\b|\bexpand(?:ing)? around\b|\blongest (?:palindromic|mirror)\b|\bpalindromic (?:substring|core)\b/,
    weight: 2,
    why: 'a palindrome compares characters from the two ends inwards (or outwards from a centre)',
    // A palindrome that only defines what a subsequence, a partition or a number must be is DP or arithmetic.
    // One the letters are rearranged into keeps no order to compare from the ends.
    when: (scene) =>
      scene.shape !== 'values' &&
      !/\bsubsequences?\b|\bpartition\w*\b|\binsert\w*\b/.test(scene.body) &&
      !REARRANGED_PALINDROME.test(scene.body) &&
      !madeMirror(scene.body),
  },
  {
    technique: 'two-pointers',
    pattern:
      /\bmost water\b|\bcontainer\b.{0,80}\bwater\b|\btrap(?:ped|ping)?\b.{0,40}\bwater\b|\bwater\b.{0,60}\bbetween\b/,
    weight: 3,
    why: 'the shorter of two walls limits the water, so the pointer at the shorter wall moves',
    // Water that flows between the places a graph links is no row of walls.
    when: (scene) => scene.shape !== 'graph',
    also: ['greedy'],
  },
  {
    technique: 'two-pointers',
    pattern: /\bsorted\b.{0,160}\b(?:also|still|again) (?:be )?sorted\b/,
    weight: 3,
    why: 'the largest results sit at the two ends of sorted input, so two pointers fill the output from the back',
    when: (scene) => scene.guarantees.has('sorted'),
    also: ['sorting'],
  },
  {
    technique: 'two-pointers',
    pattern: new RegExp(
      String.raw`\btriplets?\b|\bquadruplets?\b|\b(?:three|four) (?:indices|positions|distinct indices)\b|\b3sum\b|${SUMMED_TUPLE.source}`,
    ),
    weight: 2.5,
    why: 'fixing one element and closing in on the rest with two pointers avoids a cubic search',
    also: ['hash-table', 'sorting'],
  },
  {
    technique: 'two-pointers',
    pattern:
      /\bwithout (?:using )?extra (?:space|memory)\b|\bo\(1\) extra (?:space|memory)\b|\bmove (?:all )?(?:the )?zeroe?s\b|\bremove (?:the )?duplicates\b.{0,40}\bsorted\b|\bis (?:a )?subsequence of\b|\bcycle\b.{0,60}\blinked list\b|\blinked list\b.{0,80}\bcycle\b|\bmiddle (?:node|of the (?:linked )?list)\b|\bnth node from the end\b/,
    weight: 2,
    why: 'a read index and a write index (or a slow and a fast one) do it in one pass',
  },
  {
    technique: 'two-pointers',
    pattern:
      /\bconsecutive (?:groups?|blocks?|runs?) of (?:0s|1s|zeros|ones|equal characters|the same character)\b|\bgroups? of (?:equal|the same) (?:characters|letters|digits)\b|\ball the (?:0s|1s|zeros|ones) (?:are )?next to each other\b/,
    weight: 2,
    why: 'walking block by block with two indices compares each block with the one before it',
  },
];
