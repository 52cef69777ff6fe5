import { evaluate } from './evaluate';
import { normalizeMath } from './normalize';
import { promoteWalkedNumbers } from './states';
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
  /** A faster-growing formula of other sizes bounds it (`m <= n * (n - 1) / 2`): an edge count. */
  grows?: string;
  /** It bounds the total size of many items together ("sum of rooms[i].length <= 3000"). */
  total?: boolean;
  /** A position the statement picks (the k of "i < j <= k"), never given as input. */
  index?: boolean;
  /** A count the answer must reach ("make m bouquets"), not an amount a table runs over. */
  goal?: boolean;
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

const ATOM = String.raw`(?:[A-Za-z0-9_.'\]|]|\[[^\]]{0,12}\]|\([^()]{0,30}\))+`;
const OPERAND = `-?${ATOM}(?: ?[-+*/^] ?-?${ATOM})*`;
const LIST = `${OPERAND}(?: ?, ?${OPERAND})*`;
const COMPARATOR = '<=|>=|==|!=|<|>';
const CHAIN = new RegExp(`${LIST}(?: ?(?:${COMPARATOR}) ?${LIST})+`, 'g');
const RANGE =
  /\b(the (?:number|count) of [a-z ]{1,40}?|[\w.[\]]+)\s+(?:is\s+|are\s+|will\s+be\s+)?in\s+the\s+range\s+\[\s*([-\d*^+ ]+?)\s*,\s*([-\d*^+ ]+?)\s*\]/gi;
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

const GRID_BASE = /^(grid|matrix|mat|board|image|img|picture|maze|field|map)\b/;

interface RoleHints {
  multiTest: boolean;
  usage: NameUsage;
  /** "The first line of each query": q counts independent inputs, like test cases. */
  queriesAreTests: boolean;
  /** Both H and W are bounded, so they are the sides of a grid (AtCoder's spelling). */
  grid: boolean;
  /** Letters the statement takes a remainder by ("modulo m"). */
  moduli: Set<string>;
  /** Letters counting what the answer must produce, said in the passive ("m bouquets can be made"). */
  goals: Set<string>;
}

function roleOf(name: string, hints: RoleHints): VariableRole {
  const lower = name.toLowerCase();
  if (lower === 'q' && hints.queriesAreTests) return 'tests';
  if (/\[[a-z]\]\.(?:length|size)|^\|[a-z]_?i\|$|\[[a-z]\]\[[a-z]\]\.length/.test(lower)) {
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
  if (lower === 'k') return 'param';
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

const ROLE_PRIORITY: VariableRole[] = ['dimension', 'size', 'tests', 'item-size', 'param', 'value'];

/** Words of a sentence that "at least" turned into a comparison ("there >= k pairs"): no variable. */
const NOT_NAMES = /^(?:there|it|they|this|that|these|those|which|who|we|you|he|she|each|any|some|all)$/i;

function isName(operand: string): boolean {
  return (
    /^[A-Za-z|]/.test(operand) &&
    !NOT_NAMES.test(operand) &&
    !/[-+*/^]/.test(operand.replace(/^len\(.*\)$/, 'len'))
  );
}

function cleanOperand(operand: string): string {
  return operand.trim().replace(/[.,;:]+$/, '');
}

class Registry {
  private readonly byName = new Map<string, Variable>();
  constructor(private readonly hints: RoleHints) {}

  get(name: string): Variable {
    const key = name.toLowerCase();
    let variable = this.byName.get(key);
    if (!variable) {
      variable = { names: [name], role: roleOf(name, this.hints) };
      if (this.hints.usage.goals.has(key) || this.hints.goals.has(key)) variable.goal = true;
      this.byName.set(key, variable);
    }
    return variable;
  }

  alias(a: string, b: string): void {
    const left = this.get(a);
    const right = this.get(b);
    if (left === right) return;
    left.names.push(...right.names);
    left.role =
      ROLE_PRIORITY[Math.min(ROLE_PRIORITY.indexOf(left.role), ROLE_PRIORITY.indexOf(right.role))] ??
      left.role;
    left.lower ??= right.lower;
    if (right.upper !== undefined && (left.upper === undefined || right.upper < left.upper)) {
      left.upper = right.upper;
      left.source = right.source;
    }
    left.boundedBy ??= right.boundedBy;
    for (const name of right.names) this.byName.set(name.toLowerCase(), left);
  }

  all(): Variable[] {
    return [...new Set(this.byName.values())];
  }
}

/** A bound written in terms of other variables (`m <= n * (n - 1) / 2`), evaluated once all are known. */
interface PendingBound {
  variable: Variable;
  expression: string;
  source: string;
}

function applyChain(
  registry: Registry,
  products: ConstraintFacts['products'],
  pending: PendingBound[],
  chain: string,
): void {
  const parts = chain.split(/ ?(<=|>=|==|!=|<|>) ?/);
  const lists: string[][] = [];
  const comparators: string[] = [];
  parts.forEach((part, index) => {
    if (index % 2 === 1) comparators.push(part);
    else lists.push(part.split(/ ?, ?/).map(cleanOperand).filter(Boolean));
  });
  // "0 <= i < j <= k < arr.length": k is the third of three indices, not a parameter of the input,
  // unless another bound gives it as one ("1 <= k <= n").
  const indices = lists.findIndex((list) => list.some((operand) => /^[ij]$/.test(operand)));
  lists.forEach((list, at) => {
    for (const operand of list.filter((name) => /^[kl]$/.test(name))) {
      const variable = registry.get(operand);
      if (indices >= 0 && at > indices) variable.index ??= true;
      else variable.index = false;
    }
  });
  lists.forEach((list, index) => {
    for (const operand of list) {
      if (/^[A-Za-z_]\w* ?\* ?[A-Za-z_]\w*$/.test(operand)) {
        const upper = numericNeighbour(lists, comparators, index, 1);
        if (upper !== undefined)
          products.push({ names: operand.split(/ ?\* ?/), upper, source: chain.trim() });
        continue;
      }
      if (!isName(operand)) continue;
      const variable = registry.get(operand);
      const next = comparators[index];
      const previous = comparators[index - 1];
      const right = lists[index + 1];
      if (next === '==' && right) {
        for (const other of right) {
          const value = evaluate(other);
          if (value !== undefined) setUpper(variable, value, chain, value);
          else if (isName(other)) registry.alias(operand, other);
        }
      }
      const upper = numericNeighbour(lists, comparators, index, 1);
      const lower = numericNeighbour(lists, comparators, index, -1);
      if (upper !== undefined) setUpper(variable, upper - (next === '<' ? 1 : 0), chain);
      // Bounds are on integers: 0 < n means n starts at 1.
      if (lower !== undefined) variable.lower ??= lower + (previous === '<' ? 1 : 0);
      const formula =
        next === '<=' || next === '<'
          ? right?.find((o) => /[A-Za-z]/.test(o) && /[*/^(]/.test(o))
          : undefined;
      if (formula) {
        pending.push({ variable, expression: formula, source: chain });
        const names = formula.match(/[A-Za-z_][\w.]*/g) ?? [];
        // n / 2 or 2 * n grows like n; n * (n - 1) / 2 or n^2 grows faster, as edges do.
        const linear = names.length === 1 && !/\^|\)\s*\(|[A-Za-z_][\w.]*\s*\(|\)\s*[A-Za-z_]/.test(formula);
        if (linear && names[0]) variable.boundedBy ??= names[0];
        else if (names[0]) variable.grows ??= names[0];
      }
      const rightName = right
        ?.find((o) => isName(o) || /^[A-Za-z_][\w.]* ?[-+] ?\d+$/.test(o))
        ?.replace(/ ?[-+] ?\d+$/, '');
      if ((next === '<=' || next === '<') && rightName) variable.boundedBy ??= rightName;
      const leftName = lists[index - 1]?.find(isName);
      if ((previous === '>=' || previous === '>') && leftName) variable.boundedBy ??= leftName;
    }
  });
}

/** The nearest numeric operand in one direction, following `<=`-style comparators only. */
function numericNeighbour(
  lists: string[][],
  comparators: string[],
  index: number,
  step: 1 | -1,
): number | undefined {
  for (let at = index + step; at >= 0 && at < lists.length; at += step) {
    const comparator = comparators[step === 1 ? at - 1 : at];
    if (comparator !== '<=' && comparator !== '<' && comparator !== '==') return undefined;
    for (const operand of lists[at] ?? []) {
      const value = evaluate(operand);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

function setUpper(variable: Variable, upper: number, source: string, lower?: number): void {
  if (variable.upper === undefined || upper < variable.upper) {
    variable.upper = upper;
    variable.source = source.trim();
  }
  if (lower !== undefined) variable.lower ??= lower;
}

/**
 * `m <= min(10^5, n * (n - 1) / 2)`: the number is the bound the steps are counted with (the
 * formula only says the same items cannot be linked twice), so the minimum is read as it.
 */
function numericMinimum(text: string): string {
  return text.replace(/\bmin ?\(((?:[^()]|\([^()]*\))*)\)/g, (whole, inner: string) => {
    const parts = inner.split(/,(?![^()]*\))/).map((part) => part.trim());
    return parts.find((part) => evaluate(part) !== undefined) ?? whole;
  });
}

/** Reads every bound the constraints (and the statement, where sites inline them) state. */
export function parseConstraints(constraints: readonly string[], statement: string): ConstraintFacts {
  const texts = [...constraints, ...statement.split(/\n+|(?<=[.;])\s+(?=[A-Z(])/)]
    .map(normalizeMath)
    .map(numericMinimum);
  const whole = texts.join('\n');
  const multiTest = MULTI_TEST.test(whole);
  const hints: RoleHints = {
    multiTest,
    queriesAreTests:
      /\bfirst line of each query\b|\beach of the next q lines contains (?:a|one) string\b|\beach query (?:consists|is described)\b/i.test(
        whole,
      ),
    grid: /\bH\b/.test(whole) && /\bW\b/.test(whole),
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
      if (upper === undefined) continue;
      // "The number of nodes in both lists is in the range [0, 50]": two inputs of that size.
      const names = /\bboth\b|\beach of the two\b/i.test(rawName)
        ? [`${rawName.trim()} (first)`, `${rawName.trim()} (second)`]
        : [rawName.trim()];
      for (const name of names) setUpper(registry.get(name), upper, match[0], evaluate(low));
    }
    for (const match of text.matchAll(SUM)) {
      const upper = evaluate(match[2] ?? '');
      const names = (match[1] ?? '').match(/\|?[A-Za-z_][\w.]*\|?/g) ?? [];
      if (upper !== undefined && names.length > 0) sums.push({ names, upper, source: match[0].trim() });
    }
    for (const pattern of TOTALS) {
      for (const match of text.matchAll(pattern)) {
        const upper = evaluate(match[2] ?? '');
        if (upper === undefined) continue;
        const total = registry.get(`total ${(match[1] ?? '').trim()}`);
        total.role = 'size';
        total.total = true;
        setUpper(total, upper, match[0]);
      }
    }
    if (/\bsums?\s+(?:of\b|\(|[A-Za-z_][\w.]*\[)|\btotal (?:number|count|length) of\b/i.test(text)) continue;
    for (const match of text.matchAll(CHAIN)) applyChain(registry, products, pending, match[0]);
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
  const known = registry.all().flatMap((v) => v.names.map((name) => [name, v.upper] as const));
  known.sort((a, b) => b[0].length - a[0].length);
  for (const { variable, expression, source } of pending) {
    let numeric = expression;
    for (const [name, upper] of known) {
      if (upper !== undefined) numeric = numeric.split(name).join(`(${upper})`);
    }
    // n(n-1) is a product.
    numeric = numeric.replace(/\)\s*\(/g, ')*(').replace(/(\d)\s*\(/g, '$1*(');
    const upper = evaluate(numeric);
    if (upper !== undefined) setUpper(variable, upper, source);
  }
  const variables = registry.all();
  // No input holds more than a few million items: a "size" (or a side) bounded by 10^9 or more is a
  // magnitude the statement counts in (people in a circle, coins in a pile), never read item
  // by item.
  // A count is never negative: a name that can go below zero (-200 <= x <= 200) is a value.
  for (const v of variables)
    if ((v.role === 'size' || v.role === 'dimension') && ((v.upper ?? 0) > 1e8 || (v.lower ?? 0) < 0))
      v.role = 'value';
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
  // A count whose things the statement then names one at a time ("warehouse i", "each person")
  // is that list's length, unless it was introduced as one number ("one integer X: X guests").
  const itemised = (v: Variable) =>
    v.names.some(
      (name) => hints.usage.itemised.has(name.toLowerCase()) && !hints.usage.single.has(name.toLowerCase()),
    );
  if (!listsItems) {
    for (const v of variables)
      if (v.role === 'size' && v.names.every((name) => /^[a-z]$/i.test(name)) && !itemised(v))
        v.role = 'value';
  }
  for (const v of variables) if (v.index && v.role === 'param') v.role = 'value';
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
  // A count of lines that each hold only values is a number of tests (T boards, Q questions with
  // one number each), whatever the statement calls them.
  const sized = variables.filter(
    (v) => v.role === 'size' || v.role === 'dimension' || v.role === 'item-size',
  );
  const [only] = sized;
  if (
    sized.length === 1 &&
    only &&
    only.names.some((name) => /^[tq]$/i.test(name) && hints.usage.lines.has(name.toLowerCase()))
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
  return { variables, usage: hints.usage, sums, products, multiTest };
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
        v.names.some((name) => name.toLowerCase() === `${base.toLowerCase()}[i].length`),
    );
    if (!columns) continue;
    rows.role = 'dimension';
    columns.role = 'dimension';
  }
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
