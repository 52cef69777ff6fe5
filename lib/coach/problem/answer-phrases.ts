/*
 * The phrases that say what a question does with the items it counts (answer-object.ts): takes
 * some of them, orders all of them, or orders them by a key; and whether a selection is judged by
 * its total alone.
 */

/**
 * A phrase about one noun, compiled once for every noun: the noun rides in front of the text it is
 * looked for in, and the phrase names it as `\k<noun>`. A pattern built around each page's noun
 * cost V8 ~20 ms to compile (the largest unrolls to ~180 KB of machine code), page after page, and
 * its code pushed the process past V8's budget for regexp code, after which V8 compiles every
 * later pattern without optimisation: the coach's other patterns ran two to three times slower.
 * Several nouns ride in front the same way, each named by its own group (`\k<one>` beside `\k<noun>`).
 * The lazy skip tries the phrase at each position in turn, as an unanchored search does, so the
 * phrase found is the same leftmost one the noun's own pattern found.
 */
export const aboutNoun = (phrase: string, names: readonly string[] = ['noun']) =>
  new RegExp(`^${names.map((name) => `(?<${name}>[^\\0]*)\\0`).join('')}[\\s\\S]*?(?<said>${phrase})`);

/**
 * The words of a phrase about a noun, or about several in the order `aboutNoun` names them (words
 * never holding `\0`), or null.
 */
export const saidAbout = (pattern: RegExp, nouns: string | readonly string[], text: string): string | null =>
  pattern.exec(`${[nouns].flat().join('\0')}\0${text}`)?.groups?.said ?? null;

/** A part of the items, named by a quantifier or a group noun: "some of the packs", "any group of students". */
const PART_OF = aboutNoun(
  `\\b(?!(?:some|any) pairs? of)(?:some|any|several|which|a few|none|each subset|a subset|(?:any|a|one|each|every) (?:non-empty )?(?:group|set|subset|collection|combination|selection|choice|team|bundle|bag|committee|squad|sample|batch|handful)|(?:different |distinct |possible )?(?:groups|sets|subsets|collections|combinations|selections|bundles|teams)) (?:\\w+ ){0,5}?of (?:\\w+ ){0,5}?\\k<noun>\\b`,
);
export const partOf = (text: string, head: string) => saidAbout(PART_OF, head, text);
/**
 * Verbs that take an item into the answer, in the forms a question puts after "can", "to" or "must
 * be": buying, packing, pressing a switch, building a tower, a topping going on a pizza.
 */
const TAKING_VERBS = [
  'buy|bought|pack|packed|choose|chosen|pick|picked|take|taken|select|selected|keep|kept|bring|brought',
  'invite|invited|hire|hired|carry|carried|use|used|send|sent|put|include|included|load|loaded|order|ordered',
  'press|pressed|flip|flipped|toggle|toggled|build|built|open|opened|install|installed|plant|planted|place|placed',
  'hang|hung|wear|worn|eat|eaten|play|played|go|fit|join|joined',
].join('|');
/** The items counted inside one chosen group: "the largest number of students in such a group". */
const IN_ONE_GROUP = String.raw` (?:possible )?(?:in|on|at) (?:such an?|one such|one|the|this|that) (?:\w+ )?(?:group|team|party|crew|squad|committee|set|selection|panel|gathering)\b`;
/**
 * The fewest or most items the question lets one take: "the fewest jars the cook can pack", "the
 * fewest switches to press", "the largest number of toppings that can go on one pizza".
 */
const FEWEST_OF = aboutNoun(
  `\\b(?:fewest|(?:smallest|minimum|least|largest|maximum) (?:possible )?number of|most) (?:\\w+ ){0,1}\\k<noun>\\b(?:[^.]{0,40}?\\b(?:can|could|may|must|needs? to|has to|have to|to) (?:\\w+ ){0,2}?(?:${TAKING_VERBS})\\b| (?:who|that|which|whose \\w+) (?:\\w+ )?(?:together|between them|combined|jointly)\\b|${IN_ONE_GROUP})`,
);
export const fewestOf = (text: string, head: string) => saidAbout(FEWEST_OF, head, text);
/**
 * Each item on its own is taken or left: "each topping is on or off", "eats each dish or skips
 * it", "for every coupon he decides whether to hand it in or keep it", "each switch is pressed at
 * most once", "at most one pack of each kind".
 */
const TAKEN_OR_LEFT = aboutNoun(
  `\\b(?:each|every) \\k<noun>\\b[^.]{0,40}?\\b(?:or (?:\\w+ ){0,2}?(?:not|out|off|left|leaves?|skips?|skipped|keeps?|ignores?|drops?|discards?)|at most once)\\b|\\bat most one \\k<noun> of (?:each|every)\\b`,
);
export const takenOrLeft = (text: string, single: string) => saidAbout(TAKEN_OR_LEFT, single, text);
/**
 * Each item goes to one of two sides: "divide them into two groups", "split the weights between
 * two carts", "every sack goes on one of the two carts". The side an item is on is its in-or-out.
 */
const SPLIT_IN_TWO = aboutNoun(
  `\\b(?:divide|divides|dividing|split|splits|splitting|partition|partitions|partitioning|share|shares|sharing|distribute|distributes|distributing)\\b (?:all )?(?:of )?(?:them|(?:the |these |his |her |their |your )?(?:\\w+ )?\\k<noun>)\\b[^.]{0,30}?\\b(?:into|between|among) (?:exactly )?two\\b|\\b(?:each|every) \\k<one>\\b[^.]{0,30}?\\b(?:goes|go|is|belongs|(?:must|should|will|has to|is to) be)(?: (?:put|placed|loaded|given|assigned|stowed|tied|sent))? (?:whole )?(?:in|into|on|onto|to) (?:exactly )?one of (?:the|its|their|his|her|our) two\\b`,
  ['noun', 'one'],
);
export const splitInTwo = (text: string, head: string, single: string) =>
  saidAbout(SPLIT_IN_TWO, [head, single], text);
/**
 * The question asks for as many of the items as a bound on their total allows: "as many toys as
 * possible", "the largest number of books she can buy". Each item only adds to the total, so the
 * cheapest ones go first.
 */
const MOST_OF = aboutNoun(
  `\\bas many \\k<noun> as (?:possible|she can|he can|they can|you can|it can)\\b|\\b(?:largest|maximum|greatest) (?:possible )?number of \\k<noun>\\b|\\bthe most \\k<noun>\\b`,
);
export const mostOf = (text: string, head: string) => saidAbout(MOST_OF, head, text);
/** A bound on what the chosen items add up to: a budget, a capacity, money to spend. */
export const SPENDING_BOUND =
  /\b(?:budget|spend|spending|spends|afford|capacity|allowance)\b|\b(?:total|sum)\b[^.]{0,40}\b(?:at most|not exceed|does not exceed|more than|up to)\b|\b(?:at most|more than|exceed|exceeding|over)\b[^.]{0,20}\b(?:dollars|coins|rupees|yen|euros|money|grams|kilograms|minutes)\b/;
/** A count of the answers asked modulo a prime: too many orders to list, counted by a formula. */
export const MODULO = /\bmodulo\b|\bmod (?:\d|10\^|998)|\bremainder (?:when|after) (?:\w+ ){0,3}divided\b/;

/** A verb of choosing whose object is the items themselves: "choose some toppings", "picks songs". */
const CHOSEN = aboutNoun(
  `\\b(?:choose|chooses|choosing|pick|picks|picking|select|selects|selecting|buy|buys|packs?|take|takes|invite|invites|hire|hires|put|puts) (?:some|any|several|a few|a subset of|a set of|any number of|a number of)? ?(?:of )?(?:the |these |his |her |your |their )?(?:\\w+ )?\\k<noun>\\b`,
);
export const chosen = (text: string, head: string) => saidAbout(CHOSEN, head, text);
/**
 * The items themselves are each used at most once, said beside them: "one or more different items
 * (at most one of each)", "his weights on the pan, never the same weight twice". What is chosen is a
 * set of the items, though no verb of choosing names it.
 */
const ONCE_EACH = aboutNoun(
  `\\b\\k<noun>\\b[^.]{0,60}?\\b(?:at most one of (?:each|every|them)|never (?:the same \\k<one>|one \\k<one>|any \\k<one>) twice|no \\k<one> (?:more than once|twice))\\b`,
  ['noun', 'one'],
);
export const onceEach = (text: string, head: string, single: string) =>
  saidAbout(ONCE_EACH, [head, single], text);
/**
 * The fewest of the items themselves, said as a wish: "sign up for as few courses as possible".
 * Items of kinds used again and again are no set of the items (knowledge/amounts.ts).
 */
const AS_FEW_OF = aboutNoun(
  `\\bas few \\k<noun> as (?:possible|(?:he|she|they|you|it|we) (?:can|could|may))\\b`,
);
export const asFewOf = (text: string, head: string) => saidAbout(AS_FEW_OF, head, text);

/**
 * An order the solver chooses for the items, in the sentence that names them: an order left free
 * ("in any order", "the order in which they perform", "every arrangement of the cards"), or the
 * items placed by a verb into one sequence ("lay all the cards in one row"). Items that already
 * stand in a row ("n lamps in a row") are the input's layout, not an order to find.
 */
const FREE_ORDER = aboutNoun(
  `\\b(?:in (?:any|some|every) (?:order|sequence)|(?:any|every|each|which|what|an?|the) (?:possible )?(?:orders?|orderings?|arrangements?|permutations?|sequences?) (?:in which|of (?:all )?(?:the )?(?:\\w+ )?\\k<noun>|for (?:all )?(?:the )?(?:\\w+ )?\\k<noun>)|(?:re)?arrang(?:e|es|ing) (?:all )?(?:of )?(?:the )?(?:\\w+ )?\\k<noun>|(?:lay|lays|laid|laying|place|places|placing|put|puts|putting|seat|seats|seating|line up|lines up|lining up|stack|stacks|stacking|hang|hangs|schedule|schedules|order|orders|line) (?:all |every one |each )?(?:of )?(?:the )?(?:[a-z] )?(?:\\w+ )?\\k<noun>\\b[^.]{0,30}?\\b(?:in|into|on) (?:a|one) (?:single |long |straight )?(?:row|line|sequence|queue|column|stack)|(?:lay|place|put|stack|line up) (?:all )?(?:of )?(?:the )?(?:\\w+ )?\\k<noun> side by side)\\b`,
);
export const freeOrder = (text: string, head: string) => saidAbout(FREE_ORDER, head, text);
/**
 * An order a key the statement names decides: "sorted by age", "from the fastest to the slowest",
 * "in increasing order of height". The items are sorted, whatever else the statement asks.
 */
export const NAMED_KEY =
  /\bfrom (?:the )?\w+est (?:\w+ )?to (?:the )?\w+est\b|\bin (?:strictly )?(?:increasing|decreasing|ascending|descending|non-decreasing|non-increasing) order of\b|\b(?:sorted|ordered|ranked) by\b/;
/**
 * The order the output is written in, with no key named: "print the seatings in lexicographic
 * order", "the chosen numbers in increasing order". It says how answers are printed, not how the
 * items are found: an order of the items themselves only when nothing else is asked of them.
 */
export const OUTPUT_ORDER =
  /\bin (?:strictly )?(?:increasing|decreasing|ascending|descending|non-decreasing|non-increasing|alphabetical|lexicographic(?:al)?) order\b/;
export const PRINTS = /\b(?:print|return|output|list|sort|arrange|order|rank)\w*\b/;
/**
 * An order of all the items the question searches, said of the order itself rather than of the
 * items by name (the items may be "them" here): an order with a condition ("in an order where each
 * name starts with..."), the orders the question counts or lists ("the number of orders in which",
 * "every seating"), every item used once in a sequence ("each exactly once, one after another"),
 * the ways the items can stand in one line, or all of them asked to stand in one row.
 */
export const ORDER_OF_ALL = new RegExp(
  [
    '\\b(?:in|find|is there|exists?|such|wants?|needs?|choose|chooses|pick|picks) an? (?:\\w+ )?order (?:where|such that|so that|in which)\\b',
    '\\b(?:every|each|all) (?:such |valid |possible |good )(?:\\w+ )?(?:order|ordering|arrangement|line-?up|seating)s?\\b',
    '\\b(?:number of|count(?: the)?|all|every|each|list(?: all| every)?|print(?: all| every)?) (?:the )?(?:possible |valid |different |distinct )?(?:orders|orderings|arrangements|permutations|rearrangements|line-?ups|seatings)\\b(?! of (?:length|size))',
    '\\beach exactly once\\b[^.]{0,60}?\\b(?:one after (?:another|the other)|in (?:an?|some|any) order|in (?:a|one) (?:row|line|sequence|queue))\\b',
    '\\b(?:one after (?:another|the other)|in (?:a|one) (?:row|line|sequence|queue))\\b[^.]{0,60}?\\beach exactly once\\b',
    // A sequence that holds every item once is one of their orders: "a chain lists all the words, each exactly once".
    '\\b(?:lists?|uses?|contains?|holds?|includes?) (?:all|every one of|each of) (?:the )?(?:\\w+ )?\\w+,? each (?:of them )?exactly once\\b',
    '\\bways (?:\\w+ ){0,4}?(?:to |can |could )(?:line (?:\\w+ ){0,3}?up|stand|sit|queue|be (?:arranged|ordered|seated|lined up))\\b',
    '\\b(?:ways|orders) (?:can|could) (?:all )?(?:the |these |his |her |their )?(?:\\w+ ){0,2}?(?:line up|stand|sit|queue up|queue|board|be (?:arranged|ordered|seated|lined up))\\b',
    '\\b(?:must|will|should|to|can|could) (?:all )?(?:stand|sit|line up|queue up|be (?:seated|lined up|arranged|placed)) (?:\\w+ ){0,2}?(?:in|into|on) (?:a|one|the) (?:single |long |straight )?(?:row|line|queue|column|bench)\\b',
  ].join('|'),
);
/** The letters of a string as the items: "every string that can be created using its characters". */
export const LETTERS_REARRANGED =
  /\b(?:using|use|uses|from|with) (?:all )?(?:of )?(?:its|the|their|all the) (?:\w+ )?(?:characters|letters|tiles)\b|\brearrang\w* (?:all )?(?:of )?(?:the |its )?(?:characters|letters)\b|\b(?:rearrangements|permutations|anagrams) of (?:the |a |this )?(?:given )?(?:string|word)\b/;
/** An order that does not matter turns an order into a set: "the order in which they are picked does not matter". */
export const ORDER_IRRELEVANT =
  /\b(?:return|print|output)\w* (?:\w+ ){0,4}in any order\b|\border (?:in which )?(?:\w+ ){0,4}(?:does not|doesn't|do not|don't) matters?\b|\bin any order\b[^.]{0,30}\bsame\b/;
/** A selection judged by other than its total: a cover, a conflict, a spread, every member. */
export const NOT_ADDITIVE =
  /\bevery (?:one of )?(?:the )?(?:\w+ ){0,3}(?:is|are) (?:in|covered|given|present)\b|\bat least one\b(?!\))|\bno two\b|\b(?:quarrel|clash|conflict|rival|feud|enem|hate)\w*|\bhardest\b|\beasiest\b|\b(?:maximum|minimum|largest|smallest) (?:and|minus)\b|\bcovers?\b|\bcovering\b/;
export const TOTAL = /\b(?:sum|total|totals|add up|adds up|summing)\b/;
/**
 * Items that flip what they touch (a switch flips its lights, a pass toggles its cells): the state
 * a choice leaves is the XOR of its members, carried down the search as a running total is.
 */
export const TOGGLES = /\b(?:flips?|toggles?|xor)\b/;
