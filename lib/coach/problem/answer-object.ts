import {
  asFewOf,
  chosen,
  fewestOf,
  freeOrder,
  LETTERS_REARRANGED,
  MODULO,
  mostOf,
  NAMED_KEY,
  NOT_ADDITIVE,
  ORDER_IRRELEVANT,
  ORDER_OF_ALL,
  OUTPUT_ORDER,
  onceEach,
  PRINTS,
  partOf,
  SPENDING_BOUND,
  splitInTwo,
  TOGGLES,
  TOTAL,
  takenOrLeft,
} from './answer-phrases';
import type { ConstraintFacts } from './constraints';
import { FIXED_PART, onlyCounted, totalTable } from './item-facts';
import { ANY_NUMBER_OF_EACH } from './knowledge/amounts';

/*
 * What the answer is made of. Some questions are about the input's items themselves: which of
 * them to take (a team, a bag, a set of packs), or in what order to lay all of them out (a row of
 * cards, a seating, a running order). Read from the items the statement counts ("n gifts", "N
 * sticker packs") and how the question refers to them ("some of the packs", "any group of
 * students", "all the cards in one row"), not from a list of story words: the same reading covers
 * dishes, songs and crates. With few items and no key that decides the order, the candidates are
 * what a search walks (every subset, every order); with many items an order is decided by a key.
 */

export type AnswerShape =
  /** Some of the items, each taken or left. */
  | 'selection'
  /** All of the items, in an order the question searches (a row, a seating, a running order). */
  | 'arrangement'
  /** All of the items in an order one key decides (fastest to slowest, increasing size). */
  | 'keyed'
  /** As many of the items as a bound on their total allows: the cheapest go first. */
  | 'cheapest';

export interface AnswerObject {
  shape: AnswerShape;
  /** The items as the statement names them: "sticker packs", "gifts". */
  items: string;
  /** How many there are at most, from the count's bound (0 when the statement bounds none). */
  count: number;
  /** The count's name in the statement: "N", "n". */
  name: string;
  /** A selection judged only by the total of its values: the total can be carried down a search. */
  additive: boolean;
  /** The answers are counted modulo a prime: too many to list one by one. */
  modulo: boolean;
  /**
   * Nothing tells one item from another: the statement gives only their count ("n friends"), so
   * any count of choices or orders of them is a formula in that count.
   */
  bare: boolean;
  /**
   * Too many items for their subsets, but their total is held to a bound small enough for a table
   * over every total up to it ("worth exactly target points", target <= 10^4).
   */
  tabled: boolean;
  /** The words the reading rests on, quoted in reasons. */
  words: string;
}

/** A count of items: "n gifts", "the n sticker packs", "n students". */
const COUNTED =
  /\b([a-z])\s+((?:[a-z]+\s)?(?:[a-z]{2,}(?:s|people|children|men|women)|people|children|men|women))\b(?!\s*(?:<|<=|=|>))/g;
/** Counted things that are the input's format or a measure, never items one chooses or lays out. */
const NOT_ITEMS =
  /^(?:integers?|numbers?|lines?|queries|test ?cases|cases|times|seconds|minutes|hours|bits|digits|letters|characters|operations|moves|steps|rows|columns|values|elements)$|^(?:positive|distinct|non-negative|space-separated|lowercase|uppercase|the)\b/;

/** Words that say the items differ, not what they are: "n distinct weights" counts weights. */
const UNLIKE = /^(?:distinct|different|pairwise distinct) (?=[a-z]{2,}s\b)/;

const singular = (noun: string) =>
  noun
    .replace(/ies$/, 'y')
    .replace(/(?<=[sxz]|ch|sh)es$/, '')
    .replace(/s$/, '');

/**
 * A plural followed by a word is the items and their verb ("children stands for a photo"), not a
 * modifier and its noun ("sticker packs").
 */
const pluralFirst = (noun: string) => {
  const [first = '', second] = noun.split(' ');
  return second && /^(?:[a-z]+[^s]s|people|children|men|women)$/.test(first) ? first : noun;
};

/** Whether a verb or a count takes the items themselves, beyond naming a part of them. */
const taken = (body: string, head: string) =>
  fewestOf(body, head) !== null || takenOrLeft(body, singular(head)) !== null || chosen(body, head) !== null;

/** A count of kinds names the items after it: "d kinds of packs", "n types of coins". */
const KINDS = /^(?:kinds|types|sorts|varieties)$/;
const KINDS_OF = /^ of ((?:[a-z]+ )?[a-z]{2,}s)\b/;
/** A count of places names the item each could hold: "n places where a tower could be built". */
const PLACES = /^(?:places|spots|sites|positions|locations|slots)$/;
const PLACE_FOR = /^ (?:where|for|at which) (?:a|an|one) (?:[a-z]+ )?([a-z]{2,})\b/;

/**
 * The items a count of kinds or of places stands for, read from the words after it: the packs of
 * "d kinds of packs", the towers of "n places where a radio tower could be built".
 */
function namedAfter(phrase: string, after: string): string | undefined {
  if (KINDS.test(phrase)) return KINDS_OF.exec(after)?.[1];
  const held = PLACES.test(phrase) ? PLACE_FOR.exec(after)?.[1] : undefined;
  return held
    ?.replace(/(?<=[^aeiou])y$/, 'ie')
    .replace(/(?<=[sxz]|ch|sh)$/, 'e')
    .concat('s');
}

/** A part of the items given by a count of them: "any k of the crates", "exactly m of them". */
const COUNT_OF = /\b(?:any|exactly) [a-z] of\b/;
/** The question asks for the best total itself: "the largest total value", "the minimum sum". */
const BEST_TOTAL =
  /\b(?:largest|smallest|maximum|minimum|greatest|least|highest|lowest) (?:possible )?(?:total|sum)\b/;
/**
 * Something besides the count bounds the total or the members: a target, a budget, a remainder.
 * "exactly k" and "at most k" are the count itself.
 */
const TOTAL_BOUNDED =
  /\b(?:exactly|at most|at least|no more than)\b(?! [a-z]\b)|\b(?:does not exceed|not exceed|divisible|equal|closest|differ|difference|budget|capacity|limit)\b/;

/** The sentences of a body: a reference and its order words must share one. */
const sentences = (body: string) => body.split(/\n+|(?<=[.;!?:])\s+/);

/**
 * The bound on the count a letter names, `n` in "1 <= n <= 15", or else on the length of the list
 * the items are named by: "plates.length <= 8" for "a string plates".
 */
function countOf(facts: ConstraintFacts, letter: string, head: string): { count: number; name: string } {
  const names = [letter, `${head}.length`, `|${head}|`, `len(${head})`];
  const variable = facts.variables.find((v) => v.names.some((name) => names.includes(name.toLowerCase())));
  return { count: variable?.upper ?? 0, name: variable?.names[0] ?? letter };
}

/**
 * What the question's answer is made of, when it is the items the statement counts: a selection
 * of some of them, all of them in an order a search must find, or all of them in an order one key
 * decides. Null when the answer is a number about the items that takes or orders none of them.
 */
export function readAnswerObject(body: string, facts: ConstraintFacts): AnswerObject | null {
  const found: AnswerObject[] = [];
  const asked: AnswerObject[] = [];
  const seen = new Set<string>();
  for (const match of body.matchAll(COUNTED)) {
    const [counted0, letter = '', phrase = ''] = match;
    const noun =
      namedAfter(phrase, body.slice((match.index ?? 0) + counted0.length)) ??
      pluralFirst(phrase.replace(UNLIKE, ''));
    const words = noun.split(' ');
    const head = words[words.length - 1] ?? '';
    if (seen.has(head) || NOT_ITEMS.test(head) || NOT_ITEMS.test(noun)) continue;
    seen.add(head);
    const counted = countOf(facts, letter, head);
    // Counted by the length of a list named after its head, the items are that list: "plates".
    const named = counted.name.toLowerCase() === letter ? noun : head;
    const object = readItems(body, head, named, counted, {
      bare: onlyCounted(facts, counted.name, body),
      table: totalTable(facts, counted),
    });
    if (!object) continue;
    found.push(object);
    // The items the question itself takes ("the fewest switches to press", "at most one pack of
    // each kind") outrank items a description mentions a part of ("wired to some of the lights").
    if (object.shape === 'selection' && taken(body, head)) asked.push(object);
  }
  const known = (objects: AnswerObject[]) => objects.find((object) => object.count > 0);
  // A lone letter before a plural is an article ("a courier starts"), counted by nothing.
  return known(asked) ?? known(found) ?? found[0] ?? lettersOf(body, facts);
}

/**
 * A string whose own letters are laid out in every order: the items are its letters, counted by
 * the string's length ("1 <= s.length <= 8", "a string of length n").
 */
function lettersOf(body: string, facts: ConstraintFacts): AnswerObject | null {
  const letters = LETTERS_REARRANGED.exec(body);
  if (!letters || !(ORDER_OF_ALL.test(body) || /\b(?:every|all|each|list|print|generate)\b/.test(body)))
    return null;
  const length = facts.variables.find(
    (v) => (v.upper ?? 0) > 0 && v.names.some((name) => /\.length$|^\|\w+\|$|^n$/i.test(name)),
  );
  if (!length) return null;
  return {
    shape: 'arrangement',
    items: 'letters',
    count: length.upper ?? 0,
    name: length.names[0] ?? 'n',
    additive: false,
    modulo: MODULO.test(body),
    bare: false,
    tabled: false,
    words: letters[0],
  };
}

function readItems(
  body: string,
  head: string,
  noun: string,
  counted: { count: number; name: string },
  known: { bare: boolean; table: boolean },
): AnswerObject | null {
  const single = singular(head);
  const refer = new RegExp(`\\b(?:${head}|${single})\\b`);
  const base = { items: noun, ...counted, modulo: MODULO.test(body), bare: known.bare, tabled: false };
  const printed: string[] = [];
  for (const sentence of sentences(body)) {
    if (!refer.test(sentence)) continue;
    const keyed = NAMED_KEY.exec(sentence);
    if (keyed && PRINTS.test(sentence)) return { ...base, shape: 'keyed', additive: false, words: keyed[0] };
    const output = OUTPUT_ORDER.exec(sentence);
    if (output && PRINTS.test(sentence)) printed.push(output[0]);
    const ordered = freeOrder(sentence, head);
    if (ordered !== null && !ORDER_IRRELEVANT.test(sentence) && !NAMED_KEY.test(body))
      return { ...base, shape: 'arrangement', additive: false, words: ordered };
  }
  const whole = ORDER_OF_ALL.exec(body);
  if (whole && !ORDER_IRRELEVANT.test(body) && !NAMED_KEY.test(body))
    return { ...base, shape: 'arrangement', additive: false, words: whole[0] };
  const part =
    partOf(body, head) ??
    fewestOf(body, head) ??
    takenOrLeft(body, single) ??
    chosen(body, head) ??
    splitInTwo(body, head, single) ??
    onceEach(body, head, single) ??
    (ANY_NUMBER_OF_EACH.test(body) ? null : asFewOf(body, head));
  if (part === null) {
    // With nothing chosen or searched, an order the items are printed in is their order by a key.
    const [words] = printed;
    return words ? { ...base, shape: 'keyed', additive: false, words } : null;
  }
  const additive = (TOTAL.test(body) || TOGGLES.test(body)) && !NOT_ADDITIVE.test(body);
  // As many of the items as a budget allows, each judged by nothing but what it adds to the total:
  // the cheapest first is never worse, so the items are sorted by cost, not searched.
  const most = mostOf(body, head);
  if (most !== null && SPENDING_BOUND.test(body) && !NOT_ADDITIVE.test(body))
    return { ...base, shape: 'cheapest', additive: true, words: most };
  // A fixed number of the items for the largest (or smallest) total, with nothing else to meet:
  // the k best values are the answer, so the items are sorted by value, not searched.
  const best = COUNT_OF.test(part) ? BEST_TOTAL.exec(body) : null;
  if (additive && best && !TOTAL_BOUNDED.test(body))
    return { ...base, shape: 'keyed', additive, words: `by value for the ${best[0]}` };
  // A total held to a target or a capacity small enough to table, by a choice of any size.
  const tabled = additive && known.table && TOTAL_BOUNDED.test(body) && !FIXED_PART.test(part);
  return { ...base, shape: 'selection', additive, tabled, words: part };
}

/** The most items whose every subset a search can walk (2^20 = 10^6), and whose every order (10! = 3.6 * 10^6). */
const MOST_SUBSETS = 20;
const MOST_ORDERS = 10;
/** The most items a table over the set already placed can order (16^2 * 2^16 = 1.7 * 10^7). */
const MOST_PLACED = 16;
/** The most items whose subsets two halves can list (2^20 each): meet in the middle. */
const MOST_HALVED = 40;

export type AnswerSearch =
  /** Every subset, each item in or out. */
  | 'subsets'
  /** Every order of the items, one placed after another. */
  | 'orders'
  /** Too many orders to list: a table over which items are already placed (a bitmask DP). */
  | 'placed'
  /** Too many subsets to list: the subsets of each half, one half sorted and searched. */
  | 'halves'
  /** Far too many orders to list, counted modulo a prime: factorials over the items' count. */
  | 'factorials';

/**
 * How the answer's candidates are searched when nothing polynomial decides them: few items are
 * tried every way, a few more are ordered by a table over the set placed so far, up to forty are
 * split into halves. Null for a key-decided order, many items, or an unbounded count.
 */
export function answerSearch(answer: AnswerObject | null | undefined): AnswerSearch | null {
  if (!answer || answer.count <= 0) return null;
  // Far more orders than any search lists, counted modulo a prime: factorials up to the count.
  if (answer.shape === 'arrangement' && answer.count > MOST_PLACED && answer.modulo) return 'factorials';
  // Items told apart by nothing but their number are counted by a formula in that number.
  if (answer.bare) return null;
  if (answer.shape === 'selection')
    return answer.count <= MOST_SUBSETS
      ? 'subsets'
      : answer.count <= MOST_HALVED && answer.additive
        ? 'halves'
        : null;
  if (answer.shape === 'arrangement')
    return answer.count <= MOST_ORDERS ? 'orders' : answer.count <= MOST_PLACED ? 'placed' : null;
  return null;
}
