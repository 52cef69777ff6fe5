/**
 * Several periods an input names ("divisible by a or b", "every c minutes") and which of their
 * moments the question counts. The moments on any of them are the sum of each period's, less those
 * on two at once (the multiples of a least common multiple), plus those on all three; the moments
 * on exactly one count each overlap out of both sides; the moments on none are the rest.
 */

export type PeriodsCounted = 'any' | 'exactly-one' | 'none';

/** "Exactly one of the two bells", "divisible by a or b but not both", "only one of them". */
const EXACTLY_ONE =
  /\b(?:exactly|only) one (?:of\b|\w+ (?:rings|sounds|is|falls|lands))|\bbut not (?:by )?both\b/;
/** "Divisible by neither a nor b", "none of the lamps", "not a multiple of any of them". */
const NONE =
  /\bneither\b|\bnone of\b|\bno (?:bell|lamp|light|alarm|one of them)\b|\bnot (?:a multiple of|divisible by) any\b/;

/** Which moments the question counts, read from its words; "at least one" and "any" are the default. */
export function periodsCounted(body: string): PeriodsCounted {
  if (EXACTLY_ONE.test(body)) return 'exactly-one';
  return NONE.test(body) ? 'none' : 'any';
}

/**
 * A period named by an input letter: "a multiple of a", "divisible by b", "at seconds c, 2c, 3c",
 * "every d minutes", "every e-th post". The letter is captured; whether it is an input is read
 * from the bounds (`boundedLetter`), since "a multiple of a number" names no period.
 */
const PERIOD =
  /\bmultiples? of ([a-z])\b(?!\^)|\bdivisible by ([a-z])\b(?!\^)|\b([a-z]), 2\3, 3\3\b|\bevery ([a-z])(?:-?th\b| (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|steps?|beats?|posts?|tiles?|metres?|meters?)\b)/g;

/**
 * Several periods named in one breath after one verb: "divisible by a, or by b, or by both",
 * "divisible by exactly one of a and b", "a multiple of either a or b". Each letter is a period.
 */
const PERIOD_LIST =
  /\b(?:divisible by|multiples? of)((?:,? (?:(?:or|and|nor|either|neither|both|by|of|exactly one of|at least one of|one of) )*[a-z]\b(?!\^)){2,4})/g;

/** The letter is an input the bounds hold: "1 <= a, b <= 10^18" bounds a and b. */
const boundedLetter = (letter: string, body: string) =>
  new RegExp(`(?:^|[\\s,(])${letter}(?:, ?[a-z])*\\s*(?:<=|≤|<)`, 'm').test(body);

/**
 * Several periods the input names, each an input letter: the moments on any of them are counted
 * by inclusion and exclusion, the overlaps at multiples of a least common multiple (a gcd each).
 */
export function severalPeriods(body: string): string | null {
  const listed = [...body.matchAll(PERIOD_LIST)].flatMap((match) =>
    [...(match[1] ?? '').matchAll(/(?<![a-z])[a-z](?![a-z])/g)].map(([letter]) => ({
      letter,
      quote: match[0],
    })),
  );
  const found = [
    ...[...body.matchAll(PERIOD)].map((match) => ({
      letter: match.slice(1).find(Boolean) ?? '',
      quote: match[0],
    })),
    ...listed,
  ].filter(({ letter }) => boundedLetter(letter, body));
  return new Set(found.map(({ letter }) => letter)).size >= 2 ? (found[0]?.quote ?? null) : null;
}
