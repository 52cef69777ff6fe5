import type { ConstraintFacts } from './constraints';

/*
 * What the statement says about the counted items one by one (answer-object.ts): nothing at all
 * beyond their number, so a count of their choices or orders is a formula; or an amount besides
 * them held so low that a table over every total of the chosen ones fits.
 */

/**
 * Whether a count of candidates is asked of items known only by their number: the constraints bound
 * nothing but the count, read as a value (no list, table or text beside it), and the statement
 * says nothing of any one item, so the count is a formula in n.
 */
export function onlyCounted(facts: ConstraintFacts, name: string, body: string): boolean {
  return (
    facts.variables.length > 0 &&
    facts.variables.every((v) => v.names.includes(name) && v.role === 'value') &&
    COUNT_ASKED.test(body) &&
    !PER_ITEM.test(body)
  );
}
/**
 * Something said of one item on its own: an indexed name (w[i], t_i), a list literal, pairs, lines
 * per item, an item described by what it has, holds or costs ("n cards, each with a name"), links
 * between items, or a measure of them added up ("whose total weight is x").
 */
const PER_ITEM =
  /\b[a-z]\w*(?:\[[a-z0-9]\w*\]|_\{?[a-z0-9])|\b[a-z]\w* = \[|\bpairs?\b|\b(?:next|following) (?:[a-z] )?lines\b|\bsecond line\b|\b(?:each|every) (?:\w+ )?(?:with|has|have|holds?|shows?|costs?|weighs?|is worth|is wired|is labell?ed)\b|\b(?:quarrel|clash|conflict|rival|feud|enem|hate|dislike)\w*|\b(?:total|sum|weights?|costs?|values?|prices?)\b/;
/** The question counts the candidates rather than finding one. */
const COUNT_ASKED = /\bhow many\b|\bnumber of\b|\bcount\b/;

/** A name that is one item's value (`w[i]`, `a_i`, `c_{i,j}`), not a bound of its own. */
const ITEM_VALUE = /\[[a-z]\w*\]|_[a-z]{1,2}$|_\{/i;
/** The most cells a table over (items, totals) may have: about a second of simple steps. */
const MOST_CELLS = 1.3e8;

/**
 * Whether the page bounds some amount besides the count and the items' own values (a target, a
 * capacity) so tightly that a table over every total up to it, once per item, fits.
 */
export function totalTable(facts: ConstraintFacts, counted: { count: number; name: string }): boolean {
  return facts.variables.some(
    (v) =>
      !v.names.includes(counted.name) &&
      !v.names.some((name) => ITEM_VALUE.test(name)) &&
      (v.upper ?? Number.POSITIVE_INFINITY) * Math.max(1, counted.count) <= MOST_CELLS,
  );
}

/** A part of a fixed small size ("pick two dancers"): a pair or a triple, no subset of any size. */
export const FIXED_PART = /\b(?:two|three|pair|pairs|triple|triples)\b/;
