import { valuesCountable } from '../log-factor';
import { rankCounted } from './orders';
import type { Scene, Trigger } from './trigger';

/**
 * Words ending in "est" that rank nothing (a rest, a forest, a request): a superlative below is any
 * other word of that ending, so a setter's own degree ("hottest", "slowest", "brightest") reads
 * without a list of adjectives.
 */
const NOT_A_DEGREE = String.raw`(?!(?:rest|unrest|arrest|interest|forest|test|contest|protest|attest|detest|request|quest|conquest|guest|suggest|digest|honest|modest|chest|crest|priest|harvest|invest|manifest|tempest|west|midwest|northwest|southwest|nest|pest|vest|zest|jest|lest)\b)`;
/** A degree told by the page's own adjective: the slowest, the most expensive, the best, the ones that weigh the most. */
export const DEGREE = String.raw`(?:${NOT_A_DEGREE}[a-z]{3,}est\b|best\b|worst\b|most\b|least\b)`;

/**
 * The question ranks n items by a degree and asks for a place k or the k at the top, in the
 * setter's words: "the k-th hottest", "the time that would stand at place k if the laps were ranked
 * from the slowest to the fastest", "return the value in position k" of a list written from the
 * highest to the lowest, "k stars … the ones nearest", "k of them, choosing those that weigh the
 * most". The k never comes from a bound (`1 <= k <= n`), which holds no sentence of words.
 */
export const RANKED_PICK = new RegExp(
  [
    String.raw`\bk-?th (?:\w+ ){0,2}?${DEGREE}`,
    String.raw`\b(?:position|place|rank|spot) k\b[^.]{0,120}\b(?:rank|list|sort|order|arrang|writ|line)\w*\b[^.]{0,40}\bfrom the ${DEGREE}`,
    String.raw`\b(?:rank|list|sort|order|arrang|writ|line)\w*\b[^.]{0,40}\bfrom the ${DEGREE}[^.]{0,120}\b(?:position|place|rank|spot) k\b`,
    String.raw`\bk\b (?:\w+ ){0,3}?(?:\w+s|of them)\b[^.]{0,80}?\b(?:the ones|those|ones)\b (?:\w+ ){0,3}?${DEGREE}`,
  ].join('|'),
);

/**
 * What is ranked is built from the items (pairs, sums, subarrays, fractions): the k-th of those is
 * a halving search over the answer or a merge of sorted rows, not a heap of the items.
 */
const RANKS_COMBINATIONS =
  /\b(?:pairs?|sums?|products?|distances? between|differences?|fractions?|subarrays?|substrings?|subsequences?|subsets?|paths?)\b[^.]{0,40}\bk-?th\b|\bk-?th (?:\w+ ){0,3}(?:pairs?|sums?|products?|distances?|differences?|fractions?|subarrays?|substrings?|subsequences?|subsets?|paths?)\b/;

/** One list of items, neither a grid nor a class's calls. */
const oneListGivenWhole = (scene: Scene) => scene.shape === 'one' && !scene.grid && !scene.design;

/**
 * The k best of n items, or the item at place k once they are ranked, from one list given whole:
 * a heap that never holds more than k. A list already sorted by the ranked value answers by its
 * order (a halving search), values from a small range by a count per value, a grid or rows of
 * sorted values by a search over them, and a class by its calls.
 */
export const rankedPickFromOneList = (scene: Scene) =>
  oneListGivenWhole(scene) &&
  !scene.guarantees.has('sorted') &&
  !rankCounted(scene) &&
  !valuesCountable(scene.largestValue, scene.largest) &&
  !RANKS_COMBINATIONS.test(scene.body);

/** A place k asked of one list. */
const KTH = /\bk-?th\b|\b(?:position|place|rank|spot) k\b/;
/**
 * The list itself is promised in order ("listed in strictly increasing order", "a sorted array"),
 * not only the ranking the question describes ("the k-th largest in sorted order").
 */
const LIST_IN_ORDER =
  /\b(?:are|is|were|given|listed|written|stored|arrive|kept|come) (?:\w+ ){0,2}in (?:strictly )?(?:increasing|ascending|non-decreasing|decreasing|descending|non-increasing|sorted) order\b|\bsorted (?:\w+ )?(?:array|list|sequence)\b/;
const rankedInOrder = (scene: Scene) =>
  oneListGivenWhole(scene) && scene.guarantees.has('sorted') && LIST_IN_ORDER.test(scene.body);

export const RANKED_PICK_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'heap-priority-queue',
    pattern: RANKED_PICK,
    weight: 3,
    why: 'only the k best of the n items matter: a heap that never holds more than k keeps them, the weakest of them on top to be pushed out, O(n log k)',
    when: rankedPickFromOneList,
    also: ['sorting', 'divide-and-conquer'],
  },
  {
    // Outweighs the k-th heap phrase, which reads the same words on any list.
    technique: 'binary-search',
    pattern: KTH,
    weight: 3.5,
    why: 'the list is already in order, so the place k is found by position: halve the part that can still hold it, with no heap and no sort',
    when: rankedInOrder,
  },
];
