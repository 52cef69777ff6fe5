import { spacedOut } from './kept-apart';
import { INTERVAL_DP } from './paradigms';
import type { Scene, Trigger } from './trigger';

/**
 * Sorting is the method when the answer does not depend on the order the input arrives in: the
 * question lets the items be taken in any order, matches them by rank, serves them by a key, or
 * asks about values whose positions play no part. Each rule below reads one of those shapes; all
 * of them stand down where the order is part of the question (scene.ordered: a contiguous run,
 * positions kept), where few items invite trying every order instead, and outside a plain
 * collection (a grid, a graph, numbers alone, a class).
 */
function orderFree(scene: Scene): boolean {
  return (
    !scene.ordered &&
    !scene.design &&
    !scene.grid &&
    scene.shape !== 'graph' &&
    scene.shape !== 'values' &&
    !scene.guarantees.has('sorted') &&
    (scene.largest === undefined || scene.largest > 20)
  );
}

/** The question wants the best of something: a least or greatest total, a count, a winner. */
const OPTIMUM =
  /\b(?:smallest|largest|least|most|minimum|maximum|fewest|greatest|lowest|highest|minimi[sz]e|maximi[sz]e|best|wins?)\b|\bas (?:few|many|small|large|even|weak|strong) as\b/;

/**
 * Freedom over the output's order ("return the answer in any order") says nothing about the
 * input's, so a sentence that hands it out is read without it. Sentences are split first: a
 * pattern that spans a whole sentence would rescan it from every word of a long one.
 */
const IN_ANY_ORDER = /\bin any order\b/;
const OUTPUT_WORD = /\b(?:return|print|output|answers?|results?)\w*\b/;
const withoutOutputOrder = (body: string) =>
  body
    .split(/(?<=\.)/)
    .filter((sentence) => !(IN_ANY_ORDER.test(sentence) && OUTPUT_WORD.test(sentence)))
    .join(' ');

/**
 * The items may be taken, played, loaded or arranged in whatever order suits the answer ("in an
 * order the potter chooses", "she may choose the order"), or grouped as it likes (an offer on any
 * two items bought).
 */
const ANY_ORDER =
  /\bin (?:any|whatever) order\b|\bin an? order (?:that )?(?:the \w+|you|he|she|they|we) (?:chooses?|picks?|decides?|likes?|wants?)\b|\b(?:you|he|she|they|we) (?:may|can) (?:choose|pick|decide) the order\b|\bmay (?:be )?(?:re-?arrange|reorder|shuffle|permute)\w*\b|\b(?:re-?arrange|reorder|shuffle|permute)\w* (?:them|the \w+|its \w+|their \w+) (?:freely|as (?:you|they) (?:like|wish|want))\b|\border (?:of|in which) [^.]{0,40}\b(?:does not|doesn't|do not|don't|never) matters?\b|\b(?:takes?|picks?|removes?|chooses?) any (?:one )?(?:\w+ )?(?:still |left |remaining )?(?:on|in|from) the (?:table|pile|board|heap|row|bag|deck)\b|\b(?:pay(?:s|ing)? for|buy(?:s|ing)?) any (?:two|three|2|3|k) \w+/;

/**
 * Letters of a text, or items of a few named kinds, rearranged at will are decided by how many
 * there are of each kind (a palindrome from shuffled letters, equal tasks kept apart): a count,
 * not a sort.
 */
const fewKinds = (scene: Scene) =>
  scene.kinds.includes('string') ||
  scene.guarantees.has('fixed-alphabet') ||
  scene.guarantees.has('lowercase-only') ||
  spacedOut(scene);

/**
 * Items removed or cut in any order whose neighbours change as they go (balloons popped, a beam
 * cut at marked points) are positions, not values: the order is the choice a DP over ranges makes.
 */
export const takenInAnyOrder = (body: string) => {
  const freed = withoutOutputOrder(body);
  return ANY_ORDER.test(freed) && OPTIMUM.test(freed) && !INTERVAL_DP.test(body);
};

/**
 * Every item is matched with exactly one partner, from a second list or from the same one split
 * into twos (a raft for one or two, a key that opens one box): pairing by rank (smallest with smallest, or strongest with weakest) is what an
 * exchange argument leaves, so the order of the input never enters.
 */
const MATCHED_IN_TWOS =
  /\b(?:each|every) \w+ (?:receives|gets|is given|is assigned|takes) exactly one \w+\b[^.]{0,80}\b(?:each|every) \w+ (?:goes|is given|is assigned|belongs) to exactly one\b|\b(?:teams|pairs|couples|groups) of (?:exactly )?(?:two|2)\b|\bpair(?:s|ed)? (?:them |each \w+ |everyone )?up\b|\bpaired with exactly one\b|\b(?:exactly |at most )?(?:two|2) \w+ (?:per|in each|on each|to each) \w+\b|\b(?:split|divided|grouped|arranged|put|sorted|splits|divides|groups|arranges|puts|sorts) (?:them |the \w+ |everyone |everybody )?(?:up )?into (?:\w+ )?(?:pairs|couples|twos)\b|\b(?:form|forms|make|makes) (?:\w+ )?(?:pairs|couples)\b[^.]{0,60}\b(?:exactly one|each of one)\b|\b(?:carries|holds|seats|takes|fits) (?:at most two|one or two|up to two)\b|\b(?:opens?|opened|satisf(?:y|ies|ied)) (?:at most |only |exactly )?one \w+\b/;

/** Items that are each due by a time of their own, served one at a time: by due time is best. */
const DUE_BY_OWN_TIME =
  /\b(?:is|are) due (?:by |at |in |on )?\w+|\bmust be (?:finished|done|completed|delivered|handed in) (?:by|before|no later than) (?:its|their) own\b|\bno later than its (?:due|deadline)\b/;
const ONE_AT_A_TIME =
  /\bone (?:\w+ )?at a time\b|\bone after (?:another|the other)\b|\bbefore (?:starting|beginning) the next\b/;

/** Equal values must be told apart by steps that move one value a unit: equal ones go together. */
const ALL_DIFFERENT =
  /\bno two \w+ (?:\w+ )?(?:share|have) (?:a|an|the same)\b|\b(?:all|every) (?:of the )?(?:\w+ ){1,2}(?:are |is |become |becomes )?(?:pairwise )?(?:distinct|different|unique)\b|\bmake (?:all |every |them )?(?:\w+ )?(?:pairwise )?(?:distinct|unique|different)\b/;
const UNIT_STEP =
  /\b(?:raise|increase|increment|lower|decrease|decrement)\w* (?:any |a |one )?(?:\w+ ){0,2}by (?:1|one)\b|\badd (?:1|one) to\b/;

/**
 * The closest two values over all pairs, told as a least |a_i - a_j| or as the two nearest:
 * neighbours in sorted order. A difference between neighbours in the input (i and i + 1) is not.
 */
const NEAREST_TWO =
  /\b(?:smallest|least|minimum|lowest) (?:possible )?(?:absolute )?difference between (?:the )?(?:\w+ ){0,3}of (?:any )?two (?:different |distinct )?\w+\b|\b(?:least|smallest|minimum|min) (?:possible )?(?:value of )?`?\|\s?\w+?_?\[?i\]?\s?-\s?\w+?_?\[?j\]?\s?\|`?|\bthe two (?:nearest|closest) \w+\b|\bhow close the two\b|\b(?:two|pair of) \w+ (?:whose|with|that have) (?:\w+ ){0,3}(?:(?:the )?most (?:alike|similar)|closest|nearest)\b/;
const NEIGHBOURS_IN_INPUT = /\bi ?\+ ?1\b|\badjacent\b|\bneighbou?r\w*\b|\bnext to each other\b/;
/** A gap between positions (j - i, the closest entries of a log) is a distance in the input's order. */
const GAP_OF_POSITIONS =
  /(?<![\w[])(?:j ?- ?i|i ?- ?j)(?![\w\]])|\bclosest (?:entries|positions|indices|occurrences)\b/;

/** The question measures a gap between positions of the input: its order is part of the answer. */
export const positionsAsked = (body: string) => GAP_OF_POSITIONS.test(body);

/**
 * The spread of the items chosen, from the largest to the smallest, made least: once sorted, the
 * best choice of any size is a run of neighbours.
 */
const SPREAD_OF_CHOSEN =
  /\b(?:difference|gap) between the (?:\w+est|most \w+|least \w+) (?:\w+ )?(?:and|one and) the (?:\w+est|most \w+|least \w+)\b/;
const CHOSEN =
  /\b(?:choose|chooses|pick|picks|select|selects|give|gives|hand|hands|handed out|chosen|picked|selected)\b/;

/** One point chosen to make the total distance to every item least: a median, per axis. */
const ONE_POINT =
  /\b(?:put|place|build|choose|pick|open|set up|install|meet)\w* (?:up )?(?:one|a|the|an) (?:single )?(?:\w+ ){0,2}(?:at|on|in) (?:an? |any |one )?(?:\w+ ){0,2}(?:point|place|position|location|spot|coordinate)s?\b/;
const TOTAL_DISTANCE =
  /\b(?:total|sum of(?: the| all)?) (?:\w+ )?(?:distance|walking|travel|driving|moves|steps|cost)s?\b/;

export const ORDER_FREE_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'sorting',
    pattern: ANY_ORDER,
    weight: 3,
    why: 'the items may be taken in any order, so only their values count: sorted by the key the answer rewards, the best choice is read off in one pass',
    when: (scene) => orderFree(scene) && !fewKinds(scene) && takenInAnyOrder(scene.body),
    also: ['greedy'],
  },
  {
    technique: 'sorting',
    pattern: MATCHED_IN_TWOS,
    weight: 3,
    why: 'every item gets exactly one partner, and two crossed pairs can always be uncrossed without loss: sort and pair by rank (smallest with smallest, or strongest with weakest)',
    when: (scene) => orderFree(scene) && OPTIMUM.test(scene.body),
    also: ['greedy'],
  },
  {
    technique: 'sorting',
    pattern: DUE_BY_OWN_TIME,
    weight: 3,
    why: 'items served one at a time, each by a time of its own: swapping two out of due order never makes either later, so sort by due time and check as you go',
    when: (scene) => orderFree(scene) && ONE_AT_A_TIME.test(scene.body),
    also: ['greedy'],
  },
  {
    technique: 'sorting',
    pattern: ALL_DIFFERENT,
    weight: 3,
    why: 'sorted, equal values sit together, and each only has to be pushed just past the one before it',
    when: (scene) => orderFree(scene) && UNIT_STEP.test(scene.body) && OPTIMUM.test(scene.body),
    also: ['greedy'],
  },
  {
    technique: 'sorting',
    pattern: NEAREST_TWO,
    weight: 3,
    why: 'the closest two values of a set are neighbours once sorted, so one pass over neighbours finds them',
    when: (scene) => orderFree(scene) && !NEIGHBOURS_IN_INPUT.test(scene.body) && !positionsAsked(scene.body),
  },
  {
    technique: 'sorting',
    pattern: SPREAD_OF_CHOSEN,
    weight: 3,
    why: 'sorted, the chosen items with the least spread sit next to each other: slide a window of that many over the sorted values and compare its two ends',
    when: (scene) => orderFree(scene) && CHOSEN.test(scene.body) && OPTIMUM.test(scene.body),
    also: ['sliding-window'],
  },
  {
    technique: 'sorting',
    pattern: ONE_POINT,
    weight: 3,
    why: 'a sum of distances to one point is least at a median of the positions (per axis when the walk is along streets): sort and take the middle',
    when: (scene) => orderFree(scene) && TOTAL_DISTANCE.test(scene.body) && OPTIMUM.test(scene.body),
    also: ['math'],
  },
];
