import type { Guarantee } from './guarantees';
import { totalSteps } from './limit';
import type { InputShape, Shape } from './shape';
import type { TechniqueId } from './types';

export interface ExpectedComplexity {
  target: string;
  reason: string;
}

/** What the question asks for, as far as the cost of the standard solution depends on it. */
export interface Asks {
  /** The k-th, the top k, the k closest: a heap of k, not a full sort. */
  kth: boolean;
  /** Every subset (or combination) as output. */
  subsets: boolean;
  /** Every ordering as output. */
  permutations: boolean;
  /** Locate a value or a boundary in sorted data. */
  lookup: boolean;
  /** A smallest or largest value that passes a check: a search over the range of answers. */
  searchAnswer: boolean;
  /** Work driven by divisibility or digits of the values: a gcd, a digit walk. */
  arithmetic: boolean;
  /** A longest increasing (or non-decreasing) subsequence. */
  increasing: boolean;
  /** Triples or quadruples of elements with a property. */
  tuples: boolean;
  /** Order matters before choosing: sorting by a key first (intervals, deadlines, costs). */
  ordered: boolean;
  /** The smallest order among many valid ones (lexicographic), which needs a priority queue. */
  smallestOrder: boolean;
  /** Cutting or merging ranges whose cost depends on both ends (interval DP). */
  ranges: boolean;
  /** The cheapest set of links joining everything (a spanning tree). */
  spanning: boolean;
}

export function readAsks(body: string): Asks {
  return {
    kth: /\bk-?th\b|\bk (?:largest|smallest|closest|most|highest|lowest|strongest|weakest|nearest)\b|\btop k\b/.test(
      body,
    ),
    subsets: /\b(?:all|every)(?: possible| the)? (?:subsets|combinations|subsequences)\b|\bpower set\b/.test(
      body,
    ),
    permutations: /\b(?:all|every)(?: possible| the)? (?:permutations|arrangements|orderings)\b/.test(body),
    lookup:
      /\b(?:index|position) (?:of|where)\b|\bsearch(?:es)? for\b|\bfind (?:the )?target\b|\binsert(?:ed|ion)? position\b|\bfirst and last\b|\bpeak\b/.test(
        body,
      ),
    searchAnswer:
      /\b(?:minimi[sz]e|minimum|smallest|least) (?:the |possible )?(?:largest|maximum|max)\b|\b(?:maximi[sz]e|maximum|largest) (?:the |possible )?(?:minimum|smallest|min)\b|\b(?:minimum|smallest|least|maximum|largest) (?:integer |possible |positive )?\w+ (?:such that|so that)\b|\b(?:minimum|smallest|least) (?:speed|capacity|rate|divisor|time|days|number of days)\b/.test(
        body,
      ),
    arithmetic:
      /\bgcd\b|\bgreatest common divisor\b|\blcm\b|\bdivisors?\b|\bdigits?\b|\bbits?\b|\bbinary representation\b|\bpower of\b|\bexponent/.test(
        body,
      ),
    increasing:
      /\b(?:longest|largest|maximum) (?:\w+ ){0,3}(?:strictly )?(?:increasing|non-decreasing)\b|\b(?:strictly )?increasing subsequence\b/.test(
        body,
      ),
    tuples:
      /\btriplets?\b|\bquadruplets?\b|\bthree (?:numbers|integers|elements|indices)\b|\bfour (?:numbers|integers|elements|indices)\b/.test(
        body,
      ),
    ordered:
      /\bsort(?:ed|ing)?\b|\bintervals?\b|\bmeetings?\b|\bdeadlines?\b|\bearliest\b|\bstart(?:s|ing)? (?:time|point)\b|\bend(?:s|ing)? (?:time|point)\b/.test(
        body,
      ),
    smallestOrder:
      /\blexicographically (?:smallest|first|earliest)\b|\bsmallest (?:label|number|index) first\b/.test(
        body,
      ),
    ranges:
      /\bcuts?\b|\bburst\b|\bmerge (?:adjacent|consecutive)\b|\bparenthes[ie]s? (?:placement|ways)\b/.test(
        body,
      ),
    spanning: /\bminimum (?:total )?cost to (?:connect|join|link)\b|\bspanning tree\b|\bconnect all\b/.test(
      body,
    ),
  };
}

type Figure = [big: string, why: string];

/** The standard solution's cost on an input of one collection of n items. */
function onOne(technique: TechniqueId, asks: Asks, sorted: boolean, square: boolean): Figure {
  if (square) {
    const walks: TechniqueId[] = [
      'depth-first-search',
      'breadth-first-search',
      'union-find',
      'graph',
      'matrix',
      'dynamic-programming',
    ];
    if (walks.includes(technique))
      return ['O(n^2)', 'every cell of the n x n board is handled a constant number of times'];
  }
  switch (technique) {
    case 'binary-search':
      if (asks.increasing)
        return ['O(n log n)', 'each element is placed by a halving search among the best ends kept'];
      if (asks.searchAnswer && !(sorted && asks.lookup))
        return [
          'O(n log A)',
          'a linear check for each guess, and log A guesses over the range of answers (A the largest value)',
        ];
      return sorted || asks.lookup
        ? ['O(log n)', 'each step halves the part of the sorted input that can still hold the answer']
        : ['O(n log n)', 'sorting first, then halving searches'];
    case 'heap-priority-queue':
      return asks.kth
        ? ['O(n log k)', 'a heap that never holds more than k items, each push and pop O(log k)']
        : ['O(n log n)', 'each item enters and leaves the heap once, O(log n) each time'];
    case 'sorting':
    case 'line-sweep':
      return ['O(n log n)', 'the sort dominates; the pass after it is linear'];
    case 'divide-and-conquer':
      return ['O(n log n)', 'log n levels of halving, each combined in linear time'];
    case 'greedy':
      return asks.ordered
        ? ['O(n log n)', 'sorting by the deciding key, then one pass of choices']
        : ['O(n)', 'one pass, each choice made once'];
    case 'two-pointers':
      if (asks.tuples) return ['O(n^2)', 'one element fixed, the others found by two pointers closing in'];
      return sorted || !asks.ordered
        ? ['O(n)', 'each pointer crosses the input once']
        : ['O(n log n)', 'sorting first, then one pass of the two pointers'];
    case 'backtracking':
      if (asks.permutations) return ['O(n * n!)', 'n! orderings, each copied out in O(n)'];
      if (asks.subsets) return ['O(n * 2^n)', '2^n subsets, each copied out in O(n)'];
      return ['O(2^n)', 'every element in or out, with pruning'];
    case 'bit-manipulation':
      if (asks.subsets) return ['O(n * 2^n)', 'one mask per subset, n bits read from each'];
      return ['O(n)', 'one pass, a constant number of bit operations per element'];
    case 'dynamic-programming':
      if (asks.increasing)
        return [
          'O(n log n)',
          'the best tail for each length kept sorted, each element placed by a halving search',
        ];
      if (asks.ranges) return ['O(n^3)', 'every range of the input, and every split point inside it'];
      return ['O(n)', 'one state per position, each filled from a constant number of earlier states'];
    case 'math':
      return asks.arithmetic
        ? [
            'O(n log A)',
            'one pass, with a logarithmic step (a gcd or a digit walk) per value (A the largest value)',
          ]
        : ['O(n)', 'one pass computing the formula'];
    default:
      return ['O(n)', 'one pass over the input, each item handled a constant number of times'];
  }
}

function figureFor(technique: TechniqueId | undefined, shape: Shape, asks: Asks, sorted: boolean): Figure {
  const id = technique ?? 'hash-table';
  switch (shape.kind) {
    case 'values':
      return (id === 'math' || id === 'bit-manipulation' || id === 'binary-search') && asks.arithmetic
        ? ['O(log n)', 'a walk over the digits or bits of the value']
        : ['O(1)', 'a closed formula over the given values, whatever their size'];
    case 'design': {
      const x = shape.n.letter;
      if (id === 'trie') return [`O(${x})`, 'each call walks the word one letter at a time'];
      if (['segment-tree', 'heap-priority-queue', 'binary-search', 'sorting', 'line-sweep'].includes(id))
        return [`O(log ${x})`, 'each call walks one path of a balanced structure'];
      return ['O(1)', 'each call is a constant number of lookups and pointer changes'];
    }
    case 'graph':
      if (id === 'shortest-path')
        return ['O((V + E) log V)', 'each edge relaxed once, each vertex taken from a priority queue'];
      if (id === 'topological-sort' && asks.smallestOrder)
        return ['O((V + E) log V)', 'the smallest ready vertex taken from a priority queue each time'];
      if (asks.spanning) return ['O(E log E)', 'edges sorted by cost, each joined with a disjoint-set check'];
      return ['O(V + E)', 'each vertex and each edge handled once'];
    case 'product': {
      const x = shape.other.letter;
      if (shape.grid && (id === 'shortest-path' || id === 'heap-priority-queue'))
        return [`O(n * ${x} log(n * ${x}))`, 'each cell taken from a priority queue once'];
      return shape.grid
        ? [`O(n * ${x})`, 'each cell is handled a constant number of times']
        : [
            `O(n * ${x})`,
            x === 'k'
              ? 'one state per item and amount'
              : 'one state per pair of positions, one from each sequence',
          ];
    }
    case 'add': {
      const x = shape.other.letter;
      if (['segment-tree', 'binary-search', 'sorting', 'heap-priority-queue', 'line-sweep'].includes(id))
        return [`O((n + ${x}) log n)`, 'a logarithmic step for each item and each query'];
      return [`O(n + ${x})`, 'one pass to prepare, then constant work per query'];
    }
    case 'one':
      return onOne(id, asks, sorted, shape.square);
    case 'unknown':
      return onOne(id, asks, sorted, false);
  }
}

/**
 * What an interviewer expects: the cost of the standard solution of the likely technique on this
 * input, never slower than the limit allows (a slower figure cannot be the intended one).
 */
export function expectedComplexity(
  technique: TechniqueId | undefined,
  input: InputShape,
  limit: string,
  asks: Asks,
  guarantees: ReadonlySet<Guarantee>,
): ExpectedComplexity {
  const [big, why] = figureFor(technique, input.shape, asks, guarantees.has('sorted'));
  const per = input.shape.kind === 'design' ? ' per call' : input.tests > 1 ? ' per test' : '';
  if (totalSteps(big, input) > totalSteps(limit, input)) {
    return {
      target: limit,
      reason: `The limits allow no more than ${limit}${per}, so that is what the intended solution runs in.`,
    };
  }
  return { target: big, reason: `The standard solution runs in ${big}${per}: ${why}.` };
}
