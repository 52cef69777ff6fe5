/**
 * Items that each hold some of k things (skills, dishes, vitamins), k small and the items too many
 * for their own subsets, and a question for the fewest or cheapest items that together hold every
 * one of the k things. An item matters only for which things it brings, so the state is the set
 * of things covered so far: a table over the 2^k bitmasks, each item improving every mask once,
 * O(n * 2^k), where trying every group of the items is 2^n.
 *
 * Read from how the page is built: k named with its things ("k skills"), a bound of at most twenty
 * on k, "every one of the k skills is held by at least one", and a least or cheapest ask. Left
 * alone: few items (at most twenty), whose subsets a search walks (subset-sums.ts, answer-object.ts),
 * and things too many for their sets.
 */

export interface CoveredThings {
  /** The page's letter for the count of things (`k`). */
  letter: string;
  /** Its bound: at most twenty, so 2^k sets of them fit. */
  bound: number;
  /** What the things are, singular ("skill"). */
  noun: string;
}

/** Few enough things for every set of them to be a state (2^20 is about 10^6). */
const FEW_THINGS = 20;

/** The most items whose own subsets a search walks (answer-object.ts): more are the many a table serves. */
export const FEW_ITEMS = 20;

/** A count of things named by a letter: "k skills", "m dishes" (never n, the items, nor i, an index). */
const THINGS_NAMED = /\b([a-hj-mo-z]) ([a-z]{3,}?)s\b/g;

/** The least or cheapest choice is asked for. */
const LEAST_ASKED = /\b(?:fewest|least|lowest|minimum|smallest|cheapest|as few)\b/;

/** Every one of the things held by some item: "every one of the k skills is held by at least one". */
const everyThingCovered = (letter: string, noun: string) =>
  new RegExp(
    String.raw`\b(?:every|each|all)(?: one)?(?: of)?(?: the)?(?: ${letter})? ${noun}s?\b[^.]{0,80}\b(?:at least (?:one|once)|covered)\b`,
  );

/** Whether the page asks for the fewest or cheapest items covering every one of few things. */
export function coveredThings(body: string): CoveredThings | null {
  if (!LEAST_ASKED.test(body)) return null;
  for (const [, letter = '', noun = ''] of body.matchAll(THINGS_NAMED)) {
    const bound = new RegExp(String.raw`(?:^|[\s(,])${letter} <= (\d+)(?![\d^*])`, 'm').exec(body)?.[1];
    if (bound === undefined || Number(bound) > FEW_THINGS) continue;
    if (everyThingCovered(letter, noun).test(body)) return { letter, bound: Number(bound), noun };
  }
  return null;
}

/** Things named and covered, as any setter words it, for the trigger's words. */
export const EVERY_THING_COVERED =
  /\b(?:every|each|all)(?: one)?(?: of)?(?: the)?(?: [a-z])? [a-z]{3,}\b[^.]{0,80}\b(?:at least (?:one|once)|covered)\b/;
