/*
 * Which way a "next greater" question compares, in the statement's own word: "the first teammate
 * who is strictly taller", "the next day with a cheaper ticket". A monotonic stack's ladder then
 * says which order the stack keeps and what each pop finds, instead of hedging "greater (or
 * smaller)" where the page already says which.
 */

const GREATER = /^(?:greater|larger|bigger|taller|higher|warmer|hotter|longer|heavier|older|louder|more)$/;
const SMALLER = /^(?:smaller|less|lower|shorter|cheaper|colder|cooler|lighter|younger|fewer)$/;
/**
 * A comparative the question asks for, after the word that says which item it wants ("next",
 * "first", "nearest") in the same clause. "Previous", "earlier" or a side behind the item ("to
 * the left", "to the west") ask the other way round, which the ladder's outline does not walk.
 */
const ASKED =
  /\b(next|first|nearest|closest|previous|earlier|preceding|last)\b([^.;]{0,60}?)\b(?:strictly )?(greater|larger|bigger|taller|higher|warmer|hotter|longer|heavier|older|louder|more|smaller|less|lower|shorter|cheaper|colder|cooler|lighter|younger|fewer)\b/g;
const BEHIND =
  /\b(?:previous|earlier|preceding|last|before|left|west|behind|back)\b|\bj (?:<|less than) i\b|\bi (?:>|greater than) j\b/;
/** Comparatives that need their noun ("more rain"): the ladder says the side instead. */
const BARE = /^(?:more|less|fewer)$/;

export interface Comparison {
  /** The statement's comparative ("taller"). */
  word: string;
  side: 'greater' | 'smaller';
}

/** The one comparison the statement asks the next item for, or undefined where it asks both or none. */
export function nextComparison(text: string): Comparison | undefined {
  const found = [...text.matchAll(ASKED)];
  if (found.length === 0) return undefined;
  if (found.some(([, which, between]) => BEHIND.test(`${which} ${between}`))) return undefined;
  const sides = new Set(found.map(([, , , word]) => (GREATER.test(word ?? '') ? 'greater' : 'smaller')));
  const word = found[0]?.[3];
  if (sides.size !== 1 || !word || !(GREATER.test(word) || SMALLER.test(word))) return undefined;
  // Behind the item on the far side of the sentence ("to its left"): the other way round.
  const tail = text.slice((found[0]?.index ?? 0) + (found[0]?.[0].length ?? 0), (found[0]?.index ?? 0) + 120);
  if (/^[^.;]{0,40}\b(?:to (?:the|its|their) (?:left|west)|before (?:it|them|him|her))\b/.test(tail))
    return undefined;
  const side = GREATER.test(word) ? 'greater' : 'smaller';
  return { word: BARE.test(word) ? side : word, side };
}

/** The monotonic stack's slots: the order it keeps and what each pop finds, hedged where unknown. */
export function withComparison(text: string, comparison: Comparison | undefined): string {
  const order = comparison
    ? comparison.side === 'greater'
      ? 'decreasing'
      : 'increasing'
    : 'increasing (or decreasing)';
  return text
    .replaceAll('{stack order}', order)
    .replaceAll('{next}', comparison ? comparison.word : 'greater (or smaller)');
}
