import { describe, expect, it } from 'vitest';
import { neetcodeName, normaliseTitle } from '@/lib/coach/problem/library/lookup';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import type { SiteId } from '@/lib/extract/context';

const library = loadLibrary();
const slugFor = (site: SiteId, title: string) =>
  library.match({ site, id: 'not-a-library-slug', title })?.entry.slug ?? null;

describe('spellings that never change the question', () => {
  it('reads a number as a word or in digits, joined to a word or not, as one', () => {
    expect(normaliseTitle('3Sum')).toBe(normaliseTitle('Three Sum'));
    expect(normaliseTitle('3 Sum')).toBe(normaliseTitle('3Sum'));
    expect(normaliseTitle('Number of One Bits')).toBe(normaliseTitle('Number of 1 Bits'));
    expect(normaliseTitle('Search a 2D Matrix')).toBe(normaliseTitle('Search a 2-D Matrix'));
    expect(slugFor('generic', 'Three Sum')).toBe('3sum');
    expect(slugFor('generic', 'Four Sum')).toBe('4sum');
  });

  it("reads a digit's plural with or without its apostrophe as the digit", () => {
    expect(normaliseTitle("Largest subarray of 0's and 1's")).toBe(
      normaliseTitle('Largest subarray of 0s and 1s'),
    );
    expect(slugFor('generic', 'Longest Subarray of 1s After Deleting One Element')).toBe(
      'longest-subarray-of-1s-after-deleting-one-element',
    );
  });

  it('reads a possessive as the bare name', () => {
    expect(normaliseTitle("Pascal's Triangle")).toBe(normaliseTitle('Pascal Triangle'));
    expect(normaliseTitle('Kadane’s Algorithm')).toBe(normaliseTitle('Kadane Algorithm'));
  });

  it('reads a trailing sequel number as the roman numeral titles use', () => {
    expect(normaliseTitle('Word Break - Part 2')).toBe(normaliseTitle('Word Break II'));
    expect(normaliseTitle('Word Break Part II')).toBe(normaliseTitle('Word Break II'));
    expect(slugFor('generic', 'House Robber 2')).toBe('house-robber-ii');
    expect(slugFor('generic', 'Spiral Matrix 2')).toBe('spiral-matrix-ii');
  });

  it('keeps a sequel apart from the first problem, whose question differs', () => {
    // A trailing "I" stays: GeeksforGeeks' Next Greater Element is one array, LeetCode's I a subset.
    expect(normaliseTitle('Next Greater Element I')).not.toBe(normaliseTitle('Next Greater Element'));
    expect(slugFor('geeksforgeeks', 'Next Greater Element')).toBe('geeksforgeeks-next-greater-element');
    expect(slugFor('generic', 'Remove Duplicates from Sorted List')).toBe(
      'remove-duplicates-from-sorted-list',
    );
    expect(slugFor('generic', 'Jump Game 3')).toBe('jump-game-iii');
    expect(slugFor('generic', 'Find Minimum in Rotated Sorted Array 2')).toBe(
      'find-minimum-in-rotated-sorted-array-ii',
    );
  });

  it('drops a trailing "problem" or "algorithm" only when the whole title is no known name', () => {
    expect(slugFor('geeksforgeeks', 'Stock Span Problem')).toBe('online-stock-span');
    expect(slugFor('generic', 'Word Break Problem')).toBe('word-break');
    expect(slugFor('generic', 'Gas Station Problem')).toBe('gas-station');
    expect(slugFor('generic', 'The Skyline Problem')).toBe('the-skyline-problem');
    // HackerRank's own title counts the ways, though "Coin Change" alone asks for the fewest coins.
    expect(slugFor('hackerrank', 'The Coin Change Problem')).toBe('coin-change-ii');
    // A name the library knows only with its "problem" is found without it too.
    expect(slugFor('generic', 'Dutch National Flag')).toBe('sort-colors');
    expect(slugFor('generic', 'Snake and Ladder')).toBe('snakes-and-ladders');
    // Known whole since an entry names it so.
    expect(slugFor('generic', 'Subset Sum Problem')).toBe('geeksforgeeks-subset-sum-problem');
    expect(slugFor('generic', 'Egg Dropping Problem')).toBe('super-egg-drop');
  });

  it("knows NeetCode's own titles, which are its slugs' words", () => {
    expect(slugFor('neetcode', 'Two Integer Sum')).toBe('two-sum');
    expect(slugFor('generic', 'Rotting Fruit')).toBe('rotting-oranges');
    expect(slugFor('generic', 'Foreign Dictionary')).toBe('alien-dictionary');
  });

  it("never gives NeetCode's words of one entry's slug to another entry's name", () => {
    const owner = new Map<string, string>();
    for (const item of library.index)
      for (const name of [item.title, ...item.aliases]) owner.set(normaliseTitle(name), item.slug);
    for (const item of library.index) {
      const words = neetcodeName(item);
      if (!words) continue;
      expect(owner.get(normaliseTitle(words)) ?? item.slug, words).toBe(item.slug);
    }
  });
});
