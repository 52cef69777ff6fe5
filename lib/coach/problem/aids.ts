import type { Guarantee } from './guarantees';
import type { TechniqueId } from './types';

/*
 * What the techniques ranked beside the leader tell its cost: a sort or a heap it needs, a halving
 * search it walks with, bits it keeps a table over. figures.ts reads them.
 */

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
