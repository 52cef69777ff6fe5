import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '@/lib/coach/problem/library/schema';

const ENTRIES_DIR = join(__dirname, '../../../../lib/coach/problem/library/entries');
const entries = readdirSync(ENTRIES_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(ENTRIES_DIR, name), 'utf8')) as LibraryEntry);

/**
 * The letters of tests/fixtures/coach/problems/README.md ("Letters"), which the panel's reading of
 * a statement and every label count in: a figure of Sparring's notes in other letters (S for the
 * letters of n words, an edge list's n and m, an amount) reads as a different bound beside them.
 */
const CANONICAL = new Set(['n', 'm', 'q', 'k', 'V', 'E', 'A']);
const NOT_LETTERS = new Set(['O', 'log', 'sqrt', 'min', 'max']);

/**
 * A tree's height (h; h1 and h2 for two trees) and its widest level (w): the point of O(h) beside
 * O(n) is the shape of the tree, so they stay, and the note says what they are at worst.
 */
const TREE_SHAPE = new Set(['h', 'h1', 'h2', 'w']);

/** Entries whose letters no canonical form says as well, each with why. */
const EXCEPTIONS: Record<string, { letters: string[]; why: string }> = {
  'cses-weird-algorithm': { letters: ['L'], why: 'the length of a Collatz sequence has no known bound in n' },
  'design-twitter': {
    letters: ['u', 't'],
    why: 'the store holds users and tweets, two sizes beside the k lists a feed merges',
  },
  'flatten-nested-list-iterator': {
    letters: ['d'],
    why: 'the nesting depth, a tree height: O(d) beside O(n) is the point of the lazy iterator',
  },
  'geeksforgeeks-word-boggle': {
    letters: ['L', 'S'],
    why: 'a grid, the longest word and the dictionary: more sizes than the letters have names for',
  },
  'ones-and-zeroes': {
    letters: ['L'],
    why: "the page's m and n are two budgets a DP runs over; the letters have one k",
  },
  'search-suggestions-system': {
    letters: ['L'],
    why: 'product length beside the typed word m and the n products: a third size',
  },
  'substring-with-concatenation-of-all-words': {
    letters: ['w'],
    why: "the words' length beside the text n and the m words: a third size",
  },
  'total-cost-to-hire-k-workers': {
    letters: ['c'],
    why: 'the candidates per end are a second parameter beside the k sessions',
  },
  'word-ladder-ii': {
    letters: ['P'],
    why: 'the total size of the ladders returned, which can dwarf the search',
  },
  'word-search': {
    letters: ['L'],
    why: "the word's length is the exponent of the search, a third size beside the grid",
  },
  'word-search-ii': {
    letters: ['L', 'S'],
    why: 'the longest word and the letters of the word list beside the grid',
  },
};

function lettersOf(entry: LibraryEntry): string[] {
  const { time, space } = entry.complexity;
  return [...new Set(`${time} ${space}`.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [])].filter(
    (name) => !NOT_LETTERS.has(name),
  );
}

describe('the letters of the library’s complexities', () => {
  it('are the canonical ones, a tree’s shape, or an exception listed with why', () => {
    const stray = entries.flatMap((entry) => {
      const allowed = new Set(EXCEPTIONS[entry.slug]?.letters ?? []);
      return lettersOf(entry)
        .filter((letter) => !CANONICAL.has(letter) && !TREE_SHAPE.has(letter) && !allowed.has(letter))
        .map((letter) => `${entry.slug}: ${letter} in ${entry.complexity.time}, ${entry.complexity.space}`);
    });
    expect(stray).toEqual([]);
  });

  it('list no exception that is not needed, so a fixed entry leaves the list', () => {
    const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
    const unused = Object.entries(EXCEPTIONS).flatMap(([slug, { letters }]) => {
      const entry = bySlug.get(slug);
      const used = entry ? lettersOf(entry) : [];
      return letters.filter((letter) => !used.includes(letter)).map((letter) => `${slug}: ${letter}`);
    });
    expect(unused).toEqual([]);
  });

  it('are each named in the note, all but the n of the title', () => {
    const unnamed = entries.flatMap((entry) =>
      lettersOf(entry)
        .filter((letter) => letter !== 'n')
        .filter(
          (letter) =>
            !new RegExp(`(?<![A-Za-z0-9])${letter}(?![A-Za-z0-9])`).test(entry.complexity.note ?? ''),
        )
        .map((letter) => `${entry.slug}: ${letter}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('say what a tree’s height or width is at worst wherever they use one', () => {
    const silent = entries
      .filter((entry) =>
        lettersOf(entry).some(
          (letter) => TREE_SHAPE.has(letter) && !EXCEPTIONS[entry.slug]?.letters.includes(letter),
        ),
      )
      .filter((entry) => !/single path|chain|n\/2|at most/.test(entry.complexity.note ?? ''))
      .map((entry) => entry.slug);
    expect(silent).toEqual([]);
  });
});

/**
 * A count of queries named by a letter in a note ("k queries", "m query points"): the README's
 * letters call the queries over an input q whatever the page calls them, and a figure that names
 * them k reads as a parameter beside the labels' O(n + q).
 */
const QUERIES_NAMED =
  /(?<![\w'’-])([A-Za-z])(?![\w'’-])\s+(?:[a-z-]+\s+)?(?:queries|query points|questions)\b/g;

describe('the queries of the library’s notes', () => {
  it('are named q, with the page’s own letter said beside it', () => {
    const misnamed = entries.flatMap((entry) =>
      [...(entry.complexity.note ?? '').matchAll(QUERIES_NAMED)]
        .filter(([, letter]) => letter !== 'q')
        .map(([said]) => `${entry.slug}: ${said}`),
    );
    expect(misnamed).toEqual([]);
  });

  it('reads the queries of a note however it words them', () => {
    const named = (note: string) => [...note.matchAll(QUERIES_NAMED)].map(([, letter]) => letter);
    expect(named('n numbers and k queries')).toEqual(['k']);
    expect(named('m query points against n vertices')).toEqual(['m']);
    expect(named('q friendship queries (n on the page)')).toEqual(['q']);
    expect(named('a query of k letters')).toEqual([]);
  });
});
