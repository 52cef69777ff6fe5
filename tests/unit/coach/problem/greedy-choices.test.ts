import { describe, expect, it } from 'vitest';
import { greedyChoiceFigure } from '@/lib/coach/problem/greedy-choice-costs';
import { readGreedyChoice } from '@/lib/coach/problem/greedy-choices';
import { greedyChoiceLadder } from '@/lib/coach/problem/hints/greedy-choices';
import { readPairing } from '@/lib/coach/problem/pairings';

/** The reading over a statement, lower-cased as the scene's body is. */
const read = (statement: string) => readGreedyChoice(statement.toLowerCase());
const shapeOf = (statement: string) => read(statement)?.shape ?? null;

const MEETINGS =
  'Meeting i runs from start_i to end_i. Two meetings that overlap cannot both be held in the room. Find the minimum number of meetings to cancel.';

describe('greedy subsets, covers and orders', () => {
  it('reads spans that may not clash, the fewest dropped or the most kept, as kept apart by end', () => {
    expect(shapeOf(MEETINGS)).toBe('apart');
    expect(
      shapeOf(
        'Show i airs from time s_i to time t_i and the channel airs one show at a time. Return the maximum number of shows it can air.',
      ),
    ).toBe('apart');
    expect(greedyChoiceFigure({ shape: 'apart', items: 'meetings', partner: '', words: '' })[0]).toBe(
      'O(n log n)',
    );
  });

  it('reads one holder per unit of time as a clash, and keeps the next span off an end the spans hold', () => {
    const nights =
      'A telescope has n requests. Request i wants every night from night l_i to night r_i inclusive. The telescope serves only one astronomer per night. Find the largest number of requests that can be granted.';
    const granted = read(nights);
    expect(granted).toMatchObject({ shape: 'apart', ends: 'closed' });
    const last = (statement: string) => {
      const choice = read(statement);
      if (!choice) throw new Error('no greedy shape read');
      return greedyChoiceLadder(choice, 'O(n log n)')[2];
    };
    expect(last(nights)).toMatch(/starts after the last kept end/);
    const halfOpen = `${MEETINGS} A meeting that ends at time t frees the room for one that starts at t.`;
    expect(last(halfOpen)).toMatch(/starts no earlier than the last kept end/);
    // One reading a night, not a span kept whole, is no clash between spans.
    expect(
      shapeOf(
        'Sensor i reads from minute a_i to minute b_i. Find the largest number of readings taken in one minute.',
      ),
    ).not.toBe('apart');
  });

  it('reads the fewest points so that every span holds one as stabbing by end', () => {
    expect(
      shapeOf(
        'Balloon i spans from x_i to y_i along the wall. Return the minimum number of arrows so that every balloon is hit at least once.',
      ),
    ).toBe('stab');
  });

  it('reads points covered by pieces of one length placed anywhere, the fewest pieces, as pieces', () => {
    const posts = read(
      'Fence post i is at position p_i. A board of length w nailed from s covers every post from s to s + w. What is the fewest boards needed so that every post is covered?',
    );
    expect(posts).toMatchObject({ shape: 'pieces', items: 'boards' });
    const pieces = { shape: 'pieces', items: 'boards', partner: 'posts', words: 'of length w' } as const;
    expect(greedyChoiceFigure(pieces)[0]).toBe('O(n log n)');
    expect(greedyChoiceFigure(pieces, true)[0]).toBe('O(n)');
    const lamps = read(
      'House i stands at x_i on a street. A lamp lights every house within distance d of it. Find the minimum number of lamps so that every house is lit.',
    );
    expect(lamps?.shape).toBe('pieces');
  });

  it('leaves pieces of lengths of their own, given as spans, to the span shapes (near miss)', () => {
    expect(
      read(
        'Board i covers the fence from a_i to b_i. Choose the fewest boards so that every metre of the fence is covered.',
      )?.shape,
    ).toBe('cover');
  });

  it('reads the fewest spans whose union covers a whole line as a cover', () => {
    expect(
      shapeOf(
        'Clip i covers the film from a_i to b_i. Find the minimum number of clips so that every second of the film from 0 to t is covered.',
      ),
    ).toBe('cover');
  });

  it('reads the fewest stops on the way, each giving a supply the road takes, as a heap of stops passed', () => {
    const trip = read(
      'A truck burns one litre per kilometre. Depot i at position p_i adds f_i litres of fuel. Return the fewest stops to reach the port.',
    );
    expect(trip?.shape).toBe('refuel');
    expect(greedyChoiceFigure(trip ?? { shape: 'refuel', items: '', partner: '', words: '' })[0]).toBe(
      'O(n log n)',
    );
  });

  it('reads jobs of their own lengths due by their own times, the most finished, as by due time with a heap', () => {
    expect(
      shapeOf(
        'Course i takes d_i days and must be completed by day l_i. You take one course at a time. Return the maximum number of courses you can complete.',
      ),
    ).toBe('deadlines');
  });

  it('reads goods that may be split under a capacity, the most worth, by worth per unit', () => {
    expect(
      shapeOf(
        'A cart can carry w kilograms. Grain i weighs g_i kilograms in all and is worth v_i; any fraction of a grain may be taken. Find the greatest worth the cart can carry.',
      ),
    ).toBe('fraction');
  });

  it('reads a supply bought along the way into a container of any size as the cheapest so far, no sort', () => {
    const water = read(
      'Before leg i the caravan reaches oasis i, where water is sold at price[i] coins per litre, and leg i uses need[i] litres. The water skins hold any amount and water never spoils. Print the least number of coins spent on water.',
    );
    expect(water?.shape).toBe('cheapest');
    expect(greedyChoiceFigure(water ?? { shape: 'cheapest', items: '', partner: '', words: '' })[0]).toBe(
      'O(n)',
    );
    expect(
      shapeOf(
        'At depot i coal sells for p_i rupees per sack and stage i burns c_i sacks. The hold can carry as much as the crew likes. Print the minimum total cost.',
      ),
    ).toBe('cheapest');
    // A container that bounds the load is a capacity to fill: the best worth per unit first, after a sort.
    expect(
      shapeOf(
        'A sack can hold at most w kilograms. Spice i has s_i kilograms in stock worth v_i; any amount of it may be taken. Find the greatest worth the sack can hold.',
      ),
    ).toBe('fraction');
  });

  it('reads the fewest coins worth the powers of one base as the largest first', () => {
    const pay = read(
      'There is a coin worth b^k for every k >= 0. Find the minimum number of coins that add up to n.',
    );
    expect(pay?.shape).toBe('powers');
    expect(greedyChoiceFigure(pay ?? { shape: 'powers', items: '', partner: '', words: '' })[0]).toBe(
      'O(log n)',
    );
  });

  it('leaves spans that pay different amounts to a DP over the sorted ends', () => {
    expect(
      shapeOf(
        'Job i runs from s_i to e_i and pays p_i. Two jobs that overlap cannot both be taken. Find the maximum profit.',
      ),
    ).toBeNull();
  });

  it('leaves goods taken whole or left (a knapsack) and counts of ways to a DP', () => {
    expect(
      shapeOf(
        'A bag can carry w kilograms. Item i weighs w_i and is worth v_i; each item is packed whole or left. Find the greatest worth.',
      ),
    ).toBeNull();
    expect(
      shapeOf(
        'Tile i covers from a_i to b_i. Find the number of ways to choose tiles so that every point from 0 to t is covered.',
      ),
    ).toBeNull();
  });

  it('leaves coin worths given as a list, where the largest first fails, alone', () => {
    expect(
      shapeOf(
        'You are given coins of the values in coins[]. Find the minimum number of coins that make amount.',
      ),
    ).toBeNull();
  });

  it('leaves non-adjacent picks and a cost depending on the previous choice alone', () => {
    expect(
      shapeOf('No two adjacent houses may be robbed. Return the maximum amount of money you can rob.'),
    ).toBeNull();
    expect(
      shapeOf(
        'Each day pick one of three activities, never the same on two consecutive days; activity j on day i gives a_ij points. Find the maximum total.',
      ),
    ).toBeNull();
  });

  it('stands down among so few items that every choice can be tried', () => {
    expect(readPairing(MEETINGS.toLowerCase(), 15)).toBeNull();
    expect(readPairing(MEETINGS.toLowerCase(), 100000)?.shape).toBe('apart');
  });

  it('hints in the page own items, the first rung naming no technique', () => {
    const meetings = read(MEETINGS);
    if (!meetings) throw new Error('no greedy shape read');
    const ladder = greedyChoiceLadder(meetings, 'O(n log n)');
    expect(ladder[0]).toContain('meetings');
    expect(ladder[0]).not.toMatch(/sort|greedy|heap|pointer/i);
    expect(ladder[1]).toMatch(/ends earliest/);
    expect(ladder[2]).toContain('O(n log n)');
  });
});

describe('the figure of a greedy shape', () => {
  it('drops the sort where the spans are promised in order, but keeps the heap', () => {
    const spans = { shape: 'stab', items: 'spans', partner: 'points', words: '' } as const;
    expect(greedyChoiceFigure(spans, true)[0]).toBe('O(n)');
    expect(greedyChoiceFigure(spans, false)[0]).toBe('O(n log n)');
    expect(greedyChoiceFigure({ ...spans, shape: 'refuel' }, true)[0]).toBe('O(n log n)');
  });
});

describe('the ladder of a greedy shape on spans promised in order', () => {
  it('walks them as given, with no sort', () => {
    const meetings = read(MEETINGS);
    if (!meetings) throw new Error('no greedy shape read');
    const [, , walk] = greedyChoiceLadder(meetings, 'O(n)', true);
    expect(walk).not.toMatch(/\bsort (?:the|by|them)\b/i);
    expect(walk).toContain('order given');
  });
});
