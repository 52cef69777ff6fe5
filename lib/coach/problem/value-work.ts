import type { Variable } from './constraints';
import type { AnswerSetting } from './knowledge/answer-settings';
import { type PeriodsCounted, periodsCounted, severalPeriods } from './periods';

/*
 * How the answer is computed from a value, when only values are bounded. Read from what is asked
 * of which value, not from the story's words: a "largest" square in a rectangle is a minimum of
 * two sides, a "power" bank is a division, the "digits" of 10^K are K + 1, none of them a walk.
 *
 * - closed: a closed form of the inputs (arithmetic, a parity, a min or max of a few terms), O(1);
 * - walk: the value's digits or bits walked, the value halved again and again, a gcd, a power
 *   whose exponent is an input (fast power), the bits needed to tell one of n apart, O(log n);
 * - inverted: the largest or smallest count whose closed-form total (a sequence defined term by
 *   term, "the i-th layer holds ...") stays within or reaches the given value: a monotone function
 *   inverted by a halving search, O(log n) (answer-settings.ts reads the same ask over a check);
 * - root: the divisors or the primality of one value, a loop up to its square root, O(sqrt(n)):
 *   also the ways to write it as a run of consecutive integers (an odd divisor each) or to lay all
 *   of it out as a rectangle (a side each).
 * - walk over periods: the moments up to a bound that fall on one of several periods the input
 *   gives ("divisible by a ... divisible by b", "every a minutes ... every b minutes"), counted by
 *   inclusion and exclusion over the least common multiples, each found by a gcd: O(log n). One
 *   period alone is a division, closed.
 */

export type ValueWorkKind = 'closed' | 'walk' | 'inverted' | 'root';

export interface ValueWork {
  kind: ValueWorkKind;
  /**
   * What is walked: the value's written bits or digits (in ten or another base), the halvings of a
   * value (its bit length), the bits of an exponent; under a root, the lengths of consecutive runs.
   */
  over?: 'bits' | 'digits' | 'base' | 'halvings' | 'exponent' | 'runs' | 'periods';
  /** The part of the statement the reading rests on, quoted for the panel's reasons and hints. */
  quote: string;
  /** Over periods, which moments the question counts: on any of them, on exactly one, on none. */
  counted?: PeriodsCounted;
}

/** The statement defines a term by its index: "on day i she adds i coins", "the i-th lap takes i^2 seconds". */
const INDEXED_TERM =
  /\b(?:i|k|j)-?th ([a-z]{3,})\b|\b([a-z]{3,}) ([ijk])\b(?!-)[^.;]{0,60}?\b\d*\3(?:\^\d)?\b/g;

/** A superlative count or index held to a bound: "the largest number of laps ... within n seconds". */
const HELD_TO_A_BOUND =
  /\b(?:first|largest|smallest|most|fewest|least|maximum|minimum|earliest|latest|greatest|tallest|highest|biggest|longest)\b([^.;]{0,90}?)\b(?:at least|at most|within|no more than|no less than|not (?:more|greater|less) than|does not exceed|never exceeds?|reach(?:es)?|exceeds?|without (?:needing|using) more)\b/g;

/**
 * Terms that grow one after another, defined by the first few and a rule instead of an index:
 * "the next a 3 x 3 square, and so on", "every row behind it has one seat more than the row in
 * front", "each layer one fruit longer than the layer above". The noun is the term's name.
 */
const GROWING_TERMS =
  /\b(?:each|every|the next) (\w{3,})\b[^.;]{0,70}?\b(?:one|two|three|\d+|a) (?:\w+ )?(?:more|longer|wider|taller|bigger|larger|higher|deeper)\b|\bthe (\w{3,}) (?:below|under|beneath|after|behind) (?:it|that)\b[^.]{0,80}\band so on\b/g;

/** How many of the terms are used up by the given amount: "how many rows are used when n fans come". */
const TERMS_USED = /\bhow many (\w{3,}) (?:are|is|will be|get) (?:used|needed|filled|required|completed)\b/;

/*
 * The phrases below are the one table of value arithmetic: costs.ts reads a halving from HALVED and
 * EVEN_PARTS, and asks.ts reads arithmetic from VALUE_ARITHMETIC, built from the same pieces.
 */

/** Alternatives of several patterns as one pattern, each tried in the order given. */
const either = (...patterns: RegExp[]) => new RegExp(patterns.map((pattern) => pattern.source).join('|'));

/** A value cut in two: "halves", "divided by two", "cut in half". */
export const HALVED =
  /\bhalve[sd]?\b|\bhalving\b|\bdivided? (?:it |the number |the value )?by (?:2|two)\b|\bcut in half\b/;

/** Equal parts that must divide every value given: a common divisor, lengths cut without waste. */
export const EVEN_PARTS =
  /\bcommon (?:divisor|factor|measure)\b|\bdivides? (?:both|each of)\b|\bwithout cutting\b/;

/** The greatest common divisor or least common multiple, by name. */
const GCD_OR_LCM = /\bgcd\b|\bgreatest common (?:divisor|factor)\b|\blcm\b|\bleast common multiple\b/;

/** A factorial, or the zeros a number ends with: its digits in base ten. */
const FACTORIAL_DIGITS = /\bfactorial\b|\bn!|\btrailing zeros?\b|\bends? with\b[^.]{0,30}\bzeros\b/;

/** A value multiplied again every hour or step: a power whose exponent is the number of steps. */
const REPEATED_GROWTH =
  /\b(?:every|each) (?:hour|day|night|week|month|second|minute|step|year|round|generation)\b[^.]{0,80}\b(?:splits?|doubles?|triples?|multipl\w*|(?:turns?|grows?|becomes?) into (?:two|three|four|five|ten|\d+|[a-z])\b)/;

/** Two values' common measure: Euclid's walk. */
const COMMON_MEASURE = either(
  GCD_OR_LCM,
  /\bcommon multiple\b/,
  EVEN_PARTS,
  /\bno (?:\w+ )?cut\b|\b(?:covered|tiled|split|divided|cut) (?:\w+ ){0,3}(?:by|into|with) equal\b|\b(?:chime|ring|meet|coincide|line up) together\b|\bmultiples? of [a-z] or\b/,
);

/** A root of one value: the largest k whose square stays within it, a monotone function inverted. */
const ROOT_OF_VALUE = /\bperfect (?:square|cube)\b|\b(?:square|cube) root\b|\b[a-z] = [a-z]\^[23] for some\b/;

/** A property of one value's divisors: its primality, its divisors or factors listed or counted. */
const DIVISORS_OF_ONE =
  /\b(?:is|are|be) (?:a )?prime\b|\bprime (?:or not|number\b(?! modulo))|\bdivisors? of (?:the (?:number |value |integer )?)?[a-z]\b|\bintegers? (?:that )?divides? [a-z]\b|\bits (?:\w+ ){0,2}divisors\b|\bfactors? of [a-z]\b|\bprime factori[sz]ation\b|\bperfect number\b/;

/** The value's own digits or bits, walked one at a time. */
const BITS_OF_VALUE =
  /\bbinary representation\b|\b(?:in|written in) binary\b|\bits (?:binary )?bits\b|\bset bits\b|\bbits? (?:of|in) (?!a\b)[a-z]\b|\b(?:ones|1s|1-bits) in\b/;
const DIGITS_OF_VALUE = either(
  /\b(?:its|the) (?:decimal )?digits\b(?! of (?:\d|a power\b))|\bdigits? of (?:the (?:number |value )?)?(?!a\b)[a-z]\b(?!\^)|\bdigit sum\b|\bsum of (?:the |its )?digits\b|\bin base 10\b/,
  FACTORIAL_DIGITS,
);

/**
 * The value written in another base: "in base b", or letters as digits (a, ..., z, then aa, ab, as
 * spreadsheet columns and shelf tags are numbered).
 */
const OTHER_BASE = /\bin base (?!10\b)(?:\d+|[a-z])\b|\bz\b[^.]{0,40}?\baa\b|\baa, ab\b/;

/**
 * The last digit of a power or of a sum of powers: last digits repeat with a short period (7, 9,
 * 3, 1 for the powers of 7; every 20 terms for i^i), so the exponent modulo the period gives it.
 */
const LAST_DIGIT = /\b(?:last|units|ones|final) digit\b|\bmod(?:ulo)? 10\b(?! ?\^)/;

/**
 * Ways to make one value from a run of consecutive integers (one for each odd divisor), or to lay
 * all of it out as a rectangle (one for each side): its divisors, found up to its square root.
 */
const CONSECUTIVE_SUM =
  /\b(?:consecutive|neighbouring|neighboring|adjacent)\b(?:[^.]|\.\.\.){0,60}\b(?:sum|add up|adds up|total)\b|\bsum of (?:\w+ ){0,3}consecutive\b/;
const EXACT_VALUE = /\b(?:exactly|equal to|equals) [a-z]\b/;
const COUNTED =
  /\bhow many\b|\bnumber of (?:ways|different|distinct)\b|\bcount (?:the )?(?:ways|different)\b/;
const ALL_IN_A_RECTANGLE =
  /\ball (?:of )?(?:them|the \w+)\b[^.]{0,60}\brectangle\b|\brectangle\b[^.]{0,60}\b(?:using|uses|of) all\b/;

/**
 * Every number of a range written out and counted digit by digit ("numbering pages 1 to n, each
 * digit costs a drop"): the numbers are grouped by their length, one group per digit of the bound.
 * The last digit of one formula is no such count.
 */
const RANGE = /\b(?:from|between) 1 (?:to|and|through) [a-z]\b|\b1, 2, (?:\.\.\.|…),? [a-z]\b/;
const DIGITS_COUNTED =
  /\b(?:each|every) digit\b|\bdigits (?:it |they |you )?(?:prints?|printed|writes?|written|used|needed)\b|\bhow many digits\b|\b(?:number|count|total) of digits\b|\bsum of (?:all )?(?:the )?digits of (?:all|every|each)\b/;

/**
 * Amounts made of the powers of one base (coins worth 1, b, b^2, ...; weights that are powers of
 * three): the fewest pieces or the ways to pay follow the amount's digits in that base.
 */
const POWERS_AS_UNITS =
  /\b(?:worth|valued?|weigh(?:s|ing)?|costs?|priced?|denominations? (?:are|of)) (?:\w+ ){0,2}powers? of\b|\bpowers of (?:two|2|three|3|(?:the )?(?:\w+ ){0,2}[a-z])\b[^.]{0,40}\b(?:coins?|weights?|notes?|stamps?|bills?)\b|\b(?:coins?|weights?|notes?|stamps?|bills?) (?:that )?(?:are|is) (?:all )?(?:a )?powers? of\b|\b1, ([a-z]), \1\^2\b/;

/** The value shrinks by a factor at every step, and the steps are counted. */
const SHRINKS = either(
  HALVED,
  /\bdivided? (?:it |the number |the value )?by (?:3|three)\b|\bin the middle\b|\b(?:bigger|larger|smaller|greater|lesser) half\b|\b[a-z] ?\/ ?2\b|\bdoubles?\b|\btriples?\b/,
);
const STEPS_COUNTED =
  /\b(?:how many|count|number of|fewest|minimum number of|least number of)\b[^.]{0,60}\b(?:until|needed|before|to reach)\b|\bhow many times\b|\bafter how many \w+\b|\b(?:number of|how many) \w+ after which\b/;

/**
 * A power whose exponent is an input: one value raised to another ("x^n", "raised to the power n"),
 * a number raised to an input and taken modulo ("2^n modulo 10^9 + 7"), or a value multiplied again
 * every hour or step: square and halve the exponent. "10^k" alone is a number written out.
 */
const POWER_OF_AN_INPUT = either(
  /\b[a-z]\^[a-z]\b|\braised to (?:the )?(?:\w+ )?power (?:of )?[a-z]\b|\bto the power (?:of )?[a-z]\b|\b[a-z]-?th power\b|\bmultiplied by itself [a-z] times\b|\b\d+\^[a-z]\b[^.]{0,60}\bmod(?:ulo)?\b|\bmod(?:ulo)?\b[^.]{0,60}\b\d+\^[a-z]\b/,
  REPEATED_GROWTH,
);

/**
 * Work driven by the arithmetic of values, whatever else the input holds: a gcd or lcm, divisors,
 * digits, bits, powers, factorials, multiples, a value multiplied every step (asks.ts).
 */
export const VALUE_ARITHMETIC = either(
  GCD_OR_LCM,
  /\bdivisors?\b|\bdigits?\b(?! after the decimal)|\bbits?\b|\bbinary representation\b|\bpower\b|\bexponent|\braised to\b|\bx\^n\b/,
  FACTORIAL_DIGITS,
  /\bmultiples? of \w+ or\b/,
  REPEATED_GROWTH,
);

/** The fewest yes-or-no tests that single out one of n: the bits needed to number n things. */
const BITS_NEEDED =
  /\b(?:fewest|minimum number of|least number of|smallest number of)\b[^.]{0,60}\bto (?:find|identify|tell|determine|pick out|locate|single out)\b[^.]{0,60}\b(?:among|out of|one of)\b/;

/** One of the items is the odd one ("exactly one of them is poisoned"): tests that single it out. */
const ONE_OF_THEM = /\b(?:exactly|only) one (?:of (?:them|the \w+)|\w+)\b(?= (?:is|has|weighs|holds)\b)/;
const FEWEST_TO_FIND =
  /\b(?:fewest|minimum number of|least number of|smallest number of)\b[^.]{0,60}\bto (?:find|identify|tell|determine|pick out|locate|single out)\b/;

/** The nouns the page defines term by term ("ring i has 6i cells" gives "ring"). */
function indexedNouns(body: string): string[] {
  return [...body.matchAll(INDEXED_TERM)].map(([, before, after]) => before ?? after ?? '').filter(Boolean);
}

/** The nouns of terms that grow by a rule ("every row ... one seat more" gives "row"). */
function growingNouns(body: string): string[] {
  return [...body.matchAll(GROWING_TERMS)].map(([, each, below]) => each ?? below ?? '').filter(Boolean);
}

/** The noun's stem, so that "shelf i" is counted as "shelves" and "row" as "rows". */
const stemOf = (noun: string) => new RegExp(`\\b${noun.slice(0, Math.max(3, noun.length - 1))}\\w*\\b`);

/**
 * A count of the page's own terms held to the given value: the sequence's total inverted. Terms
 * that grow by a rule need no index: the tallest stack within the amount, or how many rows the
 * amount uses, is the count whose total first passes it, whatever the superlative measures.
 */
function invertedTotal(body: string): string | null {
  const grown = growingNouns(body);
  if (grown.length > 0) {
    const used = TERMS_USED.exec(body);
    if (used && grown.some((noun) => stemOf(noun).test(used[1] ?? ''))) return used[0];
    const held = body.match(new RegExp(HELD_TO_A_BOUND.source));
    if (held) return held[0].replace(/^.*,\s*(?:that is\s*)?/, '');
  }
  const nouns = indexedNouns(body);
  if (nouns.length === 0) return null;
  for (const match of body.matchAll(HELD_TO_A_BOUND)) {
    // The count may be named just before the superlative: "how many floors the tallest tower ...".
    const between = body.slice(Math.max(0, match.index - 30), match.index) + (match[1] ?? '');
    if (nouns.some((noun) => stemOf(noun).test(between)))
      return match[0].replace(/^.*,\s*(?:that is\s*)?/, '');
  }
  return null;
}

const quoted = (pattern: RegExp, body: string) => pattern.exec(body)?.[0] ?? '';

/** How the answer comes from the values, read from the lower-cased statement of a values-only page. */
export function readValueWork(body: string, setting: AnswerSetting | null): ValueWork {
  if (setting) return { kind: 'inverted', quote: setting.phrase };
  const total = invertedTotal(body);
  if (total) return { kind: 'inverted', quote: total };
  if (ROOT_OF_VALUE.test(body)) return { kind: 'inverted', quote: quoted(ROOT_OF_VALUE, body) };
  if (COMMON_MEASURE.test(body)) return { kind: 'walk', quote: quoted(COMMON_MEASURE, body) };
  const periods = severalPeriods(body);
  if (periods) return { kind: 'walk', over: 'periods', quote: periods, counted: periodsCounted(body) };
  if (DIVISORS_OF_ONE.test(body)) return { kind: 'root', quote: quoted(DIVISORS_OF_ONE, body) };
  if (CONSECUTIVE_SUM.test(body) && EXACT_VALUE.test(body) && COUNTED.test(body))
    return { kind: 'root', over: 'runs', quote: quoted(CONSECUTIVE_SUM, body) };
  if (ALL_IN_A_RECTANGLE.test(body)) return { kind: 'root', quote: quoted(ALL_IN_A_RECTANGLE, body) };
  if (BITS_OF_VALUE.test(body)) return { kind: 'walk', over: 'bits', quote: quoted(BITS_OF_VALUE, body) };
  if (RANGE.test(body) && DIGITS_COUNTED.test(body))
    return { kind: 'walk', over: 'digits', quote: quoted(DIGITS_COUNTED, body) };
  if (OTHER_BASE.test(body)) return { kind: 'walk', over: 'base', quote: quoted(OTHER_BASE, body) };
  if (POWERS_AS_UNITS.test(body))
    return { kind: 'walk', over: 'digits', quote: quoted(POWERS_AS_UNITS, body) };
  if (DIGITS_OF_VALUE.test(body))
    return { kind: 'walk', over: 'digits', quote: quoted(DIGITS_OF_VALUE, body) };
  if (SHRINKS.test(body) && STEPS_COUNTED.test(body))
    return { kind: 'walk', over: 'halvings', quote: quoted(SHRINKS, body) };
  if (BITS_NEEDED.test(body)) return { kind: 'walk', over: 'halvings', quote: quoted(BITS_NEEDED, body) };
  if (FEWEST_TO_FIND.test(body) && ONE_OF_THEM.test(body))
    return { kind: 'walk', over: 'halvings', quote: quoted(FEWEST_TO_FIND, body) };
  if (POWER_OF_AN_INPUT.test(body) && LAST_DIGIT.test(body))
    return { kind: 'closed', quote: quoted(LAST_DIGIT, body) };
  if (POWER_OF_AN_INPUT.test(body))
    return { kind: 'walk', over: 'exponent', quote: quoted(POWER_OF_AN_INPUT, body) };
  return { kind: 'closed', quote: '' };
}

/** The value the page asks about: the largest one it bounds, by the statement's name for it. */
export function valueName(values: readonly Variable[]): string {
  const largest = values.reduce<Variable | undefined>(
    (best, v) => (best && Math.abs(best.upper ?? 0) >= Math.abs(v.upper ?? 0) ? best : v),
    undefined,
  );
  return largest?.names[0] ?? 'the value';
}
