import type { Guarantee } from './guarantees';

/*
 * Promises about the values and the size of the input that a setter makes in a sentence rather
 * than a bound: "every price is a positive integer", "the list is never empty". Each is read
 * from one sentence already known to promise something (no "if", no "may", no demand).
 */

const SIGN = '(positive|non-negative|nonnegative)';
const NUMBERS = '(?:integers?|numbers?|values?|weights?|prices?|amounts?)';
/** A sign said of the values themselves, never of one named parameter ("k is a positive integer"). */
const SIGN_IN_PROSE = [
  // "an array of non-negative integers", "a list of n positive numbers".
  new RegExp(String.raw`\b(?:array|list|sequence|collection|set) of (?:[a-z] |\d+ )?${SIGN} ${NUMBERS}\b`),
  // "Every price is a positive integer", "all the weights are non-negative integers".
  new RegExp(
    String.raw`\b(?:all|every|each) (?:of )?(?:the )?(?:\w+ ){0,2}(?:is|are) (?:a |all )?${SIGN}(?: ${NUMBERS})?\b`,
  ),
  // "The elements of the array are positive integers", "the values in a are non-negative": the
  // list's values as the subject, whatever the list is called.
  new RegExp(
    String.raw`^(?:the )?(?:elements|values|numbers|integers|entries|items) (?:of|in) (?:the )?(?:given )?(?:array|list|sequence|input|[a-z]\w{0,8}) (?:is|are) (?:all |always )?${SIGN}\b`,
  ),
  // "You are given n positive integers", "the second line contains n non-negative integers".
  new RegExp(String.raw`\b(?:given|contains?|holds?|has|have) (?:[a-z]|\d+) ${SIGN} ${NUMBERS}\b`),
];

/**
 * A least value of one said of each item ("every crate weighs at least 1 kilogram", "each shelf
 * holds at least one book"): every value is positive. Said of a test or a list it is a count of
 * items (below), and of a node's children, links or letters it is the input's shape, not a value.
 */
const AT_LEAST_ONE_EACH =
  /\b(?:every|each|all(?: the)?) (?!tests?\b|cases?\b|quer(?:y|ies)\b|lines?\b|lists?\b|arrays?\b|strings?\b|rows?\b|columns?\b|inputs?\b)(?:[\w']+ ){1,2}(?:(?:is|are|weighs?|costs?|measures?|lasts?|holds?|contains?|scores?|earns?|has|have|takes?|carr(?:y|ies))(?: worth)? (?:at least|no (?:less|fewer) than|not (?:less|fewer) than)|>=) (?:1|one)\b(?! (?:of|child|children|neighbou?rs?|edges?|roads?|links?|friends?|nodes?|vertex|vertices|letters?|characters?|elements?|items?|entr(?:y|ies)|cells?|rows?|columns?|digits?|words?|ways?|paths?|routes?|solutions?|answers?|other)\b)/;

/** A modal that leaves the value open ("every crate may weigh at least 1 kilogram or nothing"). */
const HEDGED = /\b(?:may|might|can|could|need not|not necessarily)\b/;

/** The sign the sentences promise of every value, or null when they promise none. */
export function signInProse(sentences: readonly string[]): 'positive' | 'non-negative' | null {
  if (sentences.some((sentence) => AT_LEAST_ONE_EACH.test(sentence) && !HEDGED.test(sentence)))
    return 'positive';
  for (const sentence of sentences) {
    for (const pattern of SIGN_IN_PROSE) {
      const sign = pattern.exec(sentence)?.[1];
      if (sign) return sign === 'positive' ? 'positive' : 'non-negative';
    }
  }
  return null;
}

/** What cannot be empty, said in words: "the list is never empty", "the tree is non-empty". */
const NEVER_EMPTY =
  /\b(?:the |each |every )?(array|list|linked list|tree|string|sequence|input|grid|matrix|collection|queue|stack|log|record|line|row)s? (?:is|are|will be) (?:always |guaranteed to be )?(?:never empty|non-?empty|not empty)\b/;
/**
 * What cannot be empty, named by its letter: "s is non-empty", "it is guaranteed that s is not
 * empty", "nums will never be empty".
 */
const NAME_NEVER_EMPTY =
  /(?:^|\bthat )(?:the )?[a-z]\w{0,10}(?:\[\])? (?:is|will be|is always) (?:always )?(?:never empty|non-?empty|not empty)\b/;
/**
 * "The given linked list has at least one node", "the string is guaranteed to contain at least one
 * letter": present, said by what it holds.
 */
const AT_LEAST_ONE =
  /\b(array|list|linked list|tree|string|sequence|input|grid|matrix)s? (?:(?:is guaranteed to|will always|always) )?(?:has|have|contains?|holds?) at least one (?:node|element|item|character|letter|symbol|digit|number|integer|value|entry|cell|word)\b/;
/**
 * A length whose least value is one, said in words of the string or list itself: "s has length at
 * least 1", "the length of s is at least 1", "a string of length between 1 and 100", "|s| is at
 * least one", and the forms the normalisation wrote ("s.length at least one", "the length of 1 <=
 * s <= 10"). Said of each item ("each word has length at least 1") it says nothing of the list.
 */
const NOT_EACH = String.raw`^(?!.*\b(?:each|every|all)\b)`;
const AT_LEAST_ONE_BOUND = String.raw`(?:(?:at least|>=|no less than|not less than) (?:1|one)\b|between (?:1|one) and\b|from (?:1|one) to\b)`;
const LENGTH_AT_LEAST_ONE = [
  new RegExp(
    String.raw`${NOT_EACH}(?:.{0,60}?\b)?(?:(?:length|size) (?:of (?:the )?(?:string |array |list |sequence )?[\w.[\]|]+ )?|\|[a-z]\w*\| )(?:is |are )?${AT_LEAST_ONE_BOUND}`,
  ),
  new RegExp(String.raw`${NOT_EACH}.{0,60}?\b(?:has|of) (?:a )?(?:length|size) ${AT_LEAST_ONE_BOUND}`),
  new RegExp(
    String.raw`${NOT_EACH}(?:.{0,60}?\b)?(?:length|size) of (?:the )?(?:string |array |list |sequence )?(?:1|one) <= [a-z]\w*\b`,
  ),
];
/**
 * At least one item, said of the input, of a test or of a record ("there is always at least one day
 * in the ledger", "each test case describes at least one customer", "the log holds at least one
 * entry"); never of ways or answers.
 */
const AT_LEAST_ONE_ITEM =
  /^there (?:(?:is|are) )?(?:always )?(?:at least|>=) (?:one|1) (?!(?:ways?|options?|answers?|solutions?|paths?|routes?)\b)\w+|\b(?:each|every) test(?: case)? (?:always )?(?:has|contains|holds|describes|lists|includes|gives)(?: always)? at least (?:one|1)\b|^(?:the )?(?:\w+ )?(?:array|list|ledger|log|record|sequence|queue|input|file|collection|row|line|string)s? (?:will )?(?:always )?(?:has|have|contains|holds|describes|lists|includes|records|shows) (?:always )?at least (?:one|1)\b/;
/** Things whose first node is the head or root: present whenever they are not empty. */
const ROOTED = /^(?:list|linked list|tree)$/;

/**
 * At least two of the input's items, said of the input or of every test: "there are at least two
 * dancers in every test", "each test has at least two people", "the array holds at least two
 * values"; never of ways or answers, nor of one item's links ("a city has at least two roads").
 */
const AT_LEAST_TWO =
  /^(?:there(?: are| is)?|(?:every|each) test(?: case)? (?:has|contains|holds)|the (?:array|list|sequence|input|string|row|line) (?:has|contains|holds)) at least (?:two|2) (?!(?:ways|options|answers|solutions|paths|routes)\b)\w+|\bat least (?:two|2) \w+ in (?:every|each) test\b/;

/**
 * Both sides of a grid at least two, said in words: "the grid has at least two rows and at least two
 * columns", "the board has at least 2 rows and 2 columns", "there are at least two rows and two
 * columns"; one side alone ("at least two rows") leaves a single column possible.
 */
const GRID_AT_LEAST_TWO =
  /\bat least (?:two|2) (?:rows|columns)(?:,? and (?:at least )?(?:two|2)? ?(?:rows|columns))\b/;
/** Both sides named and bounded together in words: "both n and m are at least 2", "n and m are both at least two". */
const SIDES_AT_LEAST_TWO =
  /\b(?:both )?([a-z]) and ([a-z]) (?:are )?(?:both )?(?:at least|>=|no less than|not less than) (?:two|2)\b/;

/**
 * The letters two sides are named by where a sentence bounds them together at two or more ("both h
 * and w are at least 2"): grid sides when the bounds call those letters the grid's sides.
 */
export function lettersAtLeastTwo(sentences: readonly string[]): [string, string][] {
  return sentences.flatMap((sentence) => {
    const match = SIDES_AT_LEAST_TWO.exec(sentence);
    return match?.[1] && match[2] ? [[match[1], match[2]] as [string, string]] : [];
  });
}
/**
 * Both sides at least two, said of the sides themselves: "at least 2 squares tall and at least 2
 * squares wide", "both dimensions of the field are at least 2", "neither side is shorter than 2",
 * "its height and width are both at least 2".
 */
const BOTH_SIDES_AT_LEAST_TWO = [
  /(?:\bat least|>=) (?:two|2) (?:\w+ )?(?:tall|high|long|deep) and (?:at least |>= )?(?:(?:two|2) )?(?:\w+ )?(?:wide|across|broad)\b/,
  /\b(?:both|all) (?:of )?(?:the |its )?(?:dimensions|sides)(?: of the \w+)? (?:(?:are|is) (?:at least|no (?:less|smaller) than|not (?:less|smaller) than)|>=) (?:two|2)\b/,
  /\bneither (?:dimension|side)(?: of the \w+)? is (?:less|smaller|shorter|fewer) than (?:two|2)\b/,
  /\b(?:each|every) (?:side|dimension)(?: of the \w+)? (?:(?:is|are) )?(?:at least|>=|no (?:less|smaller) than) (?:two|2)\b/,
  // "At least 2 x 2", "more than one row and more than one column", "never a single row or a single column".
  /(?:\bat least|>=) (?:2|two) ?(?:x|\*|by) ?(?:2|two)\b/,
  /\bmore than (?:one|1) (?:row|column)s? and (?:more than (?:one|1) )?(?:row|column)s?\b/,
  /\b(?:never|not) (?:a )?(?:single|one) (?:row|column)s? (?:or|nor) (?:a )?(?:single |one )?(?:row|column)\b/,
  /\b(?:height|number of rows) and (?:its |the )?(?:width|number of columns) (?:(?:are|is) )?(?:both )?(?:at least|>=|no (?:less|smaller) than) (?:two|2)\b/,
];
/** A sentence about a grid: its sides are what two letters bounded together there stand for. */
const GRID_SENTENCE = /\b(?:grid|board|map|matrix|rows|columns|field)\b/;

/**
 * Whether a sentence bounds the input's own length at one or more in words ("a string of length
 * between 1 and 100"): read beside the bounds, which win where they allow an empty input.
 */
export const lengthAtLeastOne = (sentences: readonly string[]) =>
  sentences.some((sentence) => LENGTH_AT_LEAST_ONE.some((pattern) => pattern.test(sentence)));

/** The guarantees of presence a sentence makes in words. */
export function presenceInProse(sentences: readonly string[]): Guarantee[] {
  const promised = new Set<Guarantee>();
  for (const sentence of sentences) {
    if (
      (GRID_AT_LEAST_TWO.test(sentence) && /\brows\b/.test(sentence) && /\bcolumns\b/.test(sentence)) ||
      (SIDES_AT_LEAST_TWO.test(sentence) && GRID_SENTENCE.test(sentence)) ||
      BOTH_SIDES_AT_LEAST_TWO.some((pattern) => pattern.test(sentence))
    )
      promised.add('grid-min-two');
    if (AT_LEAST_ONE_ITEM.test(sentence)) promised.add('non-empty');
    if (AT_LEAST_TWO.test(sentence)) {
      promised.add('non-empty');
      promised.add('min-two');
    }
    if (NAME_NEVER_EMPTY.test(sentence)) promised.add('non-empty');
    const subject = (NEVER_EMPTY.exec(sentence) ?? AT_LEAST_ONE.exec(sentence))?.[1];
    if (!subject) continue;
    promised.add('non-empty');
    if (ROOTED.test(subject)) promised.add('root-exists');
  }
  return [...promised];
}
