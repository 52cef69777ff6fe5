import type { TechniqueId } from './types';

/**
 * Which technique is the idea and which the step that serves it, where a problem uses both: a
 * prefix sum and the hash table that stores its totals, a breadth-first search and the queue it
 * runs on, a table of smaller answers and the string it is filled over. When a step leads the idea
 * it serves on about as much evidence, the idea goes first (`ideaFirst`).
 *
 * The pairs were read from Sparring's notes at 2,041 entries (the idea named first in at least four
 * in five of the entries that list both, in at least four of them, and first in at least 40% of the
 * entries that list it at all) and are kept here as a reviewed table rather than recomputed: the
 * shares of a few pairs sit near any threshold, and entries that only add coverage moved seven of
 * them across it, which reordered pages that had nothing to do with the new problems. A pair is now
 * added or removed as a decision; `served-steps.test.ts` checks that the notes still agree with it.
 */
export const SERVED_STEPS: Readonly<Partial<Record<TechniqueId, readonly TechniqueId[]>>> = {
  // Two walkers over the items, with the totals that tell them where to go.
  'two-pointers': ['prefix-sum'],
  // The window is the idea; the counts it keeps, the walkers that bound it and the text it runs over serve it.
  'sliding-window': ['two-pointers', 'hash-table', 'string'],
  // Halving a range of candidates, over a formula's values or behind a class's calls.
  'binary-search': ['math', 'design'],
  // Counting or looking up by key, in text, a grid or a class.
  'hash-table': ['matrix', 'string', 'design'],
  // Running totals, stored in a map, computed by arithmetic, over text.
  'prefix-sum': ['hash-table', 'math', 'string'],
  // The kept order of candidates is the idea; the stack is how it is kept.
  'monotonic-stack': ['stack'],
  // The best remaining item, over a graph's frontier, a sweep's open events or a class's calls.
  'heap-priority-queue': ['graph', 'line-sweep', 'design'],
  // Level by level: the queue it runs on, the map of seen states, the grid, tree or graph it walks.
  'breadth-first-search': ['hash-table', 'queue', 'shortest-path', 'binary-tree', 'graph', 'math', 'matrix'],
  // Into the depth first: over a tree, a grid, an explicit stack, carried totals.
  'depth-first-search': ['prefix-sum', 'stack', 'binary-tree', 'math', 'matrix'],
  // Every choice tried and undone: ordered to prune, over a board, over text, counted.
  backtracking: ['sorting', 'math', 'matrix', 'string'],
  // A table of smaller answers, whatever it is filled over or read through.
  'dynamic-programming': [
    'sliding-window',
    'hash-table',
    'prefix-sum',
    'trie',
    'binary-tree',
    'bit-manipulation',
    'sorting',
    'math',
    'matrix',
    'string',
    'segment-tree',
  ],
  // Groups merged as links arrive, often in sorted order.
  'union-find': ['graph', 'sorting'],
  // A tree of prefixes over text, or behind a class.
  trie: ['string', 'design'],
  // An order of dependencies, found by a breadth-first peel of the graph.
  'topological-sort': ['breadth-first-search', 'graph'],
  // The cheapest route, with the heap that picks the next node, over a graph, a grid or a table.
  'shortest-path': ['heap-priority-queue', 'dynamic-programming', 'graph', 'matrix'],
  // Links rewired, counted by arithmetic, or behind a class.
  'linked-list': ['math', 'design'],
  // Bits as the idea a greedy choice runs over, highest bit first.
  'bit-manipulation': ['greedy'],
  // A fact of numbers, split into halves to compute it.
  math: ['divide-and-conquer'],
  // A tree over ranges, searched down its nodes or holding running totals.
  'segment-tree': ['binary-search', 'prefix-sum'],
};

/** Whether `step` serves `idea` (the idea goes first when their evidence is about equal). */
export function serves(step: TechniqueId, idea: TechniqueId): boolean {
  return SERVED_STEPS[idea]?.includes(step) ?? false;
}
