import type { SearchShape } from '../knowledge/searches';
import type { TechniqueId } from '../types';
import type { Ladder } from './ladder';

/**
 * Ladders for the searches an interviewer names over linked items (knowledge/searches.ts). The
 * generic walk's ladder says how a search goes; these say what the page asks of it: what one
 * start reaches, when something spreading from every source at once reaches the last item, the
 * groups, a loop among one-way links, the farthest pair of a tree, an order
 * with the smallest free item first, the links counted at their ends.
 */
export type SearchVariant =
  | 'search-reach'
  | 'search-spread'
  | 'search-groups'
  | 'search-loop'
  | 'search-farthest'
  | 'order-smallest'
  | 'order-forced'
  | 'order-holds'
  | 'links-at-ends';

/** What a topological order is asked for: the smallest, whether it is forced, whether one exists at all. */
const TOPOLOGICAL_VARIANTS: Partial<Record<string, SearchVariant>> = {
  'smallest-order': 'order-smallest',
  'forced-order': 'order-forced',
  'facts-hold': 'order-holds',
};

/** Which ladder a leading technique takes for the shape the statement asks about. */
export function searchVariant(
  technique: TechniqueId | undefined,
  shape: SearchShape | null,
): SearchVariant | 'two-colouring' | undefined {
  if (technique === 'topological-sort') return TOPOLOGICAL_VARIANTS[shape ?? ''];
  if (technique === 'hash-table') return shape === 'ends' ? 'links-at-ends' : undefined;
  if (technique !== 'depth-first-search' && technique !== 'breadth-first-search') return undefined;
  switch (shape) {
    case 'two-sides':
      return 'two-colouring';
    case 'reach':
      return 'search-reach';
    case 'groups':
      return 'search-groups';
    case 'loop':
      return 'search-loop';
    case 'farthest':
      return 'search-farthest';
    default:
      return undefined;
  }
}

export const SEARCH_LADDERS: Record<SearchVariant, Ladder> = {
  'search-reach': [
    'Start from the first {item} the question names. Once you have got to some {item}, where can you go next from it, and how do you avoid going round in circles?',
    'One depth-first (or breadth-first) walk from the start, following each link only the way it goes, marks every {item} it reaches; no distance is asked, so any order of visiting will do.',
    'Build, for every {item}, the list of {items} its links lead to. Mark the start and keep a stack of {items} to expand; take one, and push every neighbour not yet marked after marking it. When the stack is empty the marks are exactly the {items} reached: read them off in numbered order if the answer lists them, so no sort is needed.',
  ],
  // Every source spreads at once and the answer is the last round, not one target's distance.
  'search-spread': [
    'Everything already affected passes it on at the same moment. Which {items} are reached after one round, which after two, and how do you know when the last one has been reached?',
    'Search from every source at once: all the {items} affected at the start go into one queue together as round zero, and each ring the breadth-first walk hands out is one more round. The answer is the round of the last {item} reached, not the distance to one target.',
    'Queue every {item} affected at the start with round zero, and count the {items} still to be reached. Take {items} from the front; each neighbour not yet reached gets the round plus one, is marked, joins the back and lowers the count. When the queue empties, the answer is the last round given out (zero if nothing was left to reach); if the count is not zero, some {item} was never reached: {no answer}.',
  ],
  'search-groups': [
    'Pick any {item} and find everything linked to it, directly or through others. What is left over, and how many times do you have to start again?',
    'Count the groups with walks: each {item} not yet seen starts a depth-first (or breadth-first) walk that marks its whole group, so the number of walks started is the number of groups. A disjoint-set union over the links gives the same count.',
    'Build the neighbour lists from the links, both ways. Go through the {items} in order; when one is unmarked, add one to the count and walk from it, marking every {item} it reaches. A lone {item} with no links is a group of its own. Walk with your own stack when the groups can be long chains, so deep recursion does not overflow.',
  ],
  'search-loop': [
    'Follow the links from some {item}. What would you have to see along the way to know that the chain comes back to where it already is?',
    'Colour the {items} in a depth-first walk: unvisited, on the current path, finished. A link back to some {item} still on the current path closes a loop; a topological order (taking {items} nothing points to) that cannot place every {item} says the same.',
    'Build the one-way neighbour lists. Walk depth-first from every unvisited {item}: mark it as on the path, visit each neighbour, and mark it finished on the way back. Meeting a neighbour that is on the path means a loop; one already finished is safe. With long chains keep the walk on your own stack instead of recursing.',
  ],
  'search-farthest': [
    'There is only one way between any two {items}. If you start anywhere and go as far as you can, what do you know about the {item} you end at?',
    'Two searches: the {item} farthest from any start is one end of the farthest pair, and the farthest {item} from it gives the answer (a breadth-first or depth-first walk each, counting links or adding lengths).',
    'Build the neighbour lists. Walk from {item} 1 and record the distance of every {item}; take the farthest one, A. Walk again from A, and the largest distance found is the answer (and its {item} the other end). One walk that keeps the two deepest branches below each {item} works too.',
  ],
  'order-smallest': [
    'Which {items} could come first, with nothing required before them? Among those, which one does the statement want taken?',
    "Kahn's algorithm with a min-heap: keep the {items} whose requirements are all met in a min-heap, always take the smallest, and free the {items} that were waiting only for it. A plain queue gives some valid order, not the smallest.",
    'Count for every {item} how many requirements point to it, and push the {items} with none into a min-heap. Repeatedly pop the smallest, append it to the order, and lower the count of every {item} it must precede, pushing any that reach zero. If fewer {items} come out than there are, some requirements form a loop and no order exists.',
  ],
  'order-forced': [
    'Build any order that respects every fact, one {item} at a time. At which moment could you have picked a different {item} next?',
    "Kahn's algorithm, watched: the order is forced exactly when the queue of {items} with nothing left before them never holds two at once. Two ready together can be swapped, so a second order exists.",
    'Count for every {item} how many facts point to it and queue those with none. While the queue is not empty, check its size first: two or more means the answer is no. Take the one {item} out and lower the count of everything it points to, queueing any that reach zero. Every {item} leaves the queue once and every fact is looked at once.',
  ],
  'order-holds': [
    'Suppose the facts did contradict each other. Follow them from one {item} to the next: what would you eventually run into?',
    "Each fact is a one-way arrow between two {items}; they can all be true exactly when the arrows close no circle. Kahn's algorithm (keep taking {items} no remaining arrow points to) places every {item} only then; a depth-first walk with colours finds the circle directly.",
    'Count the arrows pointing into each {item} and queue those with none. Take one out, place it, and lower the count of every {item} it points to, queueing any that reach zero. If every {item} gets placed, the facts hold (the placed order is one ranking that agrees with all of them); if some never reach zero, they sit on a circle and the facts contradict.',
  ],
  'links-at-ends': [
    'Does the answer for one {item} depend on where its links lead, or only on how many of them touch it?',
    'Count, do not walk: one pass over the links adds one at each of their two ends (an array indexed by {item}), and the answer is read from those counts.',
    'Make an array of counts with one slot per {item}, all zero. For every link, add one to the slot of each of its ends (one end only if the links have a direction and the question counts one side). Then answer from the counts: print them, or count the {items} whose number meets the condition.',
  ],
};
