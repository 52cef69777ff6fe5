import type { Asks } from '../asks';
import { callRoles, operationStream } from '../knowledge/calls';
import { oneSlotByADeadline } from '../knowledge/choices';
import { oneRoute, routeAsk } from '../knowledge/paths';
import { circleRemoval } from '../knowledge/structures';
import { asksComparedValue } from '../query-kinds';
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
  | 'greedy-sweep'
  | 'greedy-sorted'
  | 'greedy-counts'
  | 'rooms-heap'
  | 'rooms-in-order'
  | 'search-states'
  | 'all-pairs'
  | 'enumerate-subsets'
  | 'enumerate-orders'
  | 'string-matching'
  | 'two-colouring'
  | 'relax-rounds'
  | 'count-earlier'
  | 'range-summaries'
  | 'water-levels'
  | 'letter-order'
  | 'design-structures'
  | 'design-calls'
  | 'design-operations'
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
  'greedy-sweep': [
    'Walking through {input} once, what single number about the {items} seen so far decides everything that comes next?',
    'Sweep once and keep only that summary (how far you can get, or how much you carry), updating it at each {item}; a choice that never hurts later can be made on the spot.',
    'Go through the {items} in order. At each one, update the summary and decide right away whether it changes the answer (a new step, a new start, a new best). Argue why deciding now can never be worse than waiting.',
  ],
  'greedy-sorted': [
    'If you could choose the order in which to consider the {items}, which order would make each decision obvious?',
    'Sort the {items} by the key that decides (where they end, how big they are), then make the locally best choice for each in turn; an exchange argument shows it never hurts.',
    'Pick the sorting key and sort once. Walk through the {items}, taking each one when it still fits with what you already hold and skipping it otherwise. Try the rule on a small case where a different order would fail, to be sure the key is right.',
  ],
  'rooms-in-order': [
    'The {items} already come by start. When one starts, which of those still running frees up first, and has it already?',
    'They come in order, so no sort: keep the end times of everything still running in a min-heap; a new {item} takes over the one that ended first if it has ended, else it needs one more; the largest the heap gets is the answer.',
    'Walk through the {items} as given. For each, look at the earliest end time in the heap: if it is no later than this start, pop it. Push this {item}’s end and note the heap size; the largest size seen is the answer.',
  ],
  'greedy-counts': [
    'Which kind of {item} is the hardest to place, and how much room do its copies force on everything else?',
    'Count each kind: the most frequent kind sets the frame (its copies with the required gaps between them) and the others fill the gaps; a heap that always takes the most plentiful kind allowed next builds an actual order.',
    'Count how often each kind occurs. If the most frequent occurs f times, its copies need f - 1 gaps of the required size, plus a slot for every other kind that also occurs f times; compare that frame with the number of {items}. To build an order, repeatedly take the most plentiful kind not used too recently from a heap, holding back the kinds still waiting out their gap.',
  ],
  'rooms-heap': [
    'Go through the {items} by start. When one starts, which of those still running frees up first, and has it already?',
    'Sort by start and keep the end times of everything still running in a min-heap: a new {item} takes over the one that ended first if it has ended, else it needs one more; the largest the heap gets is the answer.',
    'Sort the {items} by start. For each, look at the earliest end time in the heap: if it is no later than this start, pop it. Push this {item}’s end and note the heap size; the largest size seen is the answer. Sweeping the sorted starts and ends, one up at a start and one down at an end, counts the same peak.',
  ],
  'search-states': [
    'Think of {input}, taken as a whole, as one position. Which positions does a single move lead to, and which are two moves away?',
    'Breadth-first search over states: encode all of {input} as one number (a bit per {item}), start from the given one and explore in rings, never entering a state twice.',
    'Encode {input} as given as one number, put it in a queue with distance zero and mark it seen. Take states from the front; for each possible move, work out the state it leads to and, if it is new, mark it and give it the distance plus one. The goal’s distance when it is first reached is the answer; if the queue empties first, it cannot be reached.',
  ],
  'all-pairs': [
    'If paths could pass only through the first k nodes, how would allowing one more node change the best distance between two nodes?',
    'Floyd-Warshall: take every node in turn as the middle and improve every pair whose path gets shorter through it; the table then holds every shortest distance, and each question reads it.',
    'Start the table from the direct edges as the statement defines them, zero from a node to itself and infinity where there is no edge. For each middle node k, for each pair i and j, keep the smaller of the current distance and the one through k. Then answer every question from the table, reporting unreachable pairs as the statement asks.',
  ],
  'enumerate-subsets': [
    'Each {item} is either in or out: how many choices is that, and is that few enough to try them all?',
    'Enumerate the subsets of {input}, one choice per {item}, either recursively (include it, then leave it out) or as bitmasks.',
    'Decide for the first {item}, recurse on the rest, then undo the choice and take the other branch. When every {item} is decided, check or record the subset. Cut a branch as soon as it can no longer lead to a valid one.',
  ],
  'enumerate-orders': [
    'How many orders of the {items} are there, and can you afford to try each one?',
    'Build every order one position at a time: pick an unused {item}, recurse, then put it back (backtracking over permutations).',
    'Keep the order built so far and which {items} are used. For the next position, try each unused {item}, recurse, and undo. When all are placed, check or count the order. Stop a branch early when its partial order can already not work.',
  ],
  'string-matching': [
    'When a comparison fails part-way through {input}, how much of what you already matched could you reuse instead of starting over?',
    'Compute for every position the longest proper prefix that is also a suffix ending there (the prefix function of KMP), or compare pieces with rolling hashes.',
    'Walk through {input} keeping the length of the current match. On a mismatch, fall back to the longest shorter prefix that still matches, as the table says, instead of restarting. The last value (or each full match) gives the answer.',
  ],
  'two-colouring': [
    'If one {item} goes to the first side, where must every {item} linked to it go, and what would prove a split impossible?',
    'Colour the {items} side by side with a breadth-first (or depth-first) walk from each one not yet coloured; a link between two of the same colour means no split exists.',
    'Give an uncoloured {item} the first colour and walk from it, giving every neighbour the opposite colour of the one it was reached from. If a neighbour already has the same colour, answer no. Start again from every {item} still uncoloured, since the links may form several groups.',
  ],
  'relax-rounds': [
    'If a cycle of trades or moves keeps improving what you hold, what happens to "the best value" of the places on it?',
    'Bellman-Ford: relax every edge V - 1 times so every best value settles, then one more round; anything that still improves lies on a gaining (negative) cycle.',
    'Start every place at the same value. Repeat V - 1 times: for each edge, improve its end if going through it is better. Then go over the edges once more: if any end still improves, a gaining cycle exists. With gains that multiply, compare sums of logarithms instead.',
  ],
  'count-earlier': [
    'Walking through {input} from left to right, what would you need to know about the {items} already passed to count the pairs each new {item} completes?',
    'Keep the values seen so far in a Fenwick (binary indexed) tree over their ranks, so "how many earlier values are larger" is one prefix query; a merge sort that counts across its two halves works too.',
    'Replace each value by its rank among all the values. Walk from left to right: ask the tree how many earlier ranks are larger (or smaller), add that to the answer, then record the current rank. For triples, count from both sides and combine the two counts at each middle {item}.',
  ],
  'range-summaries': [
    'Many questions ask about a stretch of {input} that never changes. What would you store about a stretch so that two neighbouring stretches combine into the answer for both?',
    'A segment tree (or a sparse table, when the summary can overlap) over {input}: each node keeps that summary of its range, and a question combines the few nodes covering it.',
    'Decide the summary a range needs (for a best value, the best; for things that pair up, what is matched inside and what is still open at each end) and how two halves merge. Build the tree bottom-up once, then answer each question by merging the nodes that exactly cover it, left to right.',
  ],
  'water-levels': [
    'Picture {input} as a row of bars. How high can water stand above one bar, and which bars on each side of it decide that height?',
    'The level above each bar is the lower of the highest bar on its left and the highest on its right, minus its own height; two pointers closing in from both ends (or the running highest from each side) give both without a second pass per bar.',
    'Keep one pointer at each end and the highest bar seen from each side. Move the side whose highest is lower: the water over the bar it passes is settled by that highest, so add the difference and update the highest. Stop when the pointers meet.',
  ],
  'letter-order': [
    'Compare two neighbouring words of {input}: what does the first place where they differ tell you about two letters?',
    'Each neighbouring pair gives one rule, "this letter comes before that one", at its first difference; the rules are the edges of a directed graph on the letters, and any topological order of it is an alphabet.',
    'Make every letter that appears a node. For each neighbouring pair, find the first position where they differ and add an edge; if they never differ and the first word is the longer, no alphabet works. Then repeatedly take a letter with no incoming edge left; letters never taken mean the rules contradict each other.',
  ],
  'design-calls': [
    'Take the calls one at a time: what does each one take out, look up or move, and could it do that without going through everything the class holds?',
    '{calls} The other calls only keep these structures up to date.',
    'For each call, say which structure it reads and which it changes; a call that changes one must change the others in the same step, so that they never disagree. Then settle the empty case: what each call returns when there is nothing to give.',
  ],
  'design-operations': [
    'Take the kinds of operation one at a time: what does each one take out, look up or move, and could it do that without going through everything kept so far?',
    '{calls} The other kinds only keep these structures up to date.',
    'For each kind, say which structure it reads and which it changes; an operation that changes one must change the others in the same step, so that they never disagree. Then settle the empty case: what each kind answers when nothing is kept.',
  ],
  'design-structures': [
    'Which operation is called most often, and what would it take to answer it without looking at everything stored?',
    'Give every call the structure that makes it fast, and know what each one keeps: {structures}.',
    'List the calls and the cost each must meet. For each structure, say which calls read it and which change it; a call that changes one must change the others in the same step, so that they never disagree. Then check the capacity and the empty cases.',
  ],
};

/** A stream of typed operations is coached kind by kind, a class call by call. */
const callsVariant = (body: string): Variant =>
  operationStream(body) ? 'design-operations' : 'design-calls';

/** The classic shape a leading technique takes when the question is one of the well-known patterns. */
function classicVariant(technique: TechniqueId | undefined, asks: Asks): ClassicVariant | undefined {
  if (technique === 'stack' && asks.collisions) return 'meet-and-cancel';
  if (technique === 'heap-priority-queue' && asks.runningMiddle) return 'two-heaps';
  if (technique === 'heap-priority-queue' && asks.mergeK) return 'merge-heads';
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
      if (technique === 'breadth-first-search' && routeAsk(body) === 'zero-one') return 'route-zero-one';
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
      return routeVariant(route, grid);
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
    case 'segment-tree':
    case 'divide-and-conquer':
      if (asks.orderedPairs) return 'count-earlier';
      return technique === 'segment-tree' && !updates ? 'range-summaries' : undefined;
    default:
      return undefined;
  }
}
