import { describe, expect, it } from 'vitest';
import { analyse } from '../../../support/statement';

/*
 * Which exponential a small bound calls for is read from what the answer is made of (issue 10):
 * every order of the items, a choice of some of them carried by a total or a flip, a choice checked
 * over its members; and where few items still have a polynomial answer (the k best by value), no
 * search at all. Each test writes a statement of its own in that shape.
 */

describe('the exponential the answer’s items call for', () => {
  it('lays every order of a few counted cards, though only their count is bounded', () => {
    const relay = analyse(
      'A game uses n cards, each with the name of a town. The players must lay all n cards in one row so that every name after the first starts with the letter the previous name ends with. Count the rows that obey the rule.',
      ['1 <= n <= 8'],
    );
    expect(relay.patterns[0]?.id).toBe('backtracking');
    expect(relay.complexityTarget).toBe('O(n * n!)');
  });

  it('carries the XOR of the switches a choice presses, as a total is carried', () => {
    const panel = analyse(
      'A theatre has m stage lights, all off, and a panel of n switches. Each switch is wired to some of the lights, and pressing it flips every light it is wired to. Each switch is pressed at most once. Find the fewest switches to press so that every light is on.',
      ['1 <= n <= 20', '1 <= m <= 20'],
    );
    expect(panel.patterns[0]?.id).toBe('bit-manipulation');
    expect(panel.complexityTarget).toBe('O(2^n)');
    expect(panel.complexityLimit).toBe('O(n * 2^n)');
  });

  it('checks each choice of toppings over its members, not the clashes as a graph', () => {
    const toppings = analyse(
      'A pizzeria offers n toppings numbered 1 to n. Some pairs of toppings clash: clash lists those pairs. Return the largest number of toppings that can go on one pizza with no clashing pair among them.',
      ['1 <= n <= 15', '0 <= clash.length <= n * (n - 1) / 2'],
    );
    expect(toppings.patterns[0]?.id).toBe('bit-manipulation');
    expect(toppings.complexityTarget).toBe('O(n * 2^n)');
  });

  it('searches the packs of D kinds for the least total cost, not a halving over the cost', () => {
    const albums = analyse(
      'An album has m slots. A shop sells d kinds of packs. For each integer i between 1 and d, the pack of kind i costs p_i and fills some of the slots. He buys at most one pack of each kind. Find the least he must pay so that every slot is filled.',
      ['1 <= d <= 12', '1 <= m <= 10', '1 <= p_i <= 10^9'],
    );
    expect(albums.complexityTarget).toBe('O(n * 2^n)');
    expect(albums.complexityLimit).toBe('O(n^2 * 2^n)');
  });

  it('sorts k of a few crates for the best total: no subset needs trying', () => {
    const crates = analyse(
      'A crane lifts exactly k crates. The crates have values value[i]. The operator may choose any k of the crates. Return the largest total value of the crates chosen.',
      ['1 <= k <= value.length <= 20', '-10^6 <= value[i] <= 10^6'],
    );
    expect(crates.patterns[0]?.id).toBe('sorting');
    expect(crates.complexityTarget).toBe('O(n log n)');
  });

  it('keeps a formula over a small count a formula', () => {
    const chords = analyse(
      'There are n points on a circle, and every two of them are joined by a chord. No three chords meet inside the circle. How many points inside the circle are crossings of two chords?',
      ['1 <= n <= 10'],
    );
    expect(chords.patterns[0]?.id).toBe('math');
    expect(chords.complexityTarget).toBe('O(1)');
  });
});
