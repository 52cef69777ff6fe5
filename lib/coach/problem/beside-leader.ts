import { alongside, type CompanionCounts } from './companions';
import type { Scene } from './knowledge/trigger';
import { byRank, FAMILIES, methodFirst } from './technique-order';
import type { Grounds, TechniqueId } from './types';

/**
 * The learned model's probability counts this much: a near-certain reading weighs as much as a
 * clear phrase, a faint one (below the floor) not at all. Cross-validated on the corpus' training
 * part (README "Technique model"): 3 beat 1.5 and 6, and ranking by lift over the base rate.
 */
export const LEARNED_WEIGHT = 3;
export const LEARNED_FLOOR = 0.1;

export interface Evidence {
  score: number;
  reasons: { weight: number; text: string }[];
  /** Whether any piece of evidence is this page's own (words, tags, bounds), not a base rate. */
  grounded: boolean;
  grounds: Grounds;
}

/**
 * How much of a merely common guess's weight is how common it is beside the leader rather than
 * among all problems. On the generalise set and five blind sets, the places below a leader the
 * page points at went to a hash table and dynamic programming (the corpus' commonest methods) more
 * than to anything the label held, while a sort beside a greedy choice or a hash map beside a
 * window was the leader's usual companion in Sparring's notes. Half of each: a quarter and three
 * quarters measured about the same.
 */
const COMPANION_SHARE = 0.5;
/**
 * A companion the notes leave out is weaker evidence than one they list: an entry names at most
 * four techniques and leaves out the map or the sort its solution takes for granted. So the
 * leader's company lowers a guess by half the share it raises one by. Stop 41, over the dev set,
 * the generalise set and the tuned and reading pages: the full share moved 31 pages' third place
 * (+19, -12: a map under an exclusive-or, beside a graph), half of it 15 (+14, -1), a fifth 13.
 */
const LOWERING_SHARE = COMPANION_SHARE / 2;

/** The statement's words, its title or the site's tags name the guess. */
const inWords = (grounds: Grounds) => grounds.statement + grounds.title > 0 || grounds.tagged;

/**
 * The page itself points at a guess (its words, its tags, a stated bound or its sizes), not only
 * the model's reading of pages like it: people numbered around a ring read as a search by the
 * model alone lent a tree and a second search their company over the formula.
 */
const onThePage = (grounds: Grounds) => inWords(grounds) || grounds.stated || grounds.bounds;

/**
 * Whether the leader's company may also lower what the model reads, not only lift it: the leader
 * is a method the statement's words or the site's tags name, on a page that asks questions. A
 * family of input (a string, a graph, a grid) keeps company with every method used on it; small
 * sizes alone say every order can be tried, not what the search carries (the map beside a seating
 * of eight guests); and a class's structures each answer their own call, so the first one's
 * company says nothing of the others' (a queue's class lost the map its lookups need).
 */
export function companyLowers(leader: TechniqueId, grounds: Grounds, scene: Scene): boolean {
  return !scene.design && !FAMILIES.includes(leader) && inWords(grounds);
}

/**
 * A guess's probability beside the leader: blended with the share of the notes' entries that list
 * it beside the leader, by the full share where the notes list it more often than the model reads
 * it, by half where less often, and not at all where the leader's company may not lower it.
 */
export function besideProbability(probability: number, share: number, lowers: boolean): number {
  if (share >= probability) return (1 - COMPANION_SHARE) * probability + COMPANION_SHARE * share;
  return lowers ? (1 - LOWERING_SHARE) * probability + LOWERING_SHARE * share : probability;
}

/** What the learned model read that points at no words of the page, by technique. */
export interface Unworded {
  /** Merely common on pages like this (`pointsAt` fails): a base rate. */
  common: ReadonlyMap<TechniqueId, number>;
  /**
   * Raised by the statement's wording as a whole (stop words, sizes), with no phrase to quote: as
   * little this page's own as a base rate, though the model counts it as pointing.
   */
  wholeWording: ReadonlyMap<TechniqueId, number>;
}

/**
 * Weighs the guesses nothing on the page's words points at by how often the library lists each
 * beside the leader, when the page points at the leader. A base rate the leader's company lifts
 * over the model's floor joins the list; one the company seldom keeps falls by half as much, and
 * so does (or rises) a guess read from the wording as a whole, only while `companyLowers` holds.
 */
export function besideTheLeader(
  scene: Scene,
  evidence: Map<TechniqueId, Evidence>,
  { common, wholeWording }: Unworded,
  add: (id: TechniqueId, weight: number, text: string, grounded: boolean) => void,
  companions?: CompanionCounts,
): void {
  const [leader] = methodFirst([...evidence.entries()].sort(byRank));
  if (!leader?.[1].grounded || !onThePage(leader[1].grounds)) return;
  const lowers = companyLowers(leader[0], leader[1].grounds, scene);
  for (const [id, probability] of common) {
    const entry = evidence.get(id);
    if (id === leader[0] || entry?.grounded) continue;
    const share = alongside(leader[0], id, companions);
    const beside = besideProbability(probability, share, lowers);
    if (beside < probability) {
      if (entry) entry.score -= LEARNED_WEIGHT * (probability - beside);
      continue;
    }
    if (beside === probability || beside < LEARNED_FLOOR) continue;
    evidence.delete(id);
    const odds = `${Math.round(probability * 100)}%`;
    const often = `${Math.round(share * 100)}%`;
    add(
      id,
      LEARNED_WEIGHT * beside,
      `common among problems like this (${odds}) and beside ${leader[0]} (${often} of the problems in Sparring's notes that use it), though nothing here points at it`,
      false,
    );
  }
  if (!lowers) return;
  for (const [id, probability] of wholeWording) {
    const entry = evidence.get(id);
    // Only where the model's reading is all the evidence there is.
    if (id === leader[0] || !entry || entry.reasons.length !== 1 || onThePage(entry.grounds)) continue;
    const share = alongside(leader[0], id, companions);
    entry.score += LEARNED_WEIGHT * (besideProbability(probability, share, true) - probability);
  }
}
