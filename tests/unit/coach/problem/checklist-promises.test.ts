import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { withChecks } from '@/lib/coach/problem/hints/checks';
import { problemContext } from '../../../support/problem-context';

const onCodeChef = (statement: string, constraints: string[]) =>
  analyzeProblem(
    problemContext({
      site: 'codechef',
      url: 'https://www.codechef.com/problems/X43',
      id: 'X43',
      statement,
      constraints,
    }),
    null,
  );
const hintsOf = (statement: string, constraints: string[]) =>
  onCodeChef(statement, constraints)
    .hints.map((hint) => hint.text)
    .join(' ');

const DAILY =
  'Chef does exactly X push-ups every day. How many push-ups does he do in January, which has 31 days? Print a single integer.';

describe("a generic checklist names only what the page's bounds allow", () => {
  it('drops zero, negatives and overflow from a formula over one small positive number', () => {
    const analysis = onCodeChef(DAILY, ['1 <= X <= 100']);
    const hints = analysis.hints.map((hint) => hint.text).join(' ');
    expect(analysis.patterns[0]?.id).toBe('math');
    expect(hints).not.toMatch(/\bzero\b|\bnegative\b|overflow|within range/);
    expect(analysis.edgeCases.join(' ')).not.toMatch(/overflow/);
  });

  it('keeps each case where the bounds allow it', () => {
    const signed = hintsOf(DAILY, ['-10^9 <= X <= 10^9']);
    expect(signed).toContain('zero and negative values');
    expect(signed).toContain('within range');
    const unsigned = hintsOf(DAILY, ['0 <= X <= 10^9']);
    expect(unsigned).toContain('the smallest inputs and zero');
    expect(unsigned).not.toMatch(/\bnegative\b/);
  });

  it('keeps overflow for a small number raised to a power, which no bound on it keeps small', () => {
    const powers = onCodeChef(
      'Chef has X coins and doubles them every day. Print the number of coins after X days, that is X * 2^X.',
      ['1 <= X <= 100'],
    );
    const text = [...powers.hints.map((hint) => hint.text), ...powers.edgeCases].join(' ');
    expect(text).toMatch(/overflow|within range/);
  });

  it('never names a case its reading rules out, in any ladder slot', () => {
    const slots = 'Check {small cases}{in range}. Compute it directly, {care}.';
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), (zeros, overflow, remainders) => {
        const text = withChecks(slots, { zeros, negatives: false, overflow, remainders });
        return (
          !/negative/.test(text) &&
          (zeros || !/\bzero\b/.test(text)) &&
          (overflow || !/overflow|within range/.test(text)) &&
          (remainders || !/remainder/.test(text)) &&
          !/[{}]/.test(text)
        );
      }),
    );
  });
});
