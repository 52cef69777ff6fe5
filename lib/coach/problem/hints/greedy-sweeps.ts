import type { GreedyChoice } from '../greedy-choices';
import type { GreedySweepShape } from '../greedy-sweeps';
import type { Ladder } from './ladder';
import { indefinite, singular } from './nouns';

/**
 * A ladder for a take-the-best-available shape (greedy-sweeps.ts), in the page's own items: the
 * first rung asks which choice could never be regretted and names no technique, the second says
 * why it is safe, the third gives the walk and its cost.
 */
export function greedySweepLadder(
  choice: GreedyChoice & { shape: GreedySweepShape },
  target: string,
): Ladder {
  const { items, partner } = choice;
  const one = singular(partner);
  switch (choice.shape) {
    case 'leaps':
      return [
        `Group the ${partner} by how many moves it takes to get there at the earliest. Given every ${one} reachable in some number of moves, which are reachable in one more?`,
        `Exactly those up to the furthest landing any of them reaches: the reachable ${partner} always form one unbroken stretch from the start, so only its far end matters, and trying each move separately repeats work.`,
        `Sweep left to right keeping the end of the current round and the furthest landing seen so far; when the sweep passes the round's end, count a move and let the furthest landing become the new end. If the furthest landing never grows past the sweep, the end cannot be reached. ${target}.`,
      ];
    case 'waive':
      return [
        `${capitalised(indefinite(one))} used on one of the ${items} saves exactly what that one costs. Does using it there change what any other would save?`,
        `No: the savings are independent, so the total saved is largest when the ${partner} go to the most expensive ${items}; swapping any choice for a dearer unused one never saves less.`,
        `Sort the costs (or keep the k largest in a heap), cancel the k dearest, or all of them if there are fewer, and add up the rest. ${target}.`,
      ];
    case 'freebie':
      return [
        `Which of the ${items} could possibly come free, and what does a full group need besides its cheapest one?`,
        `A free one is paid for by k - 1 at least as dear in its group. Sorted from dearest, taking groups of k in that order makes each free one as dear as it can be; swapping any other grouping towards it never frees less.`,
        `Sort the prices from dearest down, skip every k-th one (the k-th, 2k-th, ...) and add up the others; the leftover short group pays in full. ${target}.`,
      ];
    case 'piles':
      return [
        `When the next of the ${items} arrives and several ${partner} could take it, which choice keeps the most options open for the ones still to come?`,
        `The ${one} whose top fits it most tightly: a looser top stays free for later ones it alone can take, and swapping the two choices never needs more ${partner}. With that rule the tops stay in sorted order.`,
        `Keep the tops in a sorted list; for each arrival, binary-search the closest top that fits, replace it, or start a new ${one} when none fits. The list's length is the answer. ${target}.`,
      ];
    case 'blocks':
      return [
        `Look at the first letter. Where is the earliest the first block could possibly end?`,
        `Not before that letter's last place, nor before the last place of every letter in between, which may push the end further. Once the sweep reaches that furthest place, cutting there is never worse for the rest.`,
        `Record each letter's last index in one pass; in a second, stretch the current block's end to the furthest last index seen and cut when the index reaches it, noting the block's length. ${target}.`,
      ];
  }
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
