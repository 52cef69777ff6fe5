import { describe, expect, it } from 'vitest';
import { answerSearch, readAnswerObject } from '@/lib/coach/problem/answer-object';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { answerNudge } from '@/lib/coach/problem/hints/answers';

/** The reading over a statement (lower-cased, as the scene's body is) and its constraint lines. */
const read = (statement: string, constraints: string[]) =>
  readAnswerObject(statement.toLowerCase(), parseConstraints(constraints, ''));

describe('the answer object', () => {
  it('reads some of the counted items as a selection, whatever the items are', () => {
    const packs = read(
      'The shop sells N sticker packs. He buys some of the packs so that every letter is in one.',
      ['1 <= N <= 15'],
    );
    expect(packs).toMatchObject({ shape: 'selection', items: 'sticker packs', count: 15, additive: false });
    expect(answerSearch(packs)).toBe('subsets');
    const team = read('A school has n students. A team is any group of students in which no two quarrel.', [
      '1 <= n <= 18',
    ]);
    expect(team).toMatchObject({ shape: 'selection', items: 'students', count: 18 });
    const menu = read(
      'A restaurant offers N dishes. Takahashi eats each dish or skips it, and may eat at most X calories in total.',
      ['1 <= N <= 20'],
    );
    expect(menu).toMatchObject({ shape: 'selection', count: 20, additive: true });
  });

  it('reads the items the question takes ahead of items a description mentions a part of', () => {
    const switches = read(
      'A theatre has m stage lights and a panel of n switches. Each switch is wired to some of the lights, and pressing it flips them. Find the fewest switches to press so that every light is on.',
      ['1 <= n <= 20', '1 <= m <= 20'],
    );
    // Flips leave the XOR of the chosen switches: a state carried down the search like a total.
    expect(switches).toMatchObject({ shape: 'selection', items: 'switches', count: 20, additive: true });
    const toppings = read(
      'A pizzeria offers n toppings, and some pairs of them clash. Return the largest number of toppings that can go on one pizza with no clashing pair.',
      ['1 <= n <= 15'],
    );
    expect(toppings).toMatchObject({ shape: 'selection', items: 'toppings', additive: false });
    expect(answerSearch(toppings)).toBe('subsets');
  });

  it('reads the items a count of kinds or of places stands for', () => {
    const packs = read(
      'A shop sells D kinds of packs. For each integer i between 1 and D, the pack of kind i costs P_i yen. He buys at most one pack of each kind so that every slot is filled.',
      ['1 <= D <= 12'],
    );
    expect(packs).toMatchObject({ shape: 'selection', items: 'packs', count: 12, name: 'D' });
    const towers = read(
      'There are n places where a radio tower could be built. Return the fewest towers to build so that every village is reached.',
      ['1 <= n <= 16'],
    );
    expect(towers).toMatchObject({ shape: 'selection', items: 'towers', count: 16 });
  });

  it('reads a fixed number of items for the best total as an order by value, but not when the total is bounded', () => {
    const crates = read(
      'There are n crates. Choose any k of the crates and return the largest total value.',
      ['1 <= k <= n <= 20'],
    );
    expect(crates).toMatchObject({ shape: 'keyed', items: 'crates' });
    expect(answerSearch(crates)).toBeNull();
    const budget = read(
      'There are n crates. Choose any k of the crates and return the largest total value that does not exceed W.',
      ['1 <= k <= n <= 20'],
    );
    expect(answerSearch(budget)).toBe('subsets');
  });

  it('reads all the items laid in an order the question leaves free as an arrangement', () => {
    const cards = read('You are given n cards. You lay all the cards in one row so that neighbours chain.', [
      '1 <= n <= 8',
    ]);
    expect(cards).toMatchObject({ shape: 'arrangement', items: 'cards', count: 8 });
    expect(answerSearch(cards)).toBe('orders');
    const cousins = read('You are seating n cousins in a single row of n chairs.', ['2 <= n <= 14']);
    expect(answerSearch(cousins)).toBe('placed');
  });

  it('reads an order one key decides as keyed, however few the items', () => {
    const runners = read(
      'N runners took part. Print the names of the runners from the fastest to the slowest.',
      ['1 <= N <= 10'],
    );
    expect(runners).toMatchObject({ shape: 'keyed', count: 10 });
    expect(answerSearch(runners)).toBeNull();
    expect(answerNudge(runners ?? fail(), null)).toMatch(/one key/);
  });

  it('reads the order answers are printed in as no key: the order of the items is still searched', () => {
    const benches = read(
      'A coach seats n players on a bench. List every seating in which no two rivals are neighbours. Print the seatings in lexicographic order.',
      ['1 <= n <= 8'],
    );
    expect(benches).toMatchObject({ shape: 'arrangement', items: 'players', count: 8 });
    expect(answerSearch(benches)).toBe('orders');
    const songs = read(
      'A host has N songs. Choose some of the songs whose lengths add up to T. Print the numbers of the chosen songs in increasing order.',
      ['1 <= N <= 20'],
    );
    expect(songs).toMatchObject({ shape: 'selection', count: 20, additive: true });
    // With nothing chosen or searched, the printed order is the items' order by a key.
    const guests = read('A book lists n names. Return the names that appear twice, in lexicographic order.', [
      '1 <= n <= 10',
    ]);
    expect(guests).toMatchObject({ shape: 'keyed', words: 'in lexicographic order' });
    // A key the statement names sorts the items, however the rest reads.
    const runners = read('N runners finished. Print all the runners in one line, sorted by finishing time.', [
      '1 <= N <= 8',
    ]);
    expect(runners?.shape).toBe('keyed');
  });

  it('reads an order of all the items said of the order itself, or of the letters of one string', () => {
    const stations = read(
      'Takahashi wrote the names of N stations. He reads all of them, each exactly once, in an order where every name starts with the last letter of the one before it.',
      ['2 <= N <= 8'],
    );
    expect(stations).toMatchObject({ shape: 'arrangement', items: 'stations', count: 8 });
    const queue = read('There are n people who must all stand in one queue, no two rivals side by side.', [
      '1 <= n <= 16',
    ]);
    expect(answerSearch(queue)).toBe('placed');
    const letters = read(
      'Given a string, generate all different strings that can be created using its characters.',
      ['1 <= n <= 8'],
    );
    expect(letters).toMatchObject({ shape: 'arrangement', items: 'letters', count: 8 });
    const plates = read('She hangs all the plates, given as a string plates, in one row.', [
      '1 <= plates.length <= 8',
    ]);
    expect(plates).toMatchObject({ shape: 'arrangement', items: 'plates', count: 8 });
    // Children who already stand in a row are the input's layout; an article before a plural counts nothing.
    expect(
      read('n children stand in a row. Count the children taller than both neighbours.', ['1 <= n <= 8']),
    ).toBeNull();
    expect(
      read(
        'A courier starts at shop 1 and visits every one of n shops exactly once, in any order she likes.',
        ['2 <= n <= 16'],
      ),
    ).toMatchObject({ items: 'shops', count: 16 });
  });

  it('reads the sides of a split, the fewest items that meet a need together and the most in one group as a selection', () => {
    const boats = read(
      'A ferry company has n cars to carry. Every car has to be put onto one of its two boats. Print the smallest difference between the boat loads.',
      ['1 <= n <= 18'],
    );
    expect(boats).toMatchObject({ shape: 'selection', items: 'cars', count: 18, additive: false });
    expect(answerSearch(boats)).toBe('subsets');
    const cooks = read(
      'A kitchen needs k recipes cooked. There are n cooks; each knows some of the recipes. Find the minimum number of cooks that between them know every recipe.',
      ['1 <= n <= 14', '1 <= k <= 25'],
    );
    expect(cooks).toMatchObject({ shape: 'selection', items: 'cooks', count: 14 });
    const band = read(
      'A school has n musicians, and some pairs of them cannot play together. Print the maximum possible number of musicians in one such team.',
      ['1 <= n <= 17'],
    );
    expect(band).toMatchObject({ shape: 'selection', items: 'musicians', count: 17 });
    // Many cooks or a need met by one item alone are no search over subsets.
    const many = read(
      'There are n cooks; each knows some of the recipes. Find the minimum number of cooks that between them know every recipe.',
      ['1 <= n <= 100000'],
    );
    expect(answerSearch(many)).toBeNull();
  });

  it('reads a sequence that holds every item once as an order of them all', () => {
    const beads = read(
      'You have n distinct beads. A necklace string uses all the beads, each exactly once, so that neighbouring beads differ in colour. Count the strings.',
      ['1 <= n <= 9', '1 <= c_i <= 5'],
    );
    expect(beads).toMatchObject({ shape: 'arrangement', items: 'beads', count: 9 });
    expect(answerSearch(beads)).toBe('orders');
  });

  it('reads a parenthesised "at least one" as a choice that is not empty, so its total is still carried', () => {
    const stamps = read(
      'Ann has n stamps worth v_i cents each. She sticks some of the stamps (at least one) on a letter so that the total postage is a multiple of k. Count the ways.',
      ['1 <= n <= 20'],
    );
    expect(stamps).toMatchObject({ shape: 'selection', additive: true });
  });

  it('splits up to forty items taken by their total into halves, and leaves more to other methods', () => {
    const coupons = read(
      'You hold n coupons. Return true if any bundle of coupons is worth exactly target in total.',
      ['1 <= n <= 40'],
    );
    expect(answerSearch(coupons)).toBe('halves');
    const crates = read(
      'There are n crates. Return the largest value of some of the crates the cart can carry in total.',
      ['1 <= n <= 100'],
    );
    expect(crates?.shape).toBe('selection');
    expect(answerSearch(crates)).toBeNull();
  });

  it('names the page’s own items in the first hint', () => {
    const gifts = read('You have n gifts. Count any collection of the gifts whose total weight is x.', [
      '1 <= n <= 20',
    ]);
    expect(answerNudge(gifts ?? fail(), answerSearch(gifts))).toBe(
      'Each of the 20 gifts is in or out. How many choices is that, and could you check every one?',
    );
  });

  it('reads no object where the answer takes or orders none of the items', () => {
    // Items that already stand in a row are the input's layout, not an order to find.
    expect(
      read('There are n lamps in a row. Count the lamps brighter than both neighbours.', ['1 <= n <= 20']),
    ).toBeNull();
    // A number about the items: every two shake hands once.
    expect(
      read('n friends meet and every two of them shake hands exactly once.', ['1 <= n <= 15']),
    ).toBeNull();
    // Pairs of items are links, not a choice of them.
    expect(
      read('There are n towns, and some pairs of towns are joined by roads.', ['1 <= n <= 20']),
    ).toBeNull();
    // An output order left free says nothing about the answer.
    expect(read('Given n nodes, find all paths and return them in any order.', ['2 <= n <= 15'])).toBeNull();
  });
});

function fail(): never {
  throw new Error('expected an answer object');
}
