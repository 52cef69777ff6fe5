import { describe, expect, it } from 'vitest';
import { analyse, topThree } from '../../../support/statement';

/**
 * The classic patterns that halve (knowledge/patterns.ts, knowledge/answer-searches.ts): over the
 * answer when a setting that works makes every looser one work, towards a top, through a key's
 * history; on statements written for these tests, with the near-misses each rule must leave alone.
 */

describe('halving searches over the answer, towards a top, through a history', () => {
  it('halves over the answer when the smallest setting that still works is asked', () => {
    const analysis = analyse(
      'A printer must print n documents in the given order, pages[i] pages each, over d days, finishing each day on a document boundary. How large does the daily page limit have to be for every document to be printed within d days?',
      ['1 <= d <= n <= 5 * 10^4', '1 <= pages[i] <= 1000'],
    );
    expect(analysis.patterns[0]?.id).toBe('binary-search');
    expect(analysis.complexityTarget).toBe('O(n log A)');
  });

  it('sorts for the smallest gap between two values, a plain minimum and no search over answers', () => {
    const analysis = analyse('Given n prices, return the minimum difference between any two of them.', [
      '2 <= n <= 10^5',
      '1 <= price[i] <= 10^9',
    ]);
    expect(analysis.patterns[0]?.id).toBe('sorting');
    expect(topThree(analysis)).not.toContain('binary-search');
  });

  it('halves towards the top of values that rise and then fall, even when no bound is stated', () => {
    const analysis = analyse(
      'The readings in a strictly increase up to a single highest reading and then strictly decrease. Return the index of the highest reading.',
      ['3 <= a.length <= 10^5', '0 <= a[i] <= 10^6'],
    );
    expect(analysis.patterns[0]?.id).toBe('binary-search');
    expect(analysis.complexityTarget).toBe('O(log n)');
  });

  it('halves over a setting "for which" the task is possible, but not over an index', () => {
    const setting = analyse(
      'Parcels wait in a fixed order with weights w. They are loaded into exactly k vans in order, each van taking the next run of parcels. Return the smallest van limit for which this is possible.',
      ['1 <= k <= w.length <= 10^5', '1 <= w[i] <= 10^4'],
    );
    expect(setting.patterns[0]?.id).toBe('binary-search');
    const index = analyse(
      'Return the smallest index i at which the prefix sum of nums becomes negative, or -1.',
      ['1 <= nums.length <= 10^5', '-10^4 <= nums[i] <= 10^4'],
    );
    expect(index.patterns[0]?.id).not.toBe('binary-search');
  });

  it('reads a value as of a time or version in a design as a halving search over each key’s history', () => {
    const asOf = [
      analyse(
        'Implement the TimeMap class. set(key, value, timestamp) stores value for key at timestamp. get(key, timestamp) returns the value set for key with the largest timestamp not greater than timestamp, or "" if there is none.',
        [
          '1 <= key.length, value.length <= 100',
          '1 <= timestamp <= 10^7',
          'The timestamps of set are strictly increasing.',
          'At most 2 * 10^5 calls will be made to set and get.',
        ],
      ),
      analyse(
        'Design a VersionedStore. put(doc, text, version) saves text as document doc at version. read(doc, version) returns the text doc had as of version: the last put at a version no later than the one asked, or null.',
        ['Versions passed to put only grow.', 'At most 10^5 calls in total.'],
      ),
      analyse(
        'Implement SnapshotArray. set(index, val) sets the element at index to val. snap() takes a snapshot and returns its id. get(index, snapId) returns the value the element at index held when the snapshot snapId was taken.',
        ['1 <= length <= 5 * 10^4', 'At most 5 * 10^4 calls will be made to set, snap and get.'],
      ),
    ];
    for (const analysis of asOf) {
      expect(topThree(analysis)).toContain('binary-search');
      expect(analysis.complexityTarget).toBe('O(log n)');
    }
    const latest = analyse(
      'Implement the KeyStore class. set(key, value) stores value for key, replacing any earlier one. get(key) returns the latest value set for key, or "" if there is none.',
      ['At most 2 * 10^5 calls will be made to set and get.'],
    );
    expect(latest.patterns[0]?.id).not.toBe('binary-search');
    expect(latest.complexityTarget).toBe('O(1)');
  });

  it('halves over the smallest value for which a total stays under a limit', () => {
    const analysis = analyse(
      'Pick a positive integer d and, for each box, compute boxes[i] / d rounded up. Return the smallest d for which the sum of those numbers does not exceed cap.',
      ['1 <= boxes.length <= 5 * 10^4', '1 <= boxes[i] <= 10^6', 'boxes.length <= cap <= 10^6'],
    );
    expect(topThree(analysis)).toContain('binary-search');
  });
});
