/**
 * How a count of pairs judged by a bound on their two values (pair-counts.ts, 'sum-window') bounds
 * them: what the bound measures (the two values put together, by a sum or a product, or the gap
 * between them) and on which side (one upper bound, one lower bound, or a window with both). The
 * walk differs with each: a sum under a bound is counted by pointers closing in from both ends,
 * a gap under a bound by pointers moving the same way, and only a window with two ends is the
 * count under its top less the count under its bottom. Read from subscripts first
 * (`H_i + H_j < K`, `|a_i - a_j| >= k`, `l <= a_i + a_j <= r`), then from the words of the
 * sentence that judges the pair ("whose total weight is at most k", "differ by at least d").
 */
export interface PairBound {
  /** The two values put together (a sum, a product) or the distance between them. */
  measure: 'together' | 'gap';
  /** Under one bound, over one bound, or inside a window with both ends. */
  side: 'below' | 'above' | 'both';
}

/** A value at a position: `a_i`, `nums[j]`, `h_{i}`. */
const VALUE = String.raw`[a-z]\w*(?:_\{?[a-z]\}?|\[[a-z]\])`;
const COMPARE = String.raw`(?:<=|>=|<(?!=)|>(?!=)|≤|≥)`;
/** What follows a comparison: a bound that is itself a pair's value (`a_i + a_j > b_i + b_j`) is no bound. */
const NOT_A_VALUE = String.raw`(?! ?${VALUE})`;

const TOGETHER = new RegExp(
  String.raw`(?:(?<before>${COMPARE}) ?)?${VALUE} ?[+*] ?${VALUE}(?: ?(?<after>${COMPARE})${NOT_A_VALUE})?`,
);
const GAP = new RegExp(
  String.raw`(?:(?<before>${COMPARE}) ?)?\|? ?${VALUE} ?- ?${VALUE} ?\|?(?: ?(?<after>${COMPARE})${NOT_A_VALUE})?`,
);

const below = (sign: string) => /[<≤]/.test(sign);

/** The side a comparison before and one after the pair's value put the bounds on. */
function sideOf(before: string | undefined, after: string | undefined): PairBound['side'] | null {
  if (before && after) return 'both';
  if (after) return below(after) ? 'below' : 'above';
  // `k <= a_i + a_j`: the bound stands first, so the pair's value is above it.
  if (before) return below(before) ? 'above' : 'below';
  return null;
}

function fromSubscripts(body: string): PairBound | null {
  for (const [measure, pattern] of [
    ['together', TOGETHER],
    ['gap', GAP],
  ] as const) {
    const match = pattern.exec(body);
    const side = match && sideOf(match.groups?.before, match.groups?.after);
    if (side) return { measure, side };
  }
  return null;
}

/** A gap in words: "differ by", "the distance between them", "apart", "within d of each other". */
const GAP_WORDS = /\b(?:differ(?:s|ing)? by|difference|distance|apart|gap|of each other|from each other)\b/;
/**
 * Two ends said: "at least l and at most r", "between low and high, inclusive", "from l to r".
 * The statement's reading has already written some bounds as signs ("is at least l" as ">= l").
 */
const LOWER = String.raw`(?:\bat least\b|\bno less than\b|>=|≥)`;
const UPPER = String.raw`(?:\bat most\b|\bno more than\b|<=|≤)`;
const BOTH_WORDS = new RegExp(
  String.raw`${LOWER}[^.;]*${UPPER}|${UPPER}[^.;]*${LOWER}|\bbetween \S+ and \S+|\bin the range\b`,
);
const BELOW_WORDS =
  /\b(?:at most|no more than|not more than|up to|under|below|(?:strictly )?(?:less|smaller|fewer|lower) than|within|(?:does|do|must) not exceed|not exceeding)\b|<|≤/;
const ABOVE_WORDS =
  /\b(?:at least|no less than|not less than|(?:strictly )?(?:more|greater|larger|higher) than|exceed(?:s|ing)?|over)\b|>|≥/;
/** An order between two indices (`i < j`) bounds no value. */
const INDEX_ORDER = /\b[a-z] ?[<>]=? ?[a-z]\b/g;

function fromWords(judging: string): PairBound | null {
  const sentence = judging.replace(INDEX_ORDER, ' ');
  // A lower bound negated ("does not exceed") is an upper one: the upper words are read first.
  const side = BOTH_WORDS.test(sentence)
    ? 'both'
    : BELOW_WORDS.test(sentence)
      ? 'below'
      : ABOVE_WORDS.test(sentence)
        ? 'above'
        : null;
  return side ? { measure: GAP_WORDS.test(sentence) ? 'gap' : 'together', side } : null;
}

/**
 * The bound a pair's two values meet, from the statement's subscripts or else from the sentence
 * that judges the pair (pointer-walks.ts finds it); null when neither says it in a way read here.
 */
export function readPairBound(body: string, judging?: string): PairBound | null {
  return fromSubscripts(body) ?? (judging ? fromWords(judging) : null);
}
