import { MOST_FREQUENT } from './count-methods';
import { RUN_EXACT_TOTAL } from './runs';
import type { Trigger } from './trigger';

/**
 * Questions whose answer is a lookup of something seen or counted, in the words setters use
 * beside the textbook ones of arrays.ts: a partner fixed by an exact difference or an exact total,
 * pairs whose sum falls on a multiple, an item met again. New triggers rather than wider patterns
 * of the old ones, whose learned weights follow their exact patterns (knowledge/index.ts).
 */
/** Letters whose order is free are asked to form a palindrome: the order on the page checks nothing. */
export const REARRANGED_PALINDROME =
  /\b(?:rearrang|reorder|permut|shuffl)\w*\b[^.]{0,60}\b(?:palindrom\w*|reads? the same forwards? and backwards?)/;

/**
 * A window of positions just behind each one: "the d days just before it", "the last k entries",
 * "at most k apart", |i - j| <= k.
 */
const RECENT =
  /\b(?:last|previous|past|preceding|prior) [a-z] (?:[a-z]+ )?(?:days|entries|positions|items|readings|records|visits|steps|logs|hours|minutes|rounds|games|weeks|months|years|[a-z]+s)\b|\b[a-z] (?:[a-z]+ )?(?:days|entries|positions|items|readings|records|visits|steps|hours|minutes|rounds|[a-z]+s) (?:just |immediately |right )?(?:before|earlier|prior)\b|\bwithin [a-z] (?:[a-z]+ )?(?:of each other|apart|before|earlier)\b|\bat most [a-z] (?:[a-z]+ )?apart\b|\|\s?i ?- ?j\s?\| ?<= ?[a-z]\b/;
/** The same value met again. */
const MET_AGAIN =
  /\b(?:same|equal|identical|again|repeat\w*|duplicates?)\b|\balso (?:logged|seen|appeared|occurred|recorded|met|visited|bought|sold|used)\b/;
/** One sentence says both: the same value met again within the recent window. */
export const seenRecently = (body: string) =>
  body.split(/\n|(?<=[.;!?])\s+/).some((sentence) => RECENT.test(sentence) && MET_AGAIN.test(sentence));

/**
 * Two words tied by a rearrangement of letters: "one can be turned into the other by rearranging
 * its letters". Not every rearrangement of one word listed (that is a search over orders).
 */
const LETTERS_REARRANGED =
  /\bone (?:can|could|may) be (?:turned|obtained|made|formed|changed)\b[^.]{0,60}\b(?:rearrang|reorder|permut|shuffl)\w* (?:its|the|their) (?:letters|characters)\b|\b(?:rearrang|reorder|permut|shuffl)\w* (?:its|the|their) (?:letters|characters)\b[^.]{0,60}\b(?:the other|each other|another (?:one|name|word|string))\b/;

/**
 * One partner fixed exactly by each item, said of two items or of pairs through what they carry:
 * "two different dancers whose heights add up to exactly t", "pairs of parts whose serial numbers
 * differ by exactly gap".
 */
const EXACT_PARTNER =
  /\b(?:two (?:different |distinct )?|pairs? of )\w+ (?:whose|with|that have|which have) (?:\w+ ){0,3}(?:add up to|adds up to|sum to|sums to|differ by|total) exactly\b/;

/** A value met a second time, in the order the input gives: "the first badge seen twice". */
const MET_SECOND_TIME =
  /\b(?:first|earliest) (?:\w+ ){1,3}(?:that|which|to be) (?:is |was |gets? )?(?:shown|seen|met|used|listed|called|scanned|entered|logged|read|heard)\b[^.]{0,20}\b(?:a second time|twice|again)\b|\b(?:shown|seen|met|logged|scanned) twice\b/;

/**
 * How many different values the items hold, where the values are the items' own (not sums,
 * substrings or the results of moves, nor groups a sameness the page defines joins): the size of
 * a set of them.
 */
const DIFFERENT_VALUES =
  /\b(?:how many|number of) (?:different|distinct|unique) (?!(?:\w+ )?(?:ways|paths|sums?|totals?|products?|results?|substrings?|subsequences?|subarrays?|strings?|texts?|messages?|payments?|arrangements?|orders?|permutations?|sets?|groups?|colou?rings?|combinations?)\b)\w+\b(?![^.]{0,60}\b(?:can|could|possible|possibly)\b)/;
const DERIVED_VALUES =
  /\b(?:substrings?|subsequences?|subarrays?|segments?|ranges?|quer(?:y|ies)|operations?|after (?:each|every)|formed|obtained|reachable|can be (?:made|built|written))\b|\b(?:counted|considered|regarded|treated) as the same\b|\bthe same \w+ (?:when|if)\b/;

export const LOOKUP_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'hash-table',
    pattern: MOST_FREQUENT,
    weight: 2.5,
    why: 'the value met most often: count each value in a map as it comes and keep the best count',
    when: (scene) => !scene.design && !scene.grid && !scene.guarantees.has('sorted'),
  },
  {
    technique: 'hash-table',
    pattern: EXACT_PARTNER,
    weight: 2.5,
    why: 'for each item the partner it needs is one exact value: look it up among the items already seen',
    // Sorted values meet the partner from both ends instead, and a run with an exact total is two running totals.
    when: (scene) => !scene.guarantees.has('sorted') && !RUN_EXACT_TOTAL.test(scene.body),
  },
  {
    technique: 'hash-table',
    pattern: MET_SECOND_TIME,
    weight: 2,
    why: 'whether a value was met before is a lookup in a set of the values seen so far, in the order they come',
    when: (scene) => !scene.design && !scene.grid,
  },
  {
    technique: 'hash-table',
    pattern: DIFFERENT_VALUES,
    weight: 2.5,
    why: 'the number of different values is the size of a set that holds each value once',
    when: (scene) =>
      !scene.design &&
      !scene.grid &&
      scene.shape !== 'graph' &&
      !scene.guarantees.has('sorted') &&
      !DERIVED_VALUES.test(scene.body),
  },
  {
    technique: 'hash-table',
    pattern: LETTERS_REARRANGED,
    weight: 3,
    why: 'words equal up to the order of their letters have the same letter counts: key each word by its counts (or its sorted letters) in a map, and equal keys are one group',
    when: (scene) => !scene.design && !REARRANGED_PALINDROME.test(scene.body),
    also: ['string', 'sorting'],
  },
  {
    technique: 'hash-table',
    pattern: RECENT,
    weight: 2.5,
    why: "the same value met again within a window of recent positions: keep where each value was last seen in a map and compare the distance, one pass in the input's order, no sort",
    when: (scene) => !scene.design && !scene.grid && seenRecently(scene.body),
  },
  {
    technique: 'hash-table',
    pattern:
      /\btwo (?:different |distinct )?(?:\w+ ){0,2}(?:that|which|whose) (?:\w+ ){0,2}(?:differ by exactly|(?:cost|weigh|total|make) exactly \w+ together)\b/,
    weight: 2.5,
    why: 'for each value the partner it needs is fixed, so look it up among the values already seen',
    // Sorted values meet the partner from both ends instead, and a run with an exact total is two running totals.
    when: (scene) => !scene.guarantees.has('sorted') && !RUN_EXACT_TOTAL.test(scene.body),
  },
  {
    technique: 'hash-table',
    pattern: /\b(?:count|number of) (?:the )?pairs\b.{0,120}\b(?:divisible by|multiple of)\b/,
    weight: 2.5,
    why: 'a pair fits when the remainders complete each other: count the remainders seen so far and look up the complement of each',
  },
  {
    technique: 'hash-table',
    pattern:
      /\balready (?:been )?(?:seen|scanned|used|visited|listed|recorded)\b|(?<!\b(?:may|can|could|might) (?:be )?)\b(?:used|appears?|occurs?) (?:by |in )?more than once\b|\bused by more than one\b|\brepeats? an? (?:earlier|previous)\b/,
    weight: 2,
    why: 'whether an item was met before is a lookup in a set of the items seen so far',
    // "Each coin may be used more than once" permits reuse; it asks about nothing met before.
  },
  {
    technique: 'hash-table',
    pattern: REARRANGED_PALINDROME,
    weight: 2.5,
    why: 'letters in any order form a palindrome when at most one of them occurs an odd number of times: count each letter, or keep one parity bit per letter',
    also: ['bit-manipulation'],
  },
];
