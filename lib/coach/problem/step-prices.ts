import { lastReading } from './last-reading';

/*
 * What one move costs, read from the amounts a statement attaches to moves ("walking onto stone
 * takes no time, scrubbing moss takes 1 minute", "stepping into a dry cell takes 1 minute, into a
 * flooded one K minutes", "driving into a square of depth d takes d minutes", "c_i = 0 if the
 * link is a bridge and 1 if a ferry"). Setters price moves in their own verbs and units, so the
 * reading collects the amounts themselves rather than one wording of them: moves that cost
 * nothing beside moves that cost one are a 0-1 search over a deque; moves of several other
 * costs, or of a cost each cell or link carries, need the cheapest settled first from a heap; a
 * single amount for every move (a minute a step) is a plain breadth-first search.
 */

export type StepPrices = 'zero-one' | 'varied';

/** Units a move is paid in. */
const UNIT = String.raw`(?:time|minutes?|seconds?|hours?|days?|coins?|yen|dollars?|euros?|rupees?|tickets?|candles?|units?|points?|blows?|hammer blows?|energy|stamina|fuel|litres?|liters?|tolls?|credits?|tokens?|steps?|moves?)`;
const PRICE_VERB = String.raw`(?:takes?|costs?|uses?|burns?|needs?|requires?|spends?|charges?|drains?)`;
/** An amount said after a price verb: "takes no time", "burns one candle", "takes `d` minutes", "costs 5 coins". */
const PRICED = new RegExp(
  String.raw`\b${PRICE_VERB} (?:exactly |only |just )?(no|zero|0|1|one|a single|[a-z](?:_\{?[a-z],?[a-z]?\}?)?|\d+) (?:\w+ )?${UNIT}\b`,
  'g',
);
/** A move said to cost nothing without an amount: "is free", "free of charge", "at no cost", "costs nothing". */
const FREE =
  /\b(?:is|are) free\b|\bfree of charge\b|\bfor free\b|\bat no cost\b|\bat no charge\b|\b(?:costs?|takes?) nothing\b/;
/** The sentence is about moving (walking, stepping, entering, crossing, riding). */
const MOVING =
  /\b(?:walk\w*|step\w*|mov\w+|enter\w*|onto|into|through|cross\w*|rid\w+|driv\w+|roll\w*|skat\w*|climb\w*|wad\w+|push\w*|travel\w*|ferry|ferries|bridges?)\b/;
/** A link's cost given as a label of 0 or 1 ("c_i = 0 if it is a bridge", "if e_i = 1"). */
const LABEL_01 = /\b([a-z])(?:_i)? ?= ?([01])\b(?= if\b)|\bif ([a-z])(?:_i)? ?= ?([01])\b/g;
/** A lowercase letter named as what each cell or link carries ("snow of depth d", "a roughness r"). */
const CARRIED = (letter: string) =>
  new RegExp(
    String.raw`\b(?:depth|roughness|height|weight|cost|value|digit|level|price|toll)s? (?:of )?${letter}\b`,
  );

type Amount = '0' | '1' | string;

const amountOf = (said: string): Amount => {
  if (/^(?:no|zero|0)$/.test(said)) return '0';
  if (/^(?:1|one|a single)$/.test(said)) return '1';
  return said;
};

/** A 0/1 label given to the links: both values named for the same letter. */
function labelsZeroOne(body: string): boolean {
  const seen = new Map<string, Set<string>>();
  for (const match of body.matchAll(LABEL_01)) {
    const letter = match[1] ?? match[3];
    const value = match[2] ?? match[4];
    if (!letter || !value) continue;
    seen.set(letter, (seen.get(letter) ?? new Set()).add(value));
  }
  return [...seen.values()].some((values) => values.size === 2);
}

/** How the statement prices its moves: nothing and one, several amounts, or nothing said. */
export const stepPrices = lastReading((body: string): StepPrices | null => {
  if (labelsZeroOne(body)) return 'zero-one';
  const amounts = new Set<Amount>();
  let carried = false;
  for (const sentence of body.split(/(?<=[.;])\s+/)) {
    if (!MOVING.test(sentence)) continue;
    if (FREE.test(sentence)) amounts.add('0');
    for (const match of sentence.matchAll(PRICED)) {
      const amount = amountOf(match[1] ?? '');
      amounts.add(amount);
      // A letter each cell carries ("takes d minutes" for snow of depth d) is a cost per cell.
      if (/^[a-z]_/.test(amount) || (/^[a-z]$/.test(amount) && CARRIED(amount).test(body))) carried = true;
    }
  }
  if (amounts.size === 2 && amounts.has('0') && amounts.has('1')) return 'zero-one';
  if (amounts.size >= 2 || carried) return 'varied';
  return null;
});

/** A clause pricing a move, quoted as the reason a trigger fires. */
export const PRICED_MOVE = new RegExp(
  String.raw`\b${PRICE_VERB} (?:exactly |only |just )?(?:no|zero|0|1|one|a single|[a-z](?:_\{?[a-z],?[a-z]?\}?)?|\d+) (?:\w+ )?${UNIT}\b|\b(?:is|are) free\b|\bfree of charge\b|\bat no cost\b|\b(?:costs?|takes?) nothing\b|\b[a-z](?:_i)? ?= ?[01] if\b|\bif [a-z](?:_i)? ?= ?[01]\b`,
);
