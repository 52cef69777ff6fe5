import {
  ALPHABET_RELATIONS,
  consistsOfSymbols,
  FIXED_ALPHABET,
  FIXED_ALPHABET_IN_PROSE,
  HEDGED_CHARACTERS,
  LOWERCASE,
  LOWERCASE_IN_PROSE,
  OTHER_CHARACTERS,
} from './alphabet-promises';
import { ANSWER_EXISTS } from './answer-promises';
import type { ConstraintFacts } from './constraints';
import { isElementValue, isLinkOrOperationCount, isSize } from './counts';
import { promisesDistinct } from './distinct-promises';
import {
  ACYCLIC,
  ASKS_TO_CONNECT,
  CONNECTED,
  DISTINCT_ENDS,
  LOOSE_ENDS,
  MAY_BE_DISCONNECTED,
  N_MINUS_ONE_LINKS,
  NEIGHBOURS_DISTINCT,
  PAIRS_DISTINCT,
  REPEATED_EDGES,
  SIMPLE_GRAPH,
  TREE,
} from './graph-promises';
import type { Guarantee } from './guarantees';
import { sortedThenRotated } from './knowledge/orders';
import { orderInProse } from './order-promises';
import { lengthAtLeastOne, lettersAtLeastTwo, presenceInProse, signInProse } from './prose-promises';
import { ROTATION, SORTED, SORTED_BY_OTHER_KEY, STRICT_ORDER } from './sorted-wordings';

/** The statement is about a graph: its links have a name, so pairs and "a != b" speak of them. */
const GRAPH =
  /\b(?:edges?|graph|vertex|vertices|roads?|flights?|cables?|links?|connections?|friends?|friendships?|rivals?|rivalries|prerequisites?|bridges?|wires?|channels?|routes?)\b/;

/** A sentence that does not promise anything about the input: a condition, a demand on the answer, a "may", a question. */
const NOT_A_PROMISE =
  /^(?:return|find|determine|compute|output|print|count|check|calculate|design|implement|split|partition|choose|pick|remove|delete|insert|sort|you need)\b|\bif\b(?! (?:necessary|needed|required)\b)|\bwhether\b|\bunless\b|\botherwise\b|\bnot necessarily\b|\b(?:should|must|needs? to|have to|has to)\b|(?<!generated |given |guaranteed |constructed |made |laid |built |wired |(?:is|are|was|were) \w+ (?:out |up |round |around )?)\b(?:such|so) that\b|\b(?:may|might) (?:be|have|contain|include)\b|\?\s*$/;

/** A value named by its index in a list: "h_i", "a_1", "nums[i]". */
const INDEXED_VALUES = /\b[a-z]\w*(?:_(?:[ijk]|1)\b|\[[ijk]\])/;

/**
 * What a promised order is by, when the statement names a key ("sorted by id", "in non-decreasing
 * order of arrival_i"): the words after "by", or null when the values themselves are in order.
 */
export function sortedKey(body: string): string | null {
  for (const sentence of sentences(body)) {
    if (NOT_A_PROMISE.test(sentence) || !SORTED.test(sentence)) continue;
    const key = SORTED_BY_OTHER_KEY.exec(sentence)?.[1];
    if (key) return key.replace(/[.\]]+$/, '').replace(/_i$|\[i$/, '');
  }
  return null;
}

/** "Each line holds two integers s and e" and "s != e": the two ends of one link differ. */
function linkEndsDiffer(body: string): boolean {
  return [...body.matchAll(/\b([a-z]) ?!= ?([a-z])\b/g)].some(([, a, b]) =>
    new RegExp(`\\btwo (?:integers|numbers|values) ${a} and ${b}\\b`).test(body),
  );
}

/**
 * A list spelled out by its first items and its last ("h_1, h_2, ..., h_n", "a_1,...,a_n"), as
 * judges write the values a promise is about: the one name every item shares.
 */
const ENUMERATION =
  /\b([a-z]\w*?)_([01])(?:, ?\1_\d)*,? ?\.\.\.,? ?\1_(?:[a-z]|\d+|\(?[a-z] ?[-+] ?1\)?)(?![\w(])/g;

/** The statement's sentences and constraint lines, each one place a promise can be made. */
function sentences(body: string): string[] {
  return (
    body
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
      // An enumerated list is all of its items: "h_1, h_2, ..., h_n are distinct" says "all h_i are".
      .replace(ENUMERATION, 'all $1_i')
      .replace(/\b(i\.e|e\.g)\./g, (abbreviation) => abbreviation.replace(/\./g, ''))
      // Normalisation reads "there is at most one road" as a bound ("there <= one road"): a
      // promise said in words is read in words.
      .replace(/<= (one|two|once)\b/g, 'at most $1')
      .replace(/>= (one|two)\b/g, 'at least $1')
      // Codeforces' "small Latin letters" are lowercase ones, as its "capital letters" are uppercase.
      .replace(/\bsmall (?=(?:english |latin )?letters?\b)/g, 'lowercase ')
      // "You cannot return to a hut" is a promise, not a demand: a verb after a modal stays in it.
      // A symbol named bare ("consisting of . and #") is no full stop: the sentence goes on.
      // A "may" joined to a promise ("all t_i are pairwise distinct, and some may be below zero")
      // is a sentence of its own, so it no longer hides the promise.
      // A demand made of the solver or of the answer ("…, and you must merge them", "…, and the
      // answer must be sorted") is a sentence of its own: the promise before it still holds.
      .split(
        /\n|(?<=(?<!\b(?:of|and|or|either|is|are) ?)[.;!?])\s+|,? (?:and|but|although|though|while|yet|even though) (?=(?:\w+ ){1,3}(?:may|might|can|could|(?:are|is) not (?:necessarily|always|all))\b)|(?<!\b(?:cannot|can't|not|never|to|can|could|will|would)),? (?=(?:and )?(?:return|find|determine|decide|compute|count|print|output)\b)|,? (?=(?:(?:and|but|so|then) )?(?:you|we|the (?:answer|result|output)|your (?:answer|result|output)) (?:must|should|need to|have to|has to)\b)| (?=(?:and|but) (?:must|should|needs? to|has to|have to)\b)/,
      )
      // A promise is one short sentence; a page without full stops must not make every pattern
      // scan all of it.
      .map((sentence) =>
        sentence
          .slice(0, 400)
          .trim()
          .replace(/^(?:note: |it is |it's )/, ''),
      )
      .filter(Boolean)
  );
}

/** Whether a sentence promises something: no condition, no demand, no "may". */
const isPromise = (sentence: string) => !NOT_A_PROMISE.test(sentence);

/** Whether the promising sentences put the values in order: "sorted", a chain, or item against item. */
const ordersValues = (promises: readonly string[], stepped = orderInProse(promises)) =>
  stepped !== null || promises.some((sentence) => SORTED.test(sentence));

/** Whether the statement promises its values in order, as `readGuarantees` reads it (sorted or rotated). */
export const promisesOrder = (body: string) => ordersValues(sentences(body).filter(isPromise));

/** Values promised in order and turned at a pivot, or a sorted list said to be cut and swapped. */
const turned = (ordered: boolean, body: string) =>
  (ordered && ROTATION.test(body)) || sortedThenRotated(body);

/** Whether the statement's list is sorted and turned at a pivot, as `readGuarantees` reads it. */
export const promisesRotation = (body: string) => turned(promisesOrder(body), body);

/**
 * The promises made in words, one sentence at a time, from the statement's sentences (`all`) and
 * those of them that promise something.
 */
function promisedInWords(body: string, all: readonly string[], promises: readonly string[]): Set<Guarantee> {
  const promised = new Set<Guarantee>(presenceInProse(promises));
  const graph = GRAPH.test(body);
  const said = (patterns: RegExp[], among = promises) =>
    among.some((sentence) => patterns.some((pattern) => pattern.test(sentence)));
  // Sorted and then rotated at a pivot: not in order, but one half around any midpoint is.
  // An order told item against item ("each reading is higher than the one before it") is one too.
  const stepped = orderInProse(promises);
  const ordered = ordersValues(promises, stepped);
  if (turned(ordered, body)) promised.add('rotated');
  else if (ordered) {
    promised.add('sorted');
    // A strict order of the values themselves has no ties; an order by another key (ids sorted
    // strictly, values free) says nothing about repeated values.
    if (
      stepped === 'strict' ||
      promises.some((sentence) => STRICT_ORDER.test(sentence) && !SORTED_BY_OTHER_KEY.test(sentence))
    )
      promised.add('distinct');
  }
  if (promisesDistinct(promises, graph)) promised.add('distinct');
  if (said(ANSWER_EXISTS)) promised.add('answer-exists');
  if (
    (said([LOWERCASE], all) || said(LOWERCASE_IN_PROSE)) &&
    !all.some((sentence) => OTHER_CHARACTERS.test(sentence))
  )
    promised.add('lowercase-only');
  // The constraint lines are read whole ("s consists of digits only and has no leading zeros"),
  // except where a modal leaves the characters open ("s may contain digits").
  const unhedged = all.filter((sentence) => !HEDGED_CHARACTERS.test(sentence));
  if (
    said(FIXED_ALPHABET, unhedged) ||
    said([...FIXED_ALPHABET_IN_PROSE, ...ALPHABET_RELATIONS]) ||
    consistsOfSymbols(promises, body)
  )
    promised.add('fixed-alphabet');
  const tree = said(TREE);
  const joined = tree || (said(CONNECTED) && !all.some((sentence) => ASKS_TO_CONNECT.test(sentence)));
  if (joined && !all.some((sentence) => MAY_BE_DISCONNECTED.test(sentence))) promised.add('connected');
  if (tree || said([ACYCLIC]) || (promised.has('connected') && N_MINUS_ONE_LINKS.test(body)))
    promised.add('acyclic');
  const simple = said([SIMPLE_GRAPH], all);
  if (simple || said(DISTINCT_ENDS, all) || (graph && said(LOOSE_ENDS, all)) || linkEndsDiffer(body))
    promised.add('no-self-loops');
  if (simple || said(REPEATED_EDGES, all) || (graph && said([PAIRS_DISTINCT, NEIGHBOURS_DISTINCT], all)))
    promised.add('no-repeated-edges');
  return promised;
}

/**
 * What the statement promises about its input, read from its bounds and its own words: an
 * edge case one of these rules out is noise an interviewer would call wrong.
 */
export function readGuarantees(facts: ConstraintFacts, body: string): Set<Guarantee> {
  const promised = new Set<Guarantee>();
  // One split of the statement serves every question below: splitting it is much of their cost.
  const all = sentences(body);
  const promises = all.filter(isPromise);
  const sizes = facts.variables.filter((v) => isSize(v) && v.lower !== undefined && !v.boundedBy);
  // At least one, or two, of the items the input is about: the sizes that are not links or
  // operations ("1 <= n" islands beside "0 <= m" ferries is never an empty input).
  const counted = sizes.filter((v) => !isLinkOrOperationCount(facts, v, body));
  const items = counted.length > 0 ? counted : sizes;
  if (items.length > 0 && items.every((v) => (v.lower ?? 0) >= 1)) promised.add('non-empty');
  // A length said at least one in words, where no bound lets the items be none.
  if (lengthAtLeastOne(promises) && items.every((v) => (v.lower ?? 0) >= 1)) promised.add('non-empty');
  if (items.length > 0 && items.every((v) => (v.lower ?? 0) >= 2)) promised.add('min-two');
  const dimensions = facts.variables.filter((v) => v.role === 'dimension');
  if (dimensions.length >= 2 && dimensions.every((v) => (v.lower ?? 0) >= 2)) promised.add('grid-min-two');
  // Both sides said at least two in words, by the letters the bounds name the sides with.
  const side = (letter: string) =>
    dimensions.some((v) => v.names.some((name) => name.toLowerCase() === letter));
  if (lettersAtLeastTwo(promises).some((pair) => pair.every(side))) promised.add('grid-min-two');
  const nodes = facts.variables.find((v) => v.names.some((name) => /\bnodes?\b/.test(name)));
  if (nodes && (nodes.lower ?? 0) >= 1) promised.add('root-exists');
  if (/\b(?:root|head) (?:is )?(?:never|not) (?:null|empty|missing)\b|\bnon-empty (?:tree|list)\b/.test(body))
    promised.add('root-exists');
  // A name with no bound at all ("A_j" in "A_i != A_j (i != j)", "A_N" in a chain) says nothing
  // of the values' sign.
  const elements = facts.variables.filter(
    (v) => isElementValue(v) && (v.lower !== undefined || v.upper !== undefined),
  );
  if (elements.length > 0 && elements.every((v) => v.lower !== undefined && v.lower >= 1))
    promised.add('positive');
  // A graph's only magnitudes are often its weights, named by a bare letter ("u v w", "1 <= w <= 350").
  const weights = facts.variables.filter(
    (v) =>
      v.role === 'value' &&
      v.names.some((name) => /^(?:w|c|d|weight|cost|len|length|dist|distance|time)(?:_?i)?$/i.test(name)),
  );
  // Only in a graph are such letters the weights of its links ("d" is a distance the question
  // names elsewhere).
  const graphWeights = GRAPH.test(body) ? weights : [];
  if (
    elements.length === 0 &&
    graphWeights.length > 0 &&
    graphWeights.every((v) => v.lower !== undefined && v.lower >= 1)
  )
    promised.add('positive');
  if (elements.length > 0 && elements.every((v) => v.lower !== undefined && v.lower >= 0))
    promised.add('non-negative');
  // A sign said in words ("every price is a positive integer") where no bound of the values says
  // otherwise: a bound that allows less wins.
  const sign = signInProse(promises);
  const least = sign === 'positive' ? 1 : 0;
  if (sign && elements.every((v) => v.lower === undefined || v.lower >= least)) {
    promised.add('non-negative');
    if (sign === 'positive') promised.add('positive');
  }
  // An input of numbers alone ("1 <= n <= 2^31 - 1"): their own lower bounds are the promise.
  const scalars = facts.variables.filter((v) => v.role === 'value' && v.lower !== undefined);
  // Values named by their index ("all h_i are distinct", "a[i]") are a list, even when no bound
  // calls its length a size: a bound on some other name says nothing of their sign.
  const listed =
    facts.variables.some((v) => isSize(v) || v.role === 'item-size') || INDEXED_VALUES.test(body);
  if (!listed && elements.length === 0 && graphWeights.length === 0 && scalars.length > 0) {
    if (scalars.every((v) => (v.lower ?? 0) >= 1)) promised.add('positive');
    if (scalars.every((v) => (v.lower ?? 0) >= 0)) promised.add('non-negative');
  }
  if (/\bnon-?empty\b(?! subarray| substring| subsequence| subset)/.test(body) && sizes.length === 0)
    promised.add('non-empty');
  for (const guarantee of promisedInWords(body, all, promises)) promised.add(guarantee);
  return promised;
}
