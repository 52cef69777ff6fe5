import { MIRROR_MADE, madeMirror } from '../pointer-shapes';
import { consecutiveValuesAnywhere } from './orders';
import { windowBroken } from './runs';
import { BRACKET_TEXT } from './structures';
import type { Scene, Trigger } from './trigger';

/**
 * Questions about a sequence told in a story's own words: a run the statement defines and wants
 * longest or shortest, k sorted lists made one, a formula of numbers, signs and brackets to work
 * out, and values drawn from a set of two or three put in order.
 */

/**
 * A run of the input the statement defines itself ("a tour: a run of consecutive paintings in
 * which…", "a block of neighbouring stalls"), asked for at its longest or shortest; a run whose
 * length is given ("pieces of L consecutive letters") has no extreme to find.
 */
const RUN_NOUN =
  '(?:runs?|stretch(?:es)?|blocks?|streaks?|spans?|series|rows?|chains?|sequences?|groups?|sections?|parts?|pieces?|portions?)';
const DEFINED_RUN = String.raw`\b${RUN_NOUN} of (?:(?![a-z0-9]\b)\w+ )?(?:consecutive|neighbou?ring|adjacent|contiguous|successive|back-to-back) \w+`;
const EXTREME = String.raw`\b(?:longest|shortest|fewest|most|largest|smallest|greatest|least|maximum|minimum)\b`;
const RUN_AT_ITS_EXTREME = new RegExp(
  String.raw`${DEFINED_RUN}[\s\S]{0,240}?${EXTREME}|${EXTREME} (?:\w+ ){0,4}?(?:such (?:a|an) )?${RUN_NOUN}\b[^.]{0,60}${DEFINED_RUN}`,
);

/** A condition on what the run holds (no item twice, every kind, few different ones): counted in a table. */
const CONTENTS =
  /\b(?:twice|more than once|repeat\w*|again|distinct|different|every (?:kind|type|colou?r|letter|genre|flavou?r)|each (?:kind|type|colou?r|letter|genre|flavou?r)|all (?:the )?(?:kinds|types|colou?rs|letters|genres|flavou?rs))\b/;

/** Several lists, each already in order, to be made into one ordered list ("the next k lines" of input are none). */
const MANY_LISTS = String.raw`(?<!\b(?:next|following|then) )\b(?:k|m|several|many) (?:\w+ ){0,2}?(?:lists|ledgers|feeds|logs|arrays|sequences|files|streams|timetables|lines|branches|shelves|queues|piles)\b`;
/**
 * Or k sources the statement then takes one at a time ("k gates. each gate printed ...", "m stalls;
 * stall i posts ..."): whatever they are called, each keeps a list of its own.
 */
const K_SOURCES = String.raw`(?<!\b(?:next|following|then) )\b(?:k|m) (?:\w+ ){0,2}?(\w{3,}?)(?:es|s)\b[\s\S]{0,120}?\b(?:(?:each|every) \1|\1 [ij])\b`;
const EACH_IN_ORDER = String.raw`\b(?:sorted|already in order|in (?:non-decreasing|non-increasing|increasing|decreasing|ascending|descending|chronological) order)\b`;
/** Or the order told by its ends: "listed from smallest to largest". */
const EACH_SMALLEST_FIRST = String.raw`${EACH_IN_ORDER}|\bfrom (?:the )?(?:smallest|lowest|earliest|least|shortest) to (?:the )?(?:largest|highest|latest|greatest|longest)\b`;
const MADE_ONE = String.raw`\b(?:merge|combine|interleave)\w*\b|\b(?:a )?(?:single|one) (?:\w+ ){0,2}?(?:list|ledger|feed|log|array|sequence|stream|timetable|board|line)\b|\b(?:a )?(?:single|one) \w+ (?:with|of|holding|containing) (?:every|all)\b`;
/** Or each of the k sources keeps one: "each of m servers writes a log of times in increasing order". */
const EACH_KEEPS_ONE = String.raw`\beach of (?:the )?(?:k|m|several|many) \w+ (?:writes|keeps|has|holds|sends|publishes|produces) an? (?:\w+ )?(?:list|ledger|feed|log|array|sequence|file|stream|timetable)\b`;
export const K_SORTED_INTO_ONE = new RegExp(
  String.raw`(?:${MANY_LISTS}|${EACH_KEEPS_ONE}|${K_SOURCES})[\s\S]{0,300}?(?:${EACH_SMALLEST_FIRST})[\s\S]{0,300}?(?:${MADE_ONE})`,
);

/** Two such lists made one: a pointer in each takes the smaller head, no heap needed. */
const TWO_SORTED_INTO_ONE = new RegExp(
  String.raw`\btwo (?:\w+ ){0,2}?(?:lists|ledgers|feeds|logs|arrays|sequences|files|streams|timetables|queues|lines|piles|shelves)\b[\s\S]{0,400}?(?:\bin (?:the )?order of\b|\bfrom (?:the )?(?:smallest|lowest|earliest) to\b|${EACH_IN_ORDER})`,
);

/**
 * A formula worked out from its text: numbers with operator signs and brackets, or operators
 * written after the values they combine (postfix told as a story).
 */
const FORMULA =
  /\b(?:digits|numbers|integers|values)\b[^.]{0,80}(?:\bsigns?\b|\boperators?\b|\+)[^.]{0,80}\b(?:brackets?|parenthes[ie]s)\b[\s\S]{0,200}?\b(?:value|evaluate|result|work out|compute|calculate|stands? for)\b|\boperators?\b[^.]{0,80}\b(?:after|before|follows?|precedes?) the two (?:values|numbers|operands|results)\b/;

/** Every value is one of a handful listed ("0, 1 or 2", "r, y or g", one of three colours). */
const ONE_VALUE = String.raw`(?:\d|[a-z]|'\w+'|"\w+"|\bred|\bgreen|\bblue|\bwhite|\byellow|\bamber|\bblack)`;
const FEW_VALUES = String.raw`\b(?:is|are|shows?|has|takes?) (?:either |only )?(?:${ONE_VALUE}, ){1,2}(?:${ONE_VALUE},? )?or ${ONE_VALUE}\b|\bone of (?:two|three) (?:colou?rs|kinds|types|values|labels|letters)\b|\bonly (?:the values )?0, 1,? (?:and|or) 2\b|\b(?:is|are) (?:either |only )?(?:0 or 1|1 or 0)\b|\bonly (?:0s and 1s|zeros and ones)\b`;
/** The question puts them in order: all of one value first, then the next. */
const PUT_IN_ORDER = String.raw`\b(?:sort|rearrange|reorder|arrange|segregat|put (?:them )?in order)\w*\b|\bfirst,? then\b|\bthen (?:all|every) (?:the )?\w+,? (?:then|and then)\b`;
export const FEW_VALUES_IN_ORDER = new RegExp(
  String.raw`(?:${FEW_VALUES})[\s\S]{0,240}?(?:${PUT_IN_ORDER})|(?:${PUT_IN_ORDER})[\s\S]{0,120}?(?:${FEW_VALUES})`,
);

/**
 * One line made by taking, again and again, the next item of either of two sequences: each keeps
 * its order and they alternate at will, so where the line stands is a pair (items used from the
 * first, items used from the second) and a table over both answers for the line as a whole.
 */
const FRONT_OF_EITHER =
  /\b(?:front|first|next|top|leading) (?:\w+ ){0,3}?(?:of|from) (?:one of the two|either of the two|either one of the two)\b/;
const ASKS_IF_OR_HOW_MANY = /\b(?:could|can|whether|possible|how many ways|number of ways)\b/;

const notDesign = (scene: Scene) => !scene.design;

/** A formula to build (can the numbers make 24?) is a search over formulas, not one to evaluate. */
const BUILDS_A_FORMULA =
  /\b(?:is it possible|whether|if (?:you|we|he|she|they) can|can (?:you|we|he|she|they) (?:get|make|obtain|form|reach|build)|(?:arrange|place|insert|put) (?:the )?(?:numbers|operators|signs))\b/;
/** Fewest changes to make values ordered is a question about the changes, not a sort. */
const FEWEST_CHANGES =
  /\b(?:minimum|fewest|least|smallest) (?:number of )?(?:operations|removals|deletions|moves|changes|replacements)\b/;

/** A run of the input, not consecutive values found anywhere, nor a total over values that can fall. */
const windowFits = (scene: Scene) =>
  notDesign(scene) &&
  scene.shape !== 'graph' &&
  !scene.grid &&
  !windowBroken(scene) &&
  !consecutiveValuesAnywhere(scene.body) &&
  !/\bpalindrom|\bsubsequence/.test(scene.body) &&
  !BRACKET_TEXT.test(scene.body) &&
  // A run two inputs share is a table over both, not a window over one.
  !/\bshared\b|\bcommon (?:substring|subarray|stretch|run|part)|\b(?:in|of|to) both\b/.test(scene.body) &&
  // Runs the input is split into are a partition to choose, not one run to find.
  !/\b(?:split|divide|partition|cut)\w* (?:\w+ ){0,3}?into\b/.test(scene.body) &&
  // A run of positions has no member missing; "no year of the span missing" is a run of values.
  !/\b(?:no|none|without (?:a|any)) (?:\w+ ){0,4}?(?:missing|skipped)\b|\bwithout (?:a )?gaps?\b/.test(
    scene.body,
  );

const WINDOW_WHY =
  'the statement defines a run of neighbouring items and wants the longest or shortest one: a window grows on the right and gives up items on the left while its condition is kept up to date';

export const SEQUENCE_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'dynamic-programming',
    pattern: MIRROR_MADE,
    weight: 4,
    why: 'the letters kept form the longest subsequence that reads the same both ways, a table over every span [i, j] filled from shorter spans; walking from the ends cannot tell which side to drop',
    when: (scene) => notDesign(scene) && madeMirror(scene.body),
    also: ['string'],
  },
  {
    technique: 'dynamic-programming',
    pattern: FRONT_OF_EITHER,
    weight: 3,
    why: 'the line so far is fixed by how many items each of the two sequences has given, so a table over those two counts says whether (or in how many ways) the rest can follow; taking from whichever front matches fails when both match',
    when: (scene) => notDesign(scene) && ASKS_IF_OR_HOW_MANY.test(scene.body),
    also: ['string'],
  },
  {
    technique: 'sliding-window',
    pattern: RUN_AT_ITS_EXTREME,
    weight: 3,
    why: `${WINDOW_WHY}, with a count of each item in the window`,
    when: (scene) => windowFits(scene) && CONTENTS.test(scene.body),
    also: ['hash-table'],
  },
  {
    technique: 'sliding-window',
    pattern: RUN_AT_ITS_EXTREME,
    weight: 3,
    why: WINDOW_WHY,
    when: (scene) => windowFits(scene) && !CONTENTS.test(scene.body),
  },
  {
    technique: 'heap-priority-queue',
    pattern: K_SORTED_INTO_ONE,
    weight: 3.5,
    why: 'each list is already in order, so the next item of the merged list is the smallest of the k heads: a heap of the heads hands it out in O(log k)',
    when: notDesign,
    // The merged list is the items in order, as two sorted lists merged are (below).
    also: ['divide-and-conquer', 'sorting'],
  },
  {
    technique: 'two-pointers',
    pattern: TWO_SORTED_INTO_ONE,
    weight: 3,
    why: 'both lists arrive in order, so one index in each takes the smaller head every time: one merging pass',
    // The k-th or the middle of two sorted lists is a halving search, and two sorted chains are relinked.
    when: (scene) =>
      notDesign(scene) &&
      scene.guarantees.has('sorted') &&
      scene.shape !== 'graph' &&
      !scene.kinds.includes('linked-list') &&
      !/\bk-?th\b|\bmedian\b|\bmiddle\b/.test(scene.body),
    also: ['sorting'],
  },
  {
    technique: 'stack',
    pattern: FORMULA,
    weight: 3,
    why: 'an operator acts on the values just before it, and a bracket holds a part to finish first: a stack keeps what is still open',
    when: (scene) => notDesign(scene) && scene.shape !== 'graph' && !BUILDS_A_FORMULA.test(scene.body),
    also: ['string'],
  },
  {
    technique: 'two-pointers',
    pattern: FEW_VALUES_IN_ORDER,
    weight: 3,
    why: 'with only two or three different values, counting each (or three markers swapping in one pass) puts them in order in linear time, no comparison sort needed',
    when: (scene) =>
      notDesign(scene) && scene.shape !== 'graph' && !scene.grid && !FEWEST_CHANGES.test(scene.body),
    also: ['sorting', 'hash-table'],
  },
];
