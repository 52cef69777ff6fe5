import type { QueryReading } from '../query/types';

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

export interface TechniqueGuess {
  id: TechniqueId;
  /** 0..1, how strongly the page points at it; the list is sorted by it, highest first. */
  confidence: number;
  /** The words or constraint that triggered it, quoted from the page. */
  reason: string;
  /**
   * Set when nothing on this page points at it, only how common it is among problems like this:
   * shown as a candidate, but its traps and hints are not offered as if it were the method.
   */
  baseRateOnly?: true;
  /** Read from the statement and shown after the techniques Sparring's notes name for a known problem. */
  besideNotes?: true;
  /** What stands behind it, by independent source: whether the panel may call it sure (certainty.ts). */
  grounds?: Grounds;
}

/**
 * The independent reasons behind a technique guess. Each phrase of the knowledge is its own
 * reason; a site's tag, the learned model's first method, a running time the statement demands and
 * what the bounds alone say are one each. Weights say how strongly; these say how many agree.
 */
export interface Grounds {
  /** Phrases of the knowledge (knowledge/*) matched in the statement, its examples or constraints. */
  statement: number;
  /**
   * Phrases matched in the title, whether or not the statement repeats them: a title names the
   * story ("Ferries Between Islands"), which is as often a coincidence as the method.
   */
  title: number;
  /** The site tags the problem with it. */
  tagged: boolean;
  /** Of the methods the learned model finds the statement's words point at, it ranks this one first. */
  modelFirst: boolean;
  /** The statement demands a running time that only it reaches. */
  stated: boolean;
  /** The bounds alone point at it (only values bounded, few items to choose among). */
  bounds: boolean;
}

export interface Hint {
  /** 1, 2 or 3: a nudge, the approach, an outline; each opens only after the one before it. */
  level: 1 | 2 | 3;
  text: string;
  /** Sparring's notes on a known problem, or the ladder built from this statement. */
  source: 'library' | 'coach';
  /** The site's own hints placed at this level; one that names an algorithm never sits at level 1. */
  site: string[];
}

export interface RelatedProblem {
  slug: string;
  title: string;
  /** Where it is practised: LeetCode, or its own judge for a problem LeetCode lacks. */
  url: string;
  why: string;
}

export interface ProblemAnalysis {
  /** Where the coaching comes from: Sparring's notes on a known problem, or the statement alone. */
  source: 'library' | 'statement';
  library: { slug: string; title: string } | null;
  patterns: TechniqueGuess[];
  /**
   * False when the evidence does not single out one technique: the panel then says it is not
   * sure and shows the two leading candidates rather than a confident wrong one.
   */
  techniqueSure: boolean;
  /**
   * Set when the statement's reading is not sure: why, the other methods the page points at, and
   * what to check before committing to one.
   */
  techniqueDoubt?: string;
  /** What an interviewer expects: the time of the best standard solution, canonical big-O. */
  complexityTarget: string;
  /** Why that is the expected complexity. */
  complexityReason: string;
  /** The slowest time the constraints allow, canonical big-O. */
  complexityLimit: string;
  /** The arithmetic behind the limit ("n <= 10^5 → about 10^8 simple steps a second, so …"). */
  complexityLimitReason: string;
  edgeCases: string[];
  /** Exactly three levels. */
  hints: Hint[];
  /** The one idea that unlocks the problem; the panel hides it until asked. Library problems only. */
  keyInsight: string | null;
  pitfalls: string[];
  followUps: string[];
  related: RelatedProblem[];
  /**
   * Set when the page is a database problem: the SQL coach's reading. Its complexity figures are
   * then empty (a query is judged by its plan) and its follow-ups are the interviewer's questions.
   */
  query?: QueryReading;
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
