/** LeetCode's topic slugs: the fixed vocabulary every technique guess is drawn from. */
export const TECHNIQUE_IDS = [
  'two-pointers',
  'sliding-window',
  'binary-search',
  'hash-table',
  'prefix-sum',
  'stack',
  'monotonic-stack',
  'queue',
  'heap-priority-queue',
  'breadth-first-search',
  'depth-first-search',
  'backtracking',
  'dynamic-programming',
  'greedy',
  'union-find',
  'trie',
  'topological-sort',
  'shortest-path',
  'linked-list',
  'binary-tree',
  'graph',
  'bit-manipulation',
  'sorting',
  'line-sweep',
  'math',
  'matrix',
  'string',
  'design',
  'divide-and-conquer',
  'segment-tree',
] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

/** The canonical complexity strings the coach speaks in (and the bench compares exactly). */
export type ComplexityTarget =
  | 'O(1)'
  | 'O(log n)'
  | 'O(n)'
  | 'O(n log n)'
  | 'O(n^2)'
  | 'O(n^3)'
  | 'O(2^n)'
  | 'O(n!)'
  | 'O(n + m)'
  | 'O((n + m) log n)'
  | 'O(n * m)'
  | 'O(n * k)';

export interface TechniqueGuess {
  id: TechniqueId;
  /** 0..1, how strongly the page points at it; the list is sorted by it, highest first. */
  confidence: number;
  /** The words or constraint that triggered it, quoted from the page. */
  reason: string;
}

export interface Hint {
  /** 1-based position in the ladder: each level may only be shown after the one before it. */
  level: number;
  text: string;
  /** The site's own hints come first; the coach's ladder follows. */
  source: 'site' | 'coach';
}

export interface ProblemAnalysis {
  patterns: TechniqueGuess[];
  complexityTarget: ComplexityTarget;
  complexityReason: string;
  edgeCases: string[];
  hints: Hint[];
}

/** What a problem takes as input, as far as the checklist and the hint wording care. */
export type InputKind =
  | 'array'
  | 'string'
  | 'intervals'
  | 'tree'
  | 'graph'
  | 'linked-list'
  | 'matrix'
  | 'number';
