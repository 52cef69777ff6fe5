import { formatBound } from './complexity';
import type { ConstraintFacts, Variable } from './constraints';
import { endpoints, isElementValue } from './counts';
import type { Trap } from './knowledge/traps';
import type { InputKind } from './types';

/** What can pass 2^31: the values the bounds allow, and what the statement does with them. */

/** The codes one character of text can take. */
const CHARACTER_CODES = 2 ** 8;

/**
 * The statement adds values up (a sum, a total, a running amount, what is collected, a time things
 * finish at after those before them, `a_i + a_j`). A `+` counts only
 * after an element (`a_i`, `nums[j]`): `i + reach[i]` is a position, `n + m` a count of items.
 */
const SUMS =
  /\bsums?\b|\bsummed\b|\btotals?\b|\badd(?:s|ed|ing)? up\b|\bplus\b|\bprefix\b|\bcumulative\b|\bprofit\b|\bcost\b|\bcollect(?:s|ed|ing)?\b|\bgather(?:s|ed|ing)?\b|\bamount of\b|\bin total\b|\baltogether\b|\b(?:finish|complet)(?:es|ed|ing)? at\b|\b[a-z]\w*(?:\[\w+\]|_\{?\w+\}?) ?\+ ?[a-z]/;
/**
 * The length a union of spans covers never passes the range of its coordinates, whatever the
 * "total" in its wording: nothing is added past the largest value.
 */
const COVERED_TOTAL =
  /\btotal (?:length|number of \w+|time|duration|amount of time)\b[^.]{0,80}\b(?:covered|lit|resurfaced|painted|watered|during which|at least (?:one|two|once))\b/g;
/**
 * A promise on the input's size, not arithmetic on its values: "the sum of n over all test cases
 * does not exceed 2 * 10^5", "the total length of all strings is at most 10^6".
 */
const SIZE_TOTAL =
  /\b(?:the )?(?:sum|total) of (?:the )?(?:values of )?(?:all )?(?:\w+(?:\.length)?|lengths? of (?:all )?(?:the )?\w+|sizes? of (?:all )?(?:the )?\w+)(?: (?:and|\*) \w+)? (?:over|across|in|for) (?:all|every|each) (?:the )?(?:test ?cases|tests?|inputs|queries|strings|arrays|lists)\b|\b(?:the )?(?:sum|total) of (?:the )?(?:lengths|sizes) of\b|\btotal length of\b/g;
/** The statement's words with the promises on its size taken out: what it computes with its values. */
const computed = (body: string) => body.replace(SIZE_TOTAL, ' ');

/** The statement promises its results stay small ("every intermediate value fits in a 32-bit signed integer"). */
const FITS_32_BITS = /\bfits? (?:in|into|within) (?:an? )?(?:signed )?(?:32-bit|int\b)/;
/**
 * The statement multiplies (a product, an area, a square, "the width times the height", "a * b"
 * spaced, not Markdown emphasis). A square that names a unit ("per square metre") multiplies no
 * values.
 */
const PRODUCTS =
  /\bproducts?\b|\bmultipl(?:y|ies|ied|ying|ication)\b|\barea\b|\bsquared?\b(?! (?:(?:kilo|centi|milli)?met(?:re|er)s?|miles?|feet|foot|inch(?:es)?|yards?|km|cm|mm|m)\b)|\b(?!(?:many|several|few|some|all|two|three|four|five|ten|[a-z]|\d+)\b)\w+ times the \w+|[a-z\])] \* [a-z(]/;

/**
 * The largest value an element can take and the largest size: what any total is bounded by. Along
 * paths the weights count too, though a link's fields carry no subscript ("a b c: a ferry from a to
 * b in c minutes"); its ends name places and weigh nothing.
 */
function magnitudes(facts: ConstraintFacts, alongPaths = false): { largest: number; count: number } {
  const ends = alongPaths ? endpoints(facts) : [];
  const weighs = (v: Variable) =>
    isElementValue(v) || (alongPaths && v.role === 'value' && !v.label && !ends.includes(v));
  const largest = facts.variables
    .filter(weighs)
    .reduce((max, v) => Math.max(max, Math.abs(v.upper ?? 0), Math.abs(v.lower ?? 0)), 0);
  const count = facts.variables
    .filter((v) => (v.role === 'size' || v.role === 'dimension') && !v.boundedBy)
    .reduce((max, v) => Math.max(max, v.upper ?? 0), 1);
  return { largest, count };
}

/** The largest bound of a number given on its own (not a list's element, a label or a size). */
function scalarLargest(facts: ConstraintFacts): number {
  const scalars = facts.variables.filter((v) => v.role === 'value' && !v.label && !isElementValue(v));
  // One number without an upper bound leaves the arithmetic unbounded.
  if (scalars.length === 0 || scalars.some((v) => v.upper === undefined)) return 0;
  return scalars.reduce((max, v) => Math.max(max, Math.abs(v.upper ?? 0), Math.abs(v.lower ?? 0)), 0);
}

/** Arithmetic that grows past its operands beyond a sum or a product: powers, factorials, a least common multiple, binomials. */
const GROWS =
  /\bpowers?\b|\bexponent|\^ ?[a-z]\b|\blcm\b|\bleast common multiple\b|\bfactorials?\b|\bbinomial|\bchoose\b|\bcombinations?\b/;

/**
 * Whether the bounds let a total (or a product) of the values pass 2^31; unknown bounds may. Values
 * that fit in 32 bits pass it only where the statement computes with them: a list relinked by
 * whether a value is a multiple of k adds and multiplies nothing.
 */
export function mayOverflow(
  facts: ConstraintFacts,
  kind: NonNullable<Trap['overflow']>,
  body?: string,
  kinds?: readonly InputKind[],
): boolean {
  const { largest, count } = magnitudes(facts);
  // Text alone gives no value bounds, yet a character weighs no more than its code: a running
  // total over n of them (a count, a digit sum, a remainder) stays under n * 2^8. A bounded number
  // beside the text (k copies of it) may multiply that total.
  const textOnly =
    kinds?.length &&
    kinds.every((k) => k === 'string') &&
    facts.variables.every((v) => v.role === 'size' || v.role === 'dimension' || v.upper === undefined);
  if (largest === 0 && textOnly) return count * CHARACTER_CODES >= 2 ** 31;
  if (largest === 0) {
    // A page of a few numbers ("1 <= X <= 100") computes a formula of them: the square of their
    // largest bound caps it, unless it raises them to a power or a factorial, which no bound keeps small.
    const scalar = body !== undefined && !GROWS.test(body) ? scalarLargest(facts) : 0;
    return scalar === 0 || scalar * scalar >= 2 ** 31;
  }
  const computes =
    body === undefined ||
    largest >= 2 ** 31 ||
    kind === 'sum' ||
    SUMS.test(computed(body)) ||
    PRODUCTS.test(body) ||
    GROWS.test(body);
  return (
    computes && (largest * count >= 2 ** 31 || (kind === 'sum-or-product' && largest * largest >= 2 ** 31))
  );
}

/**
 * The overflow the statement's own arithmetic risks, with the bound that causes it: only what the
 * statement computes can overflow (three values summed stay small, and an XOR never grows past its
 * operands). A shortest path adds its weights up whether or not the statement says "sum":
 * `alongPaths` says the leading method is one.
 */
export function overflowTrap(facts: ConstraintFacts, body: string, alongPaths = false): Trap | null {
  const { largest, count } = magnitudes(facts, alongPaths);
  if (largest >= 1e17)
    return {
      text: `Values up to ${formatBound(largest)}: even 64-bit products overflow; compare by division`,
    };
  if (largest === 0 || FITS_32_BITS.test(body)) return null;
  const sums =
    largest * count >= 2 ** 31 && (alongPaths || SUMS.test(computed(body).replace(COVERED_TOTAL, '')));
  const products = largest * largest >= 2 ** 31 && PRODUCTS.test(body);
  const what = sums && products ? 'Sums or products' : sums ? 'Sums' : products ? 'Products' : null;
  return what
    ? { text: `${what} past 2^31 (values up to ${formatBound(largest)}): use 64-bit integers` }
    : null;
}
