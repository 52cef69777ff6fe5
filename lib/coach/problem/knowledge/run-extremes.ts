import { DEGREE } from './ranked-picks';
import type { Scene, Trigger } from './trigger';

/** What setters call a contiguous run of the input: a subarray, a stretch, a block, a passage… */
const RUN_WORDS =
  '(?:subarrays?|subsegments?|segments?|stretch(?:es)?|runs?|blocks?|passages?|streaks?|sections?|spans?)';
const RUN_NOUN = String.raw`${RUN_WORDS}\b`;
/**
 * One item of a run picked by a degree ("its quietest note", "the tallest book in it", "its largest
 * reading", "the minimum"), never a figure of the whole run ("the largest sum", "the longest length").
 */
const EXTREME_ITEM = String.raw`(?:${DEGREE}|minimum\b|maximum\b)(?! (?:sum|total|length|average|mean|product|xor|count|number|size|difference|gcd|score|value of|possible)\b)`;

/**
 * Every run of the input has a value that is one of its items picked by a degree: "for every
 * subarray … the loudness of its quietest note", "for each block, its skyline is the height of the
 * tallest book in it", "its calm level is … the quietest day of the stretch", "its spread is its
 * largest reading minus its smallest".
 */
const EVERY_RUNS_EXTREME = new RegExp(
  [
    String.raw`\b(?:every|each|all|any)(?: (?:such|possible|non-empty|of the|the))* (?:\w+ )?${RUN_NOUN}[^.]{0,120}?\b(?:its|their|the)\b (?:\w+ ){0,3}?${EXTREME_ITEM}`,
    String.raw`${EXTREME_ITEM} (?:\w+ ){0,3}?(?:of|in) (?:the|each|every|this|that|a|its) (?:\w+ )?${RUN_NOUN}(?! (?:sums?|totals?|lengths?)\b)`,
  ].join('|'),
);

/** The question adds those values up over all the runs. */
const TOTALLED = /\b(?:sum|total|add(?:s|ed)? up|summed)\b/;
/**
 * Runs of one fixed width (a window of k, k consecutive days): each window's extreme is a deque's
 * front, not a total over every run.
 */
const FIXED_WIDTH = new RegExp(
  String.raw`\b(?:windows?|${RUN_WORDS}) of (?:(?:length|size|width|exactly) [a-z]\b|[a-z] (?:consecutive|adjacent)\b)|\bwindows? of (?:size |length )?[a-z]\b`,
);

/** The page totals, over all its runs, each run's item picked by a degree. */
export const extremesOfEveryRunTotalled = (body: string) =>
  TOTALLED.test(body) && EVERY_RUNS_EXTREME.test(body);

const everyRunTotalled = (scene: Scene) =>
  scene.ordered &&
  !scene.grid &&
  scene.shape !== 'graph' &&
  !scene.design &&
  !scene.updates &&
  !scene.positionSpans &&
  TOTALLED.test(scene.body) &&
  !FIXED_WIDTH.test(scene.body);

/**
 * For each item, the nearest one on a side that beats the item itself ("the closest student behind
 * them who is taller than them", "up to and including the first one that is at least as tall as
 * itself"): the comparison is with the item's own value, never a fixed number.
 */
const NEAREST_BEATING_ITSELF =
  /\b(?:closest|nearest|first|next)\b (?:\w+ ){0,4}?(?:who|that|which) (?:(?:is|are|stands?|was) (?:strictly )?(?:(?!oth|rath)[a-z]{2,}er than|at least as \w+ as|no \w+er than)|(?:>=|<=) as \w+ as) (?:them|it|itself|himself|herself|themselves|him|her|its own|their own)\b/;

const forEachInALine = (scene: Scene) =>
  /\b(?:for|of) (?:each|every)\b/.test(scene.body) && !scene.grid && scene.shape !== 'graph' && !scene.design;

export const RUN_EXTREME_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'monotonic-stack',
    pattern: EVERY_RUNS_EXTREME,
    weight: 3,
    why: 'each item is the extreme of exactly the runs that stop short of its nearest beater on each side, found for all items by one stack kept in order: add the item times those two spans',
    when: everyRunTotalled,
    also: ['dynamic-programming', 'math'],
  },
  {
    technique: 'monotonic-stack',
    pattern: NEAREST_BEATING_ITSELF,
    weight: 3,
    why: 'the nearest item that beats each one is what a stack of the items still waiting, kept in order, reveals: each newcomer answers every weaker item on top',
    when: forEachInALine,
  },
];
