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
