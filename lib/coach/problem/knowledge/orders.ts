import { valuesCountable } from '../log-factor';
import { gatedTest, wordGated } from '../word-gated';
import type { Scene, Trigger } from './trigger';

/**
 * Items on one line that move two ways: signs that stand for a direction, two named directions,
 * or a direction given per item ('L' or 'R').
 */
const TWO_WAYS =
  /\b(?:north|up)\w*\b[^.]{0,120}\b(?:south|down)\w*\b|\b(?:south|down)\w*\b[^.]{0,120}\b(?:north|up)\w*\b|\b(?:positive|negative)\b[^.]{0,80}\b(?:right|left|east|west|north|south|up|down|forwards?|backwards?|direction|way)\b|\b(?:left|west|backwards?)\b[^.]{0,120}\b(?:right|east|forwards?)\b|\b(?:right|east|forwards?)\b[^.]{0,120}\b(?:left|west|backwards?)\b|\bdirections?\b/;

/** The items themselves move (a bar that grows towards a shorter one is no moving item). */
const ITEMS_MOVE =
  /\b(?:mov(?:e|es|ing)|march\w*|head(?:s|ing)? (?:east|west|left|right|north|south|towards?)|drift\w*|travel\w*|roll\w*|walk\w*|crawl\w*|fl(?:y|ies|ying)|sail\w*|driv(?:e|es|ing)|equally fast|same (?:speed|pace|rate))\b/;
/** Two of them come together... */
const MEETING =
  /\b(?:meet|meets|collide|collides|collision|touch|touches|run into|runs into|crash(?:es)?|bump(?:s)? into|clash(?:es)?|encounters?|come together|comes together)\b/;
/** ...and the outcome is decided by comparing them: the smaller is lost, or the larger goes on. */
const LOSER_BY_SIZE =
  /\b(?:the one|whichever|the \w+) with (?:the )?(?:\w+er|less|fewer) \w+ (?:is|gets|will be) (?:destroyed|removed|eliminated|lost|sunk|knocked out|thrown|absorbed)\b|\b(?:weaker|lighter|smaller|shorter|slower|less \w+|lower \w+|fewer \w+)\b[^.]{0,60}\b(?:explodes?|destroyed|sinks?|thrown|knocked|falls?|breaks?|removed|disappears?|vanish\w*|absorbed|eliminated|loses?|dies|is lost|is out)\b|\b(?:stronger|heavier|larger|bigger|more \w+) (?:one )?(?:\w+ )?(?:survives?|wins?|remains?|stays?|continues?|carries on|goes on)\b|\b(?:meet|meets|collide|collides|touch|touches|runs? into)\b[^.]{0,120}\b(?:weaker|lighter|smaller|shorter|slower)\b/;

/** The middle value of what has arrived so far: the order of arrival is the stream. */
const MIDDLE_VALUE =
  /\bmedian\b|\b(?:centre|center|middle)\b[^.]{0,80}\b(?:lined up|sorted|ordered|in order|from (?:lowest|smallest|least) to (?:highest|largest|greatest))\b|\b(?:lined up|sorted|ordered|in order)\b[^.]{0,80}\b(?:centre|center|middle)\b|\bmiddle (?:one|value|mark|score|number|element|reading|time|price|entry)\b|\b(?:average|mean) of the two (?:middle|central)\b/;
const SO_FAR =
  /\bso far\b|\b(?:up to|until) (?:then|now|that point|that moment)\b|\b(?:after|as) (?:each|every)\b|\bone (?:at a time|by one)\b|\barriv\w+\b|\b(?:recorded|received|added|seen) (?:so far|until now)\b|\bstream\b/;
const MOVING_WINDOW = /\bwindow\b|\bsubarrays?\b|\bsorted arrays\b/;

/** Items moving two ways meet, and the smaller is lost. */
export const meetAndCancel = (body: string) =>
  TWO_WAYS.test(body) && ITEMS_MOVE.test(body) && MEETING.test(body) && LOSER_BY_SIZE.test(body);

/** The middle of what has arrived so far, not of a window that slides. */
export const middleSoFar = (body: string, design = false) =>
  MIDDLE_VALUE.test(body) && (design || SO_FAR.test(body)) && !MOVING_WINDOW.test(body);

/** A run of values each one more than the last, with the values' positions free. */
const CONSECUTIVE_VALUES =
  /\b(?:unbroken|uninterrupted|gapless) (?:sequence|run|streak|chain|range)s? of (?:\w+ )?(?:numbers|values|integers|ids|years|sizes)\b|\bconsecutive (?:integers?|numbers?|values?|elements? sequence)\b|\bx, x ?\+ ?1, x ?\+ ?2\b|\bno (?:\w+ ){0,2}missing in between\b|\beach (?:one )?(?:exactly )?one (?:more|greater|higher|larger) than the (?:one )?(?:before|previous)\b/;
const POSITIONS_FREE =
  /\bscattered\b|\b(?:better than|faster than|without) sorting\b|\bin any order\b|\bno (?:particular )?order\b|\bwherever\b|\bunsorted\b|\bregardless of (?:their )?(?:position|order)\b|\bin (?:the|any) (?:list|array) (?:in any order|at any position)\b|\bneed not be (?:next to each other|adjacent|contiguous)\b|\bo\(n\) time\b/;

/** A run of consecutive values taken from anywhere in the list: no window over positions. */
export const consecutiveValuesAnywhere = (body: string) =>
  CONSECUTIVE_VALUES.test(body) && POSITIONS_FREE.test(body);

/**
 * A sorted list cut at one point and its parts swapped: "rotated", or told as a block moved from
 * one end to the other.
 */
const ROTATED_SORTED =
  /\b(?:begins?|starts?) at an? (?:arbitrary|unknown|random|unspecified) (?:point|slot|index|position|place|entry)\b|\brotated\b|\bwraps? (?:a)?round\b|\bwrapping (?:a)?round\b|\bstarts? at an unknown (?:slot|index|position|point|offset|place)\b|\bunknown (?:pivot|offset|rotation|shift)\b|\b(?:block|part|prefix|suffix|few entries|some entries|first \w+|last \w+)\b[^.]{0,80}\b(?:moved|put|placed|appended|shifted)\b[^.]{0,40}\b(?:to|at) the (?:back|end|front|top|start|bottom)\b|\bcut\b[^.]{0,40}\b(?:swapped|exchanged)\b/;
/** Sorted once, before whatever was done to it; most statements hold none of its words. */
export const ONCE_SORTED = wordGated(
  /\bin (?:increasing|ascending|decreasing|descending|sorted) order\b|\b(?:was|were|had been)(?: once| originally| first)? (?:sorted|in (?:increasing|decreasing|ascending|descending) order)\b|\bsorted from \w+ to \w+\b|\bonce sorted\b|\bsorted (?:array|list)\b/,
  [' order', 'sorted', 'increasing', 'decreasing', 'ascending', 'descending'],
);

/**
 * Shifted left or right by some number of places ("then shifted left by some unknown number of
 * positions"): a rotation told as a shift. Kept apart from the trigger's own pattern, whose
 * learned weight is keyed by its text.
 */
const SHIFTED_BY =
  /\b(?:shifted|rotated|moved|turned|cycled) (?:cyclically |circularly )?(?:to the )?(?:left |right )?by (?:some|an unknown|an arbitrary|a|k|\w+)(?: unknown)?(?: number of)? (?:positions|places|steps|slots)\b/;

/** What is looked for in the list: a value's place, whether it is there, or the smallest. */
const SEARCH_ASK =
  /\b(?:index|position|find|search|minimum|smallest|earliest|lowest|least|coldest|cheapest|oldest|first|present|exists|contains|stored)\b/;

/** The input was sorted and then cut once with its parts swapped, told in words or named "rotated". */
export const sortedThenRotated = (body: string) =>
  gatedTest(ONCE_SORTED, body) && (ROTATED_SORTED.test(body) || SHIFTED_BY.test(body));

/**
 * A rank among all the values: the k-th smallest, the middle one, the one at position k once they
 * are in order ("which rating would be in position k if the ratings were written in
 * non-decreasing order").
 */
export const RANKED_VALUE = new RegExp(
  `${MIDDLE_VALUE.source}|\\bk-?th (?:smallest|largest|lowest|highest)\\b|\\b(?:in|at) (?:position|index|place) [a-z]\\b[^.]{0,80}\\b(?:order|sorted)\\b|\\b(?:order|sorted)\\b[^.]{0,80}\\b(?:in|at) (?:position|index|place) [a-z]\\b`,
);

/** A rank among values bounded by a small constant, far fewer than the items, all known up front. */
export const rankCounted = (scene: Scene) =>
  RANKED_VALUE.test(scene.body) &&
  valuesCountable(scene.largestValue, scene.largest) &&
  scene.shape === 'one' &&
  !scene.design &&
  !SO_FAR.test(scene.body);

export const ORDER_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'hash-table',
    pattern: RANKED_VALUE,
    weight: 3.5,
    why: 'the values take only a few different numbers, far fewer than the items: count the items of each value and walk the counts from the end the rank counts from until it is reached, with no sort and no heap',
    when: rankCounted,
    also: ['sorting'],
  },
  {
    technique: 'stack',
    pattern: LOSER_BY_SIZE,
    weight: 3.5,
    why: 'only an item moving one way can meet a later one moving the other way, so keep the survivors on a stack and let each newcomer fight the top until one side is gone',
    when: (scene: Scene) => meetAndCancel(scene.body) && !scene.grid && scene.shape !== 'graph',
  },
  {
    technique: 'heap-priority-queue',
    pattern: MIDDLE_VALUE,
    weight: 3.5,
    why: 'the middle of everything seen so far sits between two halves: a max-heap of the lower half and a min-heap of the upper half, kept level, hold it on their tops',
    // A class whose calls add values one at a time is itself the stream.
    when: (scene) => middleSoFar(scene.body, scene.design),
  },
  {
    technique: 'sorting',
    pattern: MIDDLE_VALUE,
    weight: 2.5,
    why: 'every value is known up front, so the middle is read off the sorted list (or picked by a quickselect)',
    when: (scene) =>
      !middleSoFar(scene.body, scene.design) &&
      !SO_FAR.test(scene.body) &&
      !MOVING_WINDOW.test(scene.body) &&
      !scene.design &&
      !scene.guarantees.has('sorted') &&
      !valuesCountable(scene.largestValue, scene.largest),
  },
  {
    technique: 'hash-table',
    pattern: CONSECUTIVE_VALUES,
    weight: 3.5,
    why: 'a run of values each one more than the last, wherever they sit: with every value in a set, count upwards only from values whose predecessor is missing, O(n) without sorting',
    when: (scene) => POSITIONS_FREE.test(scene.body) && !scene.grid && scene.shape !== 'graph',
    also: ['union-find'],
  },
  {
    technique: 'binary-search',
    pattern: ROTATED_SORTED,
    weight: 3.5,
    why: 'a sorted list cut once and swapped still has one sorted half around every middle, so each comparison discards half',
    when: (scene) =>
      gatedTest(ONCE_SORTED, scene.body) && SEARCH_ASK.test(scene.body) && !scene.design && !scene.grid,
  },
];
