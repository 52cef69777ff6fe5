import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Guarantee } from '@/lib/coach/problem/guarantees';
import { madeMirror } from '@/lib/coach/problem/pointer-shapes';
import { type PointerWalk, pointerWalkFigure, readPointerWalk } from '@/lib/coach/problem/pointer-walks';
import type { InputKind } from '@/lib/coach/problem/types';
import { analyse, topThree } from '../../../support/statement';

/** The reading over a statement, lower-cased as the scene's body is. */
const read = (
  statement: string,
  {
    sorted = false,
    kinds = ['array'],
    twoLists = false,
  }: { sorted?: boolean; kinds?: InputKind[]; twoLists?: boolean } = {},
) =>
  readPointerWalk(statement.toLowerCase(), {
    kinds,
    guarantees: new Set<Guarantee>(sorted ? ['sorted'] : []),
    grid: false,
    graph: false,
    design: false,
    moves: false,
    twoLists,
  });
const figure = (walk: PointerWalk | null) => (walk ? pointerWalkFigure(walk)[0] : null);
const text: { kinds: InputKind[] } = { kinds: ['string'] };

describe("a string's two ends", () => {
  it('reads a check that the text reads the same both ways, marks skipped', () => {
    const sign = read(
      'Only letters and digits count: spaces and marks are skipped. Return true if the sign reads the same from left to right as from right to left.',
      text,
    );
    expect(sign).toMatchObject({ shape: 'mirror' });
    expect(figure(sign)).toBe('O(n)');
  });

  it('reads one kind of letter reversed while the others keep their places', () => {
    expect(
      read(
        'The letters are written in reverse order, while every digit stays at exactly the position it had.',
        text,
      ),
    ).toMatchObject({ shape: 'mirror' });
    expect(
      read('The first vowel trades places with the last vowel, and so on. Consonants never move.', text),
    ).toMatchObject({ shape: 'mirror' });
  });

  it('leaves a palindrome made by erasing, inserting or rearranging letters, or counted', () => {
    const erased = 'Erase as few letters as possible so that the rest reads the same forwards and backwards.';
    expect(read(erased, text)).toBeNull();
    expect(madeMirror(erased.toLowerCase())).toBe(true);
    expect(read('Find the minimum number of characters to insert to make s a palindrome.', text)).toBeNull();
    expect(read('Can the letters be rearranged into a palindrome?', text)).toBeNull();
    expect(read('How many substrings of s are palindromes?', text)).toBeNull();
  });

  it('leaves a plain reversal with nothing kept in place', () => {
    expect(read('Print the word in reverse order.', text)).toBeNull();
  });
});

describe('two sorted lists side by side', () => {
  it('reads what both sorted lists share, merged or in common', () => {
    const shared = read(
      'Maya and Leo each keep a playlist in increasing order. Find the tracks that are on both playlists.',
      {
        sorted: true,
        twoLists: true,
      },
    );
    expect(shared).toMatchObject({ shape: 'side-by-side' });
    expect(figure(shared)).toBe('O(n + m)');
    expect(
      read(
        'Both timetables are sorted. Return the smallest number of minutes between a red departure and a blue one.',
        {
          sorted: true,
        },
      ),
    ).toMatchObject({ shape: 'side-by-side' });
  });

  it('leaves unsorted lists, the k-th of two lists in logarithmic time, and k lists', () => {
    const common = 'Two albums list stamp numbers. Print the stamps in both albums.';
    expect(read(common, { twoLists: true })).toBeNull();
    expect(
      read(
        'Two sorted lists are too long to read. Return the k-th earliest over both lists together in logarithmic time.',
        {
          sorted: true,
          twoLists: true,
        },
      ),
    ).toBeNull();
    expect(
      read('Merge the k sorted lists into one list in both orders.', { sorted: true, twoLists: true }),
    ).toBeNull();
  });
});

describe('walls and chains', () => {
  it('reads the lower of two walls times the distance between them', () => {
    const dams = read(
      'Two dams are built; the depth is the height of the lower of the two dams and the length is the distance between the sites. Return the largest lake.',
    );
    expect(dams).toMatchObject({ shape: 'walls' });
    expect(figure(dams)).toBe('O(n)');
  });

  it("reads a linked list's middle, its k-th from the end, or a loop, and leaves the list's own rebuilding", () => {
    const chain = { kinds: ['linked-list'] as InputKind[] };
    expect(
      read('Return the wagon that stands k-th counting from the rear of the train.', chain),
    ).toMatchObject({
      shape: 'chain',
    });
    expect(read('Return the middle carriage of the train.', chain)).toMatchObject({ shape: 'chain' });
    expect(read('Return true if the route loops back to a stop it visited.', chain)).toMatchObject({
      shape: 'chain',
    });
    expect(read('Swap the k-th node from the front with the k-th node from the end.', chain)).toBeNull();
    expect(read('Reverse the linked list and return its middle.', chain)).toBeNull();
    expect(
      read('A wagon that comes back to one the engine passed means the train loops.', chain),
    ).toMatchObject({
      shape: 'chain',
    });
    // Wagons that "come back in the opposite order" are a batch turned around: the list rebuilt.
    expect(
      read(
        'The wagons are taken in batches of k from the front, and every full batch is turned around so its wagons come back in the opposite order.',
        chain,
      ),
    ).toBeNull();
  });
});

describe('the mirror reading over any wording around it', () => {
  it('never reads a both-ends walk once the palindrome is to be made by erasing or inserting', () => {
    const verb = fc.constantFrom('erase', 'delete', 'insert', 'remove');
    const filler = fc.stringMatching(/^[a-z ,]{0,40}$/);
    fc.assert(
      fc.property(verb, filler, filler, (v, before, after) => {
        const statement = `${before}. ${v} as few letters as possible so that the word reads the same backwards and forwards. ${after}`;
        expect(read(statement, text)).toBeNull();
      }),
    );
  });
});

describe('the reading of whole statements', () => {
  it('leads with two pointers for the two walls holding the most, at O(n)', () => {
    const analysis = analyse(
      'You are given the heights of n walls standing one unit apart. Choose two walls; they hold rain up to the height of the shorter wall, across the distance between them. Return the largest amount of rain two walls can hold.',
      ['2 <= n <= 10^5', '0 <= height[i] <= 10^4'],
    );
    expect(topThree(analysis)[0]).toBe('two-pointers');
    expect(analysis.complexityTarget).toBe('O(n)');
  });

  it('walks two calendars of spans in order of start side by side, at O(n + m)', () => {
    const analysis = analyse(
      "Alice is free during n intervals [l_i, r_i) and Bob during m intervals [p_j, q_j). Each person's intervals are given in increasing order of start and do not overlap. Find the earliest minute t such that both of them are free during all of [t, t + d).",
      ['1 <= n, m <= 2 * 10^5', '0 <= l_i < r_i <= l_{i+1} <= 10^9', '0 <= p_j < q_j <= p_{j+1} <= 10^9'],
    );
    expect(topThree(analysis)[0]).toBe('two-pointers');
    expect(analysis.complexityTarget).toBe('O(n + m)');
  });

  it('leads with a table over spans for a palindrome kept by erasing the fewest letters, at O(n^2)', () => {
    const analysis = analyse(
      'A word is a mirror word if it reads the same forwards and backwards. Erase as few letters as possible so that the letters that remain form a mirror word. Return the number of letters erased.',
      ['1 <= w.length <= 3000', 'w consists of lowercase English letters.'],
    );
    expect(topThree(analysis)[0]).toBe('dynamic-programming');
    expect(analysis.complexityTarget).toBe('O(n^2)');
  });

  it('sorts once for pairs counted against a bound each question brings, not a walk per question', () => {
    const analysis = analyse(
      'There are n lanterns along a shore, the i-th at position x_i. Two lanterns can signal each other if the distance between them is at most r. Answer q questions: each gives a range r; count the pairs of lanterns that can signal each other.',
      ['2 <= n <= 2000', '1 <= q <= 2 * 10^5', '1 <= x_i <= 10^9', '0 <= r <= 10^9'],
    );
    expect(topThree(analysis)[0]).toBe('sorting');
    expect(topThree(analysis)).toContain('binary-search');
  });
});
