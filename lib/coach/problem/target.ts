import { aidsOf, SET_SEARCHES } from './aids';
import { carriedStates, coveredStates, stepStates } from './carried';
import { isMethod } from './certainty';
import { BUDGET } from './complexity';
import type { Question } from './costs';
import { type Figure, figureFor, impliedSearch, inOrder, overSets } from './figures';
import type { Guarantee } from './guarantees';
import { type Intended, intendedByBounds, sizedIntent, subsetIntent } from './intent';
import { sameBigO } from './library/complexity-steps';
import { perUnit, totalSteps } from './limit';
import { countedSort, digitsOnly, fewBitValues, spansGiven } from './log-factor';
import type { InputShape } from './shape';
// Families describe the input, not a method: they say nothing about the running time.
import { FAMILIES } from './technique-order';
import type { TechniqueGuess, TechniqueId } from './types';

export interface ExpectedComplexity {
  target: string;
  reason: string;
  /** The bounds set the bar over a leader the technique reading called sure (a family such as "string"). */
  overrules?: true;
  /** The technique whose standard figure the target is, when no bound or question set it. */
  assumes?: TechniqueId;
}

export interface TargetInput {
  /** The likely techniques, leading first: a sort among the first three sets a floor of n log n. */
  techniques: readonly TechniqueId[];
  input: InputShape;
  limit: string;
  asks: Question;
  guarantees: ReadonlySet<Guarantee>;
  /** The running time the statement demands, if it names one (see stated.ts). */
  stated?: string | null;
  /** Whether the leading technique stands clear of the rest, or the panel is sure of it (certainty.ts). */
  sure?: boolean;
  /** The ranked guesses behind `techniques`, with how strongly the page points at each. */
  guesses?: readonly TechniqueGuess[];
  /** Whether the site sizes its limits for the intended solution, as contest judges do (see intent.ts). */
  sizedLimits?: boolean;
  /** The statement speaks of items (an array, a string, a graph), not only of a few numbers. */
  items?: boolean;
  /** Each query compares a value against the whole input (query-kinds.ts), not a key or a span. */
  compares?: boolean;
  /** The search over the answer's candidates (answer-object.ts), when its items are few enough. */
  answer?: Figure;
  /** The greedy walk a paired, matched or turning answer is decided by (pairings.ts). */
  pairing?: Figure;
  /** The walk of two pointers the page's structure is (pointer-walks.ts), when they lead. */
  pointers?: Figure;
  /** The sweep over spans whose question counts over the points they cover (coverage.ts). */
  coverage?: Figure;
  /** The cost per operation of the structure a design's operations need (operations.ts). */
  operations?: Figure;
  /**
   * The items arrive ordered by an end of their spans ("listed by start time"), the order a sort
   * over spans would make; a promise by that key the question never names again is not in
   * `guarantees`, which only holds orders a search can use.
   */
  spansInOrder?: boolean;
  /** The input is one text over an alphabet the statement fixes: its letters are few values. */
  letters?: boolean;
}

/** The power of n a step count amounts to: 1 for n and n log n, 2 for n^2, large for 2^n. */
function degree(big: string, input: InputShape): number {
  const n = input.shape.kind === 'one' ? input.shape.n.bound : 0;
  return n > 2 ? Math.round(Math.log(Math.max(2, totalSteps(big, input) / input.tests)) / Math.log(n)) : 0;
}

/** Orderings of too many items to list: a DP over the set of items placed so far. */
const PLACED: Figure = [
  'O(n * 2^n)',
  'too many orderings to try one by one, so a table over which items are already placed (a bitmask) extends each set by one item',
];

const MATCHED_ONCE =
  'Nothing on the page points at a method. Each query (or each item of the second list) is compared against the whole first list, so the usual answer sorts that list once and answers each by a halving search';

/**
 * The bar over an input and its queries, or two lists, when nothing on the page points at a method.
 * The base rate's one pass with a constant lookup per query holds when each query names a key
 * to look up; a query that compares ("how many are at most x", "the first one above") needs the list
 * in order. With no method named, all five such labelled pages (stamps below a number, keys for
 * locks, stock on the shelves, budgets at a market, parcels heavier than a weight) expected the sort
 * and a search per query, the limit `O((n + q) log n)`, not the base rate's `O(n + q)`. Only a query
 * that compares (`compares`, query-kinds.ts) takes the search: two lists asked for their distinct
 * codes, a key per query, or a span of positions per query (a running total) keep the base rate.
 */
export function matchedOnce(
  input: InputShape,
  limit: string,
  figure: string,
  compares: boolean,
): string | null {
  const { shape } = input;
  if (!compares || shape.kind !== 'add' || shape.other.letter === 'k') return null;
  const searched = `O((n + ${shape.other.letter}) log n)`;
  return sameBigO(limit, searched) && totalSteps(figure, input) < totalSteps(searched, input)
    ? searched
    : null;
}

/** Below this confidence the leading technique is a guess whatever the runner-up says. */
const WEAK_LEAD = 0.5;
const EXPONENTIAL = /\^n\b|n!/;
const FACTORIAL = /n!/;
/** Every subset reached in constant work (a running total carried), and each checked over its items. */
const CARRIED_TOTAL = 'O(2^n)';
const CHECKED_SUBSETS = 'O(n * 2^n)';
/** The figures of a search over orders: every order, or a table over the items placed and the last one. */
const ORDERS = /n!|n\^2 \* 2\^n/;

/**
 * Whether a method's figure already walks what the answer's search walks. A search over subsets
 * keeps the method's own exponential figure (a running total or a mask carried down); an order is
 * counted by its own figure, which no figure over subsets or other orders stands for.
 */
const searchesAlike = (figure: string, search: string) =>
  EXPONENTIAL.test(figure) && (ORDERS.test(search) ? figure === search : !FACTORIAL.test(figure));

/**
 * What an interviewer expects: the cost of the standard solution of the likely technique on this
 * input. A figure that would not fit the time budget cannot be the intended one: then the limit is.
 */
export function expectedComplexity({
  techniques,
  input,
  limit,
  asks,
  guarantees,
  stated,
  sure = true,
  guesses = [],
  sizedLimits = false,
  items = false,
  compares = false,
  answer,
  pairing,
  pointers,
  coverage,
  operations,
  spansInOrder = false,
  letters = false,
}: TargetInput): ExpectedComplexity {
  const per = perUnit(input.shape, input.tests);
  if (stated)
    return { target: stated, reason: `The statement asks for ${stated}${per}, so that is the bar.` };
  const fits = (figure: string) => totalSteps(figure, input) <= Math.max(BUDGET, totalSteps(limit, input));
  const standard = ([target, why]: Figure): ExpectedComplexity => ({
    target,
    reason: `The standard solution runs in ${target}${per}: ${why}.`,
  });
  // What the operations need, not the guess that ranks first, says what each one costs.
  if (operations && fits(operations[0])) return standard(operations);
  const [technique] = techniques;
  const aids = aidsOf(techniques, guarantees);
  const implied = impliedSearch(technique, input.shape, asks);
  const [big, why] = countedSort(
    spansGiven(
      fewBitValues(
        digitsOnly(
          implied ??
            carriedStates(technique, input, asks) ??
            coveredStates(technique, input) ??
            stepStates(technique, input, asks) ??
            inOrder(figureFor(technique, input.shape, asks, aids), input.shape, asks, aids),
          input,
        ),
        input,
        asks.bitwisePairs,
      ),
      technique,
      spansInOrder,
    ),
    technique === 'sorting' || (asks.sortedOutput && !aids.sorted),
    input,
    letters,
  );
  // The question names the search itself, so no guess about the method can change the bar.
  if (implied && fits(big))
    return { target: big, reason: `The question implies the search: ${big}${per}, since ${why}.` };
  // The answer's shape decides it greedily: that walk is the bar, whatever a guess's figure says.
  if (pairing && fits(pairing[0])) return standard(pairing);
  // Two pointers lead over a structure whose walk has a cost of its own (two lists, a triple, a sort first).
  if (pointers && technique === 'two-pointers' && fits(pointers[0])) return standard(pointers);
  // The question counts over the points spans cover: their sweep is the bar, whatever a guess's figure says.
  if (coverage && fits(coverage[0])) return standard(coverage);
  // The answer is a subset or an order of few items and nothing polynomial decides it: the search
  // over them is the bar, unless the method's own figure already searches them the same way (a
  // figure over subsets does not count the orders an order's search walks, nor the reverse).
  // A selection judged by its total alone carries that total down the choices, so re-checking each
  // subset over its n items is no longer the bar; a table over the subsets carries no total down.
  const carried =
    answer?.[0] === CARRIED_TOTAL && big === CHECKED_SUBSETS && technique !== 'dynamic-programming';
  if (answer && (carried || !searchesAlike(big, answer[0])) && fits(answer[0]))
    return {
      target: answer[0],
      reason: `The answer is made of the items themselves: ${answer[0]}${per}, ${answer[1]}.`,
    };
  // Too many orderings to try them all: the standard answer is a DP over which items are placed.
  const placed = overSets(asks) ?? PLACED;
  if (/n!/.test(big) && !fits(big) && fits(placed[0])) return standard(placed);
  // A DP or a search on an n x n table small enough for every subset of its rows works over those
  // subsets (who is already matched), not over the cells.
  const smallTable = input.shape.kind === 'one' && input.shape.square && EXPONENTIAL.test(limit);
  if (smallTable && SET_SEARCHES.includes(technique) && !EXPONENTIAL.test(big) && fits(placed[0]))
    return standard(placed);
  if (!fits(big)) {
    return {
      target: limit,
      reason: `The limits allow no more than ${limit}${per}, so that is what the intended solution runs in.`,
    };
  }
  // The guess only matters when it is weak, or when the two leading methods the page itself points
  // at disagree on how the work grows; two names for one walk (a tree and its search) agree.
  const methods = guesses.filter((guess) => !guess.baseRateOnly && !FAMILIES.includes(guess.id));
  const [first, second] = methods;
  const figureOf = (guess: TechniqueGuess) => figureFor(guess.id, input.shape, asks, aids)[0];
  const split = !!first && !!second && degree(figureOf(first), input) !== degree(figureOf(second), input);
  const weak = !!first && first === guesses[0] && first.confidence < WEAK_LEAD;
  // With nothing to go on, a judge's tight bound, or a bound small enough for a subset search,
  // still sets the bar; otherwise the method most problems like this one take is a better bar than
  // the limit alone.
  const intent = { input, limit, figure: big, asks, sizedLimits, items };
  if (guesses[0] && !isMethod(guesses[0])) {
    const sized = intendedByBounds(intent);
    if (sized) return withPer(sized, per, false);
    // Lists promised in order need no sort: two walks side by side compare them as they stand.
    const matched = guarantees.has('sorted') ? null : matchedOnce(input, limit, big, compares);
    if (matched) return { target: matched, reason: `${MATCHED_ONCE}${per}.` };
    return {
      target: big,
      reason: `Nothing on the page points at a method. The limits allow up to ${limit}${per}; problems like this are most often solved in ${big}, ${sameBigO(big, limit) ? 'the most the limits allow' : `so aim for that and settle for ${limit}`}.`,
    };
  }
  // A judge's tight bounds outweigh any guess that is not sure, or whose sure leader is a family
  // ("string" names the input, not a method), and a clear method's one pass over pairs the question
  // asks about; elsewhere only a weak or split guess gives way, and only to a subset search.
  const clear = sure && !!technique && !FAMILIES.includes(technique);
  const guessed = clear
    ? sizedIntent({ ...intent, leader: technique })
    : sizedLimits
      ? intendedByBounds(intent)
      : sure || !(weak || split)
        ? null
        : subsetIntent(intent);
  // The leader was called sure: once the bounds set another bar, the panel must not say so.
  if (guessed) return withPer(guessed, per, sure);
  return {
    ...standard([big, why]),
    ...(technique && !FAMILIES.includes(technique) ? { assumes: technique } : {}),
  };
}

/** The bar the bounds set, per test or per call where the input has several. */
function withPer(intended: Intended, per: string, overrules: boolean): ExpectedComplexity {
  return {
    target: intended.target,
    reason: intended.reason.replace(/\.$/, `${per}.`),
    ...(overrules ? { overrules: true as const } : {}),
  };
}
