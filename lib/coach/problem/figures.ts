import type { Asks } from './asks';
import type { Guarantee } from './guarantees';
import type { Shape } from './shape';
import type { TechniqueId } from './types';

/*
 * What each technique's standard solution costs on each shape of input, with the reason in its
 * own terms: the figures target.ts chooses among.
 */

export type Figure = [big: string, why: string];

/** What the techniques ranked just behind the leader add to its cost. */
export interface Aids {
  /** A sort among them (or the leader is one): a floor of n log n. */
  sorts: boolean;
  /** The input arrives sorted. */
  sorted: boolean;
  /** The input arrives sorted and then rotated at a pivot: halving still works, a single pass in order does not. */
  rotated: boolean;
  /** A heap among them: each greedy choice takes the best candidate from it. */
  heap: boolean;
  /** A range tree ranked above prefix sums: each query or update walks it in log n. */
  tree: boolean;
  /** A halving search or two pointers among the first three: sorted data is walked, not scanned. */
  halves: boolean;
  /**
   * A halving search leads or follows right behind the leader: one ranked third behind a formula
   * (a count of handshakes, of pairs) is a faint echo of "at most", not the method.
   */
  search: boolean;
  /** Bits among the first three: a DP beside them keeps a table over subsets (a bitmask). */
  bitmask: boolean;
  /** A halving search among the first three. */
  halving: boolean;
  /** A trie among the first three: bits of values beside it are walked one level per bit. */
  trie: boolean;
  /** A range tree or a merge sort among the first three: each running total is counted among the earlier ones. */
  ranks: boolean;
  /** The items are lowercase letters, or another fixed alphabet: a heap of them never holds more than 26. */
  letters: boolean;
}

export function aidsOf(techniques: readonly TechniqueId[], guarantees: ReadonlySet<Guarantee>): Aids {
  const helpers = techniques.slice(1, 3);
  const rank = (id: TechniqueId) => {
    const at = techniques.indexOf(id);
    return at < 0 ? Number.POSITIVE_INFINITY : at;
  };
  return {
    sorts: helpers.includes('sorting') || techniques[0] === 'sorting',
    sorted: guarantees.has('sorted'),
    rotated: guarantees.has('rotated'),
    heap: helpers.includes('heap-priority-queue'),
    tree: rank('segment-tree') < Math.min(3, rank('prefix-sum')),
    halves: rank('binary-search') < 3 || rank('two-pointers') < 3,
    search: rank('binary-search') < 2,
    bitmask: rank('bit-manipulation') < 3,
    halving: rank('binary-search') < 3,
    trie: rank('trie') < 3,
    ranks: rank('segment-tree') < 3 || rank('divide-and-conquer') < 3,
    letters: guarantees.has('lowercase-only') || guarantees.has('fixed-alphabet'),
  };
}

/** Searches over orders or sets of few items. */
export const SET_SEARCHES: readonly (TechniqueId | undefined)[] = [
  'dynamic-programming',
  'bit-manipulation',
  'backtracking',
];

/** A tour through every item, or a one-to-one assignment, of too few items to need more than a table over sets. */
export function overSets(asks: Asks): Figure | null {
  if (asks.tour)
    return [
      'O(n^2 * 2^n)',
      'a table over (the set of items visited, the last one), each extended by one more item',
    ];
  if (asks.assignment)
    return [
      'O(n * 2^n)',
      'items matched one by one, a table over which partners are taken (a bitmask), each extended by one more partner',
    ];
  return null;
}

/** The standard solution's cost on an input of one collection of n items. */
function onOne(technique: TechniqueId, asks: Asks, aids: Aids, square: boolean, few: boolean): Figure {
  const { sorts, sorted, heap } = aids;
  // Every order, or every one-to-one assignment, of few items: tried one by one where n! fits, else
  // the table over sets takes over (expectedComplexity).
  if (few && SET_SEARCHES.includes(technique) && (asks.tour || asks.assignment) && !asks.lists)
    return ['O(n!)', 'every order (or one-to-one assignment) tried once, each extended step by step'];
  if (few && technique === 'dynamic-programming' && aids.bitmask)
    return [
      'O(n * 2^n)',
      'a table over every subset of the items (a bitmask), each set extended by one more item',
    ];
  if (few && technique === 'breadth-first-search' && aids.bitmask)
    return [
      'O(n * 2^n)',
      'each of the 2^n settings of the items is a state, reached once, with n moves out of it',
    ];
  if (square) {
    const walks: TechniqueId[] = [
      'depth-first-search',
      'breadth-first-search',
      'union-find',
      'graph',
      'matrix',
      'dynamic-programming',
    ];
    // An n x n table of distances or costs is a graph of n nodes given as its matrix.
    if (technique === 'shortest-path' || (technique === 'graph' && asks.allPairs))
      return asks.allPairs
        ? [
            'O(n^3)',
            'every pair of nodes improved through every middle node (Floyd-Warshall) on the n x n table',
          ]
        : ['O(n^2)', 'a search from the source that scans one row of the n x n table per node it settles'];
    if (walks.includes(technique))
      return ['O(n^2)', 'every cell of the n x n board is handled a constant number of times'];
  }
  // A tuple of t elements: t - 2 of them fixed in nested loops, the last two found in one linear pass.
  if (asks.tuples > 0 && ['two-pointers', 'hash-table', 'sorting', 'binary-search'].includes(technique))
    return [
      `O(n^${asks.tuples - 1})`,
      `${asks.tuples === 3 ? 'one element' : 'two elements'} fixed, the last two found by two pointers closing in on the sorted input`,
    ];
  // Running totals compared with every earlier one (how many ranges sum into a window): a range
  // tree or a merge sort ranked beside them counts each among the earlier ones in O(log n).
  if (technique === 'prefix-sum' && aids.ranks)
    return [
      'O(n log n)',
      'one pass of running totals, each counted among the earlier ones by a range tree or a merge sort in O(log n)',
    ];
  if (asks.palindromes && ['string', 'dynamic-programming', 'two-pointers'].includes(technique))
    return ['O(n^2)', 'growing a palindrome around each of the 2n - 1 centres'];
  switch (technique) {
    case 'binary-search':
      if (asks.increasing)
        return ['O(n log n)', 'each element is placed by a halving search among the best ends kept'];
      // Sorted input is halved by position, whatever is asked of it (a value, a boundary, the k-th
      // missing number), unless the answer is a value a check accepts, or the k-th of a sorted
      // board, which is searched over the range of values.
      if (aids.rotated && !asks.answerSearch)
        return ['O(log n)', 'one half around the middle is always in order, so each step rules out a half'];
      return sorted && !asks.answerSearch && !(asks.kth && square)
        ? ['O(log n)', 'each step halves the part of the sorted input that can still hold the answer']
        : [
            'O(n log A)',
            'a linear check for each guess, and log A guesses over the range of answers (A the largest value)',
          ];
    case 'heap-priority-queue':
      return asks.kth || asks.mergeK
        ? ['O(n log k)', 'a heap that never holds more than k items, each push and pop O(log k)']
        : ['O(n log n)', 'each item enters and leaves the heap once, O(log n) each time'];
    case 'sorting':
    case 'line-sweep':
      // Input that arrives in the order the pass needs pays for no sort: the pass alone is linear.
      return sorted
        ? ['O(n)', 'the input already arrives sorted, so one pass in that order does it']
        : ['O(n log n)', 'the sort dominates; the pass after it is linear'];
    case 'divide-and-conquer':
      return ['O(n log n)', 'log n levels, each handled in linear time'];
    case 'segment-tree':
      return ['O(n log n)', 'one O(log n) walk of the tree (a query or an update) for each of the n values'];
    case 'greedy':
      if (heap && aids.letters)
        return ['O(n)', 'each choice takes the best letter from a heap of at most 26, a constant cost'];
      if (heap) return ['O(n log n)', 'each choice takes the best candidate so far from a heap, O(log n)'];
      return sorts || asks.ordered
        ? ['O(n log n)', 'sorting by the deciding key, then one pass of choices']
        : ['O(n)', 'one pass, each choice made once'];
    case 'two-pointers':
      return sorted || !sorts
        ? ['O(n)', 'each pointer crosses the input once']
        : ['O(n log n)', 'sorting first, then one pass of the two pointers'];
    case 'backtracking':
    case 'bit-manipulation':
      // XORs matched bit by bit against a trie of the values, from the highest bit down: log A levels.
      if (technique === 'bit-manipulation' && !asks.subsets && asks.xor && aids.trie)
        return [
          'O(n log A)',
          'each value inserted into a trie of its bits and matched against it from the highest bit, log A levels each (A the largest value)',
        ];
      if (technique === 'bit-manipulation' && !asks.subsets)
        return ['O(n)', 'one pass, a constant number of bit operations per element'];
      if (asks.orders && !(asks.subsets && technique === 'bit-manipulation'))
        return asks.lists
          ? ['O(n * n!)', 'n! orderings, each written out in O(n)']
          : ['O(n!)', 'every ordering tried once, each extended step by step'];
      if (asks.lists) return ['O(n * 2^n)', '2^n subsets, each written out in O(n)'];
      if (asks.pieces && !asks.subsets)
        return ['O(n * 2^n)', 'up to 2^n ways to cut or assign the items, each checked in O(n)'];
      return ['O(2^n)', 'every subset tried once, each built from the one before it'];
    case 'dynamic-programming':
      if (asks.increasing)
        return [
          'O(n log n)',
          'the best tail for each length kept sorted, each element placed by a halving search',
        ];
      if (asks.ranges) return ['O(n^3)', 'every range of the input, and every split point inside it'];
      if (asks.ends)
        return [
          'O(n^2)',
          'one state per remaining range [l, r], each filled from the two ranges one move later',
        ];
      if (sorts) return ['O(n log n)', 'sorting first, then each state looks back with a halving search'];
      return ['O(n)', 'one state per position, each filled from a constant number of earlier states'];
    case 'math':
      return asks.arithmetic
        ? [
            'O(n log A)',
            'one pass, with a logarithmic step (a gcd or a digit walk) per value (A the largest value)',
          ]
        : ['O(n)', 'one pass computing the formula'];
    case 'trie':
      return asks.arithmetic || asks.xor
        ? ['O(n log A)', 'each number inserted and matched bit by bit, log A bits each']
        : ['O(n)', 'each character inserted and walked once'];
    default:
      return [
        'O(n)',
        LINEAR_WHY[technique] ?? 'one pass over the input, each item handled a constant number of times',
      ];
  }
}

/** Methods that work on sorted input, so a sort ranked beside them is a step they need. */
const ORDERED_METHODS: readonly TechniqueId[] = [
  'sorting',
  'greedy',
  'two-pointers',
  'binary-search',
  'line-sweep',
  'dynamic-programming',
  'heap-priority-queue',
];

/** Why the standard solution of each linear technique is linear, in its own terms. */
const LINEAR_WHY: Partial<Record<TechniqueId, string>> = {
  'sliding-window': 'each item enters the window once and leaves it at most once',
  'monotonic-stack': 'each item is pushed once and popped at most once',
  stack: 'each item is pushed once and popped at most once',
  queue: 'each item joins the queue once and leaves it at most once',
  'hash-table': 'one pass, with a constant-time lookup for each item',
  'prefix-sum': 'one pass builds the running totals, then each answer is one subtraction',
  'two-pointers': 'each pointer crosses the input once',
  'linked-list': 'one walk along the list, relinking as you go',
  'binary-tree': 'each node is visited once',
  'depth-first-search': 'each item is visited once and each link followed once',
  'breadth-first-search': 'each item is reached once and each link followed once',
  'union-find': 'each union and find takes nearly constant time',
  string: 'one scan of the characters',
  'dynamic-programming': 'one state per position, each filled from a constant number of earlier states',
};

/** A linear pass's cost, and a pass with a sort or a heap, counted over the cells of an n x n board. */
const CELL_PASSES: Readonly<Record<string, string>> = { 'O(n)': 'O(n^2)', 'O(n log n)': 'O(n^2 log n)' };

/** What a design's calls look things up in: a map, or the words that name only the input. */
const MAPS: readonly TechniqueId[] = ['design', 'hash-table', 'string'];

/** A size that is the length of each item (`wordList[i].length`), not a count of its own. */
const PER_ITEM = /\[i\]|\beach\b/i;

/** Few enough items for a table over every subset of them (2^25 is about 3 * 10^7). */
const FEW = 25;

export function figureFor(technique: TechniqueId | undefined, shape: Shape, asks: Asks, aids: Aids): Figure {
  const id = technique ?? 'hash-table';
  const { sorts } = aids;
  switch (shape.kind) {
    case 'values':
      // Moves between values: every value up to the bound is a state the search may visit.
      if (id === 'breadth-first-search')
        return [
          'O(n)',
          'each value up to the bound is reached once, with a constant number of moves out of it',
        ];
      // A halving search among the likely methods, with nothing to search but a range of values,
      // halves that range: the first bad one of n, a guessed number, an integer square root.
      if (aids.search && !asks.arithmetic)
        return ['O(log n)', 'a halving search over the range of values, each guess ruling out half of it'];
      return asks.arithmetic
        ? [
            'O(log n)',
            'a walk over the digits or bits of the value, or a halving of it (a gcd, a fast power)',
          ]
        : ['O(1)', 'a closed formula over the given values, whatever their size'];
    case 'design': {
      const x = shape.n.letter;
      if (id === 'trie' || (aids.trie && MAPS.includes(id)))
        return [`O(${x})`, 'each call walks the word one letter at a time'];
      if (id === 'heap-priority-queue' && asks.kth)
        return ['O(log k)', 'a heap that never holds more than k items, each push and pop O(log k)'];
      if (['segment-tree', 'heap-priority-queue', 'binary-search', 'sorting', 'line-sweep'].includes(id))
        return [`O(log ${x})`, 'each call walks one path of a balanced structure'];
      // The calls cost what the slowest structure behind them costs: a heap or a halving search
      // ranked beside a map or the bare "design" (the highest price, the value at a timestamp)
      // makes the calls that read it O(log n). Behind a stack a heap is the slower alternative to
      // a running maximum. A halving search must rank right behind the leader: third, it is only
      // an echo of "latest" in a plain key-value store, whose calls are O(1).
      if (aids.heap && MAPS.includes(id))
        return [
          `O(log ${x})`,
          `a map finds each entry and a heap beside it keeps the best one, O(log ${x}) per push or pop`,
        ];
      if (aids.search && MAPS.includes(id))
        return [
          `O(log ${x})`,
          "a map finds each key's entries, kept in the order they came, and a halving search picks the one asked for",
        ];
      return ['O(1)', 'each call is a constant number of lookups and pointer changes (amortised)'];
    }
    case 'graph':
      if (id === 'shortest-path') {
        if (asks.negativeCycle)
          return ['O(V * E)', 'V - 1 rounds relaxing every edge, and one more to find a gaining cycle'];
        if (asks.allPairs && shape.v.bound <= 500)
          return ['O(V^3)', 'every pair of vertices improved through every middle vertex'];
        return ['O((V + E) log V)', 'each edge relaxed once, each vertex taken from a priority queue'];
      }
      if (id === 'topological-sort' && asks.smallestOrder)
        return ['O((V + E) log V)', 'the smallest ready vertex taken from a priority queue each time'];
      if (asks.spanning) return ['O(E log E)', 'edges sorted by cost, each joined with a disjoint-set check'];
      if (sorts) return ['O((V + E) log V)', 'the groups found in linear time, then each sorted'];
      return ['O(V + E)', 'each vertex and each edge handled once'];
    case 'product': {
      const x = shape.other.letter;
      if (shape.grid && (id === 'shortest-path' || id === 'heap-priority-queue'))
        return [`O(n * ${x} log(n * ${x}))`, 'each cell taken from a priority queue once'];
      if (shape.grid && aids.sorted && !asks.kth && aids.halves) {
        if (asks.rowMajor && asks.lookup)
          return [`O(log(n * ${x}))`, 'read row after row the grid is one sorted list, so halve it'];
        return [
          `O(n + ${x})`,
          'a walk from a corner rules out a whole row or column at each step, along the line where the order turns',
        ];
      }
      if (shape.grid) return [`O(n * ${x})`, 'each cell is handled a constant number of times'];
      if (x === 'k') return [`O(n * ${x})`, 'one state per item and amount'];
      if (id === 'dynamic-programming' && !PER_ITEM.test(shape.other.name))
        return [
          `O(n * ${x})`,
          'a table over every prefix of one sequence against every prefix of the other, each cell filled from its neighbours',
        ];
      return [`O(n * ${x})`, 'every character of every string (or every pair of positions) handled once'];
    }
    case 'add': {
      const x = shape.other.letter;
      // A search over states (n words, n positions) whose moves the second size counts: each state
      // tries every move. Words short enough to read as whole keys (see shape.ts) are looked up in
      // constant time, so changing one of a word's m letters is m moves of constant cost.
      if (x === 'm' && id === 'breadth-first-search')
        return [
          'O(n * m)',
          PER_ITEM.test(shape.other.name)
            ? 'each of the n words is a state reached once; its moves change one of its m letters, and each short word is looked up whole'
            : 'each of the n states is reached once and tries each of the m moves out of it',
        ];
      // Two lists that arrive sorted are merged in one pass, each pointer crossing its own list.
      if (aids.sorted && x === 'm' && ['two-pointers', 'sorting', 'line-sweep', 'greedy'].includes(id))
        return [
          `O(n + ${x})`,
          'both lists arrive sorted, so one pointer walks each and they are merged in one pass',
        ];
      // A sort ranked behind a hash table or a scan is another way to the same answer (sort both
      // words, or count their letters), not a step the leader needs: only an ordered method pays for it.
      if (
        (sorts && !aids.sorted && ORDERED_METHODS.includes(id)) ||
        aids.tree ||
        ['segment-tree', 'binary-search', 'sorting', 'heap-priority-queue', 'line-sweep'].includes(id)
      )
        return [
          `O((n + ${x}) log n)`,
          x === 'k'
            ? 'each item enters the heap once and each of the k rounds takes the best one out, O(log n) each'
            : 'a logarithmic step (a sort, a search, a tree walk) for each item and each query',
        ];
      return [`O(n + ${x})`, 'one pass to prepare, then constant work per query'];
    }
    case 'one': {
      const figure = onOne(id, asks, aids, shape.square, shape.n.bound <= FEW);
      // An n x n board holds n^2 cells: a pass that touches each item once touches n^2 of them.
      const perCell = CELL_PASSES[figure[0]];
      return shape.square && perCell ? [perCell, `${figure[1]}, over all n^2 cells of the board`] : figure;
    }
    case 'unknown':
      return onOne(id, asks, aids, false, false);
  }
}

/**
 * An answer the question wants listed in order ("return them in increasing order", "sorted by id")
 * costs a sort the input never paid for, unless the input already arrives in that order.
 */
export function inOrder(figure: Figure, shape: Shape, asks: Asks, aids: Aids): Figure {
  if (!asks.sortedOutput || aids.sorted || figure[0] !== 'O(n)') return figure;
  if (shape.kind !== 'one' && shape.kind !== 'unknown') return figure;
  return ['O(n log n)', `${figure[1]}, then the answer sorted into the order the question asks for`];
}

/** Methods that already search few items exhaustively: the answer's range is not what they walk. */
const EXHAUSTIVE: readonly (TechniqueId | undefined)[] = ['backtracking', 'bit-manipulation'];

/**
 * Searches the question itself implies, whatever the leading guess names: the least value a check
 * accepts, where the check only gets easier as the value grows, is found by halving the range of
 * answers, each guess checked in one pass (O(n log A)); one peak, by halving toward the rise.
 */
export function impliedSearch(technique: TechniqueId | undefined, shape: Shape, asks: Asks): Figure | null {
  if (shape.kind !== 'one' || EXHAUSTIVE.includes(technique)) return null;
  // One peak is found by halving too: the middle element and its neighbour say which side rises.
  if (asks.slope)
    return ['O(log n)', 'the middle element and its right neighbour say which half still holds a peak'];
  if (!asks.answerSearch) return null;
  return [
    'O(n log A)',
    'the answer is the least value a one-pass check accepts, and a larger value never fails it, so halve the range of answers: log A guesses (A the largest possible answer), each checked in O(n)',
  ];
}
