import { RECENCY } from './calls';
import { MOST_FREQUENT } from './count-methods';
import { RUN_EXACT_TOTAL } from './runs';
import { countedPerItem, partnerLookedUp } from './table-questions';
import type { Trigger } from './trigger';

/** Pairs counted by how far apart their values may be, not by a value they share. */
const PAIR_WITHIN_A_BOUND = /\bpairs\b.{0,120}(?:[<>]=|\bat most\b|\bat least\b|\bno more than\b|\bwithin\b)/;
const notDesign = (scene: { design: boolean }) => !scene.design;

/**
 * Totals kept as the steps go by, in the story's words: "after each round the points so far are
 * added up", "the totals after every day". Not a stream of questions or links: those are answered
 * by their own readings.
 */
const TOTALS_SO_FAR =
  /\b(?:after|at the end of) (?:each|every) (?!tests?\b|quer|questions?\b|operations?\b|links?\b|edges?\b)\w+\b[^.]{0,80}\bso far\b[^.]{0,40}\b(?:added up|summed|totals?|sums?)\b|\b(?:the )?(?:totals|running totals|sums) (?:so far )?after (?:each|every) (?!tests?\b)\w+\b/;

/** Two values that add up to one number: the partner of each is known. */
const PARTNER_SUM =
  /\btwo sum\b|\bindices of the two\b|\bpositions of the two\b|\b(?:two|pair of) (?:\w+ ){0,3}(?:that |which |whose )?(?:values? )?(?:add up|sum) to\b|\badd up to (?:exactly )?(?:the )?target\b/;
/** Counting words: how often each item occurs. */
const OCCURRENCES =
  /\bfrequen(?:cy|cies|t)\b|\bhow many times\b|\boccurrences?\b|\bmost common\b|\bcount of each\b/;

/** Halving, lookups, running sums and order over sequences (windows and pointers: windows.ts). */
export const ARRAY_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'binary-search',
    pattern: /\bo\(log ?\(?(?:n|m|m ?\+ ?n|min)[^)]*\)?\)|\blogarithmic (?:time|run)/,
    weight: 3,
    why: 'a logarithmic bound is the signature of halving the search space',
  },
  {
    technique: 'binary-search',
    pattern: /\brotated\b/,
    weight: 3,
    why: 'a rotated sorted array still has one sorted half at every midpoint',
  },
  {
    technique: 'binary-search',
    pattern:
      /\b(?:minimi[sz]e|minimum|smallest|least) (?:the |possible )?(?:largest|maximum|max)\b|\b(?:maximi[sz]e|maximum|largest) (?:the |possible )?(?:minimum|smallest|min)\b|\blargest \w+ (?:sum|load|time) (?:is )?as small as possible\b|\bsmallest possible value of the largest\b/,
    weight: 3,
    why: 'minimising a maximum is monotone: guess the answer, check it, and halve',
  },
  {
    technique: 'binary-search',
    pattern:
      /\b(?:minimum|smallest|least|lowest) (?:integer |possible )?(?:speed|capacity|rate|divisor|eating speed|load)\b.{0,120}\b(?:within|at most|so that|such that|before|lets)\b/,
    weight: 3,
    why: 'if a value works every larger one works too, so the smallest working value can be halved towards',
    also: ['greedy'],
  },
  {
    technique: 'binary-search',
    pattern:
      /\bsearch (?:for )?(?:a |the )?(?:target|insert position|key)\b|\breturn the index of\b.{0,60}\b(?:sorted|or -1)\b|\binsert(?:ion)? position\b|\bfirst and last position\b|\bpeak element\b|\binteger square root\b|\bmedian of (?:the )?two sorted\b|\bk-?th (?:smallest|largest)\b.{0,60}\b(?:sorted|two (?:sorted )?(?:arrays|lists))\b|\bsorted (?:rows|columns|grid|matrix)\b.{0,80}\bk-?th\b/,
    weight: 2.5,
    why: 'locating a position in ordered data is a textbook halving search',
  },
  {
    technique: 'binary-search',
    pattern:
      /\b(?:largest|latest|greatest) (?:timestamp|time|version|snapshot|key)\b.{0,40}\b(?:not after|at most|no later|before)\b|\bsnap(?:shot)?s?\b.{0,300}\b(?:past|earlier|was taken)\b|\bhow many (?:values|elements|numbers)\b.{0,60}\b(?:between|in the range|lie in)\b/,
    weight: 2.5,
    why: 'answers kept in sorted order (by time, by value) are found by halving',
    also: ['hash-table'],
  },
  {
    technique: 'binary-search',
    pattern: /\b(?:book(?:ing)?s?|insert|add)\b.{0,200}\boverlap/,
    weight: 3,
    why: 'bookings kept sorted by start: the neighbours of a new one are found by halving',
    when: (scene) => scene.design,
    also: ['sorting'],
  },
  {
    technique: 'binary-search',
    pattern: /\bsorted\b.{0,80}\b(?:index|position|find|search|count)\b/,
    weight: 1.5,
    why: 'sorted data can be searched by halving',
    when: (scene) => scene.guarantees.has('sorted'),
  },
  {
    technique: 'hash-table',
    pattern: PARTNER_SUM,
    weight: 3,
    why: 'for each value the partner it needs is known, so remember the values already seen',
    // A run that adds up to the target is two running totals, not two values (runs.ts); a group
    // of any size, neighbours or a class of sums have no one partner (table-questions.ts).
    when: (scene) =>
      !scene.guarantees.has('sorted') &&
      !RUN_EXACT_TOTAL.test(scene.body) &&
      partnerLookedUp(scene, PARTNER_SUM),
  },
  {
    technique: 'hash-table',
    pattern:
      /\b(?:count|number of) (?:the )?pairs\b.{0,120}(?:(?<![<>!])=|\bequal|\bsame|\bxor\b|\bdifference\b|\bsum)|\bpairs of indices\b.{0,80}(?:(?<![<>!])=|\bequal|\bsame)/,
    weight: 2.5,
    why: 'pairs that share a key are counted by remembering how often each key has been seen',
    // A pair within a bound (|a - b| <= d, at most d apart) is a range of partners, not one key.
    when: (scene) => !PAIR_WITHIN_A_BOUND.test(scene.body),
  },
  {
    technique: 'hash-table',
    pattern: OCCURRENCES,
    weight: 2,
    why: 'counting occurrences is a map from item to count',
    // Sorted values stand with their equals: the most common one is a run (count-methods.ts). One
    // text counted inside another, or the first copy of a value, is no count per item.
    when: (scene) =>
      !(scene.guarantees.has('sorted') && MOST_FREQUENT.test(scene.body)) &&
      countedPerItem(scene, OCCURRENCES),
  },
  {
    technique: 'hash-table',
    pattern: /\bk most frequent\b|\bk (?:values|elements|words) that (?:appear|occur) most\b/,
    weight: 3,
    why: 'counting occurrences is a map from item to count; the best k of the counts come next',
    also: ['heap-priority-queue', 'sorting'],
  },
  {
    technique: 'hash-table',
    // Any wording of an eviction by order of use the calls read ("gone longest without being used").
    pattern: new RegExp(String.raw`\blru\b|${RECENCY.source}`),
    weight: 3,
    why: 'a map from key to node finds any item at once, and a list keeps the order of use',
    also: ['linked-list'],
  },
  {
    technique: 'hash-table',
    pattern:
      /\banagrams?\b|\bisomorphic\b|\bword pattern\b|\bransom note\b|\bsame (?:characters|letters) with the same counts\b/,
    weight: 2.5,
    why: 'comparing letter counts, or a mapping between symbols, is a lookup table',
    also: ['string', 'sorting'],
  },
  {
    technique: 'hash-table',
    pattern:
      /\blongest (?:\w+ ){0,3}(?:consecutive|run of consecutive) (?:integers|numbers|values|sequence)\b|\bconsecutive (?:integers|numbers|values)\b.{0,60}\blongest\b/,
    weight: 3,
    why: 'a set answers "is the next value there?" in constant time, so each run is walked once',
    also: ['sorting'],
  },
  {
    technique: 'hash-table',
    pattern:
      /\bcontains? (?:any )?duplicates?\b|\bappears? at least twice\b|\bfirst (?:unique|non-repeating)\b|\bseen before\b/,
    weight: 2,
    why: 'checking whether a value was seen before takes a set',
  },
  {
    technique: 'hash-table',
    pattern: /\brandom(?:ly)? (?:member|element|pick)\b|\bgetrandom\b|\buniformly (?:at )?random\b/,
    weight: 2.5,
    why: 'a map from value to position in an array gives constant-time insert, remove and random pick',
  },
  {
    technique: 'prefix-sum',
    pattern:
      /\bsum of (?:the )?(?:elements? )?(?:of |in )?(?:a |the |each |every )?(?:range|subarray|segment)\b|\brange sum\b|\bsum (?:of the elements )?between (?:two )?ind(?:ices|exes)\b|\bsumrange\b|\ba_l ?\+ ?a_\{?l ?\+ ?1\}?|\ba_l ?\+.{0,30}\+ ?a_r\b|\bnums\[left\] ?\+/,
    weight: 3,
    why: 'a sum over any range is the difference of two running totals',
    when: (scene) => !scene.updates,
  },
  {
    technique: 'prefix-sum',
    pattern:
      /\b(?:subarrays?|segments?|ranges?)\b.{0,60}\b(?:add up to|sum(?:s)? (?:up )?to|sum equals?|total(?:s)? (?:of|equal)|divisible by)\b/,
    weight: 3,
    why: 'counting ranges with a given total is counting pairs of equal running totals',
    when: notDesign,
    also: ['hash-table'],
  },
  {
    technique: 'prefix-sum',
    pattern:
      /\brunning sum\b|\bcumulative\b|\bprefix (?:sums?|products?)\b|\bproduct of (?:the )?array except\b|\bexcept (?:nums\[i\]|itself|self)\b|\bpivot index\b|\bequilibrium\b/,
    weight: 3,
    why: 'totals to the left and right of each index come from running sums',
  },
  {
    technique: 'prefix-sum',
    pattern: TOTALS_SO_FAR,
    weight: 3,
    why: 'a total carried from one step to the next is a running total: one pass, whatever each step asks of it',
    when: (scene) => notDesign(scene) && scene.shape !== 'graph',
  },
  {
    technique: 'prefix-sum',
    pattern:
      /\b(?:increases?|adds?|raises?|increments?|decreases?|subtracts?)\b[^.]{0,80}\b(?:every|each|all)\b[^.]{0,60}\bfrom\b[^.]{0,40}\b(?:to|through)\b/,
    weight: 3,
    why: 'many range additions are marks at the two ends, summed once at the end (a difference array)',
    // Additions with questions between them are no batch summed once: the tree over spans reads those.
    when: (scene) => scene.positionSpans !== 'changing',
  },
  {
    technique: 'prefix-sum',
    pattern:
      /\b(?:quer(?:y|ies)|questions?)\b.{0,160}\b(?:how many|number of|count)\b.{0,80}\b(?:between|from|in the range|positions)\b|\b(?:quer(?:y|ies)|questions?)\b.{0,160}\b(?:from|between) (?:its |the )?\w+(?:-th)? (?:through|to|and)\b.{0,120}\b(?:how many|number of|count)\b/,
    weight: 2,
    why: 'counts over many ranges come from running counts, one subtraction each',
    when: (scene) => scene.shape !== 'graph',
  },
  {
    technique: 'sorting',
    pattern:
      /\bmerge (?:all )?(?:the )?overlapping\b|\bcombine (?:every pair of |all )?(?:\w+ )?that overlap\b|\boverlapping (?:intervals|bookings|ranges)\b.{0,40}\b(?:merge|combine)\b/,
    weight: 3,
    why: 'sorted by start, overlapping intervals sit next to each other and merge in one pass',
  },
  {
    technique: 'sorting',
    pattern:
      /\blargest number\b.{0,40}\b(?:concatenat|arrang|form)\b|\bcustom order\b|\bh-index\b|\bsort (?:them|the \w+) by\b|\bgroup (?:the )?(?:words|strings) that are anagrams\b|\breconstruct\b.{0,60}\bheight\b/,
    weight: 2.5,
    why: 'the right order (a custom comparison) makes the rest a single pass',
  },
  {
    technique: 'sorting',
    pattern:
      /\bintervals?\b|\bmeetings?\b|\bbookings?\b|\brequests?\b.{0,40}\bfrom time\b|\[start_?i?, ?end_?i?\]/,
    weight: 1,
    why: 'intervals become easy once sorted by start or by end',
    when: (scene) => !scene.design,
  },
  {
    technique: 'line-sweep',
    pattern:
      /\bmaximum (?:number of )?(?:overlapping|simultaneous|concurrent)\b|\bcar pooling\b|\b(?:open|running|active|busy|present|booked) at the same time\b|\bbusiest\b|\btotal (?:length|area)\b.{0,40}\b(?:covered|painted|occupied)\b|\b(?:covered|painted) by at least one\b|\b(?:twice|more than once)\b.{0,20}\bcounts? (?:only )?once\b|\bunion of (?:the )?(?:intervals|segments)\b/,
    weight: 2.5,
    why: 'start and end points processed in order show how much is covered, or open, at once',
    // Spans over a line an array holds are counted point by point (coverage.ts), with no sort.
    when: (scene) => !scene.coverage || scene.coverage.line === 'wide',
    also: ['sorting'],
  },
];
