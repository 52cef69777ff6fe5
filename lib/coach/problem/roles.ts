import type { Variable, VariableRole } from './constraints';
import { joinsLabels, LINK_WORDS, linesPerCount, namesLinks } from './links';
import { escaped, spanEnds } from './query-kinds';
import { markDeclaredCounts, markSideWords, sizeByExpression } from './size-words';
import { promoteWalkedNumbers } from './states';
import type { NameUsage } from './usage';

const GRID_BASE = /^(grid|matrix|mat|board|image|img|picture|maze|field|map)\b/;
/**
 * Each line of the input gets its own answer ("for each query, print", "for each n, output", "for
 * each of them, decide", "print the answer to every command", "the i-th line ... the i-th query").
 */
const ANSWERED_ONE_BY_ONE =
  /\bfor (?:each|every) (?:of (?:them|these|the \w+)|\w+(?: of \w+)?),? (?:\w+ ){0,2}?(?:print|output|answer|report|decide|determine|find|say|write)\b|\b(?:print|output|report) (?:the )?answers? (?:to|for|of) (?:each|every)\b|\bthe i-th line\b[^.\n]{0,60}\bthe i-th\b/i;

/**
 * Each line's answer depends on the lines before it ("the balance after it", "the largest so far",
 * "its rank at that moment"): the lines are operations on one state that carries over, not
 * independent tests, however each one is answered.
 */
const ANSWER_CARRIES_OVER =
  /\bso far\b|\bafter (?:it|each|every)\b(?! test)|\bat that (?:moment|time|point)\b|\b(?:until|by|up to) (?:then|now|that point)\b|\b(?:already|earlier|previous(?:ly)?) (?:\w+ ){0,2}?(?:seen|given|read|arrived|added|received|made)\b/i;

/** What the statement says of its names, beside their bounds, that decides what each one is. */
export interface RoleHints {
  multiTest: boolean;
  usage: NameUsage;
  /** "The first line of each query": q counts independent inputs, like test cases. */
  queriesAreTests: boolean;
  /** Letters counting lines that are each an input or a computation of its own, answered apart (constraints.ts). */
  testsByLine: ReadonlySet<string>;
  /** Both H and W are bounded, so they are the sides of a grid (AtCoder's spelling). */
  grid: boolean;
  /** The input holds a table: indexed both ways (`map[r][c]`) or shown as a list of rows in an example. */
  table: boolean;
  /** Letters the statement takes a remainder by ("modulo m"). */
  moduli: Set<string>;
  /** Letters counting what the answer must produce, said in the passive ("m bouquets can be made"). */
  goals: Set<string>;
}

/**
 * Bars around a name the statement lists as numbers ("n integers a_1, ..., a_n (|a_i| <= 1000)")
 * take its absolute value: only a string's or a list's bars measure a length (|s| <= 10^5).
 */
function absoluteOfNumbers(v: Variable, whole: string): boolean {
  const base = v.names.map((name) => /^\|([a-z]\w*?)(?:_?i|\[i\])?\|$/i.exec(name)?.[1]).find(Boolean);
  if (!base) return false;
  const item = `${escaped(base)}(?:_?\\{?[1i0]\\}?|\\[[i01]\\])`;
  return new RegExp(
    `\\b(?:integers|numbers|reals?|real numbers|values)\\b(?:,? \\w+){0,3}?:? \\$*${item}`,
    'i',
  ).test(whole);
}

const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i;

/** Whether every noun the letter counts is a unit of time ("h hours"), and it counts something. */
function countsTime(v: Variable, usage: RoleHints['usage']): boolean {
  const nouns = v.names.flatMap((name) => usage.nouns.get(name.toLowerCase()) ?? []);
  return nouns.length > 0 && nouns.every((noun) => TIME_UNITS.test(noun));
}

/** A name's role from its spelling and the statement's use of it, before the bounds are compared. */
export function roleOf(name: string, hints: RoleHints): VariableRole {
  const lower = name.toLowerCase();
  if ((lower === 'q' && hints.queriesAreTests) || hints.testsByLine.has(lower)) return 'tests';
  if (
    /\[[a-z]\]\.(?:length|size)|^\|[a-z]_?i\|$|^\|[a-z]\w*\[[a-z]\]\|$|\[[a-z]\]\[[a-z]\]\.length/.test(lower)
  ) {
    return GRID_BASE.test(lower) ? 'dimension' : 'item-size';
  }
  if (
    /\.(?:length|size)(?:\(\))?$|^len\(|^\|.+\|$|^(?:the )?(?:number|count) of |^length$|^size$/.test(lower)
  ) {
    return GRID_BASE.test(lower) ? 'dimension' : 'size';
  }
  if (/^[HW]$/.test(name) && hints.grid) return 'dimension';
  if (/^[a-z]$/.test(lower) && hints.usage.sides.has(lower)) return 'dimension';
  if (lower === 'calls' || /^num[A-Z_]/.test(name)) return 'size';
  if (/tests?$|testcases?$/.test(lower)) return hints.multiTest ? 'tests' : 'size';
  // "k links, each on its own line": k counts lines of the input that join two items, the
  // edges of a graph, whatever letter the page gives them; "K marks ... Y_1 ... Y_K" counts values
  // the input gives one by one (not "the first k letters"). A k named otherwise is a parameter.
  if (lower === 'k') {
    const { lines, nouns, subscripted } = hints.usage;
    const links = lines.has(lower) && namesLinks(nouns.get(lower) ?? []);
    return links || subscripted.has(lower) ? 'size' : 'param';
  }
  if (!/^[a-z]$/.test(lower)) return 'value';
  // One letter: what the statement does with it decides. Counting things makes it a size; a
  // single number it names ("an integer n") or a modulus is a magnitude.
  const { counted, single, queries } = hints.usage;
  if (lower === 't' && hints.multiTest) return 'tests';
  if (hints.usage.instances.has(lower)) return 'tests';
  if (hints.usage.goals.has(lower) || hints.goals.has(lower)) return 'value';
  if (counted.has(lower)) return 'size';
  if (single.has(lower) || hints.moduli.has(lower)) return 'value';
  if (lower === 'q') return queries ? 'size' : 'value';
  return /^[nmev]$/.test(lower) ? 'size' : 'value';
}

/** Which role wins when two spellings turn out to name one variable (`n == nums.length`). */
export const ROLE_PRIORITY: VariableRole[] = ['dimension', 'size', 'tests', 'item-size', 'param', 'value'];

/**
 * Settles each variable's role once every bound is read: what the bounds, the statement's usage
 * and the other variables say about it together (a size bounded by 10^9 is a magnitude, a count
 * of lines of values is a number of tests, a length read both ways is a square board's side).
 */
export function settleRoles(variables: Variable[], hints: RoleHints, whole: string): void {
  // No input holds more than a few million items: a "size" (or a side) bounded by 10^9 or more is a
  // magnitude the statement counts in (people in a circle, coins in a pile), never read item
  // by item.
  // A count is never negative: a name that can go below zero (-200 <= x <= 200) is a value.
  // The same holds for each item's length, so |a[i]| <= 10^9 is an absolute value, not a length;
  // so are the bars around numbers, whatever their bound.
  const counts = new Set<VariableRole>(['size', 'dimension', 'item-size']);
  for (const v of variables)
    if (counts.has(v.role) && ((v.upper ?? 0) > 1e8 || (v.lower ?? 0) < 0)) v.role = 'value';
  // An absolute value bounded by u lets the value itself run from -u to u.
  for (const v of variables)
    if (v.role !== 'value' && absoluteOfNumbers(v, whole)) {
      v.role = 'value';
      if (v.lower === undefined && v.upper !== undefined) v.lower = -v.upper;
    }
  // Names bounded together by a count ("1 <= u, v <= n") are labels of its items, whatever their
  // letter (v is no vertex count); where the statement links items, they say the count counts them.
  // They are one kind of thing: when one of them counts nothing, neither do the others, whatever a
  // verb after one of them looks like ("kingdoms a and b unites").
  const lettersOnly = (v: Variable) => v.names.every((name) => /^[a-z]$/i.test(name));
  const counted = (v: Variable) => v.names.some((name) => hints.usage.counted.has(name.toLowerCase()));
  const partners = (v: Variable) =>
    variables.filter((other) => other.label && other.boundedBy === v.boundedBy);
  for (const v of variables)
    if (v.label && v.role === 'size' && lettersOnly(v) && !partners(v).every(counted)) v.role = 'value';
  // Labels the statement joins in pairs ("a passage between caves a and b") list the count's items
  // line by line, even where the count came as one number ("the first line has an integer n").
  const joined = joinsLabels(variables, whole);
  const labelled =
    LINK_WORDS.test(whole.toLowerCase()) || joined
      ? new Set(variables.flatMap((v) => (v.label && v.boundedBy ? [v.boundedBy.toLowerCase()] : [])))
      : new Set<string>();
  // A size is something the input lists. When nothing is read item by item (no a_i, no arrays,
  // no lines per item), "X guests" or "n steps" only name how many there would be: a value.
  const listsItems =
    hints.usage.listed.size > 0 ||
    variables.some(
      (v) =>
        v.role === 'item-size' ||
        v.role === 'dimension' ||
        v.names.some((name) =>
          /\.(?:length|size)|^(?:the )?(?:number|count) of |\[[a-z]\]|_[a-z]{1,2}$|\.val$|^calls$|^total /i.test(
            name,
          ),
        ),
    );
  // A count whose things the statement then names one at a time ("warehouse i", "each person"),
  // gives as input ("the n meetings are given as intervals") or labels is that list's length,
  // unless it was introduced as one number ("one integer X: X guests").
  const itemised = (v: Variable) =>
    v.names.some((name) => {
      const letter = name.toLowerCase();
      if (joined && labelled.has(letter)) return true;
      return (hints.usage.itemised.has(letter) || labelled.has(letter)) && !hints.usage.single.has(letter);
    });
  // A count introduced as one number ("the first line has an integer n") whose items the next n
  // (or n - 1) lines join in pairs is the length of that list.
  for (const v of variables)
    if (v.role === 'value' && lettersOnly(v) && joined && itemised(v) && linesPerCount(v, whole))
      v.role = 'size';
  // "where n is the length of both strings": the statement says outright that the letter measures
  // an input it reads, which is a size however little else it says of the input.
  const measured = (v: Variable) =>
    v.names.some((name) =>
      new RegExp(String.raw`\b${name} (?:is|denotes|stands for) the (?:length|size) of\b`, 'i').test(whole),
    );
  if (!listsItems) {
    for (const v of variables)
      if (v.role === 'size' && lettersOnly(v) && !itemised(v) && !measured(v)) v.role = 'value';
  }
  // "Within h hours", "after d days": a count of time the input never lists one by one is a budget
  // the answer is checked against, not something read (the piles are; the hours are not).
  for (const v of variables)
    if (v.role === 'size' && lettersOnly(v) && !itemised(v) && !measured(v) && countsTime(v, hints.usage))
      v.role = 'value';
  for (const v of variables) if (v.index && v.role === 'param') v.role = 'value';
  if (hints.table) markSideWords(variables);
  markDeclaredCounts(variables, whole);
  sizeByExpression(variables, hints.usage);
  promoteWalkedNumbers(variables, hints.usage, whole);
  // A grid has two sides. One side alone is a one-dimensional array that happens to have a
  // grid-like name ("heights"), unless it names both axes of a square board (n == board.length
  // == board[i].length).
  // A matrix indexed both ways by one bound (n == a.length == a[i].length) is a square board.
  for (const v of variables) {
    const bases = v.names.flatMap((name) => /^([A-Za-z]\w*)\.(?:length|size)/.exec(name)?.[1] ?? []);
    if (
      v.role === 'size' &&
      bases.some((base) =>
        v.names.some((name) => name.startsWith(`${base}[`) && /\]\.(?:length|size)/.test(name)),
      )
    )
      v.role = 'dimension';
  }
  markTables(variables);
  readSpanLines(variables, hints.usage, whole);
  // A count of lines that each hold only values is a number of tests (T boards, Q questions with
  // one number each), whatever the statement calls them, when each line gets an answer of its own.
  // Lines answered together (sorted, counted, paired) are the items of one list.
  const sized = variables.filter(
    (v) => v.role === 'size' || v.role === 'dimension' || v.role === 'item-size',
  );
  const [only] = sized;
  if (
    sized.length === 1 &&
    only &&
    only.names.some((name) => /^[tq]$/i.test(name) && hints.usage.lines.has(name.toLowerCase())) &&
    (hints.multiTest || (ANSWERED_ONE_BY_ONE.test(whole) && !ANSWER_CARRIES_OVER.test(whole)))
  ) {
    only.role = 'tests';
  }
  const dimensions = variables.filter((v) => v.role === 'dimension');
  if (dimensions.length === 1) {
    const [side] = dimensions as [Variable];
    const bothAxes =
      side.names.some((name) => /\]\.(?:length|size)/.test(name)) &&
      side.names.some((name) => /^[a-z]\w*\.(?:length|size)/i.test(name));
    const square =
      side.names.some((name) => hints.usage.sides.has(name.toLowerCase())) ||
      /\bn ?[x*] ?n\b|\bsquare\b/i.test(whole);
    if (!bothAxes && !square) side.role = 'size';
  }
}

/**
 * Lines that each name a span of the list's positions (`1 <= l_i <= r_i <= n`). The letter that
 * counts them ("the next k lines", "l_1 r_1 ... l_Q r_Q") counts operations on the list, whatever
 * its letter: k painting crews or Q passing boats are as many as the marks they lay, not a
 * parameter nor one number the statement names. A letter given beside the span's two ends ("l, r
 * and x", "l_i r_i c_i") is what each span carries (coins, coats), an amount however the story
 * counts it.
 */
function readSpanLines(variables: Variable[], usage: NameUsage, whole: string): void {
  const ends = spanEnds({ variables });
  if (!ends) return;
  const carried = new Set(
    ends.start.names.flatMap((from) =>
      ends.end.names.flatMap((to) => {
        const listed = new RegExp(`\\b${escaped(from)},? ${escaped(to)},? (?:and )?([a-z]\\w*)\\b`).exec(
          whole.toLowerCase(),
        );
        return listed?.[1] ? [listed[1]] : [];
      }),
    ),
  );
  for (const v of variables) {
    const letter = v.names.find((name) => /^[a-z]$/i.test(name))?.toLowerCase();
    if (!letter || (v.upper ?? Number.POSITIVE_INFINITY) > 1e8) continue;
    if (carried.has(letter) && v.role === 'size') v.role = 'value';
    else if (
      (v.role === 'param' || v.role === 'value') &&
      (usage.lines.has(letter) || usage.subscripted.has(letter))
    )
      v.role = 'size';
  }
}

/** Names of a table's sides beside its lengths ("rows == heights.length", "m == grid.length"). */
const ROW_NAMES = /^(?:rows?|m|h|height)$/i;
const COLUMN_NAMES = /^(?:cols?|columns?|n|w|width)$/i;

/**
 * A table under any name ("rows == heights.length", "columns == heights[i].length"): when its
 * length and its rows' length go by the names of a grid's sides, they are the two sides, not a list
 * of items each a few long.
 */
function markTables(variables: Variable[]): void {
  for (const rows of variables.filter(
    (v) => v.role === 'size' && v.names.some((name) => ROW_NAMES.test(name)),
  )) {
    const base = rows.names.map((name) => /^([A-Za-z]\w*)\.(?:length|size)$/.exec(name)?.[1]).find(Boolean);
    if (!base) continue;
    const columns = variables.find(
      (v) =>
        v.role === 'item-size' &&
        v.names.some((name) => COLUMN_NAMES.test(name)) &&
        // Whatever letter indexes the rows: `heights[i].length`, `altitude[r].length`.
        v.names.some((name) => new RegExp(`^${base}\\[[a-z]\\]\\.length$`, 'i').test(name)),
    );
    if (!columns) continue;
    rows.role = 'dimension';
    columns.role = 'dimension';
  }
}
