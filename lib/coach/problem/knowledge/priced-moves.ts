import { PRICED_MOVE, stepPrices } from '../step-prices';
import { MOVES_ANY_SIDE } from './paths';
import type { Scene, Trigger } from './trigger';

/*
 * A grid whose moves are priced by what they enter, in the setter's own verbs and units
 * (step-prices.ts reads the amounts). Walked every way with the least total asked, nothing and
 * one is a 0-1 breadth-first search over a deque, and several amounts (or one each cell carries)
 * are Dijkstra over the cells. Moves only right or down, a total over every cell, or one amount
 * for every step stay the table, the scan or the plain search they are.
 */
const pricedGrid = (scene: Scene) =>
  scene.grid && !scene.design && ANY_SIDE(scene.body) && LEAST_ASKED.test(scene.body);

/** The least of something asked, in whatever unit the moves are paid (candles, tickets, minutes). */
const LEAST_ASKED = /\b(?:least|fewest|minimum|minimal|smallest|lowest|cheapest|quickest|fastest|shortest)\b/;
/** Moves that may turn back: to any side-sharing cell. */
const ANY_SIDE = (body: string) => MOVES_ANY_SIDE.test(body) || /\bsharing a side\b|\badjacent\b/.test(body);

/** Places or cells a route walks between, with the least total asked. */
const pricedWalk = (scene: Scene) =>
  (scene.grid ? ANY_SIDE(scene.body) : scene.shape === 'graph' || scene.kinds.includes('graph')) &&
  !scene.design &&
  LEAST_ASKED.test(scene.body);

export const PRICED_MOVE_TRIGGERS: readonly Trigger[] = [
  {
    // The deque search is a shortest path whose costs are 0 and 1: it is named beside the search,
    // below it by enough that the panel can still be sure of the search.
    technique: 'shortest-path',
    pattern: PRICED_MOVE,
    weight: 2,
    why: 'moves cost nothing or one, so this is a cheapest route whose costs a deque can order: the search settles places by cost, not by the number of steps',
    when: (scene) => scene.grid && pricedWalk(scene) && stepPrices(scene.body) === 'zero-one',
    also: [],
  },
  {
    // Listed links of 0 and 1 already name the cheapest route beside the search (paths.ts): a
    // lighter mention keeps it in view without making it the search's rival.
    technique: 'shortest-path',
    pattern: PRICED_MOVE,
    weight: 1,
    why: 'links cost nothing or one, so this is a cheapest route whose costs a deque can order: the search settles places by cost, not by the number of links',
    when: (scene) => !scene.grid && pricedWalk(scene) && stepPrices(scene.body) === 'zero-one',
    also: [],
  },
  {
    technique: 'breadth-first-search',
    pattern: PRICED_MOVE,
    weight: 4,
    why: 'some cells cost nothing to enter and the others one, so a breadth-first search over a deque settles the cells in order of cost: free moves go to the front, paid ones to the back, each cell once and no heap needed',
    when: (scene) => pricedGrid(scene) && stepPrices(scene.body) === 'zero-one',
    also: ['shortest-path', 'matrix'],
  },
  {
    technique: 'shortest-path',
    pattern: PRICED_MOVE,
    weight: 4,
    why: 'cells cost different amounts to enter and moves go every way, so the fewest steps need not be the cheapest and no row-by-row table holds: settle the cells cheapest first from a heap (Dijkstra over cells)',
    when: (scene) => pricedGrid(scene) && stepPrices(scene.body) === 'varied',
    also: ['heap-priority-queue', 'matrix'],
  },
];
