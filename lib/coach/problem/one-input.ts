import type { Aids } from './aids';
import { SET_SEARCHES } from './aids';
import type { Question } from './costs';
import type { Figure } from './figures';
import type { TechniqueId } from './types';

/*
 * What each technique's standard solution costs on one collection of n items (figures.ts chooses
 * this shape's figure here, and counts it over the cells of a square board).
 */

/** What merges k sorted lists, whichever leads: a heap of the heads, or the lists merged in pairs. */
export const MERGES_K: readonly TechniqueId[] = ['heap-priority-queue', 'linked-list', 'divide-and-conquer'];
export const MERGE_K_FIGURE: Figure = [
  'O(n log k)',
  'n items in all across the k lists, each passing once through a heap that holds one head per list (or through log k rounds of merging the lists in pairs)',
];

/** The standard solution's cost on an input of one collection of n items. */
export function onOne(
  technique: TechniqueId,
  asks: Question,
  aids: Aids,
  square: boolean,
  few: boolean,
): Figure {
  const { sorts, sorted, heap } = aids;
  // Every order, or every one-to-one assignment, of few items: tried one by one where n! fits, else
  // the table over sets takes over (expectedComplexity).
  if (few && SET_SEARCHES.includes(technique) && (asks.tour || asks.assignment) && !asks.lists)
    return [
      'O(n * n!)',
      'every order (or one-to-one assignment) of the n items tried once, each n steps long',
    ];
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
  // A run of consecutive values wherever they sit: each value in a hash set, counted upward only
  // from one whose predecessor is missing, so a sort is the slower way to the same answer.
  if (asks.consecutiveValues && !square)
    return [
      'O(n)',
      'each value goes into a hash set, and a run is counted upward only from a value whose predecessor is missing, so each is visited a constant number of times',
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
  // Two or three distinct values: counting each (or three markers partitioning in one pass) beats any comparison sort.
  if (asks.fewValues && ['two-pointers', 'sorting', 'hash-table'].includes(technique))
    return [
      'O(n)',
      'only a handful of distinct values: count each and write them back, or partition in one pass with three markers',
    ];
  if (asks.palindromes && ['string', 'dynamic-programming', 'two-pointers'].includes(technique))
    return ['O(n^2)', 'growing a palindrome around each of the 2n - 1 centres'];
  if (asks.mergeK && MERGES_K.includes(technique) && technique !== 'heap-priority-queue')
    return MERGE_K_FIGURE;
  switch (technique) {
    case 'binary-tree':
      if (asks.treeSearch === 'balanced')
        return [
          'O(log n)',
          'one walk down from the root, each step ruling out a subtree; the tree is balanced, so it is log n high',
        ];
      if (asks.treeSearch === 'any')
        return [
          'O(n)',
          'one walk down from the root, O(h) for a tree h high, which is n on a tree that is one long path',
        ];
      return ['O(n)', LINEAR_WHY['binary-tree'] ?? ''];
    case 'binary-search':
      if (asks.increasing)
        return ['O(n log n)', 'each element is placed by a halving search among the best ends kept'];
      if (aids.rotated && !asks.answerSearch)
        return ['O(log n)', 'one half around the middle is always in order, so each step rules out a half'];
      // Unsorted input with a sort beside the search, and no answer to guess: each item is matched
      // by a halving search in the sorted copy (both sides sorted), which earns no log A.
      if (!sorted && sorts && !asks.answerSearch && !asks.kth)
        return ['O(n log n)', 'sorting first, then a halving search in the sorted values for each item'];
      // Sorted input is halved by position, whatever is asked of it (a value, a boundary, the k-th
      // missing number), unless the answer is a value a check accepts, or the k-th of a sorted
      // board, which is searched over the range of values.
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
      if (asks.onePassReach)
        return [
          'O(n)',
          'one pass in the given order, keeping only the running surplus or the farthest reach',
        ];
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
      // Bits over few items some of which are chosen: each choice is a bitmask of the items, 2^n
      // of them, each checked over the n items.
      if (technique === 'bit-manipulation' && !asks.subsets && few && asks.chooses)
        return ['O(n * 2^n)', 'each of the 2^n choices of the items is a bitmask, checked in O(n)'];
      // A question over every pair of values combined bit by bit (the sum of their XORs, the best
      // AND of two) is answered one bit at a time: each bit counted or decided in a pass, log A passes.
      if (technique === 'bit-manipulation' && !asks.subsets && asks.bitwisePairs)
        return [
          'O(n log A)',
          'one pass over the values for each bit, counting (or deciding) that bit over all pairs at once, log A bits (A the largest value)',
        ];
      if (technique === 'bit-manipulation' && !asks.subsets)
        return ['O(n)', 'one pass, a constant number of bit operations per element'];
      if (asks.attacks && technique === 'backtracking')
        return [
          'O(n!)',
          'one piece per row, each only where no earlier piece attacks it, with the attacked lines in sets: each placement is O(1) and the search is bounded by n! partial boards',
        ];
      if (asks.orders && !(asks.subsets && technique === 'bit-manipulation'))
        return [
          'O(n * n!)',
          asks.lists
            ? 'n! orderings, each written out in O(n)'
            : 'every ordering tried once, each n items placed and checked',
        ];
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
