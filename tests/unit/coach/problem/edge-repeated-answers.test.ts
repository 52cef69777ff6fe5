import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listedEdgeCases } from '../../../support/statement';

/*
 * Skipping equal neighbours keeps a list of value tuples free of repeats; a count of pairs of
 * positions counts equal values apart, so there the case is wrong advice. Statements written for
 * these tests.
 */
const REPEATS = 'Equal values next to each other, which must be skipped to avoid repeated answers';
const SIZES = ['3 <= nums.length <= 3000', '-10^5 <= nums[i] <= 10^5'];
const listed = (statement: string) => listedEdgeCases(statement, SIZES, ['array'], ['two-pointers']);

describe('equal values skipped to avoid repeated answers', () => {
  it.each([
    'Return all the triplets [nums[i], nums[j], nums[k]] with a zero sum. The solution set must not contain duplicate triplets.',
    'Return an array of all the unique quadruplets [nums[a], nums[b], nums[c], nums[d]] whose sum is target.',
    'List every distinct pair of values from nums that adds up to k.',
    'Print the pairs of values that sum to k, each pair only once, in increasing order.',
  ])('are a case where the answer lists tuples that must not repeat: %s', (statement) => {
    expect(listed(statement)).toContain(REPEATS);
  });

  it.each([
    'Return the number of index pairs (i, j) with i < j such that nums[i] + nums[j] <= budget.',
    'Count the pairs of different pieces he can chew together: their hardnesses add up to less than K.',
    'Count the triplets of indices (i, j, k) with i < j < k whose values form a geometric progression.',
    'Return the most water one pair of posts can hold.',
    'You may assume that exactly one pair of trips adds up to budget. Return their indices.',
  ])('are no case where positions are counted or one pair is found: %s', (statement) => {
    expect(listed(statement)).not.toContain(REPEATS);
  });

  it('follow the asked tuples, not the items, whatever the page calls them', () => {
    const noun = fc.stringMatching(/^[a-z]{3,9}$/);
    const tuple = fc.constantFrom('pairs', 'triplets', 'quadruplets', 'combinations');
    fc.assert(
      fc.property(noun, tuple, (item, kind) => {
        expect(listed(`Return all the unique ${kind} of ${item} whose values sum to k.`)).toContain(REPEATS);
        expect(listed(`Count the ${kind} of ${item} (i < j) whose values sum to k.`)).not.toContain(REPEATS);
      }),
      { numRuns: 50 },
    );
  });
});
