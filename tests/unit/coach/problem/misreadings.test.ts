import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { readScene } from '@/lib/coach/problem/scene';
import { statementOn } from '../../../support/problem-context';
import { bodyOf, promised, shapeOf } from '../../../support/statement';

/**
 * Statements the coach misread (issue 10 §2), each rule stated in terms of how a statement is
 * built; every test writes statements of its own in that shape and a near-miss that keeps its reading.
 */

function roleOf(letter: string, statement: string, constraints: string[]) {
  return parseConstraints(constraints, statement).variables.find((v) => v.names.includes(letter))?.role;
}

describe('a lone count introduced in prose', () => {
  it('is a size when the statement then speaks of its things one at a time', () => {
    for (const statement of [
      'There are n warehouses along a road. Warehouse i stores some crates; find the busiest stretch of road.',
      'There are n people in a queue. Each person holds a ticket for one ride. Return when the last one leaves.',
      'A courier visits N stops in a row; the i-th stop takes some minutes. Print the time of the last delivery.',
    ])
      expect(
        roleOf('n', statement, ['1 <= n <= 10^5']) ?? roleOf('N', statement, ['1 <= N <= 10^5']),
        statement,
      ).toBe('size');
  });

  it('is a size when the statement says it measures an input, however little else it says', () => {
    const statement =
      'Both players write a code of digits. Given the secret and the guess, print the feedback.';
    expect(roleOf('n', statement, ['1 <= n <= 1000, where n is the length of both strings'])).toBe('size');
    expect(roleOf('n', statement, ['1 <= n <= 1000, where n is the number of rounds played'])).toBe('value');
  });

  it('stays a value when it is one number or only says how many there would be', () => {
    expect(
      roleOf('n', 'Given an integer n, return how many trailing zeros n! has.', ['1 <= n <= 10^5']),
    ).toBe('value');
    expect(
      roleOf('n', 'A town has n houses. Return the number of ways to pair them up.', ['1 <= n <= 10^5']),
    ).toBe('value');
    expect(
      roleOf(
        'X',
        'Each test case gives one integer X: print how many handshakes X guests make if each guest greets every other.',
        ['1 <= T <= 100', '1 <= X <= 10^5'],
      ),
    ).toBe('value');
  });
});

describe('a count the answer has to reach', () => {
  it('never becomes the size a DP runs over', () => {
    for (const statement of [
      'You are given an integer n. Count the ways to make m bouquets, where a bouquet uses some of the n flowers.',
      'Given an integer n, return the number of ways to form m teams out of n players.',
    ]) {
      const shape = shapeOf(statement, ['1 <= n <= 1000', '1 <= m <= 10^6'], 'dynamic-programming');
      expect(shape.kind === 'one' ? shape.n.name : shape.kind, statement).not.toBe('m');
    }
  });

  it('leaves an amount the DP does run over alone', () => {
    const shape = shapeOf(
      'Given an integer n, count the ways to pay an amount using coins of value 1 to n.',
      ['1 <= n <= 100', '1 <= amount <= 10^5'],
      'dynamic-programming',
    );
    expect(shape).toMatchObject({ kind: 'one', n: { name: 'amount' } });
  });
});

describe('several inputs, each in order', () => {
  it('promise a sorted input', () => {
    for (const statement of [
      'You are given k lists of meetings, each sorted by start time.',
      'The events of each day are listed sorted by time.',
      'Every shift roster arrives already sorted by start, one list per nurse.',
    ])
      expect(promised(statement, ['1 <= k <= 10^4']), statement).toContain('sorted');
  });

  it('but an order the answer must have is no promise', () => {
    expect(promised('Each list holds timestamps; return them sorted by time.')).not.toContain('sorted');
  });
});

function ordered(statement: string) {
  const constraints = ['1 <= n <= 10^5'];
  const facts = parseConstraints(constraints, statement);
  return readScene(facts, bodyOf(statement, constraints), ['array'], new Set()).ordered;
}

describe('a stable order for equal keys', () => {
  it('does not say the answer depends on the input order', () => {
    for (const statement of [
      'Sort the records by score. Ties keep their original order.',
      'Order the runners by finishing time; runners with equal times keep their original order.',
      'Rank the songs by plays, and songs with the same count should keep their relative order.',
    ])
      expect(ordered(statement), statement).toBe(false);
  });

  it('while items that must keep their order still veto sorting', () => {
    expect(ordered('Return the longest run of readings that keep their original order and rise.')).toBe(true);
  });
});

describe('per-item wait lists and asked-about pairs', () => {
  it('read a list per item of the items it waits for as the edges of a graph', () => {
    expect(
      shapeOf(
        'There are n jobs labelled 0 to n - 1. after[i] lists the jobs that must finish before job i. Return an order to run them.',
        ['1 <= n <= 2000', '0 <= after[i].length <= n - 1', '0 <= after[i][j] < n'],
      ),
    ).toMatchObject({ kind: 'graph', v: { name: 'n' } });
    expect(
      shapeOf(
        'You have n courses. prereq[i] is the list of courses to take before course i. Can you finish them all?',
        ['1 <= n <= 10^4', '0 <= prereq[i].length <= n', 'sum of prereq[i].length <= 5000'],
      ),
    ).toMatchObject({ kind: 'graph', v: { name: 'n', bound: 10_000 }, e: { bound: 5000 } });
  });

  it('keep a list per item of plain numbers a list', () => {
    expect(
      shapeOf('There are n shelves. books[i] lists the weights of the books on shelf i.', [
        '1 <= n <= 1000',
        '1 <= books[i].length <= 1000',
        '1 <= books[i][j] <= 10^9',
      ]),
    ).not.toMatchObject({ kind: 'graph' });
  });

  it('do not count pairs that are asked about as edges', () => {
    for (const statement of [
      'There are n cities. You are given pairs [a, b]: for each pair, answer whether a can reach b. The m roads are given as [u, v].',
      'There are n cities, and pairs [a, b] to check: for every pair, return whether a and b are joined. The m roads are listed as [u, v].',
    ])
      expect(
        shapeOf(statement, ['1 <= n <= 10^5', '1 <= pairs.length <= 2 * 10^5', '1 <= m <= 10^5']),
        statement,
      ).toMatchObject({ kind: 'graph', v: { name: 'n' }, e: { name: 'm' } });
  });

  it('still count pairs that join the items as edges', () => {
    expect(
      shapeOf('There are n computers. pairs[i] = [a, b] joins two of them. Return the number of groups.', [
        '1 <= n <= 10^5',
        '1 <= pairs.length <= 10^5',
        '1 <= a, b <= n',
      ]),
    ).toMatchObject({ kind: 'graph', e: { name: 'pairs.length' } });
  });
});

describe('the hint ladder on an input promised sorted', () => {
  it('never tells the user to sort it first', () => {
    for (const statement of [
      'You are given n meetings as intervals [start, end]. The intervals are sorted by start. Return the fewest rooms needed.',
      'Given a sorted array of n integers and a target, return the number of pairs that sum to the target.',
      'The n arrival times of buses are given in increasing order. Return the longest gap between two buses.',
      'You are given n intervals [start, end], sorted by start. Return the largest number of intervals you can keep so that no two overlap.',
      'Given n tasks sorted by deadline, each taking one hour, return the most tasks you can finish on time.',
      'The intervals are sorted by start. Merge all overlapping intervals.',
      'You are given n talks as [start, end], sorted by start. Return the fewest halls that can hold every talk.',
    ]) {
      const analysis = analyzeProblem(statementOn('atcoder', statement, ['1 <= n <= 10^5']));
      for (const { text } of analysis.hints)
        expect(text, statement).not.toMatch(/\bsort (?:first|once|the|them|it|by|each|all)\b/i);
    }
  });
});
