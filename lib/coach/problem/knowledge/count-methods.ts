import { sentencesOf } from '../sentences';
import type { Scene, Trigger } from './trigger';

/**
 * Counting words that dress another method. A statement about counts, pairs or repeats is read as
 * a map of counts (arrays.ts, lookups.ts, pair-counts.ts) unless its structure says the map is not
 * the work: the values come sorted, so equal values already stand together; the items fall into a
 * few kinds, so the answer is a formula in the kinds' counts; a group is bounded by the spread of
 * its members, so a sort puts every group in one run; the rule bounds how many different values
 * stay, so the choice is which whole groups to keep. Each rule reads one of those shapes.
 */

/** A plain collection of items: not a grid, a graph, numbers alone or a class. */
const collection = (scene: Scene) =>
  !scene.design && !scene.grid && scene.shape !== 'graph' && scene.shape !== 'values';

/** The question asks for a count (of pairs, picks, ways), not one item or a best value alone. */
const COUNTS = /\bhow many\b|\bnumber of\b|\bcount\b|\bcounts\b/;

/** The value seen most often: the mode of the list. */
export const MOST_FREQUENT = /\bmost (?:common|frequent(?:ly)?|often)\b|\boccurs? (?:the )?most\b/;

/**
 * Two or three items taken together and judged by whether their sum (or product, or difference)
 * is even or odd, in one sentence: only each item's parity matters, so the answer is a formula in
 * how many are even and how many odd. Pairs of neighbours or runs keep their positions.
 */
const PICKED = /\bpairs?\b|\btwo (?:different |distinct )?\w+|\btriples?\b|\btriplets?\b|\bpicks?\b/;
const COMBINED = /\bsum\b|\btotal\b|\bproduct\b|\bdifference\b|\bmultipl\w*|\badd(?:ed)? up\b| [+*] /;
const PARITY = /\b(?:even|odd)\b/;
const POSITIONAL = /\b(?:adjacent|consecutive|neighbou?r\w*|subarrays?|substrings?|contiguous|segments?)\b/;
const parityOfPicks = (body: string) =>
  sentencesOf(body).some(
    (sentence) =>
      PICKED.test(sentence) && COMBINED.test(sentence) && PARITY.test(sentence) && !POSITIONAL.test(sentence),
  );

/**
 * Two or three items chosen so that their kinds are all different, or all the same, where the
 * values take only a few kinds (`1 <= colors[i] <= 3`, or letters from a short list the page
 * names): the count is a product (or a sum of pair counts) over how many items each kind has.
 */
const KIND_PICKS =
  /\b(?:choose|chooses|pick|picks|select|selects|take|takes|form|forms)\b[^.]{0,80}\b(?:two|three|pairs?|triples?|triplets?)\b[^.]{0,120}\b(?:(?:all|pairwise) (?:different|distinct)|different (?:colou?rs|kinds|types|flavou?rs|values)|(?:the )?same (?:colou?r|kind|type|flavou?r|value))\b/;
const FEW_KINDS = 10;
const fewKinds = (scene: Scene) =>
  (scene.largestValue !== undefined && scene.largestValue <= FEW_KINDS) ||
  scene.guarantees.has('fixed-alphabet');

/**
 * The fewest groups (teams, boxes, batches) in which any two members differ by at most a bound:
 * sorted, every group is a run of neighbours, and a new group starts at the first value too far
 * from the lightest of the current one.
 */
const FEWEST_GROUPS =
  /\b(?:fewest|smallest number of|minimum number of|least number of|smallest possible number of)\b (?:\w+ ){0,2}(?:groups|teams|boxes|batches|bins|buses|rooms|classes|crews|squads|bags|shelves|trays|cars|boats)\b/;
const SPREAD_BOUND =
  /\b(?:any two|every two|each pair of|all pairs of|two members)\b[^.]{0,100}\bdiffer\w* by (?:at most|no more than)\b|\b(?:differ\w*|difference) (?:by |of |between [^.]{0,40})?(?:at most|no more than)\b[^.]{0,60}\b(?:same|one|each|every) (?:group|team|box|batch|bin|bus|room|class|crew|squad|bag|shelf|tray|car|boat)\b/;

/**
 * At most k different values may stay, and the fewest items are removed: whole groups of equal
 * values go or stay, so count each value and keep the k largest groups (a sort of the counts).
 */
const FEW_DIFFERENT_KEPT =
  /\bat most [a-z] (?:different|distinct)\b[^.]{0,80}\b(?:stay|remain|left|kept|keep)\w*\b|\b(?:leave|keep)\w* at most [a-z] (?:different|distinct)\b/;
const REMOVED = /\b(?:remov\w*|delet\w*|take away|taken away|throw\w* away|discard\w*|eras\w*|drop\w*)\b/;

/** The shapes below, each read whole from the scene: the triggers quote their words, the hints follow them. */
export const countShapes = {
  /** The most common value of a list promised in order. */
  runsOfEquals: (scene: Scene) =>
    collection(scene) && scene.guarantees.has('sorted') && !scene.ordered && MOST_FREQUENT.test(scene.body),
  /** Picks counted by the parity of their sum or product. */
  parityPicks: (scene: Scene) => collection(scene) && COUNTS.test(scene.body) && parityOfPicks(scene.body),
  /** Picks counted by their kinds, among a few kinds. */
  kindPicks: (scene: Scene) =>
    collection(scene) && COUNTS.test(scene.body) && fewKinds(scene) && KIND_PICKS.test(scene.body),
  /** The fewest groups whose members differ by at most a bound. */
  groupsBySpread: (scene: Scene) =>
    collection(scene) && !scene.ordered && FEWEST_GROUPS.test(scene.body) && SPREAD_BOUND.test(scene.body),
  /** The fewest removals that leave at most k different values. */
  fewDifferentKept: (scene: Scene) =>
    collection(scene) && !scene.ordered && REMOVED.test(scene.body) && FEW_DIFFERENT_KEPT.test(scene.body),
};
export type CountShape = keyof typeof countShapes;

export const COUNT_METHOD_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'sorting',
    pattern: MOST_FREQUENT,
    weight: 3,
    why: 'the values come sorted, so equal values already stand side by side: one scan measures each run and keeps the longest, with no table',
    when: countShapes.runsOfEquals,
    also: ['two-pointers'],
  },
  {
    technique: 'math',
    pattern: /\b(?:pairs?|two|triples?|triplets?|picks?)\b[^.]{0,160}?\b(?:even|odd)\b/,
    weight: 3.5,
    why: 'only whether each value is even or odd decides the pick: count the evens and the odds, and the answer is a formula in those two counts',
    when: countShapes.parityPicks,
  },
  {
    technique: 'math',
    pattern: KIND_PICKS,
    // Above the generic "in how many ways" phrase and its company: the kinds decide the whole pick,
    // so no table over the items is the method, however often the notes list one ahead of math.
    weight: 4.5,
    why: 'the items fall into a few kinds and only the kinds decide the pick: count each kind once, and the answer is a product of those counts',
    when: countShapes.kindPicks,
  },
  {
    technique: 'sorting',
    pattern: FEWEST_GROUPS,
    weight: 3.5,
    why: 'a group is bounded by how far apart its members may be: sorted, every group is a run of neighbours, and a new one starts at the first value too far from the smallest of the current group',
    when: countShapes.groupsBySpread,
    also: ['greedy'],
  },
  {
    technique: 'greedy',
    pattern: FEW_DIFFERENT_KEPT,
    weight: 3.5,
    why: 'only how many different values stay is bounded, so whole groups of equal values go or stay: count each value and keep the largest groups, removing the rest',
    when: countShapes.fewDifferentKept,
    also: ['hash-table', 'sorting'],
  },
];
