/**
 * A count over pairs (or triples) of items whose positions and values are tied by a condition,
 * read as its three parts: what is counted (one total over pairs or triples, or a count for each
 * item), the order between the positions (`i < j`, "earlier", "behind", "the one who started
 * later"), and the condition on the values (a comparison, a sum inside a window or equal to a
 * number, an equality after a transform, plain equality). Each part is read from subscripts or
 * from words, so "pairs i < j with a_i > 2 * a_j", "for each day, how many earlier days were
 * colder" and "pairs of runners where the one who started later finished earlier" are one reading.
 * A question that seeks one index (the nearest, the first) or a best value counts nothing here.
 * A sum or a gap said in words is read by pointer-walks.ts, which reads it for the other asks too.
 */
import { lastReading } from './last-reading';
import { type PairBound, readPairBound } from './pair-bounds';
import { readPairBySum } from './pointer-walks';
import { promisesOrder } from './promises';
import { sentencesOf } from './sentences';

/** How the values of the two positions are tied. */
export type PairCondition =
  /** One value beats the other (`a_i > a_j`, `a_i > 2 * a_j`, "colder"): a tree over the values, or a merge sort. */
  | 'order'
  /** The sum (or the gap) of the two lies in a window (`l <= a_i + a_j <= r`, "at most d apart"): sorted, two pointers. */
  | 'sum-window'
  /** The sum of the two is one number (`a_i + a_j = k`): a map of complements. */
  | 'sum-exact'
  /** Equal after moving each value by its own index (`a_j - a_i = j - i`): a map over the new key. */
  | 'key'
  /** Plain equality (`c_j = c_i`), possibly at a distance: a map of counts. */
  | 'equal';

export interface PairCount {
  /** One total over pairs, one over triples, or a count for each item. */
  counted: 'pairs' | 'triples' | 'each';
  condition: PairCondition;
  /** The values are few enough (at most FEW_VALUES) to count in an array indexed by value. */
  fewValues: boolean;
  /** The statement's item, singular ("runner", "day"), when it names one. */
  item: string | null;
  /** For a sum or gap under a bound: what it measures and on which side, when the statement says it. */
  bound?: PairBound | null;
}

/** Values at most this large are counted per value in an array, not in a tree over ranks. */
const FEW_VALUES = 100;

/** Two or three positions in order, `i < j`, `1 <= i < j <= n`, `i < j < k`, `j > i`: letters, not subscripts. */
const INDEX_ORDER = /(?<![\w[.])([a-z]) ?(<|>)(?!=) ?([a-z])(?: ?\2(?!=) ?([a-z]))?(?![\w[(])/g;

/**
 * Words that seek one index or a best value rather than count: the nearest larger one is a stack,
 * and so is a wait "until" a larger one ("how many days until a warmer day" counts days, not pairs).
 */
const SEEKS_ONE =
  /\b(?:nearest|closest|first|next|until|till|previous greater|smallest (?:index|j|k)|largest (?:index|j|k)|(?:minimum|maximum|min|max) (?:index|j|k)|largest value|smallest value|maximum value|minimum value|largest difference|maximum difference)\b/;

/** A count asked; "counting from the left" only numbers the positions. */
const COUNTS =
  /\bhow many\b|\bnumber of\b|\bcount(?:s|ing)?\b(?! from (?:the )?(?:left|right|front|back|start|end|top|bottom|one|zero|[01])\b)/;
/**
 * A count the answer is, not a best: "the smallest number of teams" asks for an optimum over
 * groups, and the pair it bounds ("any two on a team differ by at most d") is a rule, not counted.
 */
const COUNTED =
  /\bhow many\b|(?<!\b(?:smallest|least|fewest|minimum|minimal|largest|greatest|maximum|maximal|lowest|highest) )\bnumber of\b|\bcount(?:s|ing)?\b/;

/**
 * The value at a position, `a_i` or `a[i]`, with the array's name as a back-reference after the
 * first. The index is one letter INDEX_ORDER read, so it needs no escaping.
 */
const at = (index: string, name: string) => `${name}(?:_${index}|\\[${index}\\])(?![\\w\\]])`;
const FIRST_NAME = '(?<name>[a-z]\\w*)';
const SAME_NAME = '\\k<name>';
const COMPARE = '(?:<=|>=|<(?!=)|>(?!=))';
const EQUALS = '(?<![<>!=])==?(?!=)';
const SCALE = '(?:\\d+ ?\\* ?)?';

/** Whether the body holds a value at this index anywhere (`_i` or `[i]`), which every condition needs. */
const indexed = (body: string, index: string) => body.includes(`_${index}`) || body.includes(`[${index}]`);

function valueCondition(body: string, first: string, second: string): PairCondition | null {
  // Every condition below starts by trying a name at each position of the body, and most bodies
  // never subscript one of the two letters: a cheap look for both spares the patterns.
  if (!indexed(body, first) || !indexed(body, second)) return null;
  for (const [p, q] of [
    [first, second],
    [second, first],
  ] as const) {
    const left = at(p, FIRST_NAME);
    const right = at(q, SAME_NAME);
    const sum = new RegExp(
      `(?<below>${COMPARE} ?)?${left} ?\\+ ?${right}(?<then> ?(?:${COMPARE}|${EQUALS}))?`,
    ).exec(body);
    const { below, then } = sum?.groups ?? {};
    if (below || (then && /[<>]/.test(then))) return 'sum-window';
    // A gap under a bound (`|a_i - a_j| <= k`) is a window over the sorted values as well.
    if (new RegExp(`\\| ?${left} ?- ?${right} ?\\| ?${COMPARE}`).test(body)) return 'sum-window';
    // A signed gap (`nums[j] - nums[i] <= d`) is that window too on sorted values; on values in any
    // order it compares each with the earlier ones, as an order does (a shifted inversion count).
    if (new RegExp(`${left} ?- ?${right} ?${COMPARE}`).test(body))
      return promisesOrder(body) ? 'sum-window' : 'order';
    if (then) return 'sum-exact';
    const bare = (letter: string) => `(?<![\\w[_])${letter}(?![\\w\\]])`;
    const shifted = [
      `${left} ?- ?${right} ?${EQUALS} ?${bare(p)} ?- ?${bare(q)}`,
      `${left} ?(?<sign>[-+]) ?${bare(p)} ?${EQUALS} ?${right} ?\\k<sign> ?${bare(q)}`,
      `${left} ?\\+ ?${bare(q)} ?${EQUALS} ?${right} ?\\+ ?${bare(p)}`,
    ];
    if (shifted.some((form) => new RegExp(form).test(body))) return 'key';
    if (new RegExp(`${SCALE}${left} ?${COMPARE} ?${SCALE}${right}`).test(body)) return 'order';
    if (new RegExp(`${left} ?${EQUALS} ?${right}`).test(body)) return 'equal';
  }
  return null;
}

/** Three positions whose values are chained the same way (`h_i > h_j > h_k`). */
function chained(body: string, [i, j, k]: readonly string[]): boolean {
  if (!i || !j || !k || ![i, j, k].every((index) => indexed(body, index))) return false;
  const chain = `${at(i, FIRST_NAME)} ?(?<sign>${COMPARE}) ?${at(j, SAME_NAME)} ?\\k<sign> ?${at(k, SAME_NAME)}`;
  return new RegExp(chain).test(body);
}

/**
 * A side of each item, in words: "earlier", "before it", "behind them", "to its right"; "the
 * following rules" introduces a list, not a side.
 */
const SIDE =
  /\b(?:earlier|before (?:it|them|him|her|that \w+)|previous|preceding|prior|later|after (?:it|them|him|her|that \w+)|(?<!the )following|behind|ahead(?: of)?|in front of|to (?:its|their|the) (?:right|left)|further (?:along|down|on))\b/g;
/** A comparison in words: "colder than", "more stars", "shorter", "cheaper" (a lower case letter is none). */
const COMPARATIVE =
  /\b(?:\w+er than|(?:more|fewer|less) \w+|smaller|larger|bigger|greater|higher|lower(?! case)|taller|shorter|heavier|lighter|cheaper|dearer|older|younger|faster|slower|earlier|later|warmer|colder|hotter|cooler|longer|stronger|weaker|richer|poorer|wider|narrower|deeper|louder|quieter|better|worse)\b/g;
/** Beating every item on one side is a record (a running best), not a count of pairs. */
const AGAINST_ALL =
  /\b(?:every|all|each of the|any) (?:\w+ )?(?:earlier|previous|preceding|prior|other|before)\b|\bso far\b/;

/**
 * A comparison with one neighbour, not with a side: "warmer than the day before them", "than the
 * previous reading" name a single item next to each one, which a pass compares directly.
 */
const NEIGHBOUR =
  /\bthan (?:on )?the (?:\w+ )?(?:one|\w*[^s\W]) (?:just |right |immediately )?(?:before|after) (?:it|them|him|her)\b|\bthan (?:on )?the (?:previous|preceding|following|next) (?:one|\w*[^s\W])\b/;

/** A count for every item: "for each entry i, print how many", "result[i] is the number of". */
const EACH =
  /\bfor (?:each|every) (?!test|query|case)(?:\w+ )?(?:[a-z]\b)?[^.]{0,80}\b(?:how many|number of|count)\b|\b\w+\[[a-z]\] (?:is|=) the number of\b/;

/** A count in words: the sentence counts, names a side, and compares with a second word. */
function wordedOrder(body: string): PairCount['counted'] | null {
  for (const sentence of sentencesOf(body)) {
    if (
      !COUNTS.test(sentence) ||
      SEEKS_ONE.test(sentence) ||
      // "print that number of places": the count a sentence before defined, not a new one.
      /\b(?:that|this|the same) (?:number|count)\b/.test(sentence) ||
      AGAINST_ALL.test(sentence) ||
      NEIGHBOUR.test(sentence)
    )
      continue;
    const sides = [...sentence.matchAll(SIDE)];
    const comparisons = [...sentence.matchAll(COMPARATIVE)];
    const side = sides.find((s) => comparisons.some((c) => c.index !== s.index));
    if (!side) continue;
    if (/\bpairs?\b/.test(sentence)) return 'pairs';
    return /\btriples?\b|\btriplets?\b/.test(sentence) ? 'triples' : 'each';
  }
  return null;
}

const GENERIC =
  /^(?:indices|indexes|index|positions?|integers?|numbers?|elements?|values?|pairs?|times?|different|distinct|other|such|the|of)$/;
/** "For each test case", "for every query": the input's framing, not the item counted. */
const FRAMING = /^(?:tests?|cases?|quer(?:y|ies)|testcases?)$/;
/** The item the statement counts, singular: "pairs of runners" gives "runner", "for each day" gives "day". */
function itemOf(body: string): string | null {
  const named = /\b(?:pairs? of|for (?:each|every)) (\w+)|\b(?:two|three) (\w+) [a-z] [<>]/g;
  for (const match of body.matchAll(named)) {
    const word = match[1] ?? match[2] ?? '';
    if (GENERIC.test(word) || FRAMING.test(word) || word.length < 3) continue;
    return word.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
  }
  return null;
}

/** The count over ordered pairs the statement asks for, or null when it asks for none. */
export function readPairCount(body: string, largestValue?: number): PairCount | null {
  const count = pairCountIn(body);
  if (!count) return null;
  return { ...count, fewValues: largestValue !== undefined && largestValue <= FEW_VALUES };
}

/**
 * The count read from the words alone, whatever the values' bound: the scene and the questions
 * (asks.ts) both ask for it of the same text.
 */
const pairCountIn = lastReading((body: string): Omit<PairCount, 'fewValues'> | null => {
  if (!COUNTED.test(body)) return null;
  const item = itemOf(body);
  for (const match of body.matchAll(INDEX_ORDER)) {
    const letters = [match[1], match[3], match[4]].filter((letter): letter is string => !!letter);
    if (new Set(letters).size !== letters.length) continue;
    const [first = '', second = ''] = letters;
    if (letters.length === 3 && chained(body, letters))
      return { counted: 'triples', condition: 'order', item };
    const condition = valueCondition(body, first, second);
    if (!condition) continue;
    // The sentence that names the condition seeks one index (the nearest j > i with a_j < a_i).
    if (SEEKS_ONE.test(sentenceAround(body, match.index ?? 0))) return null;
    const each = EACH.test(body);
    const bound = condition === 'sum-window' ? { bound: readPairBound(body) } : {};
    return { counted: each ? 'each' : 'pairs', condition, item, ...bound };
  }
  // The sum or gap said in words ("two children whose total weight is at most k"): by value alone.
  const summed = readPairBySum(body);
  if (summed && !summed.triple)
    return {
      counted: 'pairs',
      condition: summed.tie,
      item,
      ...(summed.tie === 'sum-window' ? { bound: readPairBound(body, summed.words) } : {}),
    };
  const counted = wordedOrder(body);
  return counted ? { counted, condition: 'order', item } : null;
});

/** The sentence around a position of the body (ellipses cut it short, which only narrows it). */
function sentenceAround(body: string, index: number): string {
  const start = Math.max(body.lastIndexOf('.', index), body.lastIndexOf('\n', index)) + 1;
  const ends = [body.indexOf('.', index), body.indexOf('\n', index)].filter((at) => at >= 0);
  return body.slice(start, ends.length > 0 ? Math.min(...ends) : undefined);
}
