import { takenInAnyOrder } from './order-free';
import type { Trigger } from './trigger';
import { FIXED_WINDOW, fixedWindow } from './windows';

/**
 * Runs of a width the statement fixes: the best total over k adjacent items, and a class of items
 * gathered into one block by free swaps (the block is as wide as the class is large). Both are one
 * window slid over the row; what the window holds changes by one item in and one out.
 */

/** The question's sentence: what the page asks to be returned, printed or found. */
const ASKING = /\b(?:return|print|output|report|find|determine|compute|answer|which|what)\b/;
/**
 * The best total of a run, the degree word on the total itself ("the largest total light", "the
 * maximum possible expected value of this sum", "the smallest average", "minimise the sum"), not on
 * its items ("the sum of these lowest prices" totals each run's extreme: a deque's, windows.ts).
 */
const BEST_TOTAL =
  /\b(?:largest|smallest|maximum|minimum|highest|lowest|greatest|least|best|maximi[sz]e|minimi[sz]e) (?:possible )?(?:(?:the|its|their) )?(?:[a-z]+ )?(?:sum|total|average|mean|expected)\b/;
/**
 * Questions, each naming its own run ("the w adjacent crates starting at p"): nothing slides from
 * one to the next, and running totals answer each, so a window is not the reading.
 */
const QUESTIONS = /\bquer(?:y|ies)\b|\bquestions?\b|\bguess(?:es)?\b/;

/**
 * Whether some asking sentence wants the best total (or average, or expected sum) of a run of a
 * width the page fixes: "choose k adjacent dice … the maximum expected value of this sum", "print
 * the largest total light that m adjacent lanterns can give", "the smallest average of d successive
 * readings". A largest item of each run is a deque's (windows.ts), not this.
 */
export function bestTotalOfFixedRun(body: string): boolean {
  if (!fixedWindow(body) || QUESTIONS.test(body)) return false;
  return body
    .split(/\n|(?<=[.;!?])\s+/)
    .some((sentence) => ASKING.test(sentence) && BEST_TOTAL.test(sentence));
}

/** The rest of a phrase that puts every item of a class in one block. */
const IN_ONE_BLOCK = String.raw`(?:(?:stand|sit|lie|are|is|be|end up|come|appear|stay|form)s? )?(?:next to each other|together|side by side|adjacent to each other|in (?:one|a single) (?:contiguous )?(?:block|group|run|segment))\b`;
/**
 * Swaps that gather every item of a class into one block: "the minimum number of swaps needed so
 * that all the light parcels stand next to each other", "swaps required to group all 1's together",
 * or the same with the gathering told first.
 */
export const GATHERED_BY_SWAPS = new RegExp(
  [
    String.raw`\bswaps?\b[^.]{0,160}\b(?:all|every)\b(?: of)?(?: the)? (?:[\w'-]+ ){0,3}${IN_ONE_BLOCK}`,
    String.raw`\b(?:group|gather|bring|collect|put)s? (?:all|every)\b(?: of)?(?: the)? (?:[\w'-]+ ){0,3}${IN_ONE_BLOCK}[^.]{0,120}\bswaps?\b`,
  ].join('|'),
);
/**
 * Swaps of neighbours only ("swap two neighbouring elements", "adjacent swaps"): each item then walks
 * its distance, and the block is placed around the median, not found by a window.
 */
const NEIGHBOUR_SWAPS =
  /\bswap\w* (?:(?:any |two |a pair of )?(?:adjacent|neighbouring|neighboring|consecutive)\b)|\b(?:adjacent|neighbouring|neighboring) (?:\w+ )?swaps?\b|\bswap\w* \w+\[i\] and \w+\[i ?\+ ?1\]/;

/**
 * A budget that counts the items of one run ("exactly m adjacent lanterns", "at most k consecutive
 * days"): no moves are spent one by one, so no heap hands out the best item after each.
 */
export const RUN_WIDTH_BUDGET =
  /\b(?:at most|up to|exactly) [a-z] (?:adjacent|consecutive|contiguous|successive|neighbouring|neighboring)\b/;

export const FIXED_RUN_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'sliding-window',
    pattern: FIXED_WINDOW,
    weight: 3,
    why: 'every choice is a run of the same width, and the next run is the last one with one item in and one out, so its total is kept up to date in one pass',
    // Items seated in any order the page allows have neighbours of the arrangement made, not runs
    // of the input ("guests i and j sit next to each other"): order-free.ts.
    when: (scene) => !scene.design && !takenInAnyOrder(scene.body) && bestTotalOfFixedRun(scene.body),
    also: ['prefix-sum'],
  },
  {
    technique: 'sliding-window',
    pattern: GATHERED_BY_SWAPS,
    weight: 3,
    why: 'the gathered items end in some block as wide as their count, and each other item inside it costs one swap: slide a window of that width and keep the block that holds the fewest others',
    when: (scene) => !scene.design && !NEIGHBOUR_SWAPS.test(scene.body),
    also: ['two-pointers'],
  },
];
