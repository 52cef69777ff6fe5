import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { edgeCases } from '@/lib/coach/problem/edge-cases';
import { overflowTrap } from '@/lib/coach/problem/overflow';
import { analyse, bodyOf } from '../../../support/statement';

/*
 * Lines the panel showed on several pages of the stop-40 read that the page itself rules out:
 * each test writes a statement in that shape and checks the line, not a figure.
 */

const MANY_TESTS = 'The sum of n over all test cases does not exceed 2 * 10^5.';

describe('overflow of sums', () => {
  const overflow = (statement: string, constraints: string[]) =>
    overflowTrap(parseConstraints(constraints, statement), bodyOf(statement, constraints))?.text ?? null;
  const bounds = ['1 <= n <= 2 * 10^5', '1 <= a_i <= 10^9'];

  it('is no case where the only sum is the promise on the input’s size', () => {
    const xor = `Every number appears twice except one. Print the number that appears once. ${MANY_TESTS}`;
    expect(overflow(xor, bounds)).toBeNull();
    const count = `Find the largest number of requests that can be granted. ${MANY_TESTS}`;
    expect(overflow(count, bounds)).toBeNull();
  });

  it('stays where the values are collected or build up a finishing time', () => {
    const collected = `Petya may shake any trees and collect all their apples. Find the most apples he can collect. ${MANY_TESTS}`;
    expect(overflow(collected, bounds)).toMatch(/^Sums past 2\^31/);
    const finished = `Orders are printed one after another; order i is finished at minute F_i. Print the smallest worst lateness. ${MANY_TESTS}`;
    expect(overflow(finished, bounds)).toMatch(/^Sums past 2\^31/);
  });
});

describe('a parameter at both ends of its range', () => {
  it('stops one short of a strict bound', () => {
    const strict = analyse('Return the cheapest route from src to dst with at most k stops.', [
      '1 <= n <= 100',
      '0 <= src, dst, k < n',
    ]);
    expect(strict.edgeCases).toContain('k at both ends of its range: k = 0 and k = n - 1');
    const closed = analyse('Return the largest sum of k consecutive values of nums.', [
      '1 <= n <= 10^5',
      '1 <= k <= n',
    ]);
    expect(closed.edgeCases.join('\n')).not.toMatch(/k = n - 1/);
  });
});

describe('the generic case of no answer', () => {
  it('gives way to the trap that names why there is none', () => {
    const grid = analyse(
      'A grid has H rows and W columns of open squares and walls. Find the fewest moves from the top-left square to the bottom-right square, moving to a side neighbour each time, or print -1 if the goal cannot be reached.',
      ['2 <= H, W <= 1000'],
    ).edgeCases;
    expect(grid).toContain('The goal cannot be reached at all');
    expect(grid.some((line) => /^No valid answer exists/.test(line))).toBe(false);
  });

  it('stays where no trap names the reason (a state out of reach is no answer missing)', () => {
    const facts = parseConstraints(['1 <= n <= 100', '1 <= w_i <= 1000'], '');
    const statement =
      'Choose some of the n weights so that they add up to exactly W, using as few as possible. Print -1 if that is impossible.';
    const cases = edgeCases({
      kinds: ['array'],
      facts,
      body: bodyOf(statement, []),
      guarantees: new Set(),
      techniques: ['dynamic-programming'],
      sure: true,
    });
    expect(cases.some((line) => /^No valid answer exists/.test(line))).toBe(true);
  });
});

describe('ties between equal choices', () => {
  it('are no case of a sweep that only stretches the farthest reach', () => {
    const reach = analyse(
      'From position i you may jump to any position j with i < j <= i + a_i. Return whether you can reach position n - 1.',
      ['1 <= n <= 10^5', '0 <= a_i <= 10^5'],
    ).edgeCases;
    expect(reach.some((line) => /^Ties between equal choices/.test(line))).toBe(false);
    expect(reach.some((line) => /cannot be reached from the start/.test(line))).toBe(false);
  });
});

describe('generic ladders', () => {
  it('speak of relinking a list without slow and fast walkers the question never needs', () => {
    const hints = analyse(
      'Given the head of a singly linked list, swap every two adjacent nodes and return the new head. You must not change the values, only the links.',
      ['0 <= number of nodes <= 100'],
    ).hints.map((hint) => hint.text);
    expect(hints[0]).not.toMatch(/different speed|slow|fast/);
  });

  it('speak of no subsets where the bits only cancel pairs', () => {
    const hints = analyse('Every value in nums appears twice except one. Return the one that appears once.', [
      '1 <= nums.length <= 3 * 10^4',
    ]).hints.map((hint) => hint.text);
    expect(hints.join(' ')).not.toMatch(/\bsubsets?\b|two to the n/);
  });
});
