import { describe, expect, it } from 'vitest';
import { shapeOf } from '../../../support/statement';

/*
 * The letter q counts queries only when the statement says what it counts is queries (or says
 * nothing else of it): "Bob owns q stamps", bounded together with p, is a second list of q stamps.
 * Nor does "is between 1 and 10^9" join two items the way "a road is between two towns" does.
 */

describe('a letter q the statement calls something else', () => {
  it('is a second list beside the first, not a number of queries', () => {
    for (const statement of [
      'Alice owns p stamps and Bob owns q stamps. The second line has the p values of Alice, the third line the q values of Bob. Count the pairs of stamps, one of each, that show the same value.',
      'The left shelf holds p weights and the right shelf holds q weights; each weight is between 1 and 10^9. Count the ways to pick one weight from each shelf so that they weigh k together.',
    ]) {
      const shape = shapeOf(statement, ['1 <= p, q <= 2 * 10^5']);
      expect(shape, statement).toMatchObject({ kind: 'add', other: { name: 'q', letter: 'm' } });
    }
  });

  it('still counts the queries when the statement calls them queries or questions, or says nothing else', () => {
    for (const statement of [
      'You are given an array of n integers. Process q queries: each gives l and r, print the sum of a_l..a_r.',
      'The first line holds n and q. The second line holds the array. Then q lines follow, each with l and r. Print the sum of each range.',
    ]) {
      const shape = shapeOf(statement, ['1 <= n, q <= 2 * 10^5', '1 <= l <= r <= n']);
      expect(shape, statement).toMatchObject({ kind: 'add', other: { name: 'q', letter: 'q' } });
    }
  });
});
