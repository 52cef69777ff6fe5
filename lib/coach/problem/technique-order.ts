import { type CompanionCounts, precedence } from './companions';
import { serves } from './served-steps';
import type { Grounds, TechniqueId } from './types';

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
function rankScore(id: TechniqueId, score: number): number {
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
type Scores = ReadonlyMap<TechniqueId, Ranked>;

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
 * first: an interviewer asks for the approach, and "sort" or "a hash map" is rarely it. Which
 * technique serves which is the reviewed table `SERVED_STEPS`; where a step is itself the answer as
 * often as not (two-sum is a hash table, "sort then scan" is a sort), the order is left to the evidence.
 */
export function ideaFirst(scores: Scores, add: Add, data?: CompanionCounts): void {
  for (const place of [0, 1]) {
    const ranked = [...scores.entries()].sort(byRank);
    const ahead = ranked[place];
    const behind = ranked[place + 1];
    if (!ahead || !behind) return;
    const [step, { score: stepScore }] = ahead;
    const [idea, { score: ideaScore }] = behind;
    if (!serves(step, idea)) continue;
    if (stepScore < IDEA_STEP_MIN) continue;
    // An idea nothing on the page points at (only common among problems like this one) is no
    // approach the page serves: raised, it would also count as grounded and pass methodFirst's rule.
    if (!behind[1].grounded) continue;
    // A graph yields only to a search the page itself points at (methodFirst's rule): the model
    // alone reads "reached" and "fewest" as a search even where the question is links to build.
    if (step === 'graph' && !realMethod(behind)) continue;
    const lead = rankScore(step, stepScore);
    const trail = rankScore(idea, ideaScore);
    if (trail < lead * (1 - IDEA_FIRST_MARGIN)) continue;
    const { share, both } = precedence(idea, step, data);
    add(
      idea,
      (lead - trail + 0.01) / rankScore(idea, 1),
      `the approach, which ${step} only serves: of the ${both} problems in Sparring's notes that use both, ${Math.round(share * both)} name ${idea} first`,
    );
  }
}

/**
 * On a grid, the words for text ("letters", "lowercase", "characters") name what a cell holds,
 * not what the input is: the grid is the input, so the text family never leads the grid's. A method
 * with real evidence still goes ahead of both (methodFirst); a grid of letters searched for words
 * keeps its search.
 */
export function gridBeforeItsLetters(scores: Scores, add: Add, grid: boolean): void {
  if (!grid) return;
  const text = scores.get('string')?.score ?? 0;
  const cells = scores.get('matrix')?.score ?? 0;
  if (text > 0 && text >= cells)
    add('matrix', text - cells + 0.01, "the letters are what the grid's cells hold: the input is the grid");
}

interface Ranked {
  score: number;
  /** Whether anything on the page points at it, rather than only how common it is. */
  grounded: boolean;
  grounds: Grounds;
}

/** The evidence a method needs before it goes ahead of the input's family: a phrase of weight one. */
const REAL_EVIDENCE = 1;

/**
 * Whether the page gives a method real evidence: its own words (a phrase of the statement or the
 * title), its tags, a running time it demands or what its bounds allow. The learned model alone
 * does not count: it reads "reached" and "fewest" as a search even when the question is how many
 * links to build, and a hash table or a sort only reads like problems solved with them.
 */
function realMethod([id, { score, grounds }]: [TechniqueId, Ranked]): boolean {
  if (FAMILIES.includes(id) || score < REAL_EVIDENCE) return false;
  return grounds.statement + grounds.title > 0 || grounds.tagged || grounds.stated || grounds.bounds;
}

const toFront = <T>(ranked: readonly T[], first: T): T[] => [
  first,
  ...ranked.filter((entry) => entry !== first),
];

/**
 * The first answer is what an interviewer would name (the labels' "primary": the method that
 * carries the solution's cost and insight). A guess only common among problems like this one
 * never leads one the page points at; and a family of input (a grid, a string, a class to
 * design, a graph, a linked list) says what the problem is about, not how to solve it, so it
 * leads only while no method has real evidence. The rest keep the evidence's order.
 */
export function methodFirst<T extends [TechniqueId, Ranked]>(ranked: readonly T[]): T[] {
  const pointedAt = ranked.find(([, { grounded }]) => grounded);
  const order = pointedAt && !ranked[0]?.[1].grounded ? toFront(ranked, pointedAt) : [...ranked];
  const [leader] = order;
  if (leader?.[0] === 'binary-tree') return walkFirst(order);
  if (!leader || !FAMILIES.includes(leader[0])) return order;
  const method = order.find(realMethod);
  return method ? toFront(order, method) : order;
}

const TREE_WALKS: readonly TechniqueId[] = ['depth-first-search', 'breadth-first-search'];

/**
 * A tree leads only its own work (a search tree walked down one path by its order, links built or
 * changed); where the page's next guesses include a walk over the nodes, that walk is the method an
 * interviewer names first, as the labels README settles, and the tree follows it.
 */
function walkFirst<T extends [TechniqueId, Ranked]>(order: readonly T[]): T[] {
  const walk = order.slice(1, 3).find(([id]) => TREE_WALKS.includes(id));
  const ownWork = order.slice(1, 3).some(([id]) => id === 'binary-search');
  return walk && !ownWork ? toFront(order, walk) : [...order];
}

/**
 * How far the learned model must raise a technique's log-odds above its base rate (to about 2.7
 * times its usual odds) for the statement to count as pointing at it when it ranks the lower places.
 */
export const RAISED_LIFT = 1;

/**
 * Below the lead, a guess the statement's wording raises well above its usual odds goes ahead of
 * the guesses just above it that nothing on the page points at (a base rate, or a base rate lifted
 * by the leader's company). A place that only says how common a technique is was a technique the
 * label wanted about one time in ten on the generalise set; one the wording raises, though faint,
 * is this page's own evidence. Other grounded guesses keep their places, so the order of what the
 * page does point at is the evidence's.
 */
export function raisedAheadOfCommon<T extends [TechniqueId, Ranked]>(
  order: readonly T[],
  raised: ReadonlySet<TechniqueId>,
): T[] {
  const ranked: T[] = order.slice(0, 1);
  let common: T[] = [];
  for (const entry of order.slice(1)) {
    if (!entry[1].grounded) common.push(entry);
    else if (raised.has(entry[0])) ranked.push(entry);
    else {
      ranked.push(...common, entry);
      common = [];
    }
  }
  return [...ranked, ...common];
}
