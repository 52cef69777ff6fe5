import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGET } from '@/lib/coach/problem/complexity';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { complexityLimit, ladder, type Sized, totalSteps } from '@/lib/coach/problem/limit';
import { type InputShape, readShape, type Size } from '@/lib/coach/problem/shape';

/** A bound as setters write them: a few digits times a power of ten, from 1 to 10^18. */
const bound = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 18 }))
  .map(([digit, power]) => digit * 10 ** power);
const smallBound = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 6 }))
  .map(([digit, power]) => digit * 10 ** power);
const size = (letter: Size['letter'], name: string) => bound.map((b): Size => ({ letter, name, bound: b }));

/** The shapes a walk reads (shape/walks.ts): words a ladder moves between, a walk per question. */
const moving: fc.Arbitrary<Sized>[] = [
  fc.record({
    kind: fc.constant('product' as const),
    n: size('n', 'wordList.length'),
    other: size('m', 'wordList[i].length'),
    grid: fc.constant(false),
    words: fc.constant(true as const),
  }),
  fc.record({
    kind: fc.constant('graph' as const),
    v: size('V', 'N'),
    e: size('E', 'M'),
    queries: size('q', 'Q'),
  }),
];

const shapes: fc.Arbitrary<Sized> = fc.oneof(
  fc.record({ kind: fc.constant('one' as const), n: size('n', 'nums.length'), square: fc.boolean() }),
  fc.record({
    kind: fc.constant('add' as const),
    n: size('n', 'N'),
    other: fc.oneof(size('q', 'Q'), size('m', 'M')),
  }),
  fc.record(
    {
      kind: fc.constant('product' as const),
      n: size('n', 'n'),
      other: fc.oneof(size('m', 'm'), size('k', 'W')),
      grid: fc.boolean(),
      cells: bound,
    },
    { requiredKeys: ['kind', 'n', 'other', 'grid'] },
  ),
  fc.record({ kind: fc.constant('graph' as const), v: size('V', 'N'), e: size('E', 'M') }),
  ...moving,
  fc.record(
    {
      kind: fc.constant('design' as const),
      calls: size('q', 'calls'),
      n: size('n', 'n'),
      stream: fc.constant(true as const),
    },
    { requiredKeys: ['kind', 'calls', 'n'] },
  ),
);

const inputs: fc.Arbitrary<InputShape> = fc.record({
  shape: shapes,
  tests: fc.oneof(fc.constant(1), smallBound),
  largestValue: bound,
  numbersOnly: fc.constant(false),
});

/** The figure in a sentence's step count: "3 * 10^6" → 3000000, "far too many" → Infinity. */
function stepsIn(text: string): number {
  if (text === 'far too many') return Number.POSITIVE_INFINITY;
  const match = /^(?:([\d.]+) \* )?10\^(\d+)$/.exec(text);
  if (match) return Number(match[1] ?? 1) * 10 ** Number(match[2]);
  return Number(text);
}

/** What the sentence says of each rung it names: fits, or does not. */
function verdicts(reason: string): { big: string; fits: boolean; steps: number }[] {
  const said = [...reason.matchAll(/(?:so |even )(O\(.+?\))(?: per \w+)? fits \(about ([^)]+) steps\)/g)].map(
    (m) => ({ big: m[1] as string, fits: true, steps: stepsIn(m[2] as string) }),
  );
  const refused = [
    ...reason.matchAll(/(O\(.+?\))(?: per \w+)? (?:does not|is too slow) \(([^)]+) steps\)/g),
  ].map((m) => ({ big: m[1] as string, fits: false, steps: stepsIn(m[2] as string) }));
  return [...said, ...refused];
}

describe('the limit sentence says the truth for its numbers', () => {
  it('never calls a too-slow bound tight, nor a rejected one fitting, on any bounds', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { limit, reason } = complexityLimit(input);
        expect(reason).not.toMatch(/\btight\b/);
        const said = verdicts(reason);
        expect(said.length, reason).toBeGreaterThan(0);
        for (const { big, fits, steps } of said) {
          // The verdict agrees with the arithmetic, and the figure quoted agrees with the verdict:
          // a rejected rung never shows a count the 10^8 steps a second would allow.
          expect(totalSteps(big, input) <= BUDGET, reason).toBe(fits);
          if (fits) expect(steps, reason).toBeLessThanOrEqual(BUDGET);
          else expect(steps, reason).toBeGreaterThan(1e8);
        }
        const rungs = ladder(input.shape as Sized);
        const fitting = rungs.filter((big) => totalSteps(big, input) <= BUDGET);
        if (fitting.length > 0) {
          // The limit is the slowest rung that fits, and the sentence says it fits.
          expect(limit).toBe(fitting[fitting.length - 1]);
          expect(said.find((v) => v.fits)?.big).toBe(limit);
        } else {
          expect(reason).toContain('no rung fits');
          expect(said.every((v) => !v.fits)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('costs each rung of the word ladder at least as much as the one before it, on any bounds', () => {
    const words = moving[0] as fc.Arbitrary<Sized>;
    fc.assert(
      fc.property(words, (shape) => {
        const input: InputShape = { shape, tests: 1, largestValue: 1e9, numbersOnly: false };
        const costs = ladder(shape).map((big) => totalSteps(big, input));
        for (let at = 1; at < costs.length; at++)
          expect(costs[at]).toBeGreaterThanOrEqual(costs[at - 1] as number);
      }),
      { numRuns: 300 },
    );
  });

  /** n words of m letters each, moved between one letter at a time. */
  const wordsOf = (n: number, m: number): InputShape => ({
    shape: {
      kind: 'product',
      n: { letter: 'n', name: 'wordList.length', bound: n },
      other: { letter: 'm', name: 'wordList[i].length', bound: m },
      grid: false,
      words: true,
    },
    tests: 1,
    largestValue: 1e9,
    numbersOnly: false,
  });

  it('says a word ladder allows O(n * m^2) with its arithmetic, and every pair of words where that fits', () => {
    const ladderOf5000 = complexityLimit(wordsOf(5000, 10));
    expect(ladderOf5000.limit).toBe('O(n * m^2)');
    expect(ladderOf5000.reason).toContain(
      'wordList.length <= 5000 words, each of m = wordList[i].length <= 10 letters',
    );
    expect(ladderOf5000.reason).toContain(
      'O(n * m^2) fits (about 5 * 10^5 steps) and O((n * m)^2) does not (3 * 10^9 steps)',
    );
    expect(complexityLimit(wordsOf(100, 10)).limit).toBe('O((n * m)^2)');
  });

  it('allows a walk per question on a small graph, and names the questions beside the graph', () => {
    const input: InputShape = {
      shape: {
        kind: 'graph',
        v: { letter: 'V', name: 'N', bound: 2000 },
        e: { letter: 'E', name: 'M', bound: 2000 },
        queries: { letter: 'q', name: 'Q', bound: 2000 },
      },
      tests: 1,
      largestValue: 2000,
      numbersOnly: false,
    };
    const { limit, reason } = complexityLimit(input);
    expect(limit).toBe('O(q * (V + E))');
    expect(reason).toBe(
      'V = N <= 2000 vertices, E = M <= 2000 edges and q = Q <= 2000 questions → about 10^8 simple steps a second, so O(q * (V + E)) fits (about 8 * 10^6 steps).',
    );
  });

  it('names what fits when every pair of two long lists is too many', () => {
    const input: InputShape = {
      shape: {
        kind: 'product',
        n: { letter: 'n', name: 'n', bound: 1e5 },
        other: { letter: 'm', name: 'm', bound: 1e5 },
        grid: false,
      },
      tests: 1,
      largestValue: 1e9,
      numbersOnly: false,
    };
    const { limit, reason } = complexityLimit(input);
    expect(limit).toBe('O((n + m) log n)');
    expect(reason).toMatch(/O\(\(n \+ m\) log n\) fits .* and O\(n \* m\) does not \(10\^10 steps\)/);
  });

  it('says a count just past the budget with the digit that shows it is past', () => {
    const input: InputShape = {
      shape: { kind: 'one', n: { letter: 'n', name: 'n', bound: 11_500 }, square: false },
      tests: 1,
      largestValue: 1e9,
      numbersOnly: false,
    };
    expect(complexityLimit(input).reason).toContain('O(n^2) does not (1.3 * 10^8 steps)');
  });

  it('says no rung fits when even one pass is too slow', () => {
    const input: InputShape = {
      shape: {
        kind: 'add',
        n: { letter: 'n', name: 'N', bound: 10 ** 9 },
        other: { letter: 'q', name: 'Q', bound: 10 ** 9 },
      },
      tests: 1,
      largestValue: 1e9,
      numbersOnly: false,
    };
    const { limit, reason } = complexityLimit(input);
    expect(limit).toBe('O(n + q)');
    expect(reason).toContain('no rung fits: even O(n + q) is too slow (2 * 10^9 steps)');
  });

  it('says whether a loop up to a value passes, by the value, beside the square-root walk', () => {
    const divisors = (constraints: string[]) => {
      const statement = 'Print the number of divisors of N.';
      const body = `${statement}\n${constraints.join('\n')}`.toLowerCase();
      return complexityLimit(readShape(parseConstraints(constraints, statement), undefined, body), true);
    };
    const large = divisors(['1 <= N <= 10^12']);
    expect(large.limit).toBe('O(sqrt(n))');
    expect(large.reason).toContain('one up to the value itself does not (10^12 steps)');
    const small = divisors(['1 <= N <= 10^6']);
    expect(small.limit).toBe('O(sqrt(n))');
    expect(small.reason).toContain('passes only because the value is small');
  });
});
