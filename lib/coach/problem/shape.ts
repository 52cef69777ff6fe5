import type { ConstraintFacts, Variable } from './constraints';
import { operationStream } from './knowledge/calls';
import { callsShape } from './shape/calls';
import { gridShape } from './shape/grid';
import { listsShape } from './shape/lists';
import { label, readSizes, type ShapeReading } from './shape/reading';
import { oneSizeShape, twoSizesShape } from './shape/sizes';
import { coveredSetsShape, sizelessShape, subsetSearchShape, tableAmount } from './shape/tables';
import { walkedShape } from './shape/walks';
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
  /** `questions`: rectangles asked about a square board (grid-questions.ts), q beside its n^2 cells. */
  | { kind: 'one'; n: Size; square: boolean; questions?: Size }
  | { kind: 'add'; n: Size; other: Size }
  | {
      kind: 'product';
      n: Size;
      other: Size;
      grid: boolean;
      /** A bound on the product itself (`1 <= m * n <= 10^4`), tighter than the sides multiplied. */
      cells?: number;
      /** n words of m letters each, moved between by one-letter changes: each candidate costs m. */
      words?: true;
      /** Rectangles asked about the grid (grid-questions.ts): q beside its n * m cells. */
      questions?: Size;
      /** n items each holding some of k <= 20 things, every set of things a state (covered-things.ts). */
      masks?: true;
    }
  /** `queries`: questions about two places each, answered by a walk of their own (shape/walks.ts). */
  | { kind: 'graph'; v: Size; e: Size; queries?: Size }
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

/**
 * The shape of the input the running time is counted over, from the bounds and the statement.
 * Each kind of input is read in its own file under `shape/`, tried in this order.
 */
export function readShape(
  facts: ConstraintFacts,
  technique: TechniqueId | undefined,
  body: string,
): InputShape {
  const reading = readSizes(facts, technique, body);
  const { known, summed, bound } = reading;
  const stream = operationStream(body);
  const testsVariable = known.find((v) => v.role === 'tests');
  // Lines of typed operations on one kept structure are its calls, not independent tests.
  const streamed =
    stream && reading.sizes.length === 0 && testsVariable?.upper !== undefined ? testsVariable : undefined;
  const magnitudes = known
    .filter((v) => v.role === 'value')
    .map((v) => Math.max(Math.abs(v.upper ?? 0), Math.abs(v.lower ?? 0)));
  const parameter = known.find((v) => v.role === 'param');
  const result: InputShape = {
    shape: shapeOf(reading, stream, streamed),
    tests: testsVariable && !summed && !streamed ? (testsVariable.upper ?? 1) : 1,
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
}

function shapeOf(reading: ShapeReading, stream: boolean, streamed: Variable | undefined): Shape {
  const found =
    callsShape(reading, stream, streamed) ??
    gridShape(reading) ??
    walkedShape(reading) ??
    coveredSetsShape(reading) ??
    subsetSearchShape(reading);
  if (found) return found;
  const amount = tableAmount(reading);
  const [first, second] = reading.sizes;
  if (!first) return sizelessShape(reading, amount);
  return (
    listsShape(reading, first) ??
    (second ? twoSizesShape(reading, first, second) : oneSizeShape(reading, first, amount))
  );
}
