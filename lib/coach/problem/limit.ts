import { BUDGET, formatBound, formatSteps, STEPS_PER_SECOND } from './complexity';
import type { Variable } from './constraints';
import { stepsOf } from './library/complexity-steps';
import type { InputShape, Shape, Size } from './shape';

/** What a figure counts per: an operation of a stream, a call of a class, one of several tests. */
export const perUnit = (shape: Shape, tests: number) =>
  shape.kind === 'design' ? (shape.stream ? ' per operation' : ' per call') : tests > 1 ? ' per test' : '';

/** A shape with bounded sizes, which every ladder below reads. */
export type Sized = Exclude<Shape, { kind: 'values' } | { kind: 'unknown' }>;

export interface ComplexityLimit {
  /** The slowest canonical complexity the bounds allow, per test or per call where that applies. */
  limit: string;
  /** The arithmetic behind it, in the statement's own names. */
  reason: string;
}

interface Rung {
  big: string;
  cost: number;
}

/** The sizes a shape binds to the canonical letters, for counting steps. */
function bindings(shape: Sized): Record<string, number> {
  switch (shape.kind) {
    case 'one':
      return shape.questions ? { n: shape.n.bound, q: shape.questions.bound } : { n: shape.n.bound };
    case 'add':
      return { n: shape.n.bound, [shape.other.letter]: shape.other.bound };
    case 'product': {
      // Both sides shrink alike until their product is the bound on the cells.
      const scale = shape.cells ? Math.sqrt(shape.cells / (shape.n.bound * shape.other.bound)) : 1;
      const sides: Record<string, number> = {
        n: shape.n.bound * scale,
        [shape.other.letter]: shape.other.bound * scale,
      };
      return shape.questions ? { ...sides, q: shape.questions.bound } : sides;
    }
    case 'graph':
      return { V: shape.v.bound, E: shape.e.bound, ...(shape.queries ? { q: shape.queries.bound } : {}) };
    case 'design':
      return { [shape.n.letter]: shape.n.bound };
  }
}

/** Each shape's ladder, fastest rung first: the limit is the slowest rung that fits. */
export function ladder(shape: Sized): string[] {
  switch (shape.kind) {
    case 'one':
      // Rectangles asked about a square board: its n^2 cells read once, then each question, or
      // each question walking its cells.
      if (shape.questions) return ['O(n^2 + q)', 'O((n^2 + q) log n)', 'O(q * n^2)'];
      return [
        'O(log n)',
        'O(n)',
        'O(n log n)',
        'O(n^2)',
        'O(n^3)',
        'O(2^n)',
        'O(n * 2^n)',
        'O(n^2 * 2^n)',
        'O(n!)',
        'O(n * n!)',
      ];
    case 'add': {
      const x = shape.other.letter;
      return [`O(n + ${x})`, `O((n + ${x}) log n)`, `O(n * ${x})`];
    }
    case 'product': {
      // A word ladder reads every word's letters, changes each of them, and pays for each
      // candidate word it builds and looks up: m letters more for every letter changed.
      if (shape.words) return ['O(n * m)', 'O(n * m^2)', 'O((n * m)^2)'];
      // Rectangles asked about a grid: every cell read once and then each question (or each
      // cell sorted or searched), or every question walking the cells it covers.
      if (shape.questions) return ['O(n * m + q)', 'O((n * m + q) log(n * m))', 'O(q * n * m)'];
      // Every set of the k things covered, improved by each item; past it, every group of the items.
      if (shape.masks) return ['O(n * k)', 'O(n * 2^k)', 'O(2^n)'];
      // Pairs too many to visit leave the answer to a pass over each side, or a sort and a
      // halving search of one side for each item of the other: those rungs lead the ladder.
      const x = shape.other.letter;
      return [
        `O(n + ${x})`,
        `O((n + ${x}) log n)`,
        `O(n * ${x})`,
        `O(n * ${x} log(n * ${x}))`,
        `O((n * ${x})^2)`,
      ];
    }
    case 'graph':
      // Questions each answered by a walk of their own (shape/walks.ts): the most the bounds allow
      // is that walk per question; the graph prepared once answers each in constant or log time.
      return shape.queries
        ? ['O(V + E + q)', 'O((V + E + q) log V)', 'O(q * (V + E))']
        : ['O(V + E)', 'O((V + E) log V)', 'O(V * E)', 'O(V^3)'];
    case 'design': {
      const x = shape.n.letter;
      return ['O(1)', `O(log ${x})`, `O(${x})`, `O(${x} log ${x})`, `O(${x}^2)`];
    }
  }
}

/** Steps a complexity costs on this input, over all tests or all calls. */
export function totalSteps(big: string, input: InputShape): number {
  const { shape } = input;
  const A = input.largestValue;
  if (shape.kind === 'values' || shape.kind === 'unknown')
    return (stepsOf(big, { n: A, A }) ?? 1) * input.tests;
  const times = shape.kind === 'design' ? shape.calls.bound : input.tests;
  const sized = bindings(shape);
  const values = { k: input.parameter ?? sized.n ?? 1, ...sized, A };
  return (stepsOf(big, values) ?? Number.POSITIVE_INFINITY) * times;
}

/**
 * A step count past the budget, with the digit that shows it is past: 1.4 * 10^8 steps rounded to
 * "10^8" would read as fitting the 10^8 steps a second the sentence just allowed.
 */
function pastBudget(steps: number): string {
  const rounded = formatSteps(steps);
  if (!Number.isFinite(steps) || steps >= 2 * STEPS_PER_SECOND) return rounded;
  const exponent = Math.floor(Math.log10(steps));
  return `${Number((steps / 10 ** exponent).toFixed(1))} * 10^${exponent}`;
}

const named = (size: Size) => (size.name === size.letter ? size.letter : `${size.letter} = ${size.name}`);
const bounded = (size: Size) => `${named(size)} <= ${formatBound(size.bound)}`;

function boundsText(shape: Sized): string {
  switch (shape.kind) {
    case 'one': {
      const asked = shape.questions ? ` and ${bounded(shape.questions)} rectangles given on it` : '';
      return shape.square ? `an n x n board with ${bounded(shape.n)}${asked}` : bounded(shape.n);
    }
    case 'add':
      return `${bounded(shape.n)} and ${bounded(shape.other)}`;
    case 'product': {
      const cells = formatSteps(shape.cells ?? shape.n.bound * shape.other.bound);
      // The statement's own m and n, in whichever order: the product reads the same, so they are
      // quoted as written rather than renamed ("n = m").
      const own = [shape.n, shape.other].every((side) => ['n', 'm'].includes(side.name));
      const side = (size: Size) => (own ? `${size.name} <= ${formatBound(size.bound)}` : bounded(size));
      if (shape.words) return `${bounded(shape.n)} words, each of ${bounded(shape.other)} letters`;
      if (shape.masks)
        return `${bounded(shape.n)} items, each holding some of ${bounded(shape.other)} things`;
      const asked = shape.questions ? ` and ${bounded(shape.questions)} rectangles given on it` : '';
      return shape.grid
        ? `a grid of ${side(shape.n)} rows by ${side(shape.other)} columns (up to ${cells} cells)${asked}`
        : `${bounded(shape.n)} and ${bounded(shape.other)} (up to ${cells} ${shape.other.letter === 'k' ? 'states' : 'pairs'})`;
    }
    case 'graph':
      return shape.queries
        ? `${bounded(shape.v)} vertices, ${bounded(shape.e)} edges and ${bounded(shape.queries)} questions`
        : `${bounded(shape.v)} vertices and ${bounded(shape.e)} edges`;
    case 'design':
      // With nothing held bounded apart, the calls bound what is stored: "n = calls <= 10^5" after
      // "10^5 calls" says the same bound twice as if it were a second size.
      return shape.n.name === shape.calls.name && shape.n.bound === shape.calls.bound
        ? `at most ${formatBound(shape.calls.bound)} calls, so up to ${shape.n.letter} = ${formatBound(shape.n.bound)} items stored`
        : `at most ${formatBound(shape.calls.bound)} calls on up to ${bounded(shape.n)}`;
  }
}

function valuesLimit(
  shape: Extract<Shape, { kind: 'values' }>,
  input: InputShape,
  rootWalk: boolean,
): ComplexityLimit {
  const largest = shape.values.reduce<Variable | undefined>(
    (best, v) => (best && Math.abs(best.upper ?? 0) >= Math.abs(v.upper ?? 0) ? best : v),
    undefined,
  );
  const what = largest ? `${largest.names[0]} <= ${formatBound(largest.upper ?? 0)}` : 'the input';
  const tests = input.tests > 1 ? `, across up to ${formatBound(input.tests)} tests` : '';
  // The divisors of one value are found in pairs up to its square root: a loop that far fits
  // when the square root of the largest value, times the tests, stays within the budget.
  const root = Math.sqrt(Math.abs(largest?.upper ?? 0)) * input.tests;
  const whole = Math.abs(largest?.upper ?? 0) * input.tests;
  // A small value lets even the loop up to it pass: the sentence says so rather than deny it.
  const wholeLoop =
    whole <= BUDGET
      ? `one up to the value itself, about ${formatSteps(whole)} steps, passes only because the value is small`
      : `one up to the value itself does not (${pastBudget(whole)} steps)`;
  if (rootWalk && root <= BUDGET)
    return {
      limit: 'O(sqrt(n))',
      reason: `Only values are bounded (${what}${tests}): a loop up to the square root of the value is about ${formatSteps(root)} steps and fits, and ${wholeLoop}.`,
    };
  return {
    limit: 'O(log n)',
    // A value of at most 100 does not forbid the loop up to it: the bar stays a formula, and the
    // sentence says the loop fits rather than deny it.
    reason:
      whole <= BUDGET
        ? `Only values are bounded (${what}${tests}), not the size of an input: the work per test is a formula or a walk over the digits or bits of a value, O(log n); a loop up to the value itself, about ${formatSteps(whole)} steps, passes only because the value is small.`
        : `Only values are bounded (${what}${tests}), not the size of an input: the work per test is a formula or a walk over the digits or bits of a value, O(log n), never a loop up to the value itself (${pastBudget(whole)} steps).`,
  };
}

/**
 * The slowest complexity the bounds allow, with arithmetic that quotes the bounds it used.
 * `rootWalk`: the answer is read from one value's divisors (value-work.ts), so a loop up to its
 * square root is a rung of its own.
 */
export function complexityLimit(input: InputShape, rootWalk = false): ComplexityLimit {
  const { shape, tests } = input;
  if (shape.kind === 'values') return valuesLimit(shape, input, rootWalk);
  if (shape.kind === 'unknown' && shape.values) {
    const quoted = shape.values.map((v) => `${v.names[0]} <= ${formatBound(v.upper ?? 0)}`).join(', ');
    return {
      limit: 'O(n)',
      reason: `The page bounds values (${quoted}) but not the length of the input it gives, so the limits cannot be read; one linear pass, O(n), is the safe aim, and the method's own cost is what an interviewer will ask about.`,
    };
  }
  if (shape.kind === 'unknown') {
    return {
      limit: 'O(n)',
      reason:
        'The page states no bounds, so the limits cannot be read yet; one linear pass, O(n), is the safe aim until the constraints appear.',
    };
  }
  const rungs: Rung[] = ladder(shape).map((big) => ({ big, cost: totalSteps(big, input) }));
  const fits = (rung: Rung) => rung.cost <= BUDGET;
  let index = rungs.length - 1;
  while (index > 0 && !fits(rungs[index] as Rung)) index--;
  const chosen = rungs[index] as Rung;
  const slower = rungs[index + 1];
  const per = perUnit(shape, tests);
  const across =
    tests > 1
      ? ` across up to ${formatBound(tests)} tests (${input.testsName ?? 't'})`
      : input.summed
        ? ` (${input.summed}, so the work is counted over all tests together)`
        : '';
  const verdict = fits(chosen)
    ? `${chosen.big}${per} fits (about ${formatSteps(chosen.cost)} steps)`
    : `no rung fits: even ${chosen.big}${per} is too slow (${pastBudget(chosen.cost)} steps)`;
  const beyond =
    slower && fits(chosen) ? ` and ${slower.big} does not (${pastBudget(slower.cost)} steps)` : '';
  const opening = boundsText(shape).replace(/^(a|an|at)\b/, (word) => word[0]?.toUpperCase() + word.slice(1));
  return {
    limit: chosen.big,
    reason: `${opening}${across} → about 10^8 simple steps a second, so ${verdict}${beyond}.`,
  };
}
