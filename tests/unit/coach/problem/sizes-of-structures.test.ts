import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { complexityLimit } from '@/lib/coach/problem/limit';
import { readGuarantees } from '@/lib/coach/problem/promises';
import { readShape } from '@/lib/coach/problem/shape';

/*
 * A list, a tree or a text stays a collection of n items however its length is bounded: in words
 * inside a chain, only in the input section, not at all (only its values), or as a total over the
 * tests of a run. Each rule beside a near miss that must keep reading as it did.
 */

function read(statement: string, constraints: string[]) {
  const facts = parseConstraints(constraints, statement);
  const input = readShape(facts, undefined, `${statement}\n${constraints.join('\n')}`.toLowerCase());
  return { facts, input, shape: input.shape, limit: complexityLimit(input) };
}

describe('the length of a list, a tree or a text however it is bounded', () => {
  it('reads a count named in words inside a chain as a size', () => {
    const { shape } = read('The wagons of a train are given as a singly linked list starting at head.', [
      '1 ≤ number of wagons ≤ 10^5',
      '0 ≤ load ≤ 100',
    ]);
    expect(shape).toMatchObject({ kind: 'one', n: { bound: 100000 } });
    const inTree = read('The tree is given by its root.', ['1 <= count of nodes in the tree <= 2 * 10^4']);
    expect(inTree.shape).toMatchObject({ kind: 'one', n: { bound: 20000 } });
  });

  it('leaves a count the answer must reach, or a lone magnitude, as a value', () => {
    const { shape } = read('Print the smallest integer x whose digits add up to s.', ['1 <= s <= 10^5']);
    expect(shape.kind).toBe('values');
  });

  it('reads "the length of s" in a bound as the size of the text, where no signature types s', () => {
    const statement =
      'A single line holds the string s of round brackets. Print the fewest brackets to insert.';
    for (const bound of ['1 <= length of s <= 10^5', 'The length of the string is at most 10^5.']) {
      const { shape, limit } = read(statement, [bound]);
      expect(shape, bound).toMatchObject({ kind: 'one', n: { bound: 100000 } });
      expect(limit.limit, bound).toBe('O(n log n)');
    }
  });

  it('reads "size of linked list" in a bound as the length of the list, not a value named "list"', () => {
    const statement = 'Given the head of a linked list and a number k, reverse every group of k nodes.';
    for (const bound of ['1 <= size of linked list <= 10^5', '1 <= size of the doubly linked list <= 10^5']) {
      const { shape, limit } = read(statement, [
        bound,
        '0 <= node->data <= 10^6',
        '1 <= k <= size of linked list',
      ]);
      expect(shape, bound).toMatchObject({ kind: 'one', n: { bound: 100000 } });
      expect(limit.limit, bound).toBe('O(n log n)');
    }
  });

  it("keeps a budget above a list's own bound a value: hours to finish, a threshold to stay under", () => {
    const hours = read(
      'Pile i holds piles[i] bananas. Eating at k bananas an hour, return the least k that finishes every pile within h hours.',
      ['1 <= piles.length <= 1000', 'piles.length <= h <= 10^6', '1 <= piles[i] <= 10^9'],
    );
    expect(hours.shape).toMatchObject({ kind: 'one', n: { bound: 1000 } });
    expect(hours.limit.limit).toBe('O(n^2)');
    const threshold = read(
      'Return the least divisor for which the rounded-up quotients of nums sum to at most threshold.',
      ['1 <= nums.length <= 5 * 10^4', 'nums.length <= threshold <= 10^6'],
    );
    expect(threshold.shape).toMatchObject({ kind: 'one', n: { bound: 50000 } });
  });

  it('reads a count whose things are then shown as entries of an array ("report closures[i]") as a size', () => {
    const statement =
      'The road authority collected n reports of roadworks. Report closures[i] = [start, end] closes the road from start to end. Return the merged stretches.';
    const { shape, limit } = read(statement, ['1 <= n <= 10^5', '0 <= start <= end <= 10^9']);
    expect(shape).toMatchObject({ kind: 'one', n: { bound: 100000 } });
    expect(limit.limit).toBe('O(n log n)');
    const bold = read(statement.replace('closures[i] = [start, end]', '**closures[i] = [start, end]**'), [
      '1 <= n <= 10^5',
      '0 <= start <= end <= 10^9',
    ]);
    expect(bold.shape).toMatchObject({ kind: 'one', n: { bound: 100000 } });
  });

  it("keeps the page's q for a second count asked of the first, and m beside a p", () => {
    const asked = read(
      'n stages play over the day. q friends arrive; for each, print how many stages are playing.',
      ['1 <= n, q <= 2 * 10^5', '1 <= l_i <= r_i <= 10^9'],
    );
    expect(asked.shape).toMatchObject({ kind: 'add', other: { letter: 'q' } });
    expect(asked.limit.limit).toBe('O((n + q) log n)');
    const pair = read('Alice owns p stamps and Bob owns q stamps. Print how many values both own.', [
      '1 <= p, q <= 2 * 10^5',
      '1 <= a_i, b_i <= 10^9',
    ]);
    expect(pair.shape).toMatchObject({ kind: 'add', other: { letter: 'm' } });
  });

  it('reads desks "in an n x n square" as a square board of n^2 cells', () => {
    const { shape, limit } = read(
      'A classroom has its desks in an n x n square, and the chart mat[i][j] holds who sits where. Turn the chart a quarter turn in place.',
      ['1 <= n <= 1000', '1 <= mat[i][j] <= 10^6'],
    );
    expect(shape).toMatchObject({ kind: 'one', square: true });
    expect(limit.limit).toBe('O(n^2)');
  });

  it('still reads days the input lists one by one as the size (near miss)', () => {
    const { shape } = read(
      'The price on day i is prices[i] for each of the n days. Return the best profit.',
      ['1 <= n <= 10^5', '1 <= prices[i] <= 10^4'],
    );
    expect(shape).toMatchObject({ kind: 'one', n: { bound: 100000 } });
  });

  it('reads a linked list or a tree whose values alone are bounded as a collection of unstated size', () => {
    const list = read('The cars of a convoy are given as a linked list; reverse it in place.', [
      '0 <= plate <= 10^4',
    ]);
    expect(list.shape.kind).toBe('unknown');
    const tree = read('The binary tree is given by its root. Return its height.', ['1 <= weight <= 10^5']);
    expect(tree.shape.kind).toBe('unknown');
    const numbers = read('Given two integers a and b, return their greatest common divisor.', [
      '1 <= a, b <= 10^9',
    ]);
    expect(numbers.shape.kind).toBe('values');
  });

  it('counts a total length written in words over all tests of a run, unless it holds per test', () => {
    const statement =
      'The first line contains t, the number of test cases. Each test case is one string s of lowercase letters.';
    const shared = read(statement, [
      '1 <= t <= 10^4',
      '1 <= |s| <= 2 * 10^5',
      'The total length of the strings does not exceed 2 * 10^5.',
    ]);
    expect(shared.input.tests).toBe(1);
    expect(shared.limit.limit).toBe('O(n log n)');
    const perTest = read(statement, [
      '1 <= t <= 10',
      '1 <= |s| <= 10^4',
      'In each test case the total length of the strings does not exceed 10^4.',
    ]);
    expect(perTest.input.tests).toBe(10);
  });
});

describe('a text whose letters the input section names', () => {
  it('promises digits alone for a string "consisting of digits", not for one that also has letters', () => {
    const digits = 'The only line contains the string s (2 <= |s| <= 10^6), consisting of digits.';
    expect(readGuarantees(parseConstraints([], digits), digits.toLowerCase()).has('fixed-alphabet')).toBe(
      true,
    );
    const mixed = 'The only line contains the string s, consisting of digits and letters.';
    expect(readGuarantees(parseConstraints([], mixed), mixed.toLowerCase()).has('fixed-alphabet')).toBe(
      false,
    );
  });
});
