import type { ConstraintFacts, Variable } from './constraints';

/** Simple steps a judge runs in about a second; a little slack so 500^3 and (10^4)^2 count as fitting. */
const STEPS_PER_SECOND = 1e8;
const BUDGET = 1.3 * STEPS_PER_SECOND;

interface Candidate {
  limit: string;
  cost: (n: number) => number;
}

function factorial(n: number): number {
  let product = 1;
  for (let i = 2; i <= n && product < 1e300; i++) product *= i;
  return product;
}

const log2 = (n: number) => Math.max(1, Math.log2(Math.max(2, n)));

/** Slowest first: the first one that fits is the target. */
const SINGLE: Candidate[] = [
  { limit: 'O(n!)', cost: factorial },
  { limit: 'O(2^n)', cost: (n) => 2 ** n },
  { limit: 'O(n^3)', cost: (n) => n ** 3 },
  { limit: 'O(n^2)', cost: (n) => n ** 2 },
  { limit: 'O(n log n)', cost: (n) => n * log2(n) },
  { limit: 'O(n)', cost: (n) => n },
  { limit: 'O(log n)', cost: log2 },
];

export interface ComplexityVerdict {
  /** The slowest canonical complexity the bounds allow. */
  limit: string;
  reason: string;
}

/** 200000 → "2 * 10^5", 2147483647 → "2^31 - 1", 1000 → "1000". */
export function formatBound(value: number): string {
  if (value === 2 ** 31 - 1) return '2^31 - 1';
  if (value === 2 ** 31) return '2^31';
  if (Math.abs(value) < 10_000) return String(value);
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  const mantissa = Number((value / 10 ** exponent).toPrecision(3));
  return mantissa === 1 ? `10^${exponent}` : `${mantissa} * 10^${exponent}`;
}

function formatSteps(steps: number): string {
  if (!Number.isFinite(steps) || steps > 1e300) return 'far too many';
  if (steps < 10_000) return String(Math.round(steps));
  const exponent = Math.floor(Math.log10(steps));
  const mantissa = Math.round(steps / 10 ** exponent);
  return mantissa === 1 ? `10^${exponent}` : `${mantissa} * 10^${exponent}`;
}

const label = (variable: Variable) => variable.names[0] ?? 'n';

function valueNote(facts: ConstraintFacts): string {
  const values = facts.variables.filter((v) => v.role === 'value' && v.upper !== undefined);
  const biggest = values.reduce<Variable | undefined>(
    (best, v) => (best && (best.upper ?? 0) >= (v.upper ?? 0) ? best : v),
    undefined,
  );
  if (!biggest?.upper || biggest.upper < 1e6) return '';
  const overflow =
    biggest.upper >= 1e18 / 10
      ? 'products overflow even 64-bit integers, so reduce modulo or compare by division'
      : 'sums and products can pass 2^31, so keep them in 64-bit integers';
  return ` Values such as ${label(biggest)} up to ${formatBound(biggest.upper)} bound magnitudes, not the input size: ${overflow}; when the answer itself can range that far, binary search on the answer is worth a thought.`;
}

function fitsSentence(
  bound: string,
  factor: number,
  chosen: Candidate,
  slower: Candidate | undefined,
  n: number,
) {
  const perTest = factor > 1 ? ` across up to ${formatBound(factor)} test cases` : '';
  const fits = `${chosen.limit} fits (about ${formatSteps(chosen.cost(n) * factor)} steps)`;
  const fails = slower ? ` and ${slower.limit} does not (${formatSteps(slower.cost(n) * factor)} steps)` : '';
  return `${bound}${perTest} → about 10^8 simple steps per second, so ${fits}${fails}.`;
}

function single(bound: string, n: number, factor: number): ComplexityVerdict {
  const index = SINGLE.findIndex((candidate) => candidate.cost(n) * factor <= BUDGET);
  const chosen = SINGLE[index] ?? (SINGLE[SINGLE.length - 1] as Candidate);
  return { limit: chosen.limit, reason: fitsSentence(bound, factor, chosen, SINGLE[index - 1], n) };
}

const DP_PARAMETER = /^(?:k|amount|target|capacity|budget|limit|maxweight|w|x)$/i;

/** The slowest canonical complexity that comfortably fits the bounds, and the arithmetic behind it. */
export function complexityLimit(facts: ConstraintFacts): ComplexityVerdict {
  const note = valueNote(facts);
  const finish = (verdict: ComplexityVerdict): ComplexityVerdict => ({
    ...verdict,
    reason: verdict.reason + note,
  });
  const known = facts.variables.filter((v) => v.upper !== undefined && v.upper > 0);
  const nameSet = (v: Variable) => new Set(v.names.map((name) => name.toLowerCase()));
  const isSize = (v: Variable) => v.role === 'size' || v.role === 'dimension';
  const sizeNames = new Set(known.filter(isSize).flatMap((v) => [...nameSet(v)]));
  const independent = (v: Variable) => !(v.boundedBy && sizeNames.has(v.boundedBy.toLowerCase()));

  let sizes = known.filter((v) => isSize(v) && independent(v));
  let sumNote = '';
  const effective = new Map<Variable, number>();
  for (const sum of facts.sums) {
    const matched = sizes.filter((v) => sum.names.some((name) => nameSet(v).has(name.toLowerCase())));
    const target = matched[0] ?? (sum.names.some((name) => /length|\|/.test(name)) ? sizes[0] : undefined);
    if (!target) continue;
    for (const v of matched.length ? matched : [target])
      effective.set(v, Math.min(sum.upper, v.upper ?? sum.upper));
    sumNote = `The ${sum.source.replace(/\s*<=.*$/, '')} is at most ${formatBound(sum.upper)}, so the work is counted over all tests together. `;
  }
  const tests = known.find((v) => v.role === 'tests');
  const factor = tests && !sumNote ? (tests.upper ?? 1) : 1;
  const bound = (v: Variable) => effective.get(v) ?? v.upper ?? 1;

  if (
    sizes.length > 0 &&
    sizes.every((v) => v.lower !== undefined && v.lower === v.upper && bound(v) <= 100)
  ) {
    return finish({
      limit: 'O(1)',
      reason: `The input has a fixed size (${sizes.map((v) => `${label(v)} = ${v.upper}`).join(', ')}), so any correct method runs in constant time.`,
    });
  }
  sizes = sizes.filter((v) => v.lower !== v.upper || bound(v) > 100);

  const dimensions = sizes.filter((v) => v.role === 'dimension');
  if (dimensions.length >= 2) {
    const [rows, columns] = dimensions as [Variable, Variable];
    const product = facts.products[0]?.upper;
    const cells = Math.min(bound(rows) * bound(columns), product ?? Number.POSITIVE_INFINITY);
    return finish({
      limit: 'O(n * m)',
      reason: `${sumNote}A grid of ${label(rows)} <= ${formatBound(bound(rows))} by ${label(columns)} <= ${formatBound(bound(columns))} has up to ${formatSteps(cells)} cells → about 10^8 simple steps per second, so visiting each cell a constant number of times, O(n * m), fits comfortably.`,
    });
  }
  if (dimensions.length === 1 && sizes.length === 1) {
    const side = bound(dimensions[0] as Variable);
    return finish({
      limit: 'O(n^2)',
      reason: `An n x n grid with n <= ${formatBound(side)} has ${formatSteps(side * side)} cells → about 10^8 simple steps per second, so touching each cell a few times, O(n^2), fits.`,
    });
  }

  sizes.sort((a, b) => bound(b) - bound(a));
  const primary = sizes[0];
  if (!primary) {
    const scalar = known
      .filter((v) => v.role !== 'tests' && !/\[|_i\b|\.val\b/.test(label(v)))
      .sort((a, b) => (b.upper ?? 0) - (a.upper ?? 0))[0];
    if (!scalar) {
      return {
        limit: 'O(n)',
        reason: `No size bound was found on the page; aim for one linear pass over the input, O(n), and check the constraints when they appear.${note}`,
      };
    }
    return single(`${label(scalar)} <= ${formatBound(scalar.upper ?? 1)}`, scalar.upper ?? 1, factor);
  }
  const n = bound(primary);
  const primaryText = `${sumNote}${label(primary)} <= ${formatBound(n)}`;
  const secondary = sizes.slice(1).find((v) => !nameSet(v).has(label(primary).toLowerCase()));
  if (secondary) {
    const m = bound(secondary);
    const both = `${primaryText} and ${label(secondary)} <= ${formatBound(m)}`;
    if (n * m * factor <= BUDGET) {
      return finish({
        limit: 'O(n * m)',
        reason: `${both} → about 10^8 simple steps per second, so pairing every item of one with every item of the other, O(n * m) (about ${formatSteps(n * m * factor)} steps), fits.`,
      });
    }
    const total = n + m;
    const sorted = total * log2(total) * factor <= BUDGET;
    return finish({
      limit: sorted ? 'O((n + m) log n)' : 'O(n + m)',
      reason: `${both} → about 10^8 simple steps per second, so O(n * m) (${formatSteps(n * m * factor)} steps) does not fit while ${sorted ? `O((n + m) log n) (about ${formatSteps(total * log2(total) * factor)} steps)` : `only linear work, O(n + m),`} does.`,
    });
  }
  const parameter = known.find(
    (v) =>
      v !== primary &&
      independent(v) &&
      (v.role === 'param' ||
        v.role === 'item-size' ||
        (v.role === 'value' && DP_PARAMETER.test(label(v)) && (v.lower ?? 0) >= 0 && bound(v) <= 1e6)) &&
      bound(v) > 2,
  );
  if (parameter) {
    const k = bound(parameter);
    const pairsFit = n * n * k * factor <= BUDGET;
    if (n * k * factor <= BUDGET && (k > n || !pairsFit)) {
      return finish({
        limit: 'O(n * k)',
        reason: `${primaryText} and ${label(parameter)} <= ${formatBound(k)} → about 10^8 simple steps per second, so O(n * k) (about ${formatSteps(n * k * factor)} steps) fits${pairsFit ? '' : ` and O(n^2 * k) does not (${formatSteps(n * n * k * factor)} steps)`}.`,
      });
    }
  }
  return finish(single(primaryText, n, factor));
}
