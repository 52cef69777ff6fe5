/*
 * What a statement promises about a string's characters, in words: lowercase letters only, or an
 * alphabet it names, and the mixtures that undo either promise.
 */

/**
 * "consists of lowercase English letters", "contains only lowercase letters"; never a definition
 * of any such string ("the value of a string consisting of lowercase characters is ...").
 */
export const LOWERCASE =
  /(?<!\b(?:of|for|to) (?:an?|any) (?:\w+ )?string )\b(?:consist(?:s|ing)?|contain(?:s|ing)?|made(?: up)?|composed|has|have|holds?) (?:of |only )?(?:only )?(?:of )?(?:(?:at most|no more than|up to) \d+ )?(?:(?:unique|distinct|different) )?(?:english |latin )?lower[- ]?case (?:english |latin )?(?:letters|characters|alphabets?)(?: only)?\b(?! and| or|, )|\b(?:uses?|using)? ?only (?:the first \w+ )?lower[- ]?case (?:english )?(?:letters|characters)\b/;
/** The same promise said another way: "written in lowercase", "all the words are lowercase", "only the letters a to z". */
export const LOWERCASE_IN_PROSE = [
  /\b(?:written|spelled|spelt|given|typed) (?:only |entirely |all )?in (?:only )?lower[- ]?case\b(?! and| or|, )/,
  // "s is all lowercase", "s[i] is a lowercase English letter".
  /\b(?:is|are) (?:all |entirely |only )?(?:in |an? )?lower[- ]?case(?: (?:english |latin )?(?:letters?|characters?))?(?: only)?\s*(?:\.|$)/,
  /(?<!upper[- ]?case (?:english )?)\b(?:letters|characters) (?:from )?['"]?a['"]? ?(?:to|through|-|–|\x96) ?['"]?z['"]?\b/,
  // The range said of each character: "each character of s is between 'a' and 'z'", "'a' <= s_i <= 'z'".
  /\b(?:is|are) (?:an? (?:letter|character) )?(?:between|from|in the range) ['"]a['"] (?:and|to|through|-) ['"]z['"]|['"]a['"] ?<= ?[a-z]\w*(?:_i|\[i\]) ?<= ?['"]z['"]/,
  /\b(?:uses?|using|drawn from|taken from|over) (?:only )?(?:the )?(?:26 )?(?:english )?lower[- ]?case (?:english )?(?:letters|alphabet)\b/,
  // "Every character of s is a lowercase English letter": said of each character in turn.
  /\b(?:every|each|all) (?:the )?(?:characters?|letters?|symbols?) (?:of|in) (?:the )?[\w.[\]]+ (?:is|are) (?:an? )?lower[- ]?case (?:english |latin )?(?:letters?|characters?)\b(?! and| or|, )/,
  // HackerRank's "each character s[i] is in the range ascii[a-z]" ("ascii[a-zA-Z]" is not).
  /\bascii ?\[ ?a ?- ?z ?\]/,
];
/** Another kind of character beside the letters somewhere in the statement: not lowercase only. */
export const OTHER_CHARACTERS =
  /\blower[- ]?case (?:english )?(?:letters|characters)(?: only)?(?:,? (?:and\/or|and|or|plus|as well as)|,) (?:the )?(?:english )?(?:digits?|spaces?|upper[- ]?case|symbols?|punctuation|underscores?|dots?|periods?|commas?|hyphens?|dashes?|brackets?|parenthes[ie]s|special|other|whitespace|['"([*#@$])|\b(?:upper[- ]?case|digits?|spaces?) (?:and|or) lower[- ]?case\b|\blower[- ]?case and upper[- ]?case\b/;

/**
 * The characters a string may hold, named one by one or as digits alone ("s contains only 'Q', 'W',
 * 'E', and 'R'", "num consists of digits only", "s[i] is either '0' or '1'"): nothing else can appear.
 */
export const FIXED_ALPHABET = [
  /\b(?:consists?|contains?|made(?: up)?|composed|formed)\b(?: only)?(?: of)?(?: only)?(?: the)?(?: characters?| letters?| symbols?| words?)? ?['"][^'"]{1,10}['"](?:,? (?:and |or )?['"][^'"]{1,10}['"])+(?:\.|$| only\b)/,
  /\b(?:consist(?:s|ing)?|contains?|made up|composed|formed) (?:only )?of (?:only )?digits(?: 0 ?- ?9| \(0 ?- ?9\)| from 0 to 9)?(?: only)?(?:\.|$)|\b(?:consists?|contains?) only digits(?:\.|$)/,
  /\[i\] is (?:either )?(?:['"][^'"]{1,10}['"]|\d)(?:,? (?:or |and )?(?:['"][^'"]{1,10}['"]|\d))+(?:\.|$)/,
  // "every character is S or M", "each character is A, C, G or T": CSES names the letters bare,
  // and a map's cells with what they mean: "each character is either . (floor) or # (wall)".
  /\b(?:every|each) (?:character|letter|symbol)(?: of (?:the string|[a-z]))? is (?:either |one of )?(?:['"]?(?:[a-z0-9]|[^\w\s'"])['"]?)(?: \([a-z ]{1,20}\))?(?:(?:,? (?:or|and)|,) ['"]?(?:[a-z0-9]|[^\w\s'"])['"]?(?: \([a-z ]{1,20}\))?)+\s*(?:\.|$)/,
  // "tiles consists of uppercase English letters", "orders[i] is an uppercase English letter": one
  // class of characters and nothing else, so nothing can be "mixed in". Two classes together
  // (letters and digits, letters and spaces) are the mixture such a checklist line warns about.
  /\b(?:(?:consist(?:s|ing)?|contains?|made up|composed|formed)\b(?: only)?(?: of)?(?: only)?|(?:are|is) (?:all )?(?:either )?(?:an? )?) ?(?:the )?(?:(?:lower|upper) ?case (?:english )?letters?|digits?)(?: only)?\s*(?:\.|$)/,
  // "a string of at most 100 characters, each of them 'B', 'S' or 'C'": the letters named after the count.
  /\b(?:characters|letters|symbols),? (?:each|all) (?:of them )?(?:being |is |are )?(?:either |one of )?['"][^'"]{1,3}['"](?:,? (?:or |and )?['"][^'"]{1,3}['"])+/,
  // "a code of m capital letters", "every code has exactly m capital English letters": one class, nothing
  // else (lowercase letters are their own promise, `LOWERCASE`).
  /\b(?:of|ha(?:s|ve)) (?:exactly )?(?:[a-z0-9]+ )?(?:capital|upper ?case) (?:english |latin )?letters\b(?! and| or|,)/,
];
/** An alphabet named in prose: "made of the letters A, C, G and T", "a binary string", "over the alphabet {…}", "written with the digits". */
export const FIXED_ALPHABET_IN_PROSE = [
  /\b(?:made|consists?|composed|formed|written|spelled)(?: only| up| entirely)? (?:only )?(?:of|with|from|using) (?:only )?the (?:letters|characters|symbols) [a-z0-9](?:(?:,? (?:and|or)|,) [a-z0-9]\b)+/,
  // "S is a binary string", "the panel is written as a binary string".
  /\b(?:given|is|are|written|encoded|represented|described|shown)(?: as)? (?:an? |the )?binary strings?\b/,
  // Cell characters named bare, as AtCoder does: "consisting of . and #", "made of 0, 1 and ?".
  /\b(?:consists?|consisting|made up|composed) (?:only )?of ?(?:[^\w\s'"]|\d)(?:(?:,? (?:and|or)|,) ?(?:[^\w\s'"]|\d))+(?=\s*(?:[.;,]|$|only\b))/,
  // "a string s of length n of letters R and B": the string named, then the letters it holds.
  /\bstrings?\b(?: \w+){0,4}? of (?:only )?(?:the )?(?:letters|characters|symbols) [a-z0-9](?:(?:,? (?:and|or)|,) [a-z0-9]\b)+/,
  /\b(?:over|from) the alphabet\b/,
  // Each cell named with its character: "each square is either floor (.) or a shelf (#)".
  /\beither (?:an? )?(?:\w+ ){1,3}\([^\s()]{1,2}\) or (?:an? )?(?:\w+ ){1,3}\([^\s()]{1,2}\)/,
  /\b(?:written|made|composed|formed) (?:only )?(?:with|of|from) (?:only )?(?:the )?digits\b(?! and| or|,)/,
];

/**
 * One character named bare, quoted or with what it stands for ("'a'", "L", "#", ". (floor)"); a
 * list of two or more is an alphabet.
 */
const SYMBOL = String.raw`(?:['"][^'"\s]{1,3}['"]|[a-z0-9](?![\w'"])|[^\w\s'"(),;])(?: \([a-z ]{1,20}\))?`;
const SYMBOLS = String.raw`${SYMBOL}(?:(?:,? (?:or|and)|,) ${SYMBOL})+(?: only)?\s*(?:[.;]|$)`;
/** Letters and signs, never a bare digit: "t_i is 1 or 2" is a query's type, not a string's letters. */
const LETTER = String.raw`(?:['"][^'"\s]{1,3}['"]|[a-z](?![\w'"])|[^\w\s'"(),;])(?: \([a-z ]{1,20}\))?`;
const LETTERS = String.raw`${LETTER}(?:(?:,? (?:or|and)|,) ${LETTER})+(?: only)?\s*(?:[.;]|$)`;
const ONE_OF = ' (?:is|are) (?:always )?(?:either |one of |all )?';

/**
 * The alphabet as a relation between a string's characters and the symbols they may be: a
 * character said of each place ("each character of s is 'l', 'r' or 'u'", "all characters of s are
 * 'a' or 'b'", "the i-th character of s is 0 or 1"), or of an indexed name ("each s_i is either l
 * or r").
 */
export const ALPHABET_RELATIONS = [
  new RegExp(
    String.raw`\b(?:(?:every|each|all(?: the)?|any) (?:characters?|letters?|symbols?)(?: (?:of|in) (?:the )?(?:string|[a-z]\w{0,8}(?:\[i\])?))?|the [ijk]-th (?:character|letter|symbol) of (?:the string )?[a-z]\w{0,8})${ONE_OF}${SYMBOLS}`,
  ),
  new RegExp(
    String.raw`(?:^|\b(?:each|every) )[a-z]\w{0,8}(?:_(?:i|j|ij|\{i,? ?j\})|\[i\](?:\[j\])?)${ONE_OF}${LETTERS}`,
  ),
];

/** A string said to consist of the symbols it lists: "s is a string consisting of a, b, and c", "contains only the characters r, g and b". */
const CONSISTS_OF_SYMBOLS = new RegExp(
  String.raw`^(?:the (?:string |word )?)?([a-z]\w{0,8})\b.*?\b(?:consist(?:s|ing)?|contain(?:s|ing)?|made(?: up)?|composed|formed)(?: only| entirely)?(?: of)?(?: only)?(?: the)?(?: characters?| letters?| symbols?)? ${SYMBOLS}`,
);
/** A sentence that says it speaks of characters: the symbols it lists are letters, not other names. */
const OF_CHARACTERS = /\b(?:strings?|characters?|letters?|symbols?)\b/;
/** The names the statement gives its strings ("a string s", "the string word", "string t of length n"). */
const STRING_NAME =
  /\bstrings? (?:called |named )?(?!(?:of|that|which|with|and|or|is|are|consisting|containing|from|in|s)\b)([a-z]\w{0,8})\b/g;

/**
 * Whether a sentence says a string consists of symbols it lists, where the sentence speaks of
 * characters or its subject is a name the statement gives a string ("text consists of a or r"
 * beside "you are given a string text"); "the first line consists of n and k" lists no letters.
 */
export function consistsOfSymbols(sentences: readonly string[], body: string): boolean {
  const strings = new Set(['s', 't', ...[...body.matchAll(STRING_NAME)].map((match) => match[1] ?? '')]);
  return sentences.some((sentence) => {
    const match = CONSISTS_OF_SYMBOLS.exec(sentence);
    return match !== null && (OF_CHARACTERS.test(sentence) || strings.has(match[1] ?? ''));
  });
}

/** A mixture left open ("s may contain digits", "can also consist of spaces"): no promise of the characters. */
export const HEDGED_CHARACTERS =
  /\b(?:may|might|can|could) (?:also )?(?:contain|consist|include|have|hold)\b/;
