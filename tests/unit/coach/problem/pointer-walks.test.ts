import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import type { Guarantee } from '@/lib/coach/problem/guarantees';
import { readPairCount } from '@/lib/coach/problem/pair-counts';
import { type PointerWalk, pointerWalkFigure, readPointerWalk } from '@/lib/coach/problem/pointer-walks';
import type { InputKind } from '@/lib/coach/problem/types';
import { problemContext } from '../../../support/problem-context';

/** The reading over a statement, lower-cased as the scene's body is, in an array setting. */
const read = (
  statement: string,
  { sorted = false, kinds = ['array'] }: { sorted?: boolean; kinds?: InputKind[] } = {},
) =>
  readPointerWalk(statement.toLowerCase(), {
    kinds,
    guarantees: new Set<Guarantee>(sorted ? ['sorted'] : []),
    grid: false,
    graph: false,
    design: false,
    moves: false,
  });
const figure = (walk: PointerWalk | null) => (walk ? pointerWalkFigure(walk)[0] : null);

describe('two ends of one sortable list', () => {
  it('reads two items judged by their total against a cap', () => {
    const seesaw = read(
      'The seesaw is safe for two children whose total weight is at most k. Count the pairs (i, j) with i < j who may ride it together.',
    );
    expect(seesaw).toMatchObject({ shape: 'ends', tie: 'sum-window', lists: false, triple: false });
    expect(figure(seesaw)).toBe('O(n log n)');
  });

  it('reads the best sum under a cap, which counts nothing', () => {
    const cards = read(
      'He picks exactly two of the cards. Find the largest sum of the two picked cards that does not exceed k.',
    );
    expect(cards).toMatchObject({ shape: 'ends', tie: 'sum-window' });
  });

  it('reads a gap within a reach as a bound too', () => {
    const towers = read(
      'Two towers can talk to each other if the distance between them is at most d. Count such pairs.',
    );
    expect(towers?.shape).toBe('ends');
  });

  it('reads three items under a cap as one fixed and two pointers for the rest', () => {
    const parcels = read(
      'A drone lifts three parcels at a time as long as their total weight is strictly less than cap. Count the ways to choose them.',
    );
    expect(parcels).toMatchObject({ shape: 'ends', triple: true });
    expect(figure(parcels)).toBe('O(n^2)');
  });

  it('reads an exact sum only where the list comes sorted', () => {
    const fares =
      'A customer wants two different trips whose fares add up to exactly budget. Return the indices of the two trips.';
    expect(read(fares, { sorted: true })).toMatchObject({ shape: 'ends', tie: 'sum-exact', sorted: true });
    expect(figure(read(fares, { sorted: true }))).toBe('O(n)');
    expect(read(fares)).toBeNull();
  });
});

describe('two lists walked together', () => {
  it('reads one item from each list under a budget, sorting both first', () => {
    const outfit = read(
      'He buys exactly one coat and exactly one hat, and he can spend at most k yen in total. How many choices can he afford?',
    );
    expect(outfit).toMatchObject({ shape: 'ends', lists: true });
    expect(figure(outfit)).toBe('O(n log n + m log m)');
  });

  it('reads the closest gap across two teams, and O(n + m) when both come sorted', () => {
    const teams =
      'Pick one player from each team so that the difference of their heights is as small as possible.';
    expect(figure(read(teams))).toBe('O(n log n + m log m)');
    expect(figure(read(teams, { sorted: true }))).toBe('O(n + m)');
  });
});

describe('one array changed in place', () => {
  it('reads a rearrangement in place with constant memory', () => {
    const flag = read(
      'Rearrange urgency in place so that all 0s come first, then 1s, then 2s, using only constant extra memory.',
    );
    expect(flag?.shape).toBe('in-place');
    expect(figure(flag)).toBe('O(n)');
  });

  it('reads a squeeze that returns the new length', () => {
    const log = read(
      'Write every run back into the same array as the letter and its count, and return the new length of the array.',
      { kinds: ['string'] },
    );
    expect(log?.shape).toBe('in-place');
  });

  it('reads a merge into the first array as a walk over both', () => {
    const roster = read(
      'Merge late into early so that early holds all numbers in order. Change early in place.',
      {
        sorted: true,
      },
    );
    expect(figure(roster)).toBe('O(n + m)');
  });
});

describe('near misses', () => {
  it('leaves an exact sum in free order to a map', () => {
    expect(
      read(
        'Return the indices of the two orders whose loads add up to exactly capacity. Exactly one pair exists.',
      ),
    ).toBeNull();
  });

  it('leaves a run of consecutive items to a window', () => {
    expect(
      read(
        'Find the largest number of consecutive segments the hiker can walk whose costs add up to at most k.',
      ),
    ).toBeNull();
  });

  it('leaves k sorted lists to a heap', () => {
    expect(
      read(
        'Each of the k sorted playlists holds songs; print all songs of both ends merged, at most n in total.',
      ),
    ).toBeNull();
  });

  it('leaves pairs tied by equality alone', () => {
    expect(read('Count the pairs of players (i, j) with i < j that wear the same number.')).toBeNull();
  });

  it('leaves a linked list, which has walks of its own', () => {
    expect(
      read('Reverse the linked list in place and return its new head.', { kinds: ['linked-list'] }),
    ).toBeNull();
  });
});

describe('pair counts read the same sum in words', () => {
  it('counts pairs under a cap said in words as a window over the sum', () => {
    expect(
      readPairCount('count the pairs (i, j) with i < j of two children whose total weight is at most k.'),
    ).toMatchObject({ counted: 'pairs', condition: 'sum-window' });
  });

  it('counts pairs with an exact total said in words as a lookup', () => {
    expect(
      readPairCount(
        'find the number of pairs (i, j) with i < j such that the two weights together weigh exactly k grams.',
      ),
    ).toMatchObject({ counted: 'pairs', condition: 'sum-exact' });
  });

  it('reads a gap under a bound in symbols as a window', () => {
    expect(readPairCount('how many pairs (i, j) with i < j satisfy |a_i - a_j| <= k?')).toMatchObject({
      condition: 'sum-window',
    });
  });
});

describe('an order said with who made it', () => {
  it('keeps a list "sorted in non-decreasing order by the depot software" sorted by its values: one walk, no sort', () => {
    const analysis = analyzeProblem(
      problemContext({
        title: 'Parcel pairs',
        statement:
          'The parcels are listed in weights, and the list has already been sorted in non-decreasing order by the depot software. Return the number of pairs (i, j) with i < j and weights[i] + weights[j] <= limit.',
        constraints: ['2 <= weights.length <= 10^5', '1 <= weights[i] <= 10^9', '1 <= limit <= 2 * 10^9'],
      }),
    );
    expect(analysis.complexityTarget).toBe('O(n)');
    const byKey = analyzeProblem(
      problemContext({
        title: 'Parcel pairs',
        statement:
          'The parcels are listed in weights, sorted in non-decreasing order by their arrival time. Return the number of pairs (i, j) with i < j and weights[i] + weights[j] <= limit.',
        constraints: ['2 <= weights.length <= 10^5', '1 <= weights[i] <= 10^9', '1 <= limit <= 2 * 10^9'],
      }),
    );
    expect(byKey.complexityTarget).toBe('O(n log n)');
  });
});
