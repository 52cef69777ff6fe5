import type { ExchangeOrderShape } from '../exchange-orders';
import type { GreedyChoice } from '../greedy-choices';
import type { Ladder } from './ladder';
import { indefinite, singular } from './nouns';

/**
 * A ladder for an order of all items served one at a time (exchange-orders.ts), in the page's own
 * items and letters: the first rung asks what swapping two neighbours does and names no
 * technique, the second gives the order the swap proves, the third the walk and its cost.
 */
export function exchangeOrderLadder(
  choice: GreedyChoice & { shape: ExchangeOrderShape },
  target: string,
): Ladder {
  const { items, partner } = choice;
  const item = singular(items);
  // "order" is the page's noun on some pages (a print shop's orders): the ladder's own arrangement
  // is a sequence and its verb is sort, so "order the orders" never reads.
  const nudge = `Take any sequence of the ${items} and look at two neighbours in it. If you swapped just those two, whose finishing times would change, and which of the two ways round costs less?`;
  switch (choice.shape) {
    case 'quickest':
      return [
        nudge,
        `Only the two swapped ${items} move, and with the shorter one first the two finishing times add up to less, by the difference of their lengths; everyone after them is untouched. So any sequence with a longer ${item} right before a shorter one can be improved: the fewest ${partner} first.`,
        `Sort the ${items} from the fewest ${partner} to the most, run a clock through them adding each length, and add up what each finishing time costs. ${target}.`,
      ];
    case 'ratio':
      return [
        nudge,
        `With ${indefinite(item)} right before another, swapping them changes the total by the length of one times the charge of the other, minus the same the other way round: the first belongs first exactly when it has fewer ${partner}. Every out-of-order neighbour pair can be swapped for less, so that ratio gives the sequence.`,
        `Sort the ${items} by ${partner}, fewest first (compare by cross-multiplying to stay in whole numbers), run a clock through them, and add each charge times its finishing time. ${target}.`,
      ];
    case 'due':
      return [
        nudge,
        `When ${indefinite(item)} due later sits right before one due earlier, swapping them makes the later-due one finish when the pair ends, which is no worse than the earlier-due one finishing then; the worst lateness never grows. So the ${items} go by due time, earliest first.`,
        `Sort the ${items} by due time, run a clock through them adding the ${partner} each takes, and keep the largest amount by which a finishing time passes its due time. ${target}.`,
      ];
  }
}
