import type { GreedyChoice } from './greedy-choices';
import { plural } from './hints/nouns';
import type { TechniqueId } from './types';

/*
 * Greedy shapes whose one safe step is "take the best still available", read from what the items
 * allow and what the answer counts, never from the story's noun (a stack of pancakes, a chain of
 * roofs, a route of legs names no structure the solution uses):
 *
 * - `leaps`: from each position the next move may land anywhere up to a reach of that position's
 *   own (i + 1 … i + a_i), the fewest moves to the end asked. Sweeping in rounds, each round ends
 *   at the furthest landing any position of the round before reaches: the best lift seen so far.
 *   Landings that cost different amounts or a count of the ways are a DP and stay out.
 * - `waive`: k passes (coupons, waivers) each making one item cost nothing, the least total asked.
 *   A pass saves exactly its item's cost and items do not interact, so the k dearest take them.
 *   Passes barred from neighbouring items interact, a DP, and stay out.
 * - `freebie`: items grouped however the buyer likes, at most k to a group, the cheapest of a full
 *   group free: sorted from dearest, every k-th is free. Groups that must be runs of a fixed order
 *   are a DP over the order and stay out.
 * - `piles`: items placed as they come on a pile whose top is strictly larger (or smaller), or on a
 *   new pile, the fewest piles asked: each goes on the pile whose top is the closest that fits, the
 *   tops stay sorted and a binary search finds it.
 * - `blocks`: a string cut into consecutive blocks, each letter whole in one block, the most blocks
 *   asked: a block ends where the furthest last place of its letters so far is reached.
 */

export type GreedySweepShape = 'leaps' | 'waive' | 'freebie' | 'piles' | 'blocks';

/** An item's own quantity: a_i, reach[i], p_{i}. */
const AT_I = String.raw`[a-z]+(?:_i\b|_\{i\}|\[i\])`;

/** The next move lands anywhere from the next position up to a reach of this one's own. */
const REACH_OF_ITS_OWN = new RegExp(
  String.raw`\bi ?\+ ?1\b(?:[^.]|\.{2,3}|…){0,50}?\bi ?\+ ?${AT_I}|\bi ?< ?j ?<=? ?i ?\+ ?${AT_I}|\b(?:at most|up to) ${AT_I} (?:steps?|cells?|positions?|squares?|places?|indices|stones?|pads?)\b|\b0 ?<= ?j ?<= ?${AT_I}|\bmaximum (?:(?:jump|hop|leap) (?:length|distance)|length of an? (?:forward )?(?:jump|hop|leap))\b`,
);
/** The fewest moves asked. */
const FEWEST_COUNT =
  /\b(?:fewest|(?:minimum|smallest|least|minimal) (?:possible )?number of)\b|\b(?:minimum|smallest|least|minimal) (?:\w+ )?(?:jumps|hops|leaps|moves|steps|transmissions|passes|rides)\b/;
/** Moves or landings priced apart, or the ways counted: a DP over the positions. */
const PRICED_OR_COUNTED =
  /\b(?:costs?|fees?|pays?|price|penalt\w*|rewards?|scores?|coins?|energy|effort|ways)\b/;

/** k of something that each cancels one item: "k free passes", "hands it k waivers", "k coupons". */
const K_PASSES =
  /\b[km] (?:\w+ ){0,2}?(?:passes|vouchers|coupons|waivers|tickets|tokens|cards|wildcards|exemptions)\b/;
/** One use makes one item cost nothing. */
const CANCELS_ONE =
  /\bmakes? (?:the (?:\w+ ){1,2}of )?(?:one|a|that|the|this) (?:\w+ ){0,2}?(?:cost|worth|count) (?:nothing|zero|0)\b|\bcancels? (?:one|a|any one)\b|\b(?:waives?|removes?|erases?|wipes? out) (?:one|a single|any one)\b|\b(?:one|a) (?:\w+ )?(?:becomes?|is) free\b/;
/** What one pass is spent on: "on one leg", "makes the ticket of one ride", "cancels one bill". */
const SPENT_ON =
  /\b(?:on|makes? (?:the \w+ of )?|cancels?|waives?|removes?) (?:one|a single|any one) ([a-z]{3,})\b/;
/** The passes are barred from neighbouring items: their choices interact, a DP. */
const NOT_NEIGHBOURS =
  /\b(?:two|2|both) (?:consecutive|adjacent|neighbou?ring)\b|\bno two\b|\bnext to each other\b/;
const LEAST =
  /\b(?:least|minimum|smallest|lowest|minimal|cheapest)\b|\bminimi[sz]e\b|\bas (?:little|few) as possible\b/;

/** The cheapest of a full group is free. */
const CHEAPEST_FREE =
  /\b(?:cheapest|least expensive|lowest[- ]priced)\b[^.]{0,60}\b(?:free|costs? nothing|for nothing)\b|\bfree\b[^.]{0,60}\b(?:cheapest|least expensive|lowest[- ]priced)\b/;
/** The buyer groups the items as they like. */
const ANY_GROUPING =
  /\bhowever (?:you|they|he|she|we) (?:like|want|wish|choose|please)\b|\bas many \w+ as (?:you|they|he|she|we) (?:like|likes|want|wants|wish|wishes)\b|\bin any (?:way|order|grouping)\b|\bany (?:way|grouping) (?:you|they|he|she) (?:like|want)\b/;
/** The groups are runs of a fixed order. */
const RUNS_OF_AN_ORDER =
  /\bconsecutive\b|\bcontiguous\b|\bin (?:that|this|the given|the same) order\b|\bfixed order\b|\bruns? of\b/;

const PILE = '(?:stacks?|piles?|towers?|columns?|heaps?|rows?|lines?|chains?|sequences?)';
/** An item goes onto a pile only where the top is strictly larger or smaller than it. */
const ON_A_FITTING_TOP = new RegExp(
  String.raw`\b(?:on|onto|on top of|to) (?:an? |any |some |the )?(?:existing |current )?(?:\w+ )?${PILE}\b[^.]{0,30}\btop\b[^.]{0,40}\b(?:wider|larger|bigger|heavier|greater|taller|longer|smaller|narrower|lighter|less|shorter|higher|lower)\b`,
);
/** Or it starts a pile of its own. */
const NEW_PILE = new RegExp(String.raw`\bnew ${PILE}\b`);

/** The string is cut into consecutive blocks. */
const CUT_INTO_RUNS =
  /\b(?:cut|split|break|divide|partition)\w* (?:\w+ ){0,3}?into\b[^.]{0,120}\b(?:consecutive|contiguous|substrings?|runs?|pieces?|parts?|blocks?|segments?)\b/;
/** Every letter lies whole in one block. */
const LETTER_IN_ONE_BLOCK =
  /\b(?:every|each|any|all|no) (?:\w+ ){0,4}?(?:appears?|occurs?|lies|is found) in (?:at most |exactly |only |more than )?one\b|\bsame \w+ (?:\w+ ){0,3}?(?:must |should )?(?:end up|be|stay|lie|go) (?:on|in) the same\b/;
const MOST_BLOCKS =
  /\bas many (?:\w+ )?as possible\b|\b(?:maximum|largest|greatest|most) (?:possible )?number of\b|\bmaximi[sz]e the number of\b/;

/** Reads a take-the-best-available shape, or null. */
export function readGreedySweep(body: string, items: string | null): GreedyChoice | null {
  const reach = body.match(REACH_OF_ITS_OWN);
  if (reach && FEWEST_COUNT.test(body) && !PRICED_OR_COUNTED.test(body))
    return { shape: 'leaps', items: 'moves', partner: items ?? 'positions', words: reach[0] };
  const passes = body.match(K_PASSES);
  if (passes && CANCELS_ONE.test(body) && LEAST.test(body) && !NOT_NEIGHBOURS.test(body)) {
    // The items a pass is spent on ("on one leg", "cancels one bill"), not whatever else is counted.
    const spentOn = body.match(SPENT_ON)?.[1];
    return {
      shape: 'waive',
      items: spentOn ? plural(spentOn) : (items ?? 'items'),
      partner: passes[0].split(' ').pop() ?? 'passes',
      words: passes[0],
    };
  }
  const free = body.match(CHEAPEST_FREE);
  if (free && ANY_GROUPING.test(body) && LEAST.test(body) && !RUNS_OF_AN_ORDER.test(body))
    return { shape: 'freebie', items: items ?? 'items', partner: '', words: free[0] };
  const top = body.match(ON_A_FITTING_TOP);
  if (top && NEW_PILE.test(body) && FEWEST_COUNT.test(body))
    return {
      shape: 'piles',
      items: items ?? 'items',
      partner: plural(body.match(NEW_PILE)?.[0].slice(4) ?? 'piles'),
      words: top[0],
    };
  const cut = body.match(CUT_INTO_RUNS);
  if (cut && LETTER_IN_ONE_BLOCK.test(body) && MOST_BLOCKS.test(body))
    return { shape: 'blocks', items: 'blocks', partner: '', words: cut[0] };
  return null;
}

/** What each shape is solved with, the deciding idea first, and why. */
export const GREEDY_SWEEP_EVIDENCE: Record<
  GreedySweepShape,
  { methods: readonly [TechniqueId, number][]; why: string }
> = {
  leaps: {
    methods: [['greedy', 7]],
    why: 'each position reaches any landing up to a reach of its own, the fewest moves asked: sweeping in rounds, the next round ends at the furthest landing the current round reaches, so no landing is worth trying twice',
  },
  waive: {
    methods: [
      ['greedy', 7],
      ['sorting', 3.5],
    ],
    why: 'each pass saves exactly the cost of the one item it is used on and the items do not interact, so the dearest items take the passes',
  },
  freebie: {
    methods: [
      ['greedy', 7],
      ['sorting', 3.5],
    ],
    why: 'the items are grouped freely and the cheapest of each full group is free: sorted from dearest, groups taken in order free every k-th, and no grouping frees more',
  },
  piles: {
    methods: [
      ['greedy', 7],
      ['binary-search', 3.5],
    ],
    why: 'each item goes onto the pile whose top fits it most closely, a new pile only when none fits: the tops stay sorted, so a binary search finds the pile',
  },
  blocks: {
    methods: [
      ['greedy', 7],
      ['hash-table', 3.5],
      ['two-pointers', 3.5],
    ],
    why: 'every letter must lie whole in one block, the most blocks asked: a block can end only past the last place of each of its letters, so the sweep cuts as soon as it reaches the furthest such place',
  },
};

/** The cost of each shape's walk, and why. */
export function greedySweepFigure(shape: GreedySweepShape): [big: string, why: string] {
  switch (shape) {
    case 'leaps':
      return ['O(n)', 'one sweep over the positions, each round stretching to the furthest landing reached'];
    case 'waive':
      return ['O(n log n)', 'sort the costs once and cancel the dearest'];
    case 'freebie':
      return ['O(n log n)', 'sort the prices once from dearest, then one pass frees every k-th'];
    case 'piles':
      return ['O(n log n)', 'each item finds its pile by a binary search over the sorted tops'];
    case 'blocks':
      return ['O(n)', "one pass records each letter's last place, a second cuts the blocks"];
  }
}
