import type { ConstraintFacts } from './constraints';
import type { InputShape } from './shape';

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
  | 'keyed';

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
  /** The words the reading rests on, quoted in reasons. */
  words: string;
}

/** A count of items: "n gifts", "the n sticker packs", "n students". */
const COUNTED =
  /\b([a-z])\s+((?:[a-z]+\s)?(?:[a-z]{2,}(?:s|people|children|men|women)|people|children|men|women))\b(?!\s*(?:<|<=|=|>))/g;
/** Counted things that are the input's format or a measure, never items one chooses or lays out. */
const NOT_ITEMS =
  /^(?:integers?|numbers?|lines?|queries|test ?cases|cases|times|seconds|minutes|hours|bits|digits|letters|characters|operations|moves|steps|rows|columns|values|elements)$|^(?:positive|distinct|non-negative|space-separated|lowercase|uppercase|the)\b/;

/** A part of the items, named by a quantifier or a group noun: "some of the packs", "any group of students". */
const partOf = (head: string) =>
  new RegExp(
    `\\b(?!(?:some|any) pairs? of)(?:some|any|several|which|a few|none|each subset|a subset|(?:any|a|one|each|every) (?:non-empty )?(?:group|set|subset|collection|combination|selection|choice|team|bundle|bag|committee|squad|sample|batch|handful)|(?:different |distinct |possible )?(?:groups|subsets|collections|combinations|selections|bundles|teams)) (?:\\w+ ){0,5}?of (?:\\w+ ){0,5}?${head}\\b`,
  );
/** The fewest or most items the question lets one take: "the fewest jars the cook can pack". */
const fewestOf = (head: string) =>
  new RegExp(
    `\\b(?:fewest|smallest number of|minimum number of|least number of|largest number of|maximum number of|most) (?:\\w+ ){0,1}${head}\\b[^.]{0,40}?\\b(?:can|could|may|must|needs? to|has to|have to|to) (?:\\w+ ){0,2}?(?:buy|pack|choose|pick|take|select|keep|bring|invite|hire|carry|use|send|put|include|load|order)\\b`,
  );
/**
 * Each item on its own is taken or left: "each topping is on or off", "eats each dish or skips
 * it", "for every coupon he decides whether to hand it in or keep it".
 */
const takenOrLeft = (single: string) =>
  new RegExp(
    `\\b(?:each|every) ${single}\\b[^.]{0,40}?\\bor (?:\\w+ ){0,2}?(?:not|out|off|left|leaves?|skips?|skipped|keeps?|ignores?|drops?|discards?)\\b`,
  );
/** A verb of choosing whose object is the items themselves: "choose some toppings", "picks songs". */
const chosen = (head: string) =>
  new RegExp(
    `\\b(?:choose|chooses|choosing|pick|picks|picking|select|selects|selecting|buy|buys|packs?|take|takes|invite|invites|hire|hires|put|puts) (?:some|any|several|a few|a subset of|a set of|any number of|a number of)? ?(?:of )?(?:the |these |his |her |your |their )?(?:\\w+ )?${head}\\b`,
  );

/**
 * An order the solver chooses for the items, in the sentence that names them: an order left free
 * ("in any order", "the order in which they perform", "every arrangement of the cards"), or the
 * items placed by a verb into one sequence ("lay all the cards in one row"). Items that already
 * stand in a row ("n lamps in a row") are the input's layout, not an order to find.
 */
const freeOrder = (head: string) =>
  new RegExp(
    `\\b(?:in (?:any|some|every) (?:order|sequence)|(?:any|every|each|which|what|an?|the) (?:possible )?(?:orders?|orderings?|arrangements?|permutations?|sequences?) (?:in which|of (?:all )?(?:the )?(?:\\w+ )?${head}|for (?:all )?(?:the )?(?:\\w+ )?${head})|(?:re)?arrang(?:e|es|ing) (?:all )?(?:of )?(?:the )?(?:\\w+ )?${head}|(?:lay|lays|laid|laying|place|places|placing|put|puts|putting|seat|seats|seating|line up|lines up|lining up|stack|stacks|stacking|hang|hangs|schedule|schedules|order|orders|line) (?:all |every one |each )?(?:of )?(?:the )?(?:[a-z] )?(?:\\w+ )?${head}\\b[^.]{0,30}?\\b(?:in|into|on) (?:a|one) (?:single |long |straight )?(?:row|line|sequence|queue|column|stack)|(?:lay|place|put|stack|line up) (?:all )?(?:of )?(?:the )?(?:\\w+ )?${head} side by side)\\b`,
  );
/**
 * An order a key the statement names decides: "sorted by age", "from the fastest to the slowest",
 * "in increasing order of height". The items are sorted, whatever else the statement asks.
 */
const NAMED_KEY =
  /\bfrom (?:the )?\w+est (?:\w+ )?to (?:the )?\w+est\b|\bin (?:strictly )?(?:increasing|decreasing|ascending|descending|non-decreasing|non-increasing) order of\b|\b(?:sorted|ordered|ranked) by\b/;
/**
 * The order the output is written in, with no key named: "print the seatings in lexicographic
 * order", "the chosen numbers in increasing order". It says how answers are printed, not how the
 * items are found: an order of the items themselves only when nothing else is asked of them.
 */
const OUTPUT_ORDER =
  /\bin (?:strictly )?(?:increasing|decreasing|ascending|descending|non-decreasing|non-increasing|alphabetical|lexicographic(?:al)?) order\b/;
const PRINTS = /\b(?:print|return|output|list|sort|arrange|order|rank)\w*\b/;
/**
 * An order of all the items the question searches, said of the order itself rather than of the
 * items by name (the items may be "them" here): an order with a condition ("in an order where each
 * name starts with..."), the orders the question counts or lists ("the number of orders in which",
 * "every seating"), every item used once in a sequence ("each exactly once, one after another"),
 * the ways the items can stand in one line, or all of them asked to stand in one row.
 */
const ORDER_OF_ALL = new RegExp(
  [
    '\\b(?:in|find|is there|exists?|such) an? (?:\\w+ )?order (?:where|such that|so that|in which)\\b',
    '\\b(?:number of|count(?: the)?|all|every|each|list(?: all| every)?|print(?: all| every)?) (?:the )?(?:possible |valid |different |distinct )?(?:orders|orderings|arrangements|permutations|rearrangements|line-?ups|seatings)\\b(?! of (?:length|size))',
    '\\beach exactly once\\b[^.]{0,60}?\\b(?:one after (?:another|the other)|in (?:an?|some|any) order|in (?:a|one) (?:row|line|sequence|queue))\\b',
    '\\b(?:one after (?:another|the other)|in (?:a|one) (?:row|line|sequence|queue))\\b[^.]{0,60}?\\beach exactly once\\b',
    '\\bways (?:\\w+ ){0,4}?(?:to |can |could )(?:line (?:\\w+ ){0,3}?up|stand|sit|queue|be (?:arranged|ordered|seated|lined up))\\b',
    '\\b(?:must|will|should|to|can|could) (?:all )?(?:stand|sit|line up|queue up|be (?:seated|lined up|arranged|placed)) (?:\\w+ ){0,2}?(?:in|into|on) (?:a|one|the) (?:single |long |straight )?(?:row|line|queue|column|bench)\\b',
  ].join('|'),
);
/** The letters of a string as the items: "every string that can be created using its characters". */
const LETTERS_REARRANGED =
  /\b(?:using|use|uses|from|with) (?:all )?(?:of )?(?:its|the|their|all the) (?:\w+ )?(?:characters|letters|tiles)\b|\brearrang\w* (?:all )?(?:of )?(?:the |its )?(?:characters|letters)\b|\b(?:rearrangements|permutations|anagrams) of (?:the |a |this )?(?:given )?(?:string|word)\b/;
/** An order that does not matter turns an order into a set: "the order in which they are picked does not matter". */
const ORDER_IRRELEVANT =
  /\b(?:return|print|output)\w* (?:\w+ ){0,4}in any order\b|\border (?:in which )?(?:\w+ ){0,4}(?:does not|doesn't|do not|don't) matters?\b|\bin any order\b[^.]{0,30}\bsame\b/;
/** A selection judged by other than its total: a cover, a conflict, a spread, every member. */
const NOT_ADDITIVE =
  /\bevery (?:one of )?(?:the )?(?:\w+ ){0,3}(?:is|are) (?:in|covered|given|present)\b|\bat least one\b|\bno two\b|\b(?:quarrel|clash|conflict|rival|feud|enem|hate)\w*|\bhardest\b|\beasiest\b|\b(?:maximum|minimum|largest|smallest) (?:and|minus)\b|\bcovers?\b|\bcovering\b/;
const TOTAL = /\b(?:sum|total|totals|add up|adds up|summing)\b/;

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
  const seen = new Set<string>();
  for (const [, letter = '', phrase = ''] of body.matchAll(COUNTED)) {
    const noun = pluralFirst(phrase);
    const words = noun.split(' ');
    const head = words[words.length - 1] ?? '';
    if (seen.has(head) || NOT_ITEMS.test(head) || NOT_ITEMS.test(noun)) continue;
    seen.add(head);
    const counted = countOf(facts, letter, head);
    // Counted by the length of a list named after its head, the items are that list: "plates".
    const named = counted.name.toLowerCase() === letter ? noun : head;
    const object = readItems(body, head, named, counted);
    if (object) found.push(object);
  }
  // A lone letter before a plural is an article ("a courier starts"), counted by nothing.
  return found.find((object) => object.count > 0) ?? found[0] ?? lettersOf(body, facts);
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
    words: letters[0],
  };
}

function readItems(
  body: string,
  head: string,
  noun: string,
  counted: { count: number; name: string },
): AnswerObject | null {
  const single = singular(head);
  const refer = new RegExp(`\\b(?:${head}|${single})\\b`);
  const base = { items: noun, ...counted };
  const printed: string[] = [];
  // Built once per head, not once per sentence: compiling the pattern was most of this walk.
  const order = freeOrder(head);
  for (const sentence of sentences(body)) {
    if (!refer.test(sentence)) continue;
    const keyed = NAMED_KEY.exec(sentence);
    if (keyed && PRINTS.test(sentence)) return { ...base, shape: 'keyed', additive: false, words: keyed[0] };
    const output = OUTPUT_ORDER.exec(sentence);
    if (output && PRINTS.test(sentence)) printed.push(output[0]);
    const ordered = order.exec(sentence);
    if (ordered && !ORDER_IRRELEVANT.test(sentence) && !NAMED_KEY.test(body))
      return { ...base, shape: 'arrangement', additive: false, words: ordered[0] };
  }
  const whole = ORDER_OF_ALL.exec(body);
  if (whole && !ORDER_IRRELEVANT.test(body) && !NAMED_KEY.test(body))
    return { ...base, shape: 'arrangement', additive: false, words: whole[0] };
  const part = [partOf(head), fewestOf(head), takenOrLeft(single), chosen(head)]
    .map((pattern) => pattern.exec(body))
    .find((match) => match !== null);
  if (!part) {
    // With nothing chosen or searched, an order the items are printed in is their order by a key.
    const [words] = printed;
    return words ? { ...base, shape: 'keyed', additive: false, words } : null;
  }
  const additive = TOTAL.test(body) && !NOT_ADDITIVE.test(body);
  return { ...base, shape: 'selection', additive, words: part[0] };
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
  | 'halves';

/**
 * How the answer's candidates are searched when nothing polynomial decides them: few items are
 * tried every way, a few more are ordered by a table over the set placed so far, up to forty are
 * split into halves. Null for a key-decided order, many items, or an unbounded count.
 */
export function answerSearch(answer: AnswerObject | null | undefined): AnswerSearch | null {
  if (!answer || answer.count <= 0) return null;
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

/** The standard figure of each search, and why, over n items. */
export function searchFigure(search: AnswerSearch, answer: AnswerObject): [string, string] {
  const items = answer.items;
  if (search === 'subsets')
    return answer.additive
      ? ['O(2^n)', `each of the ${items} is in or out, and the running total is carried down the choices`]
      : [
          'O(n * 2^n)',
          `each of the ${items} is in or out: every subset as a bitmask, each checked over its members`,
        ];
  if (search === 'orders') return ['O(n * n!)', `every order of the ${items}, built one item at a time`];
  if (search === 'placed')
    return [
      'O(n^2 * 2^n)',
      `a table over which ${items} are already placed and the last one, each extended by one more`,
    ];
  return [
    'O(n * sqrt(2^n))',
    `the subset totals of each half of the ${items} (2^(n/2) each), one half sorted and searched for what the other needs`,
  ];
}

/**
 * The input as a search over the answer's items counts it: one size, the items, whatever links or
 * letters the statement gives beside them (pairs that quarrel, the letters each pack holds).
 */
export function overItems(input: InputShape, answer: AnswerObject): InputShape {
  const { shape } = input;
  if (shape.kind === 'one' && shape.n.bound === answer.count) return input;
  return {
    ...input,
    shape: { kind: 'one', n: { letter: 'n', name: answer.name, bound: answer.count }, square: false },
  };
}
