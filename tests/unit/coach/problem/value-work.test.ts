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

  it('reads the last digit of a power as its period, not a fast power', () => {
    expect(
      read('A lock shows the last digit of 7 raised to the power n, that is, 7^n modulo 10.'),
    ).toMatchObject({
      kind: 'closed',
      quote: 'last digit',
    });
    expect(read('Print the last digit of 1^1 + 2^2 + ... + n^n.').kind).toBe('closed');
    expect(read('Print a^b modulo 10^9 + 7.').kind).toBe('walk');
  });

  it('reads a total of n terms that grow by a rule as a formula, with no count to invert', () => {
    expect(
      read(
        'A stack has one fruit on top, the layer under it is a triangle of 3, and so on. Count the fruit in a stack of n layers.',
      ).kind,
    ).toBe('closed');
  });

  it('reads cutting pieces in two until all are single as a count of pieces, not halvings', () => {
    expect(
      read(
        'A slab of n by m squares is broken: each move cuts one piece in two along a line. Return the fewest moves needed to separate every square.',
      ).kind,
    ).toBe('closed');
  });

  it('reads a chapter end or multiples of fixed numbers as arithmetic', () => {
    expect(
      read(
        'Chapters have k pages each. You are on page n. Return how many pages are left until the chapter ends.',
      ).kind,
    ).toBe('closed');
    expect(read('Count the integers from 1 to n that are a multiple of 3 or of 5.').kind).toBe('closed');
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

  it('writes the value in another base, letters as digits included', () => {
    expect(
      read(
        'Shelves 1 to 26 get the tags a, b, ..., z; shelf 27 is aa, then ab, and so on. Print the tag of shelf n.',
      ),
    ).toMatchObject({ kind: 'walk', over: 'base' });
    expect(read('Write n in base 3 and count its digits equal to 2.')).toMatchObject({
      kind: 'walk',
      over: 'base',
    });
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

  it('counts the nights a pile that keeps its smaller half takes to empty', () => {
    expect(
      read(
        'Every night a guard carries off the bigger half of a pile of x coins, leaving x/2 rounded down. After how many nights is the pile empty?',
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

  it('counts the nights a doubling balance takes to reach the value', () => {
    expect(
      read(
        'Every night the balance doubles. Find the number of nights after which the balance is at least n.',
      ).kind,
    ).toBe('walk');
  });

  it('reads the fewest tasters that find the one bad cask as the bits needed, without "among"', () => {
    expect(
      read(
        'There are n casks and exactly one of them is poisoned. Return the fewest tasters needed to find the poisoned cask in one day.',
      ),
    ).toMatchObject({ kind: 'walk', over: 'halvings' });
    expect(read('Return the fewest boxes needed to hold n apples, c to a box.').kind).toBe('closed');
  });

  it('reads a common measure of two values as a gcd', () => {
    expect(
      read('Two bells ring every a and every b minutes. When do they first ring together again?').kind,
    ).toBe('walk');
  });

  it('reads a power whose exponent is an input as fast power', () => {
    expect(read('Print a^b modulo 998244353.')).toMatchObject({ kind: 'walk', over: 'exponent' });
    expect(read('The code is a multiplied by itself b times, modulo 10^9 + 7.')).toMatchObject({
      kind: 'walk',
      over: 'exponent',
    });
    expect(
      read('Every hour, each cell in the dish turns into three cells. Print the cells after n hours.').kind,
    ).toBe('walk');
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

  it('reads the tallest stack of terms that grow by a rule within the amount', () => {
    expect(
      read(
        'The top layer is one ball, the layer below it is a 2 x 2 square, the next a 3 x 3 square, and so on. Find the height of the tallest complete pyramid you can build without needing more balls than you have.',
      ).kind,
    ).toBe('inverted');
    expect(
      read(
        'A tetrahedron of fruit: each layer is a triangle one fruit longer on every side than the layer above it. Return the layers of the highest stack using no more than f pieces.',
      ).kind,
    ).toBe('inverted');
  });

  it('reads the count named just before the superlative held to the amount', () => {
    expect(
      read(
        'Floor j counted from the top is a solid cube of j * j * j blocks. Given b, return how many floors the tallest tower built from no more than b blocks can have.',
      ).kind,
    ).toBe('inverted');
  });

  it('reads how many rows of a growing stand an amount uses', () => {
    expect(
      read(
        'The front row has k seats and every row behind it has one seat more than the row in front. Find how many rows are used when n fans come.',
      ),
    ).toMatchObject({ kind: 'inverted', quote: 'how many rows are used' });
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
    expect(
      read('A number is perfect if it equals the sum of its positive divisors other than itself.').kind,
    ).toBe('root');
  });

  it('counts the runs of consecutive integers that sum to exactly the value, one per odd divisor', () => {
    expect(
      read(
        'A round visits a block of neighbouring houses numbered 1, 2, 3, ..., and its score is the sum of their numbers. Return how many rounds have a score of exactly n.',
      ),
    ).toMatchObject({ kind: 'root', over: 'runs' });
    expect(
      read('Find the largest k such that the sum of the consecutive integers 1 to k is at most n.').kind,
    ).not.toBe('root');
  });

  it('lays all of the value out as a rectangle, one side per divisor', () => {
    expect(
      read(
        'He lays all of them to form one filled rectangle whose sides are whole numbers. Find the least perimeter.',
      ).kind,
    ).toBe('root');
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

  it('aims a power with an input exponent at fast power, with its own ladder', () => {
    const analysis = analyse(
      'The vault code is a multiplied by itself b times, modulo 10^9 + 7. Return the code.',
      ['1 <= a <= 10^9', '0 <= b <= 10^18'],
    );
    expect(analysis.complexityTarget).toBe('O(log n)');
    expect(analysis.patterns[0]).toMatchObject({ id: 'math', reason: expect.stringMatching(/exponent/) });
    expect(analysis.hints.map((hint) => hint.text).join(' ')).toMatch(/square and multiply/i);
  });

  it('aims letters as digits at a walk over the base, with its own ladder', () => {
    const analysis = analyse(
      'Shelves 1 to 26 are tagged A, B, ..., Z; shelf 27 is AA, then AB, and after ZZ comes AAA. Given n, print the tag of shelf n.',
      ['1 <= n <= 10^18'],
    );
    expect(analysis.complexityTarget).toBe('O(log n)');
    expect(analysis.hints.map((hint) => hint.text).join(' ')).toMatch(/another base/);
  });

  it('counts runs of consecutive integers up to the root, with a ladder over the run lengths', () => {
    const analysis = analyse(
      'Return the number of ways to write n as a sum of one or more consecutive positive integers, that is, how many runs add up to exactly n.',
      ['1 <= n <= 10^12'],
    );
    expect(analysis.complexityTarget).toBe('O(sqrt(n))');
    expect(analysis.complexityLimit).toBe('O(sqrt(n))');
    expect(analysis.hints.map((hint) => hint.text).join(' ')).toMatch(/odd divisors/);
  });

  it('keeps the limit at O(log n) when the root of every test does not fit', () => {
    const analysis = analyse(
      'Decide whether a given integer n is a prime number. The first line contains one integer t, the number of test cases. Each test case is one line with an integer n.',
      ['1 <= t <= 10^5', '1 <= n <= 10^18'],
    );
    expect(analysis.complexityLimit).toBe('O(log n)');
  });
});
