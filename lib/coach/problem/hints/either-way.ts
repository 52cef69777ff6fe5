import type { EitherWayShape } from '../either-way';
import type { GreedyChoice } from '../greedy-choices';
import type { Ladder } from './ladder';
import { singular } from './nouns';

/**
 * A ladder for an either-way choice (either-way.ts), in the page's own items: the first rung asks
 * what crossing two items' choices would change and names no technique, the second gives the
 * exchange that settles the order, the third the walk and its cost.
 */
export function eitherWayLadder(
  choice: GreedyChoice & { shape: EitherWayShape },
  target: string,
  sorted: boolean,
): Ladder {
  const { items } = choice;
  const one = singular(items);
  switch (choice.shape) {
    case 'shifted':
      return [
        `Take two of the ${items}, one moved up and one moved down, where the one moved up ends higher. What happens to the gap if they swap their moves?`,
        `It never widens, so some best answer moves up every ${one} below a point and moves down every ${one} above it: only where that point lies is left to choose.`,
        `Sort the values; for each split point the smallest after the moves is the lesser of the first moved up and the first moved down, the largest the greater of the last moved up and the last moved down. Keep the least gap, and the gap with no split at all. ${target}.`,
      ];
    case 'halves':
      return [
        `Suppose every ${one} went to the place that is cheaper for it. What changes, and by how much, when one of them is moved to the other place?`,
        `The total changes by that ${one}'s own difference between its two prices, and by nothing else. So the ones that lose least by going to the first place should go there: two ${items} placed the other way round can swap without making the total worse.`,
        `Sort the ${items} by the difference of their two prices, send the first ones (as many as the first place takes) there and the rest to the other place, and add up what each pays. ${target}.`,
      ];
    case 'sides':
      return [
        `Walk the ${items} along the line. For the next one, which of its two sides could never hurt the ones still to come?`,
        `Its left side, when it fits: only the ${items} already passed lie there. Its right side reaches into the room of the next ${one}, so take it only when the left does not fit and the next ${one} still stands clear; an exchange shows this never lays fewer.`,
        `${sorted ? `The ${items} come in order along the line` : `Sort the ${items} by position`}; keep the last point already taken, and lay each ${one} left if it clears that point, else right if it stops short of the next ${one}'s point, else leave it. ${target}.`,
      ];
  }
}
