import { type CompanionCounts, precedence, primaryRate } from './companions';
import type { TechniqueId } from './types';

/**
 * Families that describe the input rather than how to solve it: they are worth knowing, but
 * a technique with as much evidence is the better first answer.
 */
export const FAMILIES: readonly TechniqueId[] = ['string', 'matrix', 'graph', 'design', 'linked-list'];
const FAMILY_DISCOUNT = 0.6;
/**
 * For ties only: the more specific technique first (a monotonic stack before a stack, a search
 * before the graph it walks), so equal evidence never depends on the order it was read in.
 */
const SPECIFICITY: readonly TechniqueId[] = [
  'monotonic-stack',
  'sliding-window',
  'two-pointers',
  'binary-search',
  'prefix-sum',
  'hash-table',
  'heap-priority-queue',
  'breadth-first-search',
  'depth-first-search',
  'topological-sort',
  'shortest-path',
  'union-find',
  'trie',
  'segment-tree',
  'backtracking',
  'dynamic-programming',
  'greedy',
  'divide-and-conquer',
  'bit-manipulation',
  'line-sweep',
  'linked-list',
  'binary-tree',
  'stack',
  'queue',
  'sorting',
  'math',
  'matrix',
  'graph',
  'string',
  'design',
];

/** A technique's score as it ranks: an input's family counts less than a method with as much. */
export function rankScore(id: TechniqueId, score: number): number {
  return FAMILIES.includes(id) ? score * FAMILY_DISCOUNT : score;
}

/**
 * Highest ranked first. Ties are broken by specificity, never by which evidence came first, so
 * the order of a site's tags cannot change the ranking.
 */
export function byRank(a: [TechniqueId, { score: number }], b: [TechniqueId, { score: number }]): number {
  return (
    rankScore(b[0], b[1].score) - rankScore(a[0], a[1].score) ||
    SPECIFICITY.indexOf(a[0]) - SPECIFICITY.indexOf(b[0])
  );
}

type Add = (id: TechniqueId, weight: number, text: string) => void;
type Scores = ReadonlyMap<TechniqueId, { score: number }>;

/**
 * The library puts the idea before the step that supports it (a prefix sum before the hash table
 * that stores its totals, a greedy choice before the sort that orders it) in at least this share
 * of the entries that list both, and in at least this many of them.
 */
const IDEA_FIRST_SHARE = 0.8;
const IDEA_FIRST_ENTRIES = 4;
/**
 * An idea is a technique the library names first in at least this share of the entries that
 * list it (a prefix sum, a greedy choice, a heap); a hash table, a sort or a queue, named first
 * in fewer, is a step that serves one, and two steps keep the order their evidence gives.
 */
const IDEA_RATE = 0.4;
/** Only a step with evidence of its own is displaced; faint guesses keep the evidence's order. */
const IDEA_STEP_MIN = 1;
/**
 * "As much evidence": the idea may trail the supporting step by this share of its score.
 * Cross-validated on the corpus' training part (`learned/train.ts --cv`, scored against the
 * library's techniques): 0.2 beat 0.1 and 0.35.
 */
const IDEA_FIRST_MARGIN = 0.2;

/**
 * When a supporting step leads the idea it serves on about as much evidence, the idea goes
 * first: an interviewer asks for the approach, and "sort" or "a hash map" is rarely it. Where
 * the library says the step is itself the answer as often as not (two-sum is a hash table,
 * "sort then scan" is a sort), the order is left to the evidence.
 */
export function ideaFirst(scores: Scores, add: Add, data?: CompanionCounts): void {
  for (const place of [0, 1]) {
    const ranked = [...scores.entries()].sort(byRank);
    const ahead = ranked[place];
    const behind = ranked[place + 1];
    if (!ahead || !behind) return;
    const [step, { score: stepScore }] = ahead;
    const [idea, { score: ideaScore }] = behind;
    const { share, both } = precedence(idea, step, data);
    if (share < IDEA_FIRST_SHARE || both < IDEA_FIRST_ENTRIES || primaryRate(idea, data) < IDEA_RATE)
      continue;
    if (stepScore < IDEA_STEP_MIN) continue;
    const lead = rankScore(step, stepScore);
    const trail = rankScore(idea, ideaScore);
    if (trail < lead * (1 - IDEA_FIRST_MARGIN)) continue;
    add(
      idea,
      (lead - trail + 0.01) / rankScore(idea, 1),
      `the approach, which ${step} only serves: of the ${both} problems in Sparring's notes that use both, ${Math.round(share * both)} name ${idea} first`,
    );
  }
}
