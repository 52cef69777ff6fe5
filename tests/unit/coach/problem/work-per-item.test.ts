import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { readAsks } from '@/lib/coach/problem/asks';
import { readValueWork } from '@/lib/coach/problem/value-work';
import { problemContext } from '../../../support/problem-context';

/*
 * The log factor the work on each item carries: a gcd behind the overlap of several periods, one
 * pass per bit when any two values are combined bit by bit, a heap of k heads when k sorted lists
 * are made one. Each test writes its own statement; near misses keep the factor away.
 */
const analyse = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ title: 'Example', statement, constraints }));

describe('moments on any of several periods', () => {
  it('counts two periods by inclusion and exclusion over their lcm, a gcd each', () => {
    const analysis = analyse(
      'A lighthouse keeper logs the nights 1 to n. The red lamp is serviced every night divisible by p and the green lamp every night divisible by q. On how many nights is at least one lamp serviced?',
      ['1 <= n, p, q <= 10^18'],
    );
    expect(analysis.complexityTarget).toBe('O(log n)');
    expect(analysis.hints[0]?.text).not.toMatch(/inclusion|gcd|common multiple/i);
    expect(analysis.hints[1]?.text).toMatch(/least common multiple/);
  });

  it('counts exactly one period by taking each overlap out of both counts, and none as the rest', () => {
    const bells = (asked: string) =>
      analyse(
        `A town hall has two bells. The low bell rings at every minute that is a multiple of a and the high bell at every minute that is a multiple of b. A tourist listens from minute 1 to minute n. ${asked}`,
        ['1 <= a, b <= 10^9', '1 <= n <= 10^18'],
      );
    const one = bells('In how many of those minutes does exactly one of the two bells ring?');
    expect(one.complexityTarget).toBe('O(log n)');
    expect(one.hints[1]?.text).toMatch(/subtract twice/);
    expect(one.complexityReason).toMatch(/less twice those on two at once/);
    const none = bells('In how many of those minutes does neither bell ring?');
    expect(none.hints[2]?.text).toMatch(/^Start from n/);
    expect(none.complexityReason).toMatch(/the bound less the moments on any period/);
    // Near misses: any bell at all keeps the plain union, whose overlaps come out once.
    const any = bells('In how many of those minutes does at least one bell ring?');
    expect(any.hints[1]?.text).toMatch(/subtract those/);
    expect(any.hints[1]?.text).not.toMatch(/subtract twice/);
    expect(any.complexityReason).toMatch(/less those on two at once/);
  });

  it('reads the count asked whatever the phrase, and "at least one" or "both" as any', () => {
    const asked = fc.constantFrom(
      ['divisible by exactly one of a and b', 'exactly-one'],
      ['divisible by a or by b but not both', 'exactly-one'],
      ['divisible by neither a nor b', 'none'],
      ['divisible by a, or by b, or by both', 'any'],
      ['a multiple of at least one of a and b', 'any'],
    );
    fc.assert(
      fc.property(asked, ([phrase, counted]) => {
        const body = `count the integers x with 1 <= x <= n that are ${phrase}. 1 <= n <= 10^18, 1 <= a, b <= 10^18`;
        expect(readValueWork(body, null)).toMatchObject({ over: 'periods', counted });
      }),
    );
  });

  it('reads three periods written as their first multiples', () => {
    const work = readValueWork(
      'three fountains spout at minutes x, 2x, 3x, ..., y, 2y, 3y, ... and z, 2z, 3z, .... how many of the first n minutes see water? 1 <= n <= 10^18, 1 <= x, y, z <= 10^9'.toLowerCase(),
      null,
    );
    expect(work).toMatchObject({ kind: 'walk', over: 'periods' });
  });

  it('keeps one period a division in O(1) (near miss)', () => {
    const analysis = analyse(
      'Houses on a street are numbered 1 to n. A postman delivers to every house whose number is a multiple of d. How many houses get post?',
      ['1 <= n, d <= 10^18'],
    );
    expect(analysis.complexityTarget).toBe('O(1)');
  });

  it('takes no article for a period: "a multiple of a number" names none (near miss)', () => {
    const work = readValueWork(
      'count the integers from 1 to n that are a multiple of a number you pick and divisible by k. 1 <= n, k <= 10^18',
      null,
    );
    expect(work.over).not.toBe('periods');
  });

  it('reads periods listed after one verb ("divisible by exactly one of a and b"), and one letter alone as none', () => {
    const joiners = fc.constantFrom(
      (a: string, b: string) => `divisible by ${a}, or by ${b}, or by both`,
      (a: string, b: string) => `divisible by exactly one of ${a} and ${b}`,
      (a: string, b: string) => `a multiple of either ${a} or ${b}`,
      (a: string, b: string) => `divisible by neither ${a} nor ${b}`,
    );
    fc.assert(
      fc.property(joiners, (joined) => {
        const body = `count the integers x with 1 <= x <= n that are ${joined('a', 'b')}. 1 <= n <= 10^18, 1 <= a, b <= 10^18`;
        expect(readValueWork(body, null)).toMatchObject({ kind: 'walk', over: 'periods' });
      }),
    );
    const one =
      'count the integers x with 1 <= x <= n that are divisible by a or by a number of your choice. 1 <= n, a <= 10^18';
    expect(readValueWork(one, null).over).not.toBe('periods');
  });

  it('reads any two bounded letters as periods, whatever the phrase', () => {
    const phrase = fc.constantFrom(
      (v: string) => `divisible by ${v}`,
      (v: string) => `a multiple of ${v}`,
      (v: string) => `every ${v} minutes`,
      (v: string) => `at ${v}, 2${v}, 3${v}, ...`,
    );
    const letters = fc.uniqueArray(fc.constantFrom('p', 'q', 'r', 's', 'u', 'w'), {
      minLength: 2,
      maxLength: 2,
    });
    fc.assert(
      fc.property(phrase, phrase, letters, (first, second, [one = 'p', two = 'q']) => {
        const body = `the first bell rings ${first(one)} and the second ${second(two)}. how many of the moments 1 to n hear a bell? 1 <= n, ${one}, ${two} <= 10^18`;
        expect(readValueWork(body, null)).toMatchObject({ kind: 'walk', over: 'periods' });
      }),
    );
  });
});

describe('any two values combined bit by bit', () => {
  it('sums the XOR of every pair one bit at a time', () => {
    const analysis = analyse(
      'You are given n integers. For every pair i < j add up v[i] XOR v[j], and print the total.',
      ['2 <= n <= 10^5', '0 <= v[i] <= 10^9'],
    );
    expect(analysis.complexityTarget).toBe('O(n log A)');
    expect(analysis.hints[0]?.text).toMatch(/one binary place at a time/);
    expect(analysis.hints[0]?.text).not.toMatch(/bit manipulation|trie|mask/i);
    expect(analysis.hints[2]?.text).toMatch(/c times \(n - c\) for exclusive-or/);
  });

  it('finds the largest AND of any two values bit by bit', () => {
    expect(
      readAsks(
        'two different sensors report readings; find the greatest bitwise and of the readings of two different sensors.',
      ).bitwisePairs,
    ).toBe(true);
  });

  it('keeps the XOR of all values, which cancels pairs, at one pass (near miss)', () => {
    const analysis = analyse(
      'Every number in the list appears twice except one, which appears once. Find it using the exclusive-or of the numbers.',
      ['1 <= n <= 10^5', '0 <= v[i] <= 10^9'],
    );
    expect(analysis.complexityTarget).toBe('O(n)');
  });

  it('looks up the partner when the pair must XOR to a given value (near miss)', () => {
    const analysis = analyse('Count the pairs i < j of the array whose values XOR to exactly k.', [
      '1 <= n <= 10^5',
      '0 <= k, v[i] <= 10^5',
    ]);
    expect(analysis.complexityTarget).toBe('O(n)');
  });

  it('keeps neighbours XORed in one pass (near miss)', () => {
    expect(
      readAsks('for each two adjacent values compute their xor and print the largest.').bitwisePairs,
    ).toBe(false);
  });

  it('drops the bits when every value is a small constant (near miss)', () => {
    const analysis = analyse(
      'Each of n tokens carries a three-bit tag t[i]. Find the largest bitwise XOR of the tags of any two tokens.',
      ['2 <= n <= 10^5', '0 <= t[i] <= 7'],
    );
    expect(analysis.complexityTarget).toBe('O(n)');
  });
});

describe('k sorted lists made one', () => {
  it('reads k sources each keeping an ordered list as a merge through a heap of k heads', () => {
    const analysis = analyse(
      'A library has k reading rooms. Each room keeps a list of the call numbers on its shelf, from smallest to largest. The librarian wants a single catalogue with every call number of every room, smallest first.',
      ['1 <= k <= 10^4', '1 <= n <= 10^5', '1 <= c[i] <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('heap-priority-queue');
    // The merged list is every item in order: a sort's work, as two sorted lists merged are.
    expect(analysis.patterns.slice(0, 3).map((p) => p.id)).toContain('sorting');
    expect(analysis.complexityTarget).toBe('O(n log k)');
    expect(analysis.hints[0]?.text).not.toMatch(/heap/i);
    expect(analysis.hints[1]?.text).toMatch(/keep the k fronts in a min-heap/);
  });

  it('leaves two sorted lists to one pass of two pointers (near miss)', () => {
    expect(
      readAsks(
        'two clubs send their member ids, each list in increasing order. print one list of all ids in increasing order.',
      ).mergeK,
    ).toBe(false);
  });
});
