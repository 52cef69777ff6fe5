import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { mayOverflow, overflowTrap } from '@/lib/coach/problem/overflow';
import { bodyOf } from '../../../support/statement';

/*
 * Overflow lines follow the statement's arithmetic: a square metre is a unit, not a square of the
 * values, and a running total over characters stays under n times a character's code. Statements
 * written for these tests.
 */
const trapOf = (statement: string, constraints: string[]) =>
  overflowTrap(parseConstraints(constraints, statement), bodyOf(statement, constraints))?.text ?? null;

describe('products the statement makes', () => {
  const sizes = ['1 <= k <= n <= 10^5', '1 <= heat[i] <= 10^9'];

  it.each([
    'The heat load of an afternoon is the solar energy that fell on one square metre of ground, in joules. Return the k-th largest heat load in heat[].',
    'Each plot measures heat[i] square meters. Return the k-th largest plot.',
    'However many times the values repeat, return the k-th largest value of heat[].',
  ])('are none where a square is a unit or "times" counts repeats: %s', (statement) => {
    expect(trapOf(statement, sizes)).toBeNull();
  });

  it('are none for a square of any unit, whatever the sentence around it', () => {
    const unit = fc.constantFrom(
      'metre',
      'metres',
      'meter',
      'kilometres',
      'mile',
      'feet',
      'inches',
      'yards',
      'km',
    );
    const words = fc
      .stringMatching(/^[a-z ]{0,30}$/)
      .filter((text) => !/square|product|multipl|area|times/.test(text));
    fc.assert(
      fc.property(words, unit, words, (before, name, after) => {
        const statement = `${before} one square ${name} ${after}. Return the k-th largest heat[i].`;
        expect(trapOf(statement, sizes)).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    'Return the largest product heat[i] * heat[j] over two different afternoons.',
    'A tile of side heat[i] covers its side squared. Return the k-th largest tile.',
    'Its cross-section is the distance between the poles times the height of the shorter one. Return the largest.',
  ])('are read where the values are multiplied: %s', (statement) => {
    expect(trapOf(statement, sizes)).toMatch(/^Products past 2\^31/);
  });
});

describe('running totals over text', () => {
  const statement =
    'The chant log is a string s of length n of letters R and B. Find the length of the longest run of consecutive chants with as many R as B.';
  const facts = (constraints: string[]) => parseConstraints(constraints, statement);

  it('stay under 2^31 when the text is all the input', () => {
    expect(mayOverflow(facts(['1 <= n <= 3 * 10^5']), 'sum', bodyOf(statement, []), ['string'])).toBe(false);
  });

  it('may pass it for text longer than 2^31 / 2^8 characters', () => {
    expect(mayOverflow(facts(['1 <= n <= 10^7']), 'sum', bodyOf(statement, []), ['string'])).toBe(true);
  });

  it('keep the old reading where a bounded number stands beside the text, or the input is numbers', () => {
    const copies = parseConstraints(['1 <= n < 10^100000', '1 <= k <= 10^5'], 'n is given as a string.');
    expect(mayOverflow(copies, 'sum', 'the number n written k times in a row', ['string'])).toBe(true);
    expect(mayOverflow(facts(['1 <= n <= 3 * 10^5']), 'sum', bodyOf(statement, []), ['array'])).toBe(true);
  });
});
