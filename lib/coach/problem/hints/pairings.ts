import type { Pairing } from '../pairings';
import { greedyChoiceLadder } from './greedy-choices';
import type { Ladder } from './ladder';
import { indefinite as an, singular } from './nouns';

/**
 * A ladder for a greedy shape (pairings.ts) in the page's own items: the first rung asks about the
 * extreme item and names no technique, the second gives the exchange that makes the choice safe,
 * the third the walk and its cost.
 */
export function pairingLadder(pairing: Pairing, target: string, sorted = false): Ladder {
  const item = singular(pairing.items);
  const { items, partner } = pairing;
  switch (pairing.shape) {
    case 'pairs':
      return [
        `Look at the heaviest ${item} left. Which ${items} could possibly share ${an(partner)} with that ${item}, and which of them is the safest partner to give it?`,
        `Put the ${items} in order of weight. The heaviest ${item} left either shares with the lightest ${item} left or fits with no one and goes alone; pairing it with the lightest never costs ${an(partner)} later.`,
        `Sort the ${items}, keep one pointer at the lightest and one at the heaviest, and count one ${partner} per step: move both when the two fit, only the heavy one otherwise. ${target}.`,
      ];
    case 'matching':
      return [
        `Take the smallest of the ${partner} left. Which of the ${items} should get it, and could giving it to a larger one ever lead to more matches?`,
        `With both lists in order, the smallest ${singular(partner)} left goes to the smallest ${item} it fits; one that fits no ${item} still waiting is useless, and ${an(item)} it has passed can never be served.`,
        `Sort the ${items} and the ${partner} and walk both with one pointer each: match and advance both when they fit, otherwise advance the side that is too small. ${target}.`,
      ];
    case 'assign':
      return [
        `Take the ${item} furthest to the left. Which of the ${partner} should it get, and could handing it one further right ever shorten the walks overall?`,
        `If two ${items} swap partners so that their paths cross, neither total nor longest distance can shrink: with both lists in order, the k-th ${item} goes to the k-th ${singular(partner)}.`,
        `Sort the ${items} and the ${partner}, pair them position by position, and add (or take the largest of) the distances. ${target}.`,
      ];
    case 'turns':
      return [
        `Draw the ${items} as a line going up and down. Which of them would you never want to drop from the answer?`,
        `Inside a run that only rises (or only falls), keeping its last value is never worse than keeping any other: the answer keeps one value per change of direction, and equal neighbours change nothing.`,
        `Walk once, remembering the sign of the last non-zero difference; each time a non-zero difference has the other sign, add one. ${target}.`,
      ];
    case 'neighbours':
      return [
        `Forget one side for a moment: if only the neighbour on the left mattered, how few could each of the ${items} get?`,
        `Give each of the ${items} what its left side demands in a pass from the left, then what its right side demands in a pass from the right; taking the larger of the two satisfies both and is the least possible.`,
        `Two passes: from the left give one more than the left neighbour after a rise, from the right raise to one more than the right neighbour after a fall, then sum. ${target}, no heap or sort needed.`,
      ];
    default:
      return greedyChoiceLadder({ ...pairing, shape: pairing.shape }, target, sorted);
  }
}
