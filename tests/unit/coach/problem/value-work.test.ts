import { describe, expect, it } from 'vitest';
import { answerSetting } from '@/lib/coach/problem/knowledge/answer-settings';
import { readValueWork } from '@/lib/coach/problem/value-work';
import { analyse } from '../../../support/statement';

/**
 * How the answer is computed from a value when only values are bounded (value-work.ts): a closed
 * form, a walk over the value's digits or bits, a monotone total inverted by a halving search, or
 * a loop up to its square root. Statements written for these tests, with near misses whose story
 * says "largest", "power" or "digits" while the answer is a formula.
 */

const read = (text: string) => {
  const body = text.toLowerCase();
  return readValueWork(body, answerSetting(body));
};

describe('a closed form of the inputs', () => {
  it('reads a minimum of two sides as a formula, whatever "largest" says', () => {
    expect(read('A sheet is w by h. Find the side of the largest square that can be cut from it.').kind).toBe(
      'closed',
    );
  });

  it('reads "power" in the story as no power to compute', () => {
    expect(
      read(
        'A power station stores p units and each house needs c units. Find the most houses it can supply fully.',
      ).kind,
    ).toBe('closed');
  });

  it('reads the digits of a power of ten written out as a count, not a walk', () => {
    expect(read('Print how many digits the number 10^k has when written in decimal.').kind).toBe('closed');
  });

  it('reads the last digit of a formula as a formula', () => {
    expect(
      read('A wall of n rows has 1 + 2 + ... + n bricks. Print the last digit of the number of bricks.').kind,
    ).toBe('closed');
  });
});

describe('a walk over the value', () => {
  it('counts the digits of every number in a range by their lengths', () => {
    expect(
      read('A clerk stamps the tickets from 1 to n, and each digit stamped costs one cent. Print the cost.'),
    ).toMatchObject({ kind: 'walk', over: 'digits' });
    expect(read('Print how many digits are written when all numbers 1, 2, ..., n are listed.').kind).toBe(
      'walk',
    );
  });

  it('keeps the last digit of a sum over a range a formula', () => {
    expect(read('Print the last digit of the sum of all integers from 1 to n.').kind).toBe('closed');
  });

  it('pays an amount in the powers of one base by its digits in that base', () => {
    expect(
      read(
        'Every stamp is worth a power of k: 1, k, k^2 and so on. Find the fewest stamps that make exactly m.',
      ),
    ).toMatchObject({ kind: 'walk', over: 'digits' });
    expect(
      read('The shop sells weights that are powers of three. Can the jeweller balance x grams?').kind,
    ).toBe('walk');
  });

  it('reads a power station or one power asked of n as no base to pay in', () => {
    expect(
      read('A power station of p units feeds houses of c units each. How many houses are fed?').kind,
    ).toBe('closed');
  });

  it('walks the digits of the given value', () => {
    expect(read('Given n, print the product of its digits.')).toMatchObject({ kind: 'walk', over: 'digits' });
  });

  it('walks the bits of the given value', () => {
    expect(read('Given x, count the set bits in the binary representation of x.')).toMatchObject({
      kind: 'walk',
      over: 'bits',
    });
  });

  it('counts the halvings of a value', () => {
    expect(
      read(
        'A queue of n people is halved every round, the odd one staying. Count the rounds needed until one is left.',
      ),
    ).toMatchObject({ kind: 'walk', over: 'halvings' });
  });

  it('reads the fewest tests that single out one of n as the bits needed', () => {
    expect(
      read(
        'One of n casks is spoiled. Find the fewest tasters needed to identify the spoiled cask among them in one round.',
      ),
    ).toMatchObject({ kind: 'walk', over: 'halvings' });
  });

  it('reads a common measure of two values as a gcd', () => {
    expect(
      read('Two bells ring every a and every b minutes. When do they first ring together again?').kind,
    ).toBe('walk');
  });

  it('reads a power whose exponent is an input as fast power', () => {
    expect(read('Print a^b modulo 998244353.').kind).toBe('walk');
    expect(
      read('A colony of c cells: every hour each cell splits into three. Print the cells after h hours.')
        .kind,
    ).toBe('walk');
  });
});

describe('a monotone total inverted', () => {
  it('reads the largest count of terms defined by their index that stays within the value', () => {
    expect(
      read(
        'Shelf i of a bookcase holds 2i books. Given n books, find the largest number of shelves that can be filled completely with at most n books.',
      ).kind,
    ).toBe('inverted');
  });

  it('reads the first day a running total reaches the value', () => {
    expect(
      read(
        'On day i a saver puts aside i^2 coins. Given goal, print the first day by the end of which the savings reach goal.',
      ).kind,
    ).toBe('inverted');
  });

  it('leaves a superlative over terms the page does not define by index', () => {
    expect(read('Print the largest number of full boxes of size c that hold at most n apples.').kind).toBe(
      'closed',
    );
  });
});

describe('a loop up to the square root', () => {
  it('reads a primality test of one value', () => {
    expect(read('Given n, decide whether n is a prime number.').kind).toBe('root');
  });

  it('reads the divisors of one value, but a divisor of two as a gcd', () => {
    expect(read('Given n, print the sum of the divisors of n.').kind).toBe('root');
    expect(read('Print the greatest common divisor of a and b.').kind).toBe('walk');
  });
});

describe('the panel on a values-only page', () => {
  it('aims a monotone total at a halving search, O(log n), and leads with it', () => {
    const analysis = analyse(
      'Ring i of a target has 8i lamps around a single centre lamp. Given n lamps, find the largest number of complete rings that can be lit using at most n lamps.',
      ['1 <= n <= 10^18'],
    );
    expect(analysis.patterns[0]?.id).toBe('binary-search');
    expect(analysis.complexityTarget).toBe('O(log n)');
  });

  it('aims a walk over the bits at O(log n) with bit manipulation among the methods', () => {
    const analysis = analyse('Given n, print the number of 1 bits in the binary representation of n.', [
      '1 <= n <= 10^18',
    ]);
    expect(analysis.complexityTarget).toBe('O(log n)');
    expect(analysis.patterns.slice(0, 2).map((p) => p.id)).toContain('bit-manipulation');
  });

  it('keeps a formula that mentions digits at O(1)', () => {
    const analysis = analyse('Print how many digits the number 10^e has when written in decimal.', [
      '1 <= e <= 10^18',
    ]);
    expect(analysis.complexityTarget).toBe('O(1)');
  });

  it('aims a primality test at O(sqrt(n)) and lets the limit allow the loop to the root', () => {
    const analysis = analyse('Given n, decide whether n is a prime number.', ['1 <= n <= 10^12']);
    expect(analysis.complexityTarget).toBe('O(sqrt(n))');
    expect(analysis.complexityLimit).toBe('O(sqrt(n))');
  });

  it('keeps the limit at O(log n) when the root of every test does not fit', () => {
    const analysis = analyse(
      'Decide whether a given integer n is a prime number. The first line contains one integer t, the number of test cases. Each test case is one line with an integer n.',
      ['1 <= t <= 10^5', '1 <= n <= 10^18'],
    );
    expect(analysis.complexityLimit).toBe('O(log n)');
  });
});
