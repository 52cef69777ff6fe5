import type { Asks } from '../asks';
import { callRoles, operationStream } from '../knowledge/calls';
import { oneSlotByADeadline } from '../knowledge/choices';
import { aroundACircle } from '../knowledge/circles';
import { oneRoute, routeAsk } from '../knowledge/paths';
import { SPREAD_FROM_EVERY_SOURCE } from '../knowledge/spreads';
import { circleRemoval } from '../knowledge/structures';
import { asksComparedValue } from '../query-kinds';
import { stepPrices } from '../step-prices';
import type { TechniqueId } from '../types';
import { CLASSIC_LADDERS, type ClassicVariant } from './classics';
import { COUNT_LADDERS, type CountVariant } from './count-methods';
import { DESIGN_LADDERS, type DesignVariant, designVariant } from './designs';
import { ENUMERATION_LADDERS, type EnumerationVariant } from './enumerations';
import { GRID_LADDERS, type GridVariant, gridVariant, rectanglesVariant } from './grids';
import { JOIN_LADDERS, JOIN_VARIANTS, type JoinVariant } from './joins';
import type { Ladder } from './ladder';
import { LOOKUP_LADDERS, type LookupVariant, lookupVariant } from './lookups';
import { ORDERED_LADDERS, type OrderedVariant } from './ordered';
import { PAIR_LADDERS, type PairVariant } from './pair-counts';
import { POINTER_LADDERS, type PointerVariant } from './pointer-walks';
import { RANGE_LADDERS, type RangeVariant } from './ranges';
import { ROUTE_LADDERS, type RouteVariant, routeVariant } from './routes';
import { SEARCH_LADDERS, type SearchVariant, searchVariant } from './search-shapes';
import { SHAPE_LADDERS, type ShapeVariant } from './shapes';
import { TABLE_LADDERS, type TableVariant, tableVariant } from './tables';
import { holdsThemAll, servedByAFixedSet, TIMED_LADDERS, type TimedVariant } from './timed';
import { VALUE_LADDERS, type ValueVariant } from './values';
import { WINDOW_LADDERS, type WindowVariant, windowVariant } from './windows';

/**
 * Where one technique has two standard shapes, the ladder of the one the statement asks for: a
 * greedy choice after a sort or along a single sweep, subsets or orders to enumerate; the searches
 * and sweeps of data in order (ordered.ts), the DP tables (tables.ts) and the well-known classes
 * to design (designs.ts) live with their families.
 */
export type Variant =
  | ShapeVariant
  | ClassicVariant
  | CountVariant
  | GridVariant
  | JoinVariant
  | SearchVariant
  | TimedVariant
  | LookupVariant
  | WindowVariant
  | PairVariant
  | RouteVariant
  | PointerVariant
  | RangeVariant
  | DesignVariant
  | TableVariant
  | ValueVariant
  | EnumerationVariant
  | OrderedVariant;

/**
 * The shapes every greedy guess gets, after a sort or along one sweep: they say how a greedy goes,
 * not how this statement is built, so a faint guess's ladder in one of them is still its template.
 */
export const METHOD_SHAPES: readonly Variant[] = ['greedy-sweep', 'greedy-sorted'];

export const VARIANT_LADDERS: Record<Variant, Ladder> = {
  ...CLASSIC_LADDERS,
  ...COUNT_LADDERS,
  ...GRID_LADDERS,
  ...JOIN_LADDERS,
  ...SEARCH_LADDERS,
  ...PAIR_LADDERS,
  ...ROUTE_LADDERS,
  ...POINTER_LADDERS,
  ...RANGE_LADDERS,
  ...TIMED_LADDERS,
  ...LOOKUP_LADDERS,
  ...WINDOW_LADDERS,
  ...TABLE_LADDERS,
  ...DESIGN_LADDERS,
  ...VALUE_LADDERS,
  ...ENUMERATION_LADDERS,
  ...ORDERED_LADDERS,
  ...SHAPE_LADDERS,
};

/** A stream of typed operations is coached kind by kind, a class call by call. */
const callsVariant = (body: string): Variant =>
  operationStream(body) ? 'design-operations' : 'design-calls';

/** The classic shape a leading technique takes when the question is one of the well-known patterns. */
function classicVariant(technique: TechniqueId | undefined, asks: Asks): ClassicVariant | undefined {
  if (technique === 'stack' && asks.collisions) return 'meet-and-cancel';
  if (technique === 'heap-priority-queue' && asks.runningMiddle) return 'two-heaps';
  if (technique === 'heap-priority-queue' && asks.mergeK) return 'merge-heads';
  if (technique === 'heap-priority-queue' && asks.kth) return 'k-best';
  if (technique === 'monotonic-stack' && asks.runExtremes) return 'run-extremes';
  if (technique === 'prefix-sum' && asks.allButOwn) return 'both-ends';
  if (technique === 'hash-table' && asks.valueRuns) return 'value-runs';
  if (technique === 'binary-search' && asks.rotated) return 'search-rotated';
  if (technique === 'dynamic-programming' && asks.edits) return 'table-edits';
  if (technique === 'dynamic-programming' && asks.repeatablePacks) return 'table-amounts';
  if (technique === 'shortest-path' && asks.worstLink) return 'worst-link';
  if (technique === 'binary-tree' && asks.treeSearch) return 'tree-search';
  return undefined;
}

/** Which shape of the technique the statement asks for, when it has more than one. */
export function variantFor(
  techniques: readonly TechniqueId[],
  asks: Asks,
  design: boolean,
  sorted: boolean,
  updates = true,
  target = '',
  grid = true,
  // Promised in order by any key (intervals sorted by start): what the searches above cannot use
  // is still an order no hint should tell the user to make.
  inOrder = sorted,
  // The statement as the asks read it, and whether the leading guess is a method at all: with no
  // method in the lead, a DP candidate whose table the statement lays out still sets the ladder.
  body = '',
  led = true,
): Variant | undefined {
  const [technique] = techniques;
  if (design)
    return designVariant(body) ?? (callRoles(body).length > 0 ? callsVariant(body) : 'design-structures');
  if (!led && techniques.slice(0, 3).includes('dynamic-programming')) {
    const table = tableVariant(body, asks, grid, target, inOrder);
    if (table) return table;
  }
  // Searches the question itself implies set the target whatever leads, so they set the ladder too.
  if (asks.slope && target === 'O(log n)') return 'search-peak';
  if (sorted && /^O\(log\(n \* m\)\)$/.test(target)) return 'search-sorted';
  if (
    sorted &&
    /^O\(n \+ m\)$/.test(target) &&
    ['matrix', 'two-pointers', 'binary-search'].includes(technique ?? '')
  )
    return grid ? 'search-corner' : 'merge-sorted';
  if (asks.answerSearch && target === 'O(n log A)') return 'search-answer';
  if (asks.tour && /\* 2\^n\)$/.test(target)) return 'table-route';
  if (asks.assignment && /\* 2\^n\)$/.test(target)) return 'table-sets';
  if (technique === 'dynamic-programming' && /^O\(n \* 2\^n\)$/.test(target)) return 'table-subsets';
  if (technique === 'breadth-first-search' && /^O\(n \* 2\^n\)$/.test(target)) return 'search-states';
  if (technique === 'shortest-path' && asks.allPairs && /\^3\)$/.test(target)) return 'all-pairs';
  // The rest are a method's own ladders: a leader merely common among problems like this one
  // brings none of them, as it brings none of the method's traps.
  if (!led) return undefined;
  const helpers = techniques.slice(1, 3);
  // Input promised in order is swept as it comes: no ladder tells the user to sort it first.
  if (inOrder && technique === 'sorting') return 'sweep-sorted';
  const sorts = (asks.ordered || helpers.includes('sorting')) && !inOrder;
  // Water held between bars: the lower of the two highest sides, whichever of its methods leads.
  if (asks.heldWater && ['two-pointers', 'monotonic-stack', 'dynamic-programming'].includes(technique ?? ''))
    return 'water-levels';
  if (asks.alphabet && technique === 'topological-sort') return 'letter-order';
  const classic = classicVariant(technique, asks);
  if (classic) return classic;
  switch (technique) {
    case 'greedy':
      if (oneSlotByADeadline(body)) return 'deadline-slots';
      // Counting each kind, with a heap to build the order: equal items kept apart.
      if (helpers.includes('hash-table') && helpers.includes('heap-priority-queue')) return 'greedy-counts';
      if (asks.fills) return 'fill-in-order';
      // A start on a loop, or the farthest reach, is swept in the given order: there is nothing to sort.
      return sorts && !asks.onePassReach ? 'greedy-sorted' : 'greedy-sweep';
    case 'heap-priority-queue':
      // Items that start and end, swept by start: the heap holds what is still running, and its
      // largest size answers only a question about how many hold them all at once.
      if (holdsThemAll(body)) return inOrder ? 'rooms-in-order' : 'rooms-heap';
      return servedByAFixedSet(body) ? 'servers-heaps' : undefined;
    case 'binary-search':
      if (asks.increasing) return undefined;
      // Many questions, each a bound compared with the list: a sort and one search per question.
      if (/\+ q\)/.test(target) && asksComparedValue(body)) return 'search-per-question';
      return sorted && asks.lookup && !asks.kth ? 'search-sorted' : 'search-answer';
    case 'backtracking':
    case 'bit-manipulation':
      if (asks.orders) return 'enumerate-orders';
      if (asks.bitwisePairs && target === 'O(n log A)') return 'pairs-by-bit';
      // A search over few items' subsets (answer-object.ts) is sized 2^n, whatever words it used.
      return asks.subsets || /\* 2\^n\)$|^O\(2\^n\)$/.test(target) ? 'enumerate-subsets' : undefined;
    case 'dynamic-programming':
      return asks.ranges ? 'table-ranges' : tableVariant(body, asks, grid, target, inOrder);
    case 'string':
      return asks.matching ? 'string-matching' : undefined;
    case 'breadth-first-search':
    case 'depth-first-search': {
      if (
        technique === 'breadth-first-search' &&
        (routeAsk(body) === 'zero-one' || stepPrices(body) === 'zero-one')
      )
        return 'route-zero-one';
      // Every source spreading once a round (a grid's touching cells, or any neighbours): the last
      // round is asked, not one target's distance.
      if (technique === 'breadth-first-search' && (asks.spreads || SPREAD_FROM_EVERY_SOURCE.test(body)))
        return 'search-spread';
      if (asks.colouring) return 'two-colouring';
      // A grid's cells that touch form its groups; the groups' ladder speaks of listed links.
      const search = grid && asks.search === 'groups' ? undefined : searchVariant(technique, asks.search);
      // The one route between two places of a tree, where no search shape is asked of it.
      return search ?? (technique === 'depth-first-search' && oneRoute(body) ? 'route-tree' : undefined);
    }
    case 'topological-sort':
      return searchVariant(technique, asks.search);
    case 'shortest-path': {
      if (asks.negativeCycle) return 'relax-rounds';
      // A route worth its worst leg, or every pair of few places, in words the classic readings do not know.
      const route = routeAsk(body);
      if (route === 'worst-leg') return 'worst-link';
      if (route === 'every-pair' && /\^3\)$/.test(target)) return 'all-pairs';
      // Moves priced nothing or one in the setter's own words are the deque's, whatever the route reads.
      return routeVariant(stepPrices(body) === 'zero-one' ? 'zero-one' : route, grid);
    }
    case 'union-find':
      return asks.joins ? JOIN_VARIANTS[asks.joins] : undefined;
    case 'prefix-sum':
      return rectanglesVariant(body, target);
    case 'matrix':
      return gridVariant(body);
    case 'hash-table':
      return searchVariant(technique, asks.search) ?? lookupVariant(body);
    case 'sliding-window':
      return windowVariant(body);
    case 'queue':
      return circleRemoval(body) ? 'circle-removal' : undefined;
    case 'monotonic-stack':
      return aroundACircle(body) ? 'next-around-circle' : undefined;
    case 'segment-tree':
    case 'divide-and-conquer':
      if (asks.orderedPairs) return 'count-earlier';
      return technique === 'segment-tree' && !updates ? 'range-summaries' : undefined;
    default:
      return undefined;
  }
}
