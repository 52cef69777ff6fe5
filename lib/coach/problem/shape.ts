import { isAmountOfPieces, isRangeOfItemValues } from './amounts';
import type { ConstraintFacts, Variable } from './constraints';
import { operationStream } from './knowledge/calls';
import {
  countsOperations as countsOperationsIn,
  endpointsOf,
  GRAPH_TECHNIQUES,
  isEdgeCount,
  isNodeCount,
  waitLists,
} from './links';
import { isFactor, outgrows, unsized } from './size-words';
import { subsetSums } from './subset-sums';
import { sizeRoles } from './two-sizes';
import type { TechniqueId } from './types';

/** One bounded size in the canonical letters the coach speaks in (n, m, q, k, V, E). */
export interface Size {
  letter: 'n' | 'm' | 'q' | 'k' | 'V' | 'E';
  /** The statement's own name for it (`nums.length`, `N`, `the number of nodes`). */
  name: string;
  bound: number;
}

/**
 * What the running time is counted over. Only sizes drive it: values bound magnitudes.
 * - `unknown`: no size is bounded; `values` holds what is, beside a list of unstated length.
 * - `values`: nothing but magnitudes (and tests) are bounded, on a few scalars: a formula.
 * - `one`: one collection of n items (a square n x n board counts its side).
 * - `add`: an input and its queries, or two lists read side by side (n + q, n + m).
 * - `product`: two sizes every pair of which may matter (a grid, two sequences, items x capacity).
 * - `graph`: V vertices and E edges given as a list.
 * - `design`: a class whose calls share the time budget; cost is per call over n held items.
 */
export type Shape =
  | { kind: 'unknown'; values?: Variable[] }
  | { kind: 'values'; values: Variable[] }
  | { kind: 'one'; n: Size; square: boolean }
  | { kind: 'add'; n: Size; other: Size }
  | {
      kind: 'product';
      n: Size;
      other: Size;
      grid: boolean;
      /** A bound on the product itself (`1 <= m * n <= 10^4`), tighter than the sides multiplied. */
      cells?: number;
    }
  | { kind: 'graph'; v: Size; e: Size }
  /** `stream`: the calls are typed operations read from the input, not methods of a class. */
  | { kind: 'design'; calls: Size; n: Size; stream?: true };

export interface InputShape {
  shape: Shape;
  /** How many times the per-test cost is paid (1 when the statement bounds the sum over tests). */
  tests: number;
  /** The tests' own name, when there are several. */
  testsName?: string;
  /** The sum-over-tests bound that replaced the per-test one, quoted. */
  summed?: string;
  /** The largest value bounded (A in O(n log A)); 10^9 when none is stated. */
  largestValue: number;
  /** A parameter's bound (k in O(n log k)), when the statement bounds one. */
  parameter?: number;
  /** The statement's own name for that parameter (`K`, `k`). */
  parameterName?: string;
  /** The parameter is bounded by a size (`K <= N / 2`): it counts items of the input, not what a walk carries. */
  parameterWithin?: boolean;
  /**
   * The input is a few numbers and nothing else ("n", "n, a, b and c"): their bounds say how far
   * the answer reaches, not which polynomial the setter sized them for.
   */
  numbersOnly: boolean;
}

const label = (variable: Variable) => variable.names[0] ?? 'n';
const isSize = (v: Variable) => v.role === 'size' || v.role === 'dimension';
const WORD_NAMES = /\b(?:word|words|prefix|key|value|string|str|text|pattern|s|t)\b/i;
/** A statement that defines the operations a structure must answer. */
const DEFINES_OPERATIONS =
  /\bimplement\b|\bdesign\b|\bclass\b|\b(?:operations|queries) (?:of|in) (?:one of )?(?:the )?(?:following|two|three|four|\d) (?:types|forms|kinds)\b|\beach of (?:one of )?(?:the )?(?:following|two|three|four) types\b|\bfunctions?\b.{0,40}\b(?:complete|implement)\b|\bcomplete (?:the )?(?:two |three )?functions\b/;
/** The most a fixed size ("costs.length == 3") holds and still counts as a constant. */
const FEW_FIXED = 10;
/** The k-th of something: k is a rank, not a number of rounds. */
const KTH = /\bk-?th\b|\bk(?:\^th)? (?:largest|smallest|closest|highest|lowest)\b/;
/** The longest string still handled as one key rather than character by character. */
const SHORT_KEY = 20;

/**
 * `name.length` (or `|name|`) where a call takes `String name` or an operation is written with it
 * (`type 2 name:`), or the statement says `name` consists of characters.
 */
function isArgumentText(name: string, body: string): boolean {
  const spelled = /^([a-z]\w*)\.length$|^\|([a-z]\w*)\|$/i.exec(name);
  const own = (spelled?.[1] ?? spelled?.[2])?.toLowerCase();
  if (!own) return false;
  return new RegExp(
    `\\bstring ${own}\\b|\\b${own}(?:,? (?:and )?\\w+)* consists? (?:only )?of\\b|^\\s*(?:[-*•]\\s*)?(?:type )?\\w+(?: [a-z]\\w*){0,2} ${own}\\b(?: [a-z]\\w*){0,2}\\s*:`,
    'm',
  ).test(body);
}

/** The shape of the input the running time is counted over, from the bounds and the statement. */
export function readShape(
  facts: ConstraintFacts,
  technique: TechniqueId | undefined,
  body: string,
): InputShape {
  const known = facts.variables.filter((v) => v.upper !== undefined && v.upper > 0);
  const sizeNames = new Set(known.filter(isSize).flatMap((v) => v.names.map((name) => name.toLowerCase())));
  const independent = (v: Variable) =>
    !(v.boundedBy && sizeNames.has(v.boundedBy.toLowerCase())) || outgrows(v, known, facts.usage);

  const bounds = new Map<Variable, number>();
  let summed: string | undefined;
  // A size the statement fixes at a handful (costs.length == 3, newInterval.length == 2) is a
  // constant beside the sizes that grow: reading it costs nothing per item. Twelve targets or 26
  // letters may still be what a search runs over.
  const fixed = (v: Variable) => v.lower !== undefined && v.lower === v.upper && v.lower <= FEW_FIXED;
  const bounded = known.filter((v) => isSize(v) && independent(v));
  const sizes = bounded.some((v) => !fixed(v)) ? bounded.filter((v) => !fixed(v)) : bounded;
  for (const sum of facts.sums) {
    const owns = (v: Variable) =>
      sum.names.some((name) => v.names.some((own) => own.toLowerCase() === name.toLowerCase()));
    const matched = sizes.filter(owns);
    const targets = matched.length > 0 ? matched : sizes.slice(0, 1);
    if (targets.length === 0) continue;
    for (const v of targets) bounds.set(v, Math.min(sum.upper, v.upper ?? sum.upper));
    summed = sum.source;
  }
  const bound = (v: Variable) => bounds.get(v) ?? v.upper ?? 1;
  const size = (v: Variable, letter: Size['letter']): Size => ({ letter, name: label(v), bound: bound(v) });
  const stream = operationStream(body);
  const testsVariable = known.find((v) => v.role === 'tests');
  // Lines of typed operations on one kept structure are its calls, not independent tests.
  const streamed =
    stream && sizes.length === 0 && testsVariable?.upper !== undefined ? testsVariable : undefined;
  const tests = testsVariable && !summed && !streamed ? (testsVariable.upper ?? 1) : 1;
  const magnitudes = known
    .filter((v) => v.role === 'value')
    .map((v) => Math.max(Math.abs(v.upper ?? 0), Math.abs(v.lower ?? 0)));
  const parameter = known.find((v) => v.role === 'param');
  const finish = (shape: Shape): InputShape => {
    const result: InputShape = {
      shape,
      tests,
      numbersOnly:
        facts.usage.lines.size === 0 &&
        known.length > 0 &&
        known.every((v) => v.names.every((name) => /^[a-z]$/i.test(name))),
      largestValue: Math.max(2, ...magnitudes, magnitudes.length ? 2 : 1e9),
    };
    if (parameter) {
      result.parameter = bound(parameter);
      result.parameterName = label(parameter);
      if (parameter.boundedBy) result.parameterWithin = true;
    }
    if (testsVariable) result.testsName = label(testsVariable);
    if (summed) result.summed = summed;
    return result;
  };

  sizes.sort((a, b) => bound(b) - bound(a));
  const countsOperations = (v: Variable) => countsOperationsIn(facts, v, body);
  const operations =
    sizes.find((v) => v.names.includes('calls')) ??
    (sizes.length === 1 && DEFINES_OPERATIONS.test(body) && sizes.every(countsOperations)
      ? sizes[0]
      : undefined) ??
    // In a stream of typed operations the count of them is the calls, whatever else is bounded.
    (stream ? (sizes.find(countsOperations) ?? streamed) : undefined);
  if (operations) {
    // Calls share the time budget; each works on what the structure holds (at most one item
    // per call unless an input array is given) or, for a prefix tree, on one word.
    const rest = sizes.filter((v) => v !== operations);
    // The length of a string a call is given ("String ticker", "name consists of letters") is one
    // key's length, hashed whole: the structure holds as many entries as the calls put in.
    const isWord = (v: Variable) =>
      WORD_NAMES.test(label(v).replace(/[._]/g, ' ')) || isArgumentText(label(v), body);
    const word = technique === 'trie' ? rest.find(isWord) : undefined;
    const held = word ?? rest.find((v) => !isWord(v) && v.role !== 'item-size' && !v.total);
    return finish({
      kind: 'design',
      calls: size(operations, 'q'),
      n: held ? size(held, word ? 'm' : 'n') : size(operations, 'n'),
      ...(stream ? { stream: true as const } : {}),
    });
  }

  const dimensions = sizes.filter((v) => v.role === 'dimension');
  if (dimensions.length >= 2) {
    const [rows, columns] = dimensions as [Variable, Variable];
    const product = { kind: 'product', n: size(rows, 'n'), other: size(columns, 'm'), grid: true } as const;
    const names = (v: Variable) => v.names.map((name) => name.toLowerCase());
    const cells = facts.products.find((p) =>
      [rows, columns].every((side) => p.names.some((name) => names(side).includes(name.toLowerCase()))),
    )?.upper;
    return finish(
      cells !== undefined && cells < product.n.bound * product.other.bound ? { ...product, cells } : product,
    );
  }
  if (dimensions.length === 1)
    return finish({ kind: 'one', n: size(dimensions[0] as Variable, 'n'), square: true });

  // Choosing a subset or an order of few items: their count alone drives the search, whatever
  // links between them the input also lists.
  const few = sizes.filter((v) => bound(v) <= 20 && !isEdgeCount(facts, v, undefined, body));
  if (few[0] && (technique === 'backtracking' || technique === 'bit-manipulation')) {
    return finish({ kind: 'one', n: size(few[0], 'n'), square: false });
  }
  const amount =
    technique === 'dynamic-programming'
      ? known.find(
          (v) =>
            !isSize(v) &&
            independent(v) &&
            !isFactor(facts.variables, v) &&
            !v.goal &&
            (v.role === 'param' || isAmountOfPieces(v, facts.variables, body)) &&
            (v.lower ?? 0) >= 0 &&
            bound(v) > 2 &&
            bound(v) <= 1e7,
        )
      : undefined;
  const [first, second] = sizes;
  if (!first) {
    // A value the solution counts up to (a DP over amounts, a table up to n) is the size of the work;
    // a count the answer must reach ("make m bouquets") is not what a table runs over.
    const counted =
      amount ??
      (technique === 'dynamic-programming'
        ? known
            .filter(
              (v) => v.role === 'value' && !v.goal && (v.lower ?? 0) >= 0 && bound(v) > 2 && bound(v) <= 1e7,
            )
            .sort((a, b) => bound(b) - bound(a))[0]
        : undefined);
    if (counted) return finish({ kind: 'one', n: size(counted, 'n'), square: false });
    return finish(unsized(known, facts.variables, body));
  }

  const waiting = waitLists(facts, sizes, body);
  if (waiting) {
    const total = sizes.find((v) => v.total);
    const entries: Size = {
      letter: 'E',
      name: `the entries of ${label(waiting.lists).replace(/\[i\]\.(?:length|size)$/i, '')}`,
      bound: bound(waiting.nodes) * bound(waiting.lists),
    };
    return finish({ kind: 'graph', v: size(waiting.nodes, 'V'), e: total ? size(total, 'E') : entries });
  }
  // Many lists whose total is bounded (adjacency lists, bus routes): the total is the size, and
  // when the lists hold labels of the items, it counts the edges between them.
  const total = sizes.find((v) => v.total);
  if (total) {
    const nodes =
      sizes.find((v) => v !== total && (endpointsOf(facts, v) > 0 || isNodeCount(facts, v))) ??
      (GRAPH_TECHNIQUES.includes(technique) ? sizes.find((v) => v !== total) : undefined);
    if (nodes && (endpointsOf(facts, nodes) > 0 || GRAPH_TECHNIQUES.includes(technique)))
      return finish({ kind: 'graph', v: size(nodes, 'V'), e: size(total, 'E') });
    if (bound(total) >= bound(first)) return finish({ kind: 'one', n: size(total, 'n'), square: false });
  }

  // n strings (or lists) of up to m items each: reading them is already n * m. Strings of a few
  // characters (names, keys, "HH:MM" times) are whole keys: hashing or comparing one is constant work.
  const items = known.find(
    (v) =>
      v.role === 'item-size' &&
      v.lower !== v.upper &&
      // A prefix tree walks every word letter by letter, however short.
      (bound(v) > SHORT_KEY || technique === 'trie') &&
      independent(v) &&
      !v.total,
  );
  // A graph's lists of labels are its edges; words compared letter by letter to learn an order of
  // the letters are still read whole, n * m, before any graph is built.
  const lettersCompared = technique === 'topological-sort' && /\bletters?\b/.test(body);
  // The rows of a grid hold cells, not links: a search over the grid still visits n * m of them.
  const gridRows = /\brows?\b.{0,80}\b(?:columns?|cols)\b|\b[a-z]\w*\[[a-z]\]\[[a-z]\]/.test(body);
  if (
    items &&
    (!GRAPH_TECHNIQUES.includes(technique) || lettersCompared || gridRows) &&
    !(second && countsOperations(second))
  ) {
    return finish({ kind: 'product', n: size(first, 'n'), other: size(items, 'm'), grid: false });
  }
  if (second) {
    const roles = sizeRoles(facts, sizes, body, technique);
    if (roles.kind === 'graph')
      return finish({ kind: 'graph', v: size(roles.nodes, 'V'), e: size(roles.edges, 'E') });
    if (roles.kind === 'queries')
      return finish({ kind: 'add', n: size(roles.input, 'n'), other: size(roles.queries, 'q') });
    if (roles.table)
      return finish({ kind: 'product', n: size(first, 'n'), other: size(second, 'm'), grid: false });
    return finish({ kind: 'add', n: size(first, 'n'), other: size(second, 'm') });
  }
  // A list of edges given by its length alone (n == edges.length): as many edges as vertices.
  if (isEdgeCount(facts, first, undefined, body) && endpointsOf(facts, first) >= 2) {
    return finish({ kind: 'graph', v: size(first, 'V'), e: size(first, 'E') });
  }
  if (amount) return finish({ kind: 'product', n: size(first, 'n'), other: size(amount, 'k'), grid: false });
  const values =
    technique === 'dynamic-programming' && known.find((v) => isRangeOfItemValues(v, facts.variables));
  if (values) return finish({ kind: 'product', n: size(first, 'n'), other: size(values, 'm'), grid: false });
  const sums = subsetSums(facts, first, body);
  if (sums) return finish({ kind: 'product', n: size(first, 'n'), other: sums, grid: false });
  // k rounds of taking the best item from a heap ("exactly k trims", "at most k projects"), with k
  // about as large as the input and not bounded by it: the rounds add to the items, each O(log n).
  // The k-th of something is a rank, and a k far beyond n is a count to compute, not to simulate.
  if (
    parameter &&
    technique === 'heap-priority-queue' &&
    !parameter.boundedBy &&
    !KTH.test(body) &&
    bound(parameter) * 10 >= bound(first) &&
    bound(parameter) <= bound(first) * 10
  )
    return finish({ kind: 'add', n: size(first, 'n'), other: size(parameter, 'k') });
  return finish({ kind: 'one', n: size(first, 'n'), square: false });
}
