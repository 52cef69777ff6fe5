/**
 * The question pairs items up: two items whose sum, difference or match it asks about, a partner or
 * a complement looked up, pairs (or triplets) of positions counted. Only then can a lookup find the
 * item's own entry as its partner, and only then does a ladder speak of one; a first repeat, a
 * count per kind or a group of anagrams pairs nothing.
 */
export const PAIRED_LOOKUP =
  /\bpairs?\b|\btriplets?\b|\btwo (?:different |distinct )?(?:\w+ )?(?:numbers|values|elements|indices|positions|items|entries)\b|\bsums? (?:up )?to\b|\badd(?:s)? up to\b|\bdifference\b|\bcomplements?\b|\btarget\b|\bpartners?\b|\bi (?:!=|<|≠) j\b/;
