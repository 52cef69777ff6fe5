import type { ConstraintFacts, Variable } from './constraints';
import { evaluate } from './evaluate';
import { ROLE_PRIORITY, type RoleHints, roleOf } from './roles';

/**
 * A size named in words inside a chain ("1 <= number of carriages <= 10^5", "count of nodes in the
 * tree"): one operand, which roles.ts reads as a count, not two names of which the last is a value.
 */
const COUNTED_IN_WORDS =
  '(?:the )?(?:number|count) of [a-z]+(?: (?!(?:in|on|of|is|are)\\b)[a-z]+)?(?: (?:in|on|of) (?:the|a|each) [a-z]+)?';
/**
 * A value named in words between two comparators ("1 <= badge number <= 10^9", "1 <= each departure
 * minute <= 1440", "1 <= length of commands <= 100"): one operand, not a lower bound on its first
 * word and an upper bound on its last, which left the value with no floor.
 */
const WORDED = String.raw`(?<=(?:<=|<) ?)[a-z]+(?: (?!(?:and|or|is|are|if|for|then|where|with)\b)[a-z]+){1,2}(?= ?(?:<=|<)(?!=))`;
/** A comparison chain ("1 <= u, v <= n <= 10^5"): lists of operands between comparators. */
const ATOM = String.raw`(?:${COUNTED_IN_WORDS}|${WORDED}|(?:[A-Za-z0-9_.'\]|]|\[[^\]]{0,12}\]|\([^()]{0,30}\))+)`;
const OPERAND = `-?${ATOM}(?: ?[-+*/^] ?-?${ATOM})*`;
const LIST = `${OPERAND}(?: ?, ?${OPERAND})*`;
const COMPARATOR = '<=|>=|==|!=|<|>';
const CHAIN = new RegExp(`${LIST}(?: ?(?:${COMPARATOR}) ?${LIST})+`, 'g');
const COMPARATORS = new RegExp(COMPARATOR, 'g');
/** How far a chain reaches from one of its comparators: real ones span a line of constraints. */
const CHAIN_REACH = 300;

/**
 * The comparison chains of a text, with their offsets in it. A chain needs a comparator, so only
 * the stretches around comparators are searched: on a long list with none (a statement that spells
 * out thousands of numbers) the chain's operand list would otherwise be tried from every number to
 * the end of the list, which is quadratic.
 */
export function comparisonChains(text: string): { chain: string; index: number }[] {
  const windows: [number, number][] = [];
  for (const { index } of text.matchAll(COMPARATORS)) {
    const start = Math.max(0, index - CHAIN_REACH);
    const end = Math.min(text.length, index + CHAIN_REACH);
    const last = windows.at(-1);
    if (last && start <= last[1]) last[1] = end;
    else windows.push([start, end]);
  }
  return windows.flatMap(([start, end]) =>
    [...text.slice(start, end).matchAll(CHAIN)].map((match) => ({
      chain: match[0],
      index: start + match.index,
    })),
  );
}

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

/** Every variable the bounds name, found by any of its spellings. */
export class Registry {
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
    if (left.boundedBy === undefined) {
      left.boundedBy = right.boundedBy;
      left.boundedTo = right.boundedTo;
    }
    for (const name of right.names) this.byName.set(name.toLowerCase(), left);
  }

  all(): Variable[] {
    return [...new Set(this.byName.values())];
  }
}

/** A bound written in terms of other variables (`m <= n * (n - 1) / 2`), evaluated once all are known. */
export interface PendingBound {
  variable: Variable;
  expression: string;
  source: string;
}

/** Reads one comparison chain ("1 <= k <= n <= 10^5") into bounds, aliases and products. */
export function applyChain(
  registry: Registry,
  products: ConstraintFacts['products'],
  pending: PendingBound[],
  chain: string,
): void {
  // "n == first.length, m == second.length": two equations in one line, not one name for all four.
  const equations = chain.split(/ ?, ?(?=[A-Za-z_][\w.]* ?== ?[A-Za-z_])/);
  if (equations.length > 1 && equations.every((equation) => / ?== ?/.test(equation))) {
    for (const equation of equations) applyChain(registry, products, pending, equation);
    return;
  }
  // "1 <= l_i <= r_i <= n, 1 <= c_i <= 10^9": a number after a comma that opens a comparison starts
  // the next bound; read as one list, "n, 1" would bound n by 10^9 and c_i's bound by n.
  const bounds = chain.split(/ ?, ?(?=-?\d[\d^* ]*(?:<=|<) ?[A-Za-z])/);
  if (bounds.length > 1) {
    for (const bound of bounds) applyChain(registry, products, pending, bound);
    return;
  }
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
  // "1 <= u, v, a, b <= n": several names bounded together by a count are labels of its items.
  const labels = (index: number) =>
    (lists[index] ?? []).filter(isName).length >= 2 &&
    (comparators[index] === '<=' || comparators[index] === '<') &&
    !!lists[index + 1]?.some(isName);
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
      if (labels(index)) variable.label = true;
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
      // A bound reads the same written either way round: "2 <= H" and "H >= 2", "n <= 10^5" and
      // "10^5 >= n".
      const upper =
        numericNeighbour(lists, comparators, index, 1) ??
        numericNeighbour(lists, comparators, index, -1, AT_LEAST);
      const lower =
        numericNeighbour(lists, comparators, index, -1) ??
        numericNeighbour(lists, comparators, index, 1, AT_LEAST);
      const strictAbove = next === '<' || previous === '>';
      const strictBelow = previous === '<' || next === '>';
      if (upper !== undefined) setUpper(variable, upper - (strictAbove ? 1 : 0), chain);
      // Bounds are on integers: 0 < n means n starts at 1.
      if (lower !== undefined) variable.lower ??= lower + (strictBelow ? 1 : 0);
      // "skill.length == 2 * n" fixes the length by the formula as "<=" bounds it.
      const formula =
        next === '<=' || next === '<' || next === '=='
          ? right?.find((o) => /[A-Za-z]/.test(o) && /[*/^(]/.test(o))
          : undefined;
      if (formula) {
        pending.push({ variable, expression: formula, source: chain });
        const names = formula.match(/[A-Za-z_][\w.]*/g) ?? [];
        const distinct = [...new Set(names.map((name) => name.toLowerCase()))];
        // n / 2 or 2 * n grows like n; n * (n - 1) / 2 or n^2 grows faster, as edges do; m * k is
        // a product of two other names, the most items m groups of k can hold.
        const linear = names.length === 1 && !/\^|\)\s*\(|[A-Za-z_][\w.]*\s*\(|\)\s*[A-Za-z_]/.test(formula);
        if (distinct.length >= 2 && /^[A-Za-z_][\w.]*(?: ?\* ?[A-Za-z_][\w.]*)+$/.test(formula))
          variable.factors ??= names;
        else if (linear && names[0] && variable.boundedBy === undefined) {
          variable.boundedBy = names[0];
          variable.boundedTo = next === '<' ? `${formula} - 1` : formula;
        } else if (names[0]) variable.grows ??= names[0];
      }
      const rightOperand = right?.find((o) => isName(o) || /^[A-Za-z_][\w.]* ?[-+] ?\d+$/.test(o));
      const rightName = rightOperand?.replace(/ ?[-+] ?\d+$/, '');
      if ((next === '<=' || next === '<') && rightName && rightOperand && variable.boundedBy === undefined) {
        variable.boundedBy = rightName;
        // "k < n" stops at n - 1, and "k <= n - 1" says so itself.
        variable.boundedTo =
          next === '<'
            ? `${rightOperand} - 1`.replace(/ - (\d+) - 1$/, (_, d) => ` - ${Number(d) + 1}`)
            : rightOperand;
      }
      const leftName = lists[index - 1]?.find(isName);
      if ((previous === '>=' || previous === '>') && leftName) variable.boundedBy ??= leftName;
    }
  });
}

/** Comparators that read left to right as "at most" ("1 <= n <= 10^5"), and the other way round ("H, W >= 2"). */
const AT_MOST: ReadonlySet<string> = new Set(['<=', '<', '==']);
const AT_LEAST: ReadonlySet<string> = new Set(['>=', '>', '==']);

/** The nearest numeric operand in one direction, following the comparators of one sense only. */
function numericNeighbour(
  lists: string[][],
  comparators: string[],
  index: number,
  step: 1 | -1,
  followed: ReadonlySet<string> = AT_MOST,
): number | undefined {
  for (let at = index + step; at >= 0 && at < lists.length; at += step) {
    const comparator = comparators[step === 1 ? at - 1 : at] ?? '';
    if (!followed.has(comparator)) return undefined;
    // The operand nearest the name: "1 <= n <= 10^5, 1 <= m" bounds m below by 1, not by 10^5.
    const list = lists[at] ?? [];
    for (const operand of step === 1 ? list : [...list].reverse()) {
      const value = evaluate(operand);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

export function setUpper(variable: Variable, upper: number, source: string, lower?: number): void {
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
export function numericMinimum(text: string): string {
  return text.replace(/\bmin ?\(((?:[^()]|\([^()]*\))*)\)/g, (whole, inner: string) => {
    const parts = inner.split(/,(?![^()]*\))/).map((part) => part.trim());
    return parts.find((part) => evaluate(part) !== undefined) ?? whole;
  });
}

/** Evaluates the bounds written in terms of other variables, now that those are known. */
export function resolvePending(registry: Registry, pending: readonly PendingBound[]): void {
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
}
