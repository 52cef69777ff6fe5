/**
 * How the statement uses its one-letter names, which decides whether a bound is a size: "n
 * integers", "N cities", "an array of length n", "a_1, …, a_n", "the next m lines" count things
 * and drive the running time; "an integer X", "X yen" only name a magnitude.
 */

import { IRREGULAR_PLURALS, singular } from './hints/nouns';
export interface NameUsage {
  /** Lower-cased letters the statement counts things with. */
  counted: Set<string>;
  /** What each counting letter counts, where a noun says so ("m" → "edges"). */
  nouns: Map<string, string[]>;
  /** Lower-cased letters introduced as one number ("given an integer n", "two integers H and M"). */
  single: Set<string>;
  /** Lower-cased letters that count lines of input ("the next T lines", "Q lines follow"). */
  lines: Set<string>;
  /** Lower-cased letters that count what the input lists: "n integers", "of length n", "a_1, …, a_n". */
  listed: Set<string>;
  /** Lower-cased letters that end a list of values written out by subscript ("y_1, y_2, ..., y_k", one per line or not). */
  subscripted: Set<string>;
  /** Lower-cased letters that are the sides of a grid ("n rows and m columns", "an m x n grid"). */
  sides: Set<string>;
  /** Lower-cased letters the answer is built up to, one state at a time ("the n-th", "its length is n", "n stairs"). */
  walked: Set<string>;
  /** Lower-cased letters that count what the answer must produce ("to make m bouquets"): a goal, not an input. */
  goals: Set<string>;
  /** Lower-cased letters that count independent inputs read one after another ("t, the number of boards" / "for each board"). */
  instances: Set<string>;
  /**
   * Lower-cased letters counted by a noun whose things the statement then speaks of one at a time
   * ("n warehouses … warehouse i stores", "n people … each person"), gives as input ("the n
   * meetings are given as intervals") or joins by links ("each pipe connects two houses"): items of
   * the input, even where no array is named.
   */
  itemised: Set<string>;
  /** Whether the input has queries or operations to answer (so `q` counts them). */
  queries: boolean;
}

/**
 * Plural-looking words after a letter that do not count items: units of measure ("k times",
 * "x yen") and verbs in the third person ("j takes", "n means").
 */
const NOT_ITEMS =
  /^(?:is|as|has|was|its|this|does|less|plus|minus|us|thus|always|perhaps|yes|whereas|across|times|seconds|minutes|hours|days|weeks|months|years|units|meters|metres|kilometers|kilometres|miles|dollars|cents|yen|rupees|points|degrees|percent|bits|bytes|litres|liters|grams|kilograms|centimetres|takes|gives|makes|holds|contains|means|says|wins|loses|moves|goes|gets|becomes|leaves|equals|denotes|represents|costs|needs|wants|starts|ends|lies|stands|belongs|appears|occurs|remains|comes|plays|buys|sells|pays|shows|splits|visits|jumps|reaches|returns|follows|precedes|exceeds|divides|knows|tells|asks|uses|satisfies|changes|becomes|adds|removes|vdots|ldots|dots)$/;
const ADJECTIVES =
  '(?:distinct|different|positive|non-negative|negative|integer|non-empty|lowercase|uppercase|empty|other|unique|given|more|consecutive|small|large|identical|possible|[a-z]+-[a-z]+)';
/** A word that may describe the counted things: not a function word, a verb or a letter. */
const DESCRIBING =
  '(?!(?:and|or|are|is|were|was|be|the|of|to|in|on|at|by|for|with|has|have|had|that|which|who|than|then|each|every|all|any|some|more|less|most|least)\\b)[a-z]{3,}(?<!s)';
/** A letter, up to two describing words ("N fuel stations", "m rival pairs"), and a plural noun. */
const COUNTED_BY_NOUN = new RegExp(
  `\\b([a-z])\\s+(?:(?:${ADJECTIVES}|${DESCRIBING})\\s+){0,2}([a-z]{2,}s|${IRREGULAR_PLURALS.join('|')})\\b`,
  'gi',
);
const LINES = [
  /\b(?:the )?(?:next|following) ([a-z]) lines\b/gi,
  /\b([a-z]) lines follow\b/gi,
  /\bthere are ([a-z]) lines\b/gi,
];
const SIDES = [
  // AtCoder's "a grid with H horizontal rows and W vertical columns".
  /\b([a-z]) (?:horizontal )?rows? and ([a-z]) (?:vertical )?columns?\b/gi,
  // An input format that spells out a square table: "n lines with n integers each", "a_{N,N}".
  /\b([a-z]) lines,? (?:each )?(?:with|contain|contains|containing|of|holding) \1 (?:[a-z]+ )?(?:integers|numbers|characters|values|symbols)\b/gi,
  /\b[a-z]_([a-z])\1\b/gi,
  // "an n x m grid", "divided into n * m squares": the cells a board is cut into count as well.
  /\b([a-z]) ?[x*] ?([a-z]) (?:[a-z]+ ){0,2}(?:grid|matrix|board|field|map|chessboard|rectangle|maze|table|image|picture|square|squares|cells)\b/gi,
  // A board written out row by row: "n lines of m characters", "h lines, each with w symbols".
  /\b([a-z]) lines,? (?:each )?(?:with|contain|contains|containing|of|holding) ([a-z]) (?:characters|symbols)\b/gi,
  // "a rectangular matrix mat[][] of size n x m": the name may sit between the noun and its sides.
  /\b(?:grid|matrix|board|field|map|chessboard|rectangle|maze|table|image|picture)\b[^.,;:]{0,20}? (?:of size |with )?([a-z]) ?[x*] ?([a-z])\b/gi,
];
/** Nouns for what an input lists, as opposed to things in the story ("X guests", "n steps"). */
const DATA_NOUNS =
  /^(?:integers|numbers|elements|values|strings|words|characters|letters|digits|lines|pairs|queries|points|intervals|segments|edges|operations|rows|columns|cells|nodes|vertices|items|entries|tasks|requests|events|records|commands|rules|relations|triples)$/;
const LISTED = [
  // "An edge of length w" is a weight, not a list of w items.
  // "of the same length n", "with length n", "both have length n": a length the inputs share.
  /(?<!\b(?:edges?|roads?|links?|paths?|flights?|routes?|bridges?|wires?|cables?) )\b(?:of|with|has|have|having) (?:the same |equal |even |odd |exactly )?(?:length|size) ([a-z])\b/gi,
  /\b[a-z]_?1 ?, ?[a-z]_?2 ?, ?(?:\.\.\.|…) ?, ?[a-z]_?([a-z])\b/gi,
];
/** A list written out by subscript, on one line or one value a line ("Y_1 / Y_2 / : / Y_K"). */
const SUBSCRIPTED = [
  /\b[a-z]_?1 ?, ?[a-z]_?2 ?, ?(?:\.\.\.|…) ?, ?[a-z]_?([a-z])\b/gi,
  /\b[a-z]_1\s+[a-z]_2\s+(?::|\.\.\.|…|\\vdots)\s+[a-z]_([a-z])\b/gi,
  // Rows of the input format, one per line down to the last ("L_1 R_1 / \vdots / L_Q R_Q").
  /\b[a-z]_1(?: [a-z]_1)*\s+\\?vdots\s+[a-z]_([a-z])\b/gi,
];
const COUNTED_BY_PHRASE: RegExp[] = [
  ...LISTED,
  /\b(?:labell?ed|numbered|indexed) (?:from )?[01] (?:to|through) ([a-z])\b/gi,
  ...LINES,
  ...SIDES,
];
/** A letter and what it counts, said right after it: "n, the number of rows", "n and m, the number of nodes and edges". */
const APPOSITIVE =
  /\b([a-z])(?: and ([a-z]))?,? (?:the|denoting the|representing the) (?:number|count) of ([a-z]+s)(?: and (?:the (?:number|count) of )?([a-z]+s))?\b/gi;
/** "an integer n", "two integers H and M", "three integers X, Y and Q": each letter names one number. */
const SINGLE =
  /\b(?:an?|one|two|three|four|five|the|single|positive|non-negative)\s+(?:(?:positive|non-negative|single|signed|unsigned|\d+-bit)\s+)*(?:integers?|numbers?|values?)\s+((?:[a-z]\b(?![_[])(?:\s*,\s*|\s+and\s+)?)+)(?!\s*(?:integers|numbers|[a-z]+s\b))/gi;

/**
 * Letters the answer is built up to: "the n-th", "its length is n", and things a method steps
 * through that something has ("a building with F floors", "there are n stairs"), not a distance
 * moved ("goes up U floors").
 */
const WALKED = [
  /\bthe ([a-z])(?:-|\^)?th\b/gi,
  /\b(?:its|whose) (?:length|size) is ([a-z])\b/gi,
  /\b(?:has|have|with|there (?:are|is)|consists? of|takes|needs) ([a-z]) (?:[a-z]+ )?(?:stairs|steps|floors|levels|squares|cells|positions|columns)\b/gi,
];
/** "You want to make m bouquets", "complete at least k trips": a count the answer has to reach. */
const GOALS = [
  /\b(?:make|form|build|produce|complete|assemble) (?:at least |exactly )?([a-z]) (?:[a-z]+ )?[a-z]+s\b/gi,
];
/** Things numbered up to a letter are the input's items, whatever verb the story puts before them. */
const NUMBERED = [/\b(?:numbered|labell?ed|indexed) (?:from )?[01] (?:to|through) ([a-z])\b/gi];
/**
 * One of the counted things on its own: "each warehouse", "person i", "the i-th box", "stop_i",
 * "report closures[i] = [start, end]" (the thing, then its entry in the input's array).
 */
const oneAtATime = (noun: string, text: string) =>
  new RegExp(
    `\\b(?:each|every) ${singular(noun)}\\b|\\b${singular(noun)}(?: i\\b|_i\\b|\\[i\\]| \\**[a-z]\\w*\\[i\\])|\\bi-?th ${singular(noun)}\\b`,
    'i',
  ).test(text);
/** The counted things handed over as input: "the n meetings are given as intervals", "n trucks, each described by …". */
const givenAsInput = (noun: string, text: string) =>
  new RegExp(
    `\\b${noun},? (?:each |which are |that are |are |is )?(?:given|listed|described|represented|provided|specified) (?:as|by|in|with)\\b`,
    'i',
  ).test(text);
/** The counted things as the input's own list: "the input consists of n meetings", "n meetings follow", "each of the n meetings". */
const listedAsInput = (letter: string, noun: string, text: string) =>
  new RegExp(
    `\\b(?:consists? of|(?:a |an |the )?(?:list|array|sequence|collection) of|(?:each|every|all|any|one) of the) ${letter} (?:\\w+ ){0,2}?${noun}\\b|\\b${letter} (?:\\w+ ){0,2}?${noun} follows?\\b`,
    'i',
  ).test(text);
/** The things the input's links join ("each pipe connects two houses", "a track runs between two stations"): a graph's nodes. */
const joinedByLinks = (noun: string, text: string) =>
  new RegExp(
    `\\b(?:connects?|joins?|links?|(?:runs?|lies?|goes?|is) between)(?: two| a pair of| any two| different)? (?:of the )?(?:${noun}|${singular(noun)})\\b`,
    'i',
  ).test(text);
const letters = (text: string) => (text.match(/\b[a-z]\b/gi) ?? []).map((letter) => letter.toLowerCase());

/** The letters one pattern's matches name, in the order they come. */
function lettersMatched(text: string, pattern: RegExp): string[] {
  const letters: string[] = [];
  for (const match of text.matchAll(pattern)) {
    for (const letter of [match[1], match[2]])
      if (letter && !/^[ai]$/i.test(letter)) letters.push(letter.toLowerCase());
  }
  return letters;
}

/**
 * The letters a text's matches of a list of patterns name. The lists share patterns (a line count
 * is counted, listed and a line at once), so each pattern's letters are read from the text once
 * and every list gathers them in its own order.
 */
function collector(text: string): (patterns: readonly RegExp[]) => Set<string> {
  const byPattern = new Map<RegExp, string[]>();
  return (patterns) => {
    const found = new Set<string>();
    for (const pattern of patterns) {
      const letters = byPattern.get(pattern) ?? lettersMatched(text, pattern);
      byPattern.set(pattern, letters);
      for (const letter of letters) found.add(letter);
    }
    return found;
  };
}

export function readUsage(text: string): NameUsage {
  const collect = collector(text);
  const counted = new Set<string>();
  const nouns = new Map<string, string[]>();
  for (const match of text.matchAll(COUNTED_BY_NOUN)) {
    const [, letter = '', noun = ''] = match;
    if (/^[ai]$/i.test(letter) || NOT_ITEMS.test(noun.toLowerCase())) continue;
    const key = letter.toLowerCase();
    counted.add(key);
    nouns.set(key, [...(nouns.get(key) ?? []), noun.toLowerCase()]);
  }
  for (const letter of collect(COUNTED_BY_PHRASE)) counted.add(letter);
  // "two integers n and m, the number of nodes and the number of edges": an appositive says what
  // each letter counts, even where "two integers" alone would make them single numbers.
  for (const match of text.matchAll(APPOSITIVE)) {
    const letters = [match[1], match[2]].filter((letter): letter is string => !!letter);
    const counts = [match[3], match[4]].filter((noun): noun is string => !!noun);
    letters.forEach((letter, at) => {
      const noun = counts[at];
      if (!noun || /^[ai]$/i.test(letter)) return;
      const key = letter.toLowerCase();
      counted.add(key);
      nouns.set(key, [...(nouns.get(key) ?? []), noun.toLowerCase()]);
    });
  }
  const single = new Set<string>();
  for (const match of text.matchAll(SINGLE)) {
    for (const letter of letters(match[1] ?? '')) single.add(letter);
  }
  // A count whose items are then read one at a time, each with its own sizes, counts inputs. Lines
  // are the format, not the things read: "n lines, each starts with k" are n items with a list each.
  const instances = new Set(
    [...nouns]
      .filter(([, counts]) =>
        counts.some(
          (noun) =>
            !/^lines?$/.test(noun) &&
            new RegExp(
              `\\bfor each ${singular(noun)},? the first line\\b|\\bthe first line of each ${singular(noun)}\\b|\\beach ${singular(noun)} (?:is described|consists|(?:starts|begins) (?:with|on)\\b)`,
              'i',
            ).test(text),
        ),
      )
      .map(([letter]) => letter),
  );
  const itemised = new Set(
    [...nouns]
      .filter(([letter, counts]) =>
        counts.some(
          (noun) =>
            oneAtATime(noun, text) ||
            givenAsInput(noun, text) ||
            listedAsInput(letter, noun, text) ||
            joinedByLinks(noun, text),
        ),
      )
      .map(([letter]) => letter),
  );
  const walked = collect(WALKED);
  const listedLetters = collect([...LISTED, ...LINES]);
  const numbered = collect(NUMBERED);
  const goals = new Set(
    [...collect(GOALS)].filter((letter) => !listedLetters.has(letter) && !numbered.has(letter)),
  );
  return {
    counted,
    nouns,
    instances,
    itemised,
    walked,
    goals,
    single,
    lines: collect(LINES),
    listed: new Set([
      ...collect([...LISTED, ...LINES]),
      ...[...nouns]
        .filter(([, counts]) => counts.some((noun) => DATA_NOUNS.test(noun)))
        .map(([letter]) => letter),
    ]),
    subscripted: new Set([...collect(SUBSCRIPTED)].filter((letter) => letter.length === 1)),
    sides: collect(SIDES),
    queries: /\bquer(?:y|ies)\b|\boperations?\b|\brequests?\b|\bcommands?\b|\bevents?\b/i.test(text),
  };
}
