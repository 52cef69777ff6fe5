import { describe, expect, it } from 'vitest';
import { pairingLadder } from '@/lib/coach/problem/hints/pairings';
import { type Pairing, pairingFigure, readPairing } from '@/lib/coach/problem/pairings';

/** The reading over a statement, lower-cased as the scene's body is, with its largest bounded size. */
const read = (statement: string, largest = 200000) => readPairing(statement.toLowerCase(), largest);
/** A reading the test expects to exist. */
const sure = (pairing: Pairing | null): Pairing => {
  if (!pairing) throw new Error('no greedy shape read');
  return pairing;
};

describe('greedy shapes of the answer', () => {
  it('reads items grouped at most two under a cap, the fewest groups, as pairs', () => {
    const skiers = read(
      'Gondolas each take at most two skiers, and the skiers in one gondola may weigh at most w together. Find the minimum number of gondolas.',
    );
    expect(skiers).toMatchObject({ shape: 'pairs', items: 'skiers', partner: 'gondola' });
    expect(pairingFigure(sure(skiers), false)[0]).toBe('O(n log n)');
    expect(pairingFigure(sure(skiers), true)[0]).toBe('O(n)');
    const riders = read(
      'A tandem carries one rider or two riders, provided the riders on it weigh at most load in total. Return the smallest number of tandems.',
    );
    expect(riders).toMatchObject({ shape: 'pairs', items: 'riders', partner: 'tandem' });
  });

  it('reads one list matched to another under a tolerance or an order, each used once, as a matching', () => {
    const flats = read(
      'Applicant i wants a flat of size a_i and accepts any flat between a_i - k and a_i + k. Flat j has size b_j. Each flat can be given to at most one applicant. Find the maximum number of applicants who can receive a flat.',
    );
    expect(flats).toMatchObject({ shape: 'matching', items: 'applicants', partner: 'flats' });
    expect(pairingFigure(sure(flats), false)[0]).toBe('O(n log n + m log m)');
    const coats = read(
      'A child can wear a coat whose length >= the child height, and each coat goes to at most one child. Return the largest number of children who get a coat.',
    );
    expect(coats?.shape).toBe('matching');
  });

  it('reads the longest subsequence that rises and falls in turns as turning points', () => {
    const log = read(
      'Keep only some entries in their original order so that the differences alternate in sign. What is the largest number of entries she can keep?',
    );
    expect(log?.shape).toBe('turns');
    expect(pairingFigure(sure(log), false)[0]).toBe('O(n)');
  });

  it('reads at least one each and more than a better neighbour, the least total, as a pass from each side', () => {
    const tokens = read(
      'Every worker gets at least one token, and a worker who produced more than a worker right next to them must get more tokens. Find the minimum total.',
    );
    expect(tokens?.shape).toBe('neighbours');
  });

  it('leaves groups of any size under a cap to bin packing', () => {
    expect(
      read(
        'Each truck can carry any number of crates as long as their total weight is at most c. Find the minimum number of trucks.',
        16,
      ),
    ).toBeNull();
  });

  it('leaves pairs whose value depends on both (an assignment) alone', () => {
    expect(
      read(
        'Cook i asks c_ij coins for shift j. Every shift gets exactly one cook. Find the minimum total cost.',
        20,
      ),
    ).toBeNull();
  });

  it('leaves a longest increasing subsequence and a subsequence growing by one step alone', () => {
    expect(
      read(
        'Pick saplings keeping their order so each is strictly taller than the one before. Return the largest number.',
      ),
    ).toBeNull();
    expect(
      read(
        'Find the longest subsequence in which every reading is exactly step more than the one before it.',
      ),
    ).toBeNull();
  });

  it('leaves a matching among few items (a general graph) and a sum of pair values after sorting alone', () => {
    expect(
      read(
        'Seat students at desks of two friends; each student sits at most one desk within 1 of a friend. Find the maximum number of desks.',
        18,
      ),
    ).toBeNull();
    expect(
      read(
        'Split the 2n students into n pairs; a pair scores its weaker partner. Return the maximum total score.',
      ),
    ).toBeNull();
  });

  it('hints in the page own items, the first rung naming no technique', () => {
    const skiers = read(
      'Gondolas each take at most two skiers, and the skiers in one gondola may weigh at most w together. Find the minimum number of gondolas.',
    );
    const ladder = pairingLadder(sure(skiers), 'O(n log n)');
    expect(ladder[0]).toContain('heaviest skier');
    expect(ladder[0]).not.toMatch(/sort|greedy|pointer/i);
    expect(ladder[1]).toContain('lightest skier');
    expect(ladder[2]).toContain('O(n log n)');
  });
});
