/** Items paired by an exact relation: a sum or a given difference, a target, a complement, pairs or triplets counted. */
const EXACT_PAIRS =
  /\bpairs?\b|\btriplets?\b|\btwo (?:different |distinct )?(?:\w+ )?(?:numbers|values|elements|indices|positions|items|entries)\b|\bsums? (?:up )?to\b|\badd(?:s)? up to\b|\b(?:difference|differ) (?:of|is|equals?|by|exactly)\b|\bcomplements?\b|\btarget\b|\bi (?:!=|<|≠) j\b/;
/** The two closest, or the nearest: found in sorted order, never by looking an exact partner up. */
const CLOSEST = /\bclosest\b|\bas close as possible\b|\bnearest\b/;

/**
 * The question pairs items up by an exact relation, so a map is asked for each item's partner and
 * can find the item's own entry: a first repeat, a count per kind, a group of anagrams or the
 * closest two pair nothing a lookup finds. One pattern, as a trap's `mentions` reads the body.
 */
export const PAIRED_LOOKUP = new RegExp(
  `^(?![\\s\\S]*(?:${CLOSEST.source}))[\\s\\S]*?(?:${EXACT_PAIRS.source})`,
);
