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

  it('reads the two told after the group and the cap told as "not more than s" as pairs', () => {
    expect(
      read(
        'Each canoe fits two people at most, and the weight limit of every canoe is limit. Return the least number of canoes.',
      )?.shape,
    ).toBe('pairs');
    expect(
      read(
        'A box has room for no more than two sweets, and the sugar in one box must not be more than s grams. What is the smallest number of boxes?',
      )?.shape,
    ).toBe('pairs');
  });

  it('reads an order a swap of neighbours settles even among few items, where trying every order is no better', () => {
    const laundry =
      'One washing machine serves n customers one after another in an order of her choosing; customer i needs it for t_i minutes. Find the smallest possible sum of the times at which they leave.';
    expect(read(laundry, 20)?.shape).toBe('quickest');
    expect(
      read(
        'Gondolas each take at most two skiers weighing at most w together. Find the fewest gondolas.',
        20,
      ),
    ).toBeNull();
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

  it('reads two lists on a line tied one to one, the distances made least, as an assignment in sorted order', () => {
    const porters = read(
      'There are n porters and n carts on a platform. Porter i stands at p_i and cart j at c_j. Each porter pushes a different cart. Minimise the largest distance any porter walks.',
    );
    expect(porters).toMatchObject({ shape: 'assign', items: 'porters', partner: 'carts', oneCount: true });
    expect(pairingFigure(sure(porters), false)[0]).toBe('O(n log n)');
    const ovens = read(
      'A bakery has n trays and m ovens along a wall; the i-th tray sits at x[i] and the j-th oven at y[j]. No two trays may share an oven. Find the minimum total distance the trays are carried, |x - y| each.',
    );
    expect(ovens).toMatchObject({ shape: 'assign', items: 'trays', partner: 'ovens' });
    expect(pairingFigure(sure(ovens), false)[0]).toBe('O(n log n + m log m)');
  });

  it('finds the tie in a sentence that names one of each list, an irregular plural too', () => {
    const seats = read(
      'The i-th person waits at p[i] and the j-th chair stands at c[j]. Each person sits on a different chair. Find the minimum total distance walked.',
    );
    expect(seats).toMatchObject({ shape: 'assign', items: 'people', partner: 'chairs' });
  });

  it('reads a capacity of each item of one list against the other, each used once, as a matching', () => {
    const porters = read(
      'There are m parcels; the j-th weighs w_j. There are n porters, and the i-th can carry a parcel weighing at most s_i. Each porter carries at most one parcel, and each parcel is carried by at most one porter. What is the largest number of parcels carried?',
    );
    expect(porters?.shape).toBe('matching');
    expect(pairingLadder(sure(porters), 'O(n log n + m log m)').join(' ')).not.toMatch(
      /still fits with what/,
    );
  });

  it('reads two lists tied one to one under a fit, whether all can be served, as a matching', () => {
    const pegs = read(
      'You are given the i-th peg of width w[i] and the j-th hole of width h[j]. A peg goes into a hole when its width <= the hole width, and each hole takes at most one peg. Return true if every peg can be placed.',
    );
    expect(pegs).toMatchObject({ shape: 'matching', items: 'pegs', partner: 'holes' });
    const tenants = read(
      'There are n tenants and m rooms. A tenant takes a room whose area differs from the wanted area by at most d, and each room goes to at most one tenant. Find the largest number of tenants housed.',
    );
    expect(tenants?.shape).toBe('matching');
  });

  it('leaves one list walking to its nearest partner, shared freely, to a search per item (near miss)', () => {
    expect(
      read(
        'There are n houses and m wells on a line; house i is at a_i and well j at b_j. Each house uses its nearest well. Find the smallest radius r so that every house is within r of a well.',
      )?.shape,
    ).not.toBe('assign');
  });

  it('leaves a promise that no two items of one list share a place to the items alone (near miss)', () => {
    expect(
      read(
        'There are n masts on a hill; mast i stands at (x_i, y_i), and no two masts stand at the same point. A wire between masts i and j costs |x_i - x_j| + |y_i - y_j|. Find the least total cost to connect every mast.',
      ),
    ).toBeNull();
  });

  it('leaves partners whose lines may not cross, and a table of costs per pair, unsorted (near miss)', () => {
    expect(
      read(
        'The i-th dot of the top row has colour a[i] and the j-th dot of the bottom row colour b[j]. Join equal colours with lines that do not cross; each dot is used at most once. Find the maximum number of lines.',
      ),
    ).toBeNull();
    expect(
      read(
        'There are n workers and n jobs; cost[i][j] is what worker i charges for job j. Each worker takes a different job. Find the minimum total cost.',
        8,
      ),
    ).toBeNull();
  });

  it('hints an assignment in the page own items, pairing in order last', () => {
    const ladder = pairingLadder(
      { shape: 'assign', items: 'porters', partner: 'carts', words: 'a different cart', oneCount: true },
      'O(n log n)',
    );
    expect(ladder[0]).toContain('porter');
    expect(ladder[0]).not.toMatch(/\bsort/i);
    expect(ladder[2]).toMatch(/Sort the porters and the carts, pair them position by position/);
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
