import {
  applyChain,
  comparisonChains,
  numericMinimum,
  type PendingBound,
  Registry,
  resolvePending,
  setUpper,
} from './chains';
import { withoutClauses } from './clauses';
import { evaluate } from './evaluate';
import { normalizeMath } from './normalize';
import { type RoleHints, settleRoles } from './roles';
import { givesTable } from './size-words';
import { isSizeTerm, readWrittenTotals, withoutWrittenSums } from './totals';
import { type NameUsage, readUsage } from './usage';

export { evaluate } from './evaluate';

/**
 * What a bounded name is, which decides whether it drives the running time:
 * sizes and grid dimensions do; values (`nums[i]`, `x`, `target`) only bound magnitudes.
 */
export type VariableRole = 'dimension' | 'size' | 'tests' | 'item-size' | 'param' | 'value';

export interface Variable {
  /** Every spelling that names it (`n`, `nums.length`), first seen first. */
  names: string[];
  role: VariableRole;
  lower?: number;
  upper?: number;
  /** Another variable bounds it (`k <= n`, `k <= n / 2`): it never grows the input on its own. */
  boundedBy?: string;
  /** The largest value that bound allows, as the statement writes it: `n - 1` for `k < n` or `k <= n - 1`. */
  boundedTo?: string;
  /** A faster-growing formula of other sizes bounds it (`m <= n * (n - 1) / 2`): an edge count. */
  grows?: string;
  /** A product of other names bounds it (`labels.length <= m * k`): they are its factors, not inputs of their own. */
  factors?: string[];
  /** It bounds the total size of many items together ("sum of rooms[i].length <= 3000"). */
  total?: boolean;
  /** A position the statement picks (the k of "i < j <= k"), never given as input. */
  index?: boolean;
  /** A count the answer must reach ("make m bouquets"), not an amount a table runs over. */
  goal?: boolean;
  /** A number operations change one at a time, whose bound counts the states a search visits (states.ts). */
  operated?: boolean;
  /** One of several names bounded together by another name ("1 <= u, v <= n"): a label of its items. */
  label?: boolean;
  /** The normalized constraint that gave the upper bound, quoted in reasons. */
  source?: string;
}

export interface SumBound {
  /** The per-test variables whose total is bounded (`n`, or `n` and `m` for `n * m`). */
  names: string[];
  upper: number;
  source: string;
}

export interface ConstraintFacts {
  variables: Variable[];
  /** How the statement uses its one-letter names (what they count). */
  usage: NameUsage;
  sums: SumBound[];
  /** Bounds on a product such as `m * n <= 10^4` (the cell count of a grid). */
  products: { names: string[]; upper: number; source: string }[];
  /** Whether the page says it has several test cases per input. */
  multiTest: boolean;
}

const RANGE =
  /\b(the (?:number|count) of [a-z ]{1,40}?|[\w.[\]]+)\s+(?:is\s+|are\s+|will\s+be\s+)?in\s+the\s+range\s+\[\s*([-\d*^+ ]+?)\s*,\s*([-\d*^+ ]+?)\s*\]/gi;
const CLAUSE_WORD = /^(?:or|and|are|is|be|where|then|each|will|which|that|always|also)$/i;
/**
 * Several inputs in one run ("the number of test cases", "each test case", "t test cases follow");
 * LeetCode's "the test cases are generated so that …" speaks of the judge's data, not of the input.
 */
const MULTI_TEST =
  /\b(?:number|count) of (?:the )?test ?cases?\b|\b(?:each|every|per|multiple|several) test ?cases?\b|\btest ?cases? follows?\b|\bdescriptions? of (?:the |each )?test ?cases?\b|\b[tq] test ?cases?\b|\bover all test ?cases?\b|\bfor all test ?cases?\b/i;
/** "the earliest day on which m bouquets can be made": a count the answer reaches, not an input. */
const PASSIVE_GOALS =
  /\b([a-z]) (?:[a-z]+ ){0,2}(?!calls\b|queries\b|operations\b|requests\b|times\b)[a-z]+s (?:can|could|must|should|will) (?:all )?be (?:made|formed|built|produced|completed|finished|assembled|collected|delivered)\b/gi;
const COUNT_NAMED = /\bthe (?:number|count) of [a-z ]{1,40}? (?:is|equals) ([A-Za-z]\w*)\s*\.?\s*$/gi;
/** A bound said to hold within one test of a run, not across all of them. */
const PER_TEST = /\b(?:each|every|one|a single|per|any) (?:test|test case|case|input)\b/i;
const CALLS = /\bat most ([-\d*^+ ]+?) calls\b/gi;
/**
 * A bound on the total size of all items ("sum(rooms[i].length) <= 3000", "the total number of
 * cell numbers in all formulas <= 2 * 10^5"): the real size of an input of many lists.
 */
const TOTALS = [
  /\bsum\s*(?:of\s+)?\(?\s*([A-Za-z_][\w.]*\[[a-z]\]\.(?:length|size)(?:\(\))?)\s*\)?\s*<=\s*([-\d*^+ ]+)/gi,
  /\b(?:the )?total (?:number|count|length) of ([a-z][a-z ]{1,40}?)(?: (?:in|over|across) all [a-z ]{1,30}?)? <=\s*([-\d*^+ ]+)/gi,
  // "The total length of all after[i] is at most 5 * 10^4": the lists of one array together.
  /\b(?:the )?total (?:number|count|length|size) of (?:all )?(?:the )?([A-Za-z_]\w*\[[a-z]\])(?: is)? <=\s*([-\d*^+ ]+)/gi,
];
const SUM =
  /\bsums?\s+of\s+(?:the\s+)?(?:values\s+of\s+)?(.{1,40}?)\s+(?:over|across|in|for|of)\s+all\b[^<>]{0,40}?<=\s*([-\d*^+ ]+)/gi;

/**
 * "Each of the next q lines contains one label s", with |s| bounded on its own: every line is a
 * whole input of its own length, answered apart, so q counts tests (not questions about one input).
 */
function wholeInstancePerLine(whole: string): string[] {
  const line =
    /\beach of the next q lines (?:contains|holds|has|gives) (?:a|an|one) (?:[a-z]+ ){0,2}?([a-z])\b/i.exec(
      whole,
    );
  return line?.[1] && whole.includes(`|${line[1]}|`) ? ['q'] : [];
}

/**
 * "After this, there are n lines, each containing two integers a and b" where a and b are bounded
 * by numbers alone, and an answer is printed for each: every line is a computation of its own (a
 * power, a gcd), so n counts tests. Letters bounded by another size (`1 <= a, b <= n`) are the ends
 * of a link, and a single answer over all the lines keeps n a size.
 */
function computationsPerLine(whole: string): string[] {
  // Letters may sit in code marks or math, as sites print them: "`n` lines", "$a$ and $b$".
  const letter = String.raw`[\x60$]?([a-z])[\x60$]?`;
  const line = new RegExp(
    String.raw`(?:^|[\s(])${letter} lines,? each (?:containing|with|holding|of) (?:two|three|four) (?:integers|numbers) ${letter}(?:, ${letter})?,? and ${letter}(?![\w$\x60])`,
    'i',
  ).exec(whole);
  const answered =
    /\b(?:print|output) (?:each|the \w+ (?:of|for) each|one (?:line|answer|value|number) (?:for|per) each)\b/i;
  if (!line?.[1] || !answered.test(whole)) return [];
  const values = [line[2], line[3], line[4]].filter((name): name is string => !!name);
  const boundByNumber = (name: string) =>
    new RegExp(String.raw`^[^\n]*\b${name}\b[^\n]*<=\s*\d[^\n]*$`, 'im').test(whole) &&
    !new RegExp(String.raw`\b${name}\b[^\n]*<=\s*[a-z]\b`, 'i').test(whole);
  return values.every(boundByNumber) ? [line[1].toLowerCase()] : [];
}

/** Reads every bound the constraints (and the statement, where sites inline them) state. */
export function parseConstraints(
  constraints: readonly string[],
  statement: string,
  examples = '',
): ConstraintFacts {
  const texts = [...constraints, ...statement.split(/\n+|(?<=[.;])\s+(?=[A-Z(])/)]
    .map(normalizeMath)
    .map(numericMinimum);
  const whole = texts.join('\n');
  const multiTest = MULTI_TEST.test(whole);
  const hints: RoleHints = {
    multiTest,
    // Queries that share nothing ("the queries do not depend on each other") are tests by another name.
    queriesAreTests:
      /\bfirst line of each query\b|\beach of the next q lines contains (?:a|one) string\b|\beach query (?:consists|is described)\b|\beach query (?:is given (?:on|in|over)|spans|takes|occupies) (?:two|three|\d+|several) lines\b|\b(?:queries|questions) (?:are (?:all )?independent|do not depend on (?:each other|one another))\b|\beach (?:query|question) is independent\b/i.test(
        whole,
      ),
    testsByLine: new Set([...wholeInstancePerLine(whole), ...computationsPerLine(whole)]),
    grid: /\bH\b/.test(whole) && /\bW\b/.test(whole),
    table: givesTable(whole, examples),
    usage: readUsage(whole),
    moduli: new Set([...whole.matchAll(/\bmod(?:ulo)? ([a-z])\b/gi)].map((m) => (m[1] ?? '').toLowerCase())),
    goals: new Set([...whole.matchAll(PASSIVE_GOALS)].map((m) => (m[1] ?? '').toLowerCase())),
  };
  const registry = new Registry(hints);
  const products: ConstraintFacts['products'] = [];
  const pending: PendingBound[] = [];
  const sums: SumBound[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(RANGE)) {
      const [, rawName = '', low = '', high = ''] = match;
      const upper = evaluate(high);
      // "nums[i] is either -1 or in the range [1, 10^9]", "will always be in the range": the word
      // before "in the range" closes a clause and names nothing.
      if (upper === undefined || CLAUSE_WORD.test(rawName)) continue;
      // "The number of nodes in both lists is in the range [0, 50]": two inputs of that size.
      const names = /\bboth\b|\beach of the two\b/i.test(rawName)
        ? [`${rawName.trim()} (first)`, `${rawName.trim()} (second)`]
        : [rawName.trim()];
      for (const name of names) setUpper(registry.get(name), upper, match[0], evaluate(low));
    }
    for (const match of text.matchAll(SUM)) {
      const upper = evaluate(match[2] ?? '');
      const names = (match[1] ?? '').match(/\|?[A-Za-z_][\w.]*\|?/g) ?? [];
      if (upper === undefined || names.length === 0) continue;
      // "The sum of the lengths of all the words over all test cases": the items' sizes summed
      // are the input's total size, and the tests share it.
      const total = names.every((name) => isSizeTerm(name, whole))
        ? registerTotal(registry, names.join(' '), upper, match[0])
        : undefined;
      sums.push({ names: total ? [...total.names] : names, upper, source: match[0].trim() });
    }
    // A total the items' sizes may reach, written out in words, bounds all the tests of a run
    // together ("the total length of the strings does not exceed 2 * 10^5"), as a sum over the
    // tests does, unless it says it holds within each test.
    const sharedByTests = multiTest && !PER_TEST.test(text);
    const total = (term: string, upper: number, source: string) => {
      const variable = registerTotal(registry, term, upper, source);
      if (sharedByTests) sums.push({ names: [...variable.names], upper, source: source.trim() });
    };
    for (const { term, upper, source } of readWrittenTotals(text, whole)) total(term, upper, source);
    for (const pattern of TOTALS) {
      for (const match of text.matchAll(pattern)) {
        const upper = evaluate(match[2] ?? '');
        if (upper !== undefined) total(match[1] ?? '', upper, match[0]);
      }
    }
    if (/\bsums?\s+(?:of\b|\(|[A-Za-z_][\w.]*\[)|\btotal (?:number|count|length) of\b/i.test(text)) continue;
    // A sum written out bounds a total, read above; the rest of the line still bounds its own names.
    const rest = withoutWrittenSums(text);
    for (const { chain, index } of comparisonChains(rest))
      applyChain(registry, products, pending, withoutClauses(chain, rest, index));
    // "The number of nodes in the list is sz": the name is that count, whatever it is called.
    for (const match of text.matchAll(COUNT_NAMED)) {
      const counted = registry.get(match[1] ?? '');
      if ((counted.role === 'value' || counted.role === 'param') && !counted.goal) counted.role = 'size';
    }
    for (const match of text.matchAll(CALLS)) {
      const upper = evaluate(match[1] ?? '');
      if (upper !== undefined) setUpper(registry.get('calls'), upper, match[0]);
    }
  }
  resolvePending(registry, pending);
  const variables = registry.all();
  settleRoles(variables, hints, whole);
  return { variables, usage: hints.usage, sums, products, multiTest };
}

/** A bound on the size of many items together: the input's real size, whatever the number of items. */
function registerTotal(registry: Registry, term: string, upper: number, source: string): Variable {
  const total = registry.get(`total ${term.trim()}`);
  total.role = 'size';
  total.total = true;
  setUpper(total, upper, source);
  return total;
}

/** The name the page gives its main collection (`nums` from `nums.length`), for wording. */
export function collectionName(facts: ConstraintFacts): string | undefined {
  for (const variable of facts.variables) {
    if (variable.role !== 'size') continue;
    const named = variable.names.find((name) => /^[a-z]\w*\.length$/i.test(name));
    if (named) return named.replace(/\.length$/i, '');
  }
  return undefined;
}
