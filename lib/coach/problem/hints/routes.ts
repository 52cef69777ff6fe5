import type { RouteAsk } from '../knowledge/paths';
import type { Ladder } from './ladder';

/**
 * Ladders for routes over links or cells that cost different amounts (knowledge/paths.ts). The
 * generic shortest-path ladder names a priority queue; these say what the page's question changes:
 * a grid whose route may turn back, a cap on the legs, costs below zero, links of 0 or 1.
 */
export type RouteVariant =
  | 'route-least'
  | 'route-cells'
  | 'route-few-legs'
  | 'route-below-zero'
  | 'route-zero-one'
  | 'route-tree';

/** The ladder of a route question, when a shortest-path method (or the deque search) leads. */
export function routeVariant(ask: RouteAsk | null, grid: boolean): RouteVariant | undefined {
  switch (ask) {
    case 'least':
      return grid ? 'route-cells' : 'route-least';
    case 'few-legs':
      return 'route-few-legs';
    case 'below-zero':
      return 'route-below-zero';
    case 'zero-one':
      return 'route-zero-one';
    default:
      return undefined;
  }
}

export const ROUTE_LADDERS: Record<RouteVariant, Ladder> = {
  'route-least': [
    'The links cost different amounts, so the route with the fewest links need not be the cheapest. Of all the {items} you have not settled yet, which one could you already be sure of, and why?',
    'Settle the {items} cheapest first: keep the best known total of each {item}, take the smallest from a heap, and improve its neighbours through it (Dijkstra). No cost is below zero, so the {item} taken out is final.',
    'Give the start a total of zero and every other {item} infinity. Take the {item} with the smallest total from the heap, skipping it if that total is out of date; for each link out of it, if its total plus the link’s cost beats the neighbour’s, record the new total and push the neighbour. Large costs add up past 32 bits, and {items} never reached are reported as the statement asks.',
  ],
  'route-cells': [
    'Every cell costs something to enter, and the way may turn back up or left. Why can a table filled row by row miss the cheapest way, and which cell’s cheapest total could you be sure of first?',
    'Treat the cells as places and each step as a link priced at the cell it enters, then settle the cells cheapest first from a heap (Dijkstra over the grid).',
    'Start the first cell as the statement says (paid or free) and every other cell at infinity. Take the cheapest cell from the heap, skipping stale entries; for each neighbour inside the grid, its total through this cell is this total plus the neighbour’s own cost, and if that is better, record it and push it. The last cell’s total when it comes off the heap is the answer.',
  ],
  'route-few-legs': [
    'The trip may use only so many legs. Can the cheapest route of all be one you may not take, and what would you have to remember for each {item} to choose well?',
    'Keep the cheapest cost of reaching each {item} with at most a given number of legs, and grow it one leg at a time: each round relaxes every link from the costs of the round before (Bellman-Ford stopped after k rounds).',
    'Start with the source at zero and every other {item} at infinity. Repeat k times: copy the costs, then for every link whose start is finite in the old copy, improve its end in the new copy. Reading the old copy keeps one round from chaining two legs. After k rounds the target’s cost is the answer; if it is still infinite, no trip within the cap exists.',
  ],
  'route-below-zero': [
    'Some links give back instead of costing. If you settle the cheapest {item} first as usual, what can a later link below zero undo, and what happens when going round a loop lowers the total every time?',
    'Relax every link again and again: V - 1 rounds settle every cheapest total when no loop lowers it (Bellman-Ford), and a total that still improves after that lies on such a loop or past one.',
    'Start the source at zero and every other {item} at infinity. Do V - 1 rounds over all the links, improving each end through its start. Then keep going round and mark every {item} that still improves, and every {item} reachable from a marked one: if the target is marked, its total has no bottom; otherwise its settled total is the answer.',
  ],
  'route-zero-one': [
    'Every link costs either nothing or one. If you handle the {items} in order of cost, where should the far end of a free link go compared with the far end of a paid one?',
    'A breadth-first search over a double-ended queue: the end of a free link goes to the front, the end of a paid link to the back, so the {items} come out in order of cost with no heap (0-1 breadth-first search).',
    'Set every cost to infinity except the start at zero, and put the start in the deque. Take from the front; for each link out of it, if the cost through it beats its end’s, record it and put the end at the front for a free link or at the back for a paid one. Entries that are out of date are skipped when taken, and each link is looked at a constant number of times.',
  ],
  'route-tree': [
    'There is exactly one way between any two {items}. With nothing to choose between routes, what does the distance of one {item} tell you about the {items} hanging below it?',
    'Walk the tree once from the start (depth-first, or breadth-first): each {item}’s distance is its parent’s distance plus the link between them, so no heap and no comparison of routes is needed.',
    'Build the lists of neighbours. Start the walk at the given {item} with distance zero; when you step to a neighbour that is not the parent you came from, the neighbour’s distance is the current one plus that link’s length. Keep whatever the question asks for along the way (every distance, the largest one). On a long chain a recursive walk can overflow the stack, so an explicit stack is safer.',
  ],
};
