import type { GreedyChoice } from './greedy-choices';

/*
 * Greedy shapes whose every step takes the best item still left, so the items wait in a heap:
 * read from what one step does to the items and what the answer totals, never from a story word.
 *
 * - `merge`: any two items are joined into one whose size is the sum of theirs, the join costs
 *   that sum, and joining goes on until one item is left; the least total cost asked. Joining the
 *   two smallest left is always safe (the Huffman exchange), so a min-heap gives them each time.
 *   Items joined only with a neighbour keep their row: an interval DP, and they stay out.
 *
 * Jobs of one slot each that pay by a deadline take the best paid first too; knowledge/choices.ts
 * reads them and hints/timed.ts coaches them.
 */

/** One step joins two of the items into one: "joining two chains", "splices two cables into one". */
const JOIN_TWO =
  /\b(?:join|connect|combin|merg|splic|glu|fus|weld|tie|tying|stitch|bind|melt)\w* (?:any |together |[a-z]+s )?(?:two|2|a pair of)\b/;
/** The join costs the sum of the two: "takes a + b minutes", "costs the sum of their lengths". */
const COSTS_THE_SUM =
  /\b(?:costs?|takes?|needs?|requires?|pays?|spends?|price|effort|time)\b[^.]{0,40}?(?:\bsum of (?:their|the two|both|the)\b|\btotal (?:\w+ )?of (?:the two|both|them)\b|\b([a-z]) ?\+ ?(?!\1)[a-z]\b)/;
/** Joining goes on until one item is left. */
const ONE_LEFT =
  /\bend (?:up )?with (?:a single|one|only one)\b|\buntil (?:only )?(?:a single|one|only one|1) (?:\w+ )?(?:remains?|is left|left)\b|\b(?:all|every|the) (?:\w+ ){0,3}into (?:a single|one)\b|\binto (?:a single|one)\b[^.]{0,40}\b(?:remains?|is left|can be (?:\w+ed) again)\b|\b(?:can|may) be (?:\w+ed) again\b/;
/** Only neighbours may be joined: the row stays, and the answer is an interval DP. */
const NEIGHBOURS_ONLY =
  /\b(?:neighbou?r(?:ing|s)?|adjacent|next to each other|side by side|consecutive)\b|\bin a row\b/;
const LEAST = /\b(?:least|minimum|smallest|lowest|cheapest|minimal|fewest)\b/;

/** Whether every pattern is found in the body. */
const all = (body: string, patterns: readonly RegExp[]) => patterns.every((pattern) => pattern.test(body));

/** Reads a shape whose greedy takes the best remaining item each step, or null. */
export function readBestRemaining(body: string, items: string | null): GreedyChoice | null {
  const join = body.match(JOIN_TWO);
  if (join && all(body, [COSTS_THE_SUM, ONE_LEFT, LEAST]) && !NEIGHBOURS_ONLY.test(body))
    return { shape: 'merge', items: items ?? 'pieces', partner: '', words: join[0] };
  return null;
}
