import type { GreedyChoice } from './greedy-choices';

/*
 * Greedy shapes whose every step takes the best item still left, so the items wait in a heap:
 * read from what one step does to the items and what the answer totals, never from a story word.
 *
 * - `merge`: any two items are joined into one whose size is the sum of theirs, the join costs
 *   that sum, and joining goes on until one item is left; the least total cost asked. Joining the
 *   two smallest left is always safe (the Huffman exchange), so a min-heap gives them each time.
 *   Items joined only with a neighbour keep their row: an interval DP, and they stay out.
 * - `rewards`: jobs that each take one unit of time (a day, an hour), one done per unit, each with
 *   its own due time and its own reward, the largest total asked. By due time, with the rewards
 *   taken in a min-heap and the smallest dropped whenever more are taken than units have passed.
 *   Jobs of lengths of their own are a knapsack over time and stay out.
 */

/** One step joins two of the items into one: "joining two chains", "splices two cables into one". */
const JOIN_TWO =
  /\b(?:join|connect|combin|merg|splic|glu|fus|weld|tie|tying|stitch|bind|melt)\w* (?:any |together )?(?:two|2|a pair of)\b/;
/** The join costs the sum of the two: "takes a + b minutes", "costs the sum of their lengths". */
const COSTS_THE_SUM =
  /\b(?:costs?|takes?|needs?|requires?|pays?|spends?|price|effort|time)\b[^.]{0,40}?(?:\bsum of (?:their|the two|both|the)\b|\btotal (?:\w+ )?of (?:the two|both|them)\b|\b([a-z]) ?\+ ?(?!\1)[a-z]\b)/;
/** Joining goes on until one item is left. */
const ONE_LEFT =
  /\buntil (?:only )?(?:a single|one|only one|1) (?:\w+ )?(?:remains?|is left|left)\b|\b(?:all|every|the) (?:\w+ ){0,3}into (?:a single|one)\b|\binto (?:a single|one)\b[^.]{0,40}\b(?:remains?|is left|can be (?:\w+ed) again)\b|\b(?:can|may) be (?:\w+ed) again\b/;
/** Only neighbours may be joined: the row stays, and the answer is an interval DP. */
const NEIGHBOURS_ONLY =
  /\b(?:neighbou?r(?:ing|s)?|adjacent|next to each other|side by side|consecutive)\b|\bin a row\b/;
const LEAST = /\b(?:least|minimum|smallest|lowest|cheapest|minimal|fewest)\b/;

/** Each job takes one unit of time, one job per unit: "takes the whole of one day", "one per hour". */
const ONE_UNIT_EACH =
  /\b(?:takes?|lasts?|needs?|requires?|occupies|fills?) (?:exactly |the whole of |a whole |one whole )?(?:one|1|a|a single) (?:whole |full )?(?:unit|day|hour|minute|slot|time unit|unit of time|second)\b|\b(?:one|only one|at most one|a single) (?:\w+ ){0,3}(?:per|each|a|every) (?:day|hour|minute|slot|unit of time|time unit|second)\b/;
/** Each job has a due time of its own: a deadline, a cutoff, done by the end of day d_i. */
const OWN_DUE_TIME =
  /\b(?:deadlines?|cutoffs?|due (?:dates?|times?|days?))\b|\b(?:finished|done|completed|delivered|baked|handed in|shipped) (?:by|before|no later than|on or before) (?:the end of )?(?:hour |day |time |minute |slot )?[a-z]+(?:_i\b|_\{i\}|\[i\])/;
/** Jobs that take lengths of their own: "job i takes t_i hours". */
const OWN_LENGTH =
  /\b(?:takes?|lasts?|needs?|requires?) [a-z]+(?:_i\b|_\{i\}|\[i\]) (?:hours?|days?|minutes?|seconds?|units?)/;
/** Each job pays its own amount. */
const OWN_REWARD =
  /\b(?:profits?|pays?|paid|rewards?|earns?|prizes?|fees?|bonus(?:es)?|worth)\b[^.]{0,40}?[a-z]+(?:_i\b|_\{i\}|\[i\])/;
/** The largest total of those rewards. */
const BEST_TOTAL =
  /\b(?:largest|maximum|greatest|highest|most|biggest|best)\b (?:possible )?(?:total|sum|amount|overall)\b|\bmaximi[sz]e (?:the )?(?:total|sum)\b/;

/** Whether every pattern is found in the body. */
const all = (body: string, patterns: readonly RegExp[]) => patterns.every((pattern) => pattern.test(body));

/** Reads a shape whose greedy takes the best remaining item each step, or null. */
export function readBestRemaining(body: string, items: string | null): GreedyChoice | null {
  const join = body.match(JOIN_TWO);
  if (join && all(body, [COSTS_THE_SUM, ONE_LEFT, LEAST]) && !NEIGHBOURS_ONLY.test(body))
    return { shape: 'merge', items: items ?? 'pieces', partner: '', words: join[0] };
  const due = body.match(OWN_DUE_TIME);
  if (due && all(body, [ONE_UNIT_EACH, OWN_REWARD, BEST_TOTAL]) && !OWN_LENGTH.test(body))
    return { shape: 'rewards', items: items ?? 'jobs', partner: '', words: due[0] };
  return null;
}
