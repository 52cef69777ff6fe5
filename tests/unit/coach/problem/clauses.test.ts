import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { parseConstraints, type Variable } from '@/lib/coach/problem/constraints';
import { readProblem } from '@/lib/coach/problem/reading';
import {
  GENERALISE_CASES,
  PROBLEM_CASES,
  problemCases,
  READING_CASES,
} from '../../../support/problem-labels';

const named = (variables: Variable[], name: string) => variables.find((v) => v.names.includes(name));

/** The clauses setters put after a bound, in the shapes real constraint lines use. */
const CLAUSES = [
  (name: string) => `, ${name} is odd`,
  (name: string) => `, ${name} is even.`,
  (name: string) => `, and ${name} is a power of two`,
  (name: string) => `, ${name} is a multiple of 3`,
  (name: string) => `, where ${name} is the number of items`,
  (name: string) => `, where ${name} = nums.length`,
  (name: string) => `, where |${name}| denotes the length of ${name}`,
  (name: string) => ` (${name} is odd)`,
  () => ' (1-indexed)',
  () => '; all A_i are distinct',
  () => ' and the answer fits in a 64-bit integer',
];

describe('a clause after a bound', () => {
  it('leaves the bound as the page states it', () => {
    const { variables } = parseConstraints(['1 <= N < 2 * 10^5, N is odd'], '');
    expect(named(variables, 'N')).toMatchObject({ upper: 199999 });
    expect(named(variables, 'N')?.boundedBy).toBeUndefined();
  });

  it('names no variable after the clause’s first word', () => {
    const { variables } = parseConstraints(
      ['1 <= n <= 2^16, and n is a power of two', '1 <= a_i <= n, where n is the length of the array'],
      '',
    );
    expect(variables.flatMap((v) => v.names)).not.toContain('and');
    expect(variables.flatMap((v) => v.names)).not.toContain('where');
    expect(named(variables, 'n')?.upper).toBe(65536);
    // A length written between bars opens its clause too, as CodeChef writes it.
    const bars = parseConstraints(['2 <= |S| <= 1000, where |S| denotes the length of S'], '').variables;
    expect(bars.flatMap((v) => v.names)).toEqual(['|S|']);
    expect(named(bars, '|S|')?.boundedBy).toBeUndefined();
  });

  it('names nothing after the word that closes a clause before "in the range"', () => {
    const { variables } = parseConstraints(
      ['nums[i] is either -1 or in the range [1, 10^9].', 'The digits in n are in the range [1, 9].'],
      '',
    );
    expect(variables.flatMap((v) => v.names)).not.toContain('or');
    expect(variables.flatMap((v) => v.names)).not.toContain('are');
  });

  it('keeps the bound a clause runs into ("N is odd, 1 <= A_i <= 10^9")', () => {
    const { variables } = parseConstraints(['1 <= N < 2 * 10^5, N is odd, 1 <= A_i <= 10^9'], '');
    expect(named(variables, 'A_i')).toMatchObject({ lower: 1, upper: 10 ** 9 });
    expect(variables.flatMap((v) => v.names)).not.toContain('odd');
  });

  it('keeps a parameter bounded by the size it names ("1 <= k <= n <= 2 * 10^5, k is odd")', () => {
    const { variables } = parseConstraints(['1 <= k <= n <= 2 * 10^5, k is odd'], '');
    expect(named(variables, 'k')?.boundedBy).toBe('n');
    expect(named(variables, 'n')?.upper).toBe(200000);
  });

  it('reads the lower bound nearest a name when two bounds share a line', () => {
    const { variables } = parseConstraints(['1 <= n <= 10^5, 1 <= m <= 10^5'], '');
    expect(named(variables, 'm')).toMatchObject({ lower: 1, upper: 10 ** 5 });
  });

  it('never changes the numeric bound read, whatever clause follows it (fuzz)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('N', 'n', 'q', 'm', 'nums.length', 'K'),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom('<=', '<'),
        fc.constantFrom(...CLAUSES),
        (name, low, mantissa, power, comparator, clause) => {
          const line = `${low} <= ${name} ${comparator} ${mantissa} * 10^${power}`;
          const plain = named(parseConstraints([line], '').variables, name);
          const read = named(parseConstraints([`${line}${clause(name)}`], '').variables, name);
          expect(read?.upper).toBe(plain?.upper);
          expect(read?.lower).toBe(plain?.lower);
          expect(read?.boundedBy).toBe(plain?.boundedBy);
        },
      ),
    );
  });
});

// Every labelled page is read while the file loads, as the gates do: reading some 700 pages takes
// most of a test's time limit on a loaded machine, and loading has none.
const everyPage = [PROBLEM_CASES, GENERALISE_CASES, READING_CASES].flatMap((dir) => problemCases(dir));
const statedNoBounds = everyPage.flatMap(({ name, context }) => {
  if (!context) return [];
  const sized = readProblem(context).facts.variables.some(
    (v) => (v.role === 'size' || v.role === 'dimension') && v.upper !== undefined,
  );
  const reason = analyzeProblem(context).complexityLimitReason;
  return sized && /states no bounds/.test(reason) ? [`${name}: ${reason}`] : [];
});

describe('the limit on a page that states bounds', () => {
  it('never says the page states no bounds when a size with a number was read', () => {
    expect(everyPage.length).toBeGreaterThan(400);
    expect(statedNoBounds).toEqual([]);
  });
});
