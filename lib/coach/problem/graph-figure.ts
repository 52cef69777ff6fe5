import type { Aids } from './aids';
import type { Question } from './costs';
import type { Figure } from './figures';
import { onOne } from './one-input';
import type { Shape } from './shape';
import type { TechniqueId } from './types';

/*
 * A graph technique's figures: what a search, a route, an order or a spanning tree costs over V
 * vertices and E edges, for figures.ts to choose among on a graph's shape.
 */

/** Few enough items for a table over every subset of them (2^25 is about 3 * 10^7). */
export const FEW = 25;

/** Methods that already search few items exhaustively: the answer's range is not what they walk. */
export const EXHAUSTIVE: readonly (TechniqueId | undefined)[] = ['backtracking', 'bit-manipulation'];

/** What a graph's leading guess may name when the work is a search from a source. */
const WALKS: readonly TechniqueId[] = [
  'graph',
  'breadth-first-search',
  'depth-first-search',
  'heap-priority-queue',
];

/** A graph technique's standard cost over V vertices and E edges. */
export function graphFigure(
  id: TechniqueId,
  shape: Extract<Shape, { kind: 'graph' }>,
  asks: Question,
  aids: Aids,
): Figure {
  const { sorts } = aids;
  // So few vertices that every group of them (or every order) is a candidate: the links are the
  // conflicts or costs a subset search checks, not a graph to walk once.
  if (EXHAUSTIVE.includes(id) && shape.v.bound <= FEW) return onOne(id, asks, aids, false, true);
  // Least costs asked between many pairs of a few hundred vertices: one table over every pair,
  // improved through every middle vertex, answers them all, whatever walk the guess names.
  const allPairs =
    asks.allPairs &&
    shape.v.bound <= 500 &&
    (id === 'shortest-path' || (asks.weightedRoute && WALKS.includes(id)));
  if (id === 'shortest-path' && asks.negativeCycle)
    return ['O(V * E)', 'V - 1 rounds relaxing every edge, and one more to find a gaining cycle'];
  // At most k legs: the best cost per number of legs, every edge relaxed once in each of k rounds.
  if (id === 'shortest-path' && asks.route === 'few-legs')
    return ['O(k * E)', 'k rounds, each relaxing every edge from the costs the round before left'];
  // Costs below zero undo Dijkstra's rule that the nearest vertex is settled.
  if (id === 'shortest-path' && asks.route === 'below-zero')
    return [
      'O(V * E)',
      'V - 1 rounds relaxing every edge, and one more to find a loop that still lowers the total',
    ];
  if (allPairs || (asks.route === 'every-pair' && shape.v.bound <= 500 && id === 'shortest-path'))
    return ['O(V^3)', 'every pair of vertices improved through every middle vertex'];
  // Links that cost nothing or one are settled in order from a deque, each vertex once: no heap.
  if (id === 'shortest-path' && (asks.route === 'zero-one' || asks.stepPrices === 'zero-one'))
    return [
      'O(V + E)',
      'free links to the front of a deque and paid ones to the back, each vertex settled once',
    ];
  if (id === 'shortest-path')
    return ['O((V + E) log V)', 'each edge relaxed once, each vertex taken from a priority queue'];
  // Each vertex enters and leaves the heap once; an edge only lowers a count, at no heap cost.
  if (id === 'topological-sort' && asks.smallestOrder)
    return ['O(V log V + E)', 'the smallest ready vertex taken from a priority queue each time'];
  // Links of different costs and a least total asked: the walk takes the nearest vertex first.
  if (asks.weightedRoute && !asks.spanning && WALKS.includes(id))
    return ['O((V + E) log V)', 'each edge relaxed once, each vertex taken from a priority queue'];
  if (asks.spanning) return ['O(E log E)', 'edges sorted by cost, each joined with a disjoint-set check'];
  // A sort ranked beside a walk costs only when the answer must come out in order (sorted, or the
  // lexicographically smallest arrangement of each group).
  if (sorts && (asks.sortedOutput || asks.smallestOrder))
    return ['O((V + E) log V)', 'the groups found in linear time, then each sorted'];
  // Few questions about two places each, on a graph small enough to walk once per question.
  if (shape.queries && WALKS.includes(id))
    return [
      'O(q * (V + E))',
      'each question is answered by a walk of its own from one of its two places until the other is met, carrying what the route adds up to (the ratios multiplied, or only that it is reached)',
    ];
  return ['O(V + E)', 'each vertex and each edge handled once'];
}
