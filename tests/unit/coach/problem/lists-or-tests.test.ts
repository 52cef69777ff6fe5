import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { edgeCases } from '@/lib/coach/problem/edge-cases';

/*
 * A first count followed by lines of one value each is either one list (the numbers to sort, the
 * badges scanned in a day) or that many test cases (one number per test, each answered on its
 * own). What a line gets decides it, not the noun: an answer per line, or "test cases", makes
 * tests; lines answered together make a list, whose count is a size.
 */

const roleOfT = (statement: string, constraints: string[]) =>
  parseConstraints(constraints, statement).variables.find((v) => v.names.some((name) => /^t$/i.test(name)))
    ?.role;

describe('a count followed by lines of one value each', () => {
  it('is the length of one list when the lines are answered together', () => {
    for (const statement of [
      'The first line contains t, the number of numbers in the list. Then t lines follow, each with one integer. Output the numbers in non-decreasing order.',
      'The first line contains T, the number of scans. Each of the next T lines contains one badge. Print how many different badges were scanned.',
      'The first input line has an integer t: the number of readings. Then there are t lines, each with one reading. Print the first reading that repeats.',
    ])
      expect(roleOfT(statement, ['1 <= t <= 10^6', '0 <= x <= 10^6']), statement).toBe('size');
  });

  it('counts test cases when the page says so or answers each line on its own', () => {
    for (const statement of [
      'The first line contains T, the number of test cases. Each test case is one line with an integer N. Print the sum of the digits of N.',
      'The first line contains an integer t. Each of the next t lines contains one integer n. For each n, print the number of trailing zeros of n!.',
      'The first line holds t. Then t lines follow, each holding one integer n. Print t lines: the i-th line is the answer to the i-th number.',
    ])
      expect(roleOfT(statement, ['1 <= t <= 10^5', '1 <= n <= 10^9']), statement).toBe('tests');
  });
});

describe('lines answered one by one from a state that carries over', () => {
  const roleOf = (statement: string, letter: string) =>
    parseConstraints([`1 <= ${letter} <= 2 * 10^5`, '1 <= x <= 10^9'], statement).variables.find((v) =>
      v.names.some((name) => name.toLowerCase() === letter),
    )?.role;

  it('are operations on one state, not tests, when each answer depends on the lines before it', () => {
    for (const [statement, letter] of [
      [
        'An account starts with balance 0. The first line holds q. Then q lines follow, each with one deposit x. For each deposit, print the balance after it.',
        'q',
      ],
      [
        'The first line contains t. Each of the next t lines contains one score x. For each score, print its rank among the scores so far.',
        't',
      ],
      [
        'The first line holds q. Then q lines follow, each holding one integer x: a new reading. For each reading, print the largest reading seen so far.',
        'q',
      ],
    ] as const)
      expect(roleOf(statement, letter), statement).toBe('size');
  });

  it('stay tests when nothing carries from one line to the next', () => {
    for (const statement of [
      'The first input line has an integer t: the number of tests. After this, there are t lines, each with an integer x. For each test, print YES if x is a power of two.',
      'The first line holds t. Then t lines follow, each holding one integer x. For each x, print the number of its divisors.',
    ])
      expect(roleOf(statement, 't'), statement).toBe('tests');
  });
});

describe('a count of links whose bound admits none', () => {
  const listed = (statement: string, constraints: string[]) =>
    edgeCases({
      kinds: ['graph'],
      facts: parseConstraints(constraints, statement),
      body: `${statement}\n${constraints.join('\n')}`.toLowerCase(),
      guarantees: new Set(),
      techniques: ['union-find'],
      sure: true,
    });
  const alone = /component|never mentioned in any link|no edge touches/i;
  const statement =
    'The region has n cities. Each of the next m lines holds two integers u and v, a road that could join cities u and v. Find the least cost that gives every city a library.';

  it('leaves a city with no road at all, however the lines of two cities are named', () => {
    const cases = listed(statement, [
      '1 <= n <= 10^5',
      '0 <= m <= min(10^5, n * (n - 1) / 2)',
      '1 <= u, v <= n',
    ]);
    expect(cases.some((line) => alone.test(line))).toBe(true);
  });

  it('says nothing of a city left alone when at least one road is promised and no words allow it', () => {
    const cases = listed(statement, [
      '1 <= n <= 10^5',
      '1 <= m <= min(10^5, n * (n - 1) / 2)',
      '1 <= u, v <= n',
    ]);
    expect(cases.some((line) => alone.test(line))).toBe(false);
  });
});
