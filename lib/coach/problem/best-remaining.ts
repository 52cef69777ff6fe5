import type { GreedyChoice } from './greedy-choices';

/*
 * Greedy shapes whose every step takes the best item still left, so the items wait in a heap:
 * read from what one step does to the items and what the answer totals, never from a story word.
 *
 * - `merge`: any two items are joined into one whose size is the sum of theirs, the join costs
 *   that sum, and joining goes on until one item is left; the least total cost asked. Joining the
 *   two smallest left is always safe (the Huffman exchange), so a min-heap gives them each time.
 *   Items joined only with a neighbour keep their row: an interval DP, and they stay out.
 * - `regret`: items met one after another, each taken or passed on the spot, each taken one
 *   changing a running amount by a signed value of its own (health, coins, charge), which must
 *   never fall below zero; the most taken asked. Take every one, keep the losses taken in a
 *   min-heap, and when the amount falls below zero give back the worst loss taken so far: it frees
 *   the most and costs one item like any other (an exchange). A DP over items and counts is
 *   O(n^2). Items barred from neighbouring ones (no two in a row) are a DP and stay out, as is a
 *   walk where nothing is chosen (the least start is a running minimum).
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

/** The items are met one after another and never again. */
const ONE_AFTER_ANOTHER =
  /\bin (?:the )?order\b|\bone after (?:another|the other)\b|\bfrom (?:the )?(?:first|left) (?:one )?to (?:the )?(?:last|right)\b|\b(?:never|cannot|can never|can't) (?:come|go|turn|walk|drive)s? back\b|\bgone for good\b|\bon the spot\b|\bat once\b|\bthe moment (?:it|they) (?:arrives?|comes?)\b/;
/** Each is taken or passed: "either drink it at once or pass it by", "accepted or declined". */
const TAKE_OR_PASS =
  /\b(?:either|may|can|must|whether)\b[^.]{0,160}?\bor (?:\w+ ){0,3}?(?:pass\w*|skip\w*|(?:walk|sail|driv|rid|mov|carr|go|keep)(?:s|es|ies|e|ing|y)? (?:on|going)|drives? past|driving past|declin\w*|ignor\w*|leaves? it|leaving it|moves? on)\b|\b(?:accepted|taken|eaten|used|bought) or (?:declined|skipped|passed|left|refused)\b/;
/** What a taken one does to the running amount: "changes your health by a_i", "may be negative". */
const SIGNED_CHANGE =
  /\bchanges? (?:\S+ ){0,6}?by (?:[a-z]+(?:_i\b|\[i\]))|\b(?:may|can) be negative\b|\bnegative (?:[a-z]+(?:_i\b|\[i\]))/;
/** The running amount may never fall below zero. */
const NEVER_BELOW_ZERO =
  /\b(?:never|not) (?:\w+ ){0,3}?(?:drop|fall|go|sink|dip|become)\w* (?:below|under|beneath) (?:zero|0)\b|\b(?:stays?|remains?|be|is) (?:at least (?:zero|0)|non-?negative)\b|\bnever (?:\w+ ){0,3}?negative\b|\bwithout (?:\w+ ){0,3}?(?:becoming|going|dropping|falling) (?:negative|below (?:zero|0))\b/;
const MOST_TAKEN =
  /\b(?:largest|maximum|most|greatest) (?:possible )?number of\b|\bas many \w+ as (?:possible|(?:you|he|she|they|it) can)\b/;
/** Taken ones barred from their neighbours, or the ways counted: a DP over the row. */
const ROW_DP =
  /\bno two (?:\w+ )?(?:neighbou?ring|adjacent|consecutive)\b|\b(?:two|both) (?:neighbou?ring|adjacent|consecutive)\b|\b(?:two|twice) in a row\b|\bnumber of (?:different )?ways\b|\bhow many ways\b/;

/** Whether every pattern is found in the body. */
const all = (body: string, patterns: readonly RegExp[]) => patterns.every((pattern) => pattern.test(body));

/** Reads a shape whose greedy takes the best remaining item each step, or null. */
export function readBestRemaining(body: string, items: string | null): GreedyChoice | null {
  const join = body.match(JOIN_TWO);
  if (join && all(body, [COSTS_THE_SUM, ONE_LEFT, LEAST]) && !NEIGHBOURS_ONLY.test(body))
    return { shape: 'merge', items: items ?? 'pieces', partner: '', words: join[0] };
  const passed = body.match(TAKE_OR_PASS);
  if (
    passed &&
    all(body, [ONE_AFTER_ANOTHER, SIGNED_CHANGE, NEVER_BELOW_ZERO, MOST_TAKEN]) &&
    !ROW_DP.test(body)
  )
    return { shape: 'regret', items: items ?? 'items', partner: '', words: passed[0] };
  return null;
}
