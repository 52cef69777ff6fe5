import type { ConstraintFacts, Variable } from './constraints';

/**
 * What each query asks of the input, read from how its parameters are bounded rather than from
 * the words around them: two positions `l <= r` that the array's length bounds (`1 <= l <= r <= n`,
 * `0 <= l_i <= r_i < nums.length`) name a span of positions, and a lone parameter bounded like the
 * values ("how many are at most x") is compared against the whole list.
 *
 * - `fixed`: the values never change and each query totals, counts or takes the best of its span.
 * - `changing`: values change between the queries (a point update, an addition over a span).
 * - `keyed`: the values never change and each query also names one value whose copies in the span
 *   it counts (`l r x`: how many a_i = x): running totals would need one per value, a map from each
 *   value to its sorted positions needs two halving searches.
 * - `tallied`: the same questions where the named value takes few values (`1 <= x <= 50` colours):
 *   a running count per value fits, a constant number of arrays, and answers each by a subtraction.
 * - `batched`: the spans are changes applied one after another and the answer is asked once, after
 *   all of them: marks at the two ends of each span, summed once (a difference array).
 */
export type PositionSpans = 'fixed' | 'changing' | 'keyed' | 'tallied' | 'batched';

const bounds = (variable: Variable, name: string | undefined) => !!name && variable.names.includes(name);

/** Each query gets its own answer ("for each query, print", "the i-th line holds the answer to the i-th query"). */
const PER_QUERY =
  /\bfor (?:each|every) (?:of the )?(?:quer(?:y|ies)|questions?|requests?)\b|\b(?:print|output|report) (?:the )?answers? (?:to|for|of) (?:each|every|the|all)\b|\banswers? (?:to|for|of) the i-th\b/;
/** The answer is asked once the changes are over ("after all operations", "after the last shift"). */
const AT_END =
  /\bafter (?:all|the last|the whole|the [a-z] \w+|every one of)\b|\bat the end\b|\bwhen (?:\w+ ){0,3}(?:has|have|is|are) (?:finished|done|over|applied)\b|\bonce (?:\w+ ){0,3}(?:is|are) (?:over|finished|done|applied)\b|\bfinal (?:array|values?|state|sequence|list)\b/;
/** A query adds to every element of its span ("add x to every element from l to r"). */
const SPAN_ADDITION =
  /\b(?:adds?|increases?|raises?|decreases?|subtracts?)\b[^.;]{0,60}\b(?:every|each|all)\b/;
/**
 * A span marked as a whole: added to, painted, flipped, covered ("puts c_i coats of paint on each
 * of them", "toggled every switch from start to end", "switches every lantern from L_j to R_j").
 */
const SPAN_MARK = new RegExp(
  `${SPAN_ADDITION.source}|\\b(?:paint(?:s|ed)?|puts?|pours?|toggle[sd]?|flip(?:s|ped)?|switch(?:es|ed)?|cover(?:s|ed)?|water(?:s|ed)?|spray(?:s|ed)?|coat(?:s|ed)?)\\b[^.;]{0,60}\\b(?:every|each|all)\\b`,
);
/**
 * Something asked between the marks: a second kind of line ("events of the second type", "type 2
 * queries") or the value at that moment ("the current water level").
 */
const ASKED_BETWEEN =
  /\bof (?:the )?(?:second|third|other) (?:type|kind)\b|\bof type \d\b|\btype \d (?:quer|event|operation|instruction)|\bcurrent(?:ly)?\b|\bat that (?:moment|time|point)\b/;
/** A name as a pattern of its own, lower-cased. */
export const escaped = (name: string) => name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The value a query names beside its span's two ends ("l, r and x", "(x, y, c)") when the span's
 * elements are matched against it ("a_i = x", "equal to v", "in colour x_j", "the value x occur"),
 * not compared by order ("at most x") nor taken as a count ("the k-th smallest").
 */
function keyNamed(
  start: Variable,
  end: Variable,
  variables: readonly Variable[],
  body: string,
): Variable | undefined {
  for (const from of start.names)
    for (const to of end.names) {
      const listed = new RegExp(`\\b${escaped(from)},? ${escaped(to)},? (?:and )?([a-z]\\w*)\\b`).exec(body);
      const key = listed?.[1];
      if (!key) continue;
      const matched = new RegExp(
        `(?:(?<![<>!])==?|\\bequals?|\\bequal to|\\b(?:colou?r|value|label|tag|code|type|kind)) (?:exactly )?${escaped(key)}\\b|\\boccurrences of ${escaped(key)}\\b`,
      ).test(body);
      const variable = variables.find((v) => v.names.some((name) => name.toLowerCase() === key));
      if (matched && variable && variable.role !== 'size') return variable;
    }
  return undefined;
}

/**
 * The two ends of a span of positions (`l <= r <= n`): a pair whose upper end one list's length
 * bounds, not a grid's side (a rectangle's corners) nor a value (`1 <= L <= R <= 10^9` is a band of
 * amounts, not of places).
 */
export function spanEnds(
  facts: Pick<ConstraintFacts, 'variables'>,
): { start: Variable; end: Variable } | null {
  const sizes = facts.variables.filter((v) => v.role === 'size' && !v.total);
  const ends = facts.variables.filter((v) => sizes.some((size) => bounds(size, v.boundedBy)));
  // Ends that subscript the values (`arr[i] < arr[j]` for `1 <= i < j <= arr.length`) state a
  // promise about the list's order, not a question: only ends of their own (l and r) ask for a span.
  const subscripts = new Set(
    facts.variables.flatMap((v) =>
      v.names.flatMap((name) => [...name.matchAll(/\[(\w+)\]|_(\w+)$/g)].map((m) => m[1] ?? m[2])),
    ),
  );
  const asked = (v: Variable) => !v.index && !v.names.some((name) => subscripts.has(name));
  const startOf = (end: Variable) =>
    facts.variables.find((start) => start !== end && asked(start) && bounds(end, start.boundedBy));
  const pair = ends.find((end) => asked(end) && startOf(end));
  const start = pair && startOf(pair);
  return pair && start ? { start, end: pair } : null;
}

/**
 * Queries over spans of positions (spanEnds), and whether the values change between them. A third parameter the same length
 * bounds on its own (`1 <= p <= n`) picks one position: a point update between the questions,
 * unless the query matches the span's elements against it (`1 <= x <= n` as a label to count).
 */
export function positionSpans(facts: ConstraintFacts, updates: boolean, body = ''): PositionSpans | null {
  const ends = spanEnds(facts);
  if (!ends) return null;
  const { start, end: pair } = ends;
  const key = keyNamed(start, pair, facts.variables, body);
  const others = facts.variables.filter((v) => v.boundedBy === pair.boundedBy && v !== pair);
  // The list's own values may be bounded by its length too (`1 <= a_i <= n`, given as a_1 ... a_n).
  const length = escaped(pair.boundedBy ?? '');
  const element = (v: Variable) =>
    v.names.some((name) => {
      const base = /^([a-z]+)_[a-z]$/i.exec(name)?.[1]?.toLowerCase();
      return !!base && new RegExp(`\\b${base}_1\\b[^\\n]*\\b${base}_${length}\\b`).test(body);
    });
  const point = others.some((other) => other !== key && !other.label && !other.index && !element(other));
  // Changes asked about once they are all made are a batch, however they are worded.
  if (AT_END.test(body) && !PER_QUERY.test(body)) return 'batched';
  // Spans marked with nothing asked between them are read once the marks are all laid.
  if (SPAN_MARK.test(body) && !PER_QUERY.test(body) && !ASKED_BETWEEN.test(body) && !updates && !point)
    return 'batched';
  if (updates || point || SPAN_ADDITION.test(body)) return 'changing';
  if (!key) return 'fixed';
  return fewKeys(key, facts.variables) ? 'tallied' : 'keyed';
}

/** The most values a key may take for a running count per value to be a constant: fifty colours, a hundred grades. */
const FEW_KEYS = 1000;
/** The most cells the running counts of every value over the list may take. */
const TALLY_CELLS = 20_000_000;

/**
 * The value a query names takes few values, and a running count of each over the whole list fits:
 * a constant range (the README's "a bound that is a constant is not a size"), not one as wide as
 * the list (`1 <= x <= n`) nor a magnitude (`x <= 10^9`).
 */
function fewKeys(key: Variable, variables: readonly Variable[]): boolean {
  const sizes = variables.filter((v) => v.role === 'size' && v.upper !== undefined);
  const longest = Math.max(0, ...sizes.map((v) => v.upper ?? 0));
  const values = key.upper;
  return (
    values !== undefined &&
    key.boundedBy === undefined &&
    values <= FEW_KEYS &&
    values * longest <= TALLY_CELLS
  );
}

/**
 * A query that compares a value against the list ("how many cost at most b_j", "strictly heavier
 * than X_j", "a catalogue number smaller than x_j"): the list in order answers it by a halving
 * search. A query that names a key ("the room of badge x", "how often this word occurs") is a
 * lookup, and one over a span of positions is a running total or a tree, neither a search.
 */
const COMPARED =
  /\b(?:at (?:most|least)|no (?:more|less|fewer|greater|larger|smaller) than|not (?:more|less) than|(?:smaller|larger|greater|less|fewer|more|higher|lower|heavier|lighter|cheaper|costlier|older|younger|taller|shorter|longer|bigger|earlier|later) than|below|above|exceed(?:s|ing)?|closest to|nearest to)\b/;

export function queriesCompare(body: string, spans: PositionSpans | null): boolean {
  return !spans && COMPARED.test(body);
}

/** What a question asks of the values it compares: a count, a rank, or the first or last past a bound. */
const COUNTED_OR_FIRST =
  /\b(?:how many|number of|count|rank|(?:smallest|largest|lowest|highest|cheapest|priciest|first|last|nearest|closest)\b)/;

/**
 * Comparisons a question words around its value rather than in one phrase: a comparative with its
 * noun between ("strictly more points than x_j"), a value that lies between two of the question's
 * own ("lies between low_i and high_i", names with no article: "between the founder and v_j" is a
 * walk, not a band), or the place the value would take among the list ("the rank that x would get").
 */
const COMPARED_AROUND = String.raw`\b(?:more|fewer|less) (?:[a-z]+ ){1,2}than|\b(?:lies?|lying|falls?|is|are) between [a-z]\w* and|\b(?:rank|place|position) (?:that |which )?[a-z]\w* (?:would|will)\b`;

/**
 * A name bounded on both sides from a number up (`1 <= u, v <= n`, `0.001 <= x <= 1000`, `1 <= p_i
 * < i`): a constraint the page states, never a question's comparison (`l <= a_i <= r` still asks).
 */
const BOUND_CHAIN = /-?\d[\d.]*(?: \* 10\^\d+)? <=? [a-z]\w*(?:, ?[a-z]\w*)* <=? [^\s,)]+/g;

/** The question put once for each of its lines ("for each ride, find how many", "answer every shopper"). */
const ASKED_PER_LINE = /\bfor (?:each|every) [a-z]+\b[^.;:!?]*\b(?:how many|number of|count|rank)\b/;

/**
 * A question that compares a value of its own with the list, in the sentence that asks it ("how
 * many stalls sell at most their budget", "the smallest box whose size is at least P_j", which the
 * normalised text writes as "size >= p_j"): the comparison is followed by what it compares with,
 * not by a number of digits to print nor by "the editor below", and the sentence counts, ranks or
 * takes the first past the bound. A setter may split the two: a rule that compares with the
 * question's value in one sentence ("only children no taller than x_j may ride the j-th one") and
 * the count asked for each line in the next ("for each ride, find how many of the children").
 */
export function asksComparedValue(body: string): boolean {
  const sentences = body.replace(BOUND_CHAIN, ' ').split(/[.;:!?\n]\s/);
  const compares = new RegExp(
    `(?:${COMPARED.source}|[<>]=?)\\s+(?!\\d|the editor\\b)(?:their |its |the |a |an )?[\\x60'"]?[a-z]|${COMPARED_AROUND}`,
  );
  const compared = sentences.filter((sentence) => compares.test(sentence));
  if (compared.some((sentence) => COUNTED_OR_FIRST.test(sentence))) return true;
  // Split apart, the rule must compare with a value named by a letter of its own (`x_j`, `b`).
  const named = new RegExp(
    `(?:${COMPARED.source}|[<>]=?)\\s+(?![ij]\\b|a [a-z])[a-z](?:_[a-z])?\\b(?! [a-z]+ (?:of|in)\\b)`,
  );
  return compared.some((sentence) => named.test(sentence)) && sentences.some((s) => ASKED_PER_LINE.test(s));
}

/**
 * The list's values fall in a range no wider than the list is long (grades 0..100 over up to 10^6
 * students): a count per value and running counts over the values answer each question in O(1),
 * so no sort and no search.
 */
export function valuesFitATable(largestValue: number | undefined, largestSize: number | undefined): boolean {
  return largestValue !== undefined && largestSize !== undefined && largestValue <= largestSize;
}
