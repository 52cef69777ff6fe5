import { describe, expect, it } from 'vitest';
import { COMPARED_PIECES } from '@/lib/coach/problem/knowledge/compared-pieces';
import { bestTotalOfFixedRun, GATHERED_BY_SWAPS } from '@/lib/coach/problem/knowledge/fixed-runs';
import { LETTER_TALLY } from '@/lib/coach/problem/knowledge/letter-tallies';
import { ONE_KIND_RUN } from '@/lib/coach/problem/knowledge/one-kind-runs';
import { analyse, panelOf } from '../../../support/statement';

/**
 * Runs of a width the page fixes (knowledge/fixed-runs.ts), letters tallied in words
 * (letter-tallies.ts), a run made one kind under a budget (one-kind-runs.ts) and two pieces of a
 * text compared (compared-pieces.ts), each in a story of its own, beside the near misses that share
 * their words: questions that name their own run, each run's extreme totalled, swaps of neighbours
 * only, halves compared letter by letter, a run asked with no changes, letters that change between
 * the comparisons.
 */
describe('the best total of a run of fixed width', () => {
  it('leads with a window over runs of any letter, however the total is asked', () => {
    const panel = panelOf(
      'A bakery sells bread for n days; on day i it sold b_i loaves. The owner will close for a holiday of exactly m adjacent days. Print the smallest total of loaves that m adjacent days can hold.',
      ['1 <= m <= n <= 2 * 10^5', '1 <= b_i <= 10^9'],
    );
    expect(panel.top).toBe('sliding-window');
    expect(panel.ids).toContain('prefix-sum');
    expect(panel.target).toBe('O(n)');
    expect(
      bestTotalOfFixedRun(
        'choose d successive readings. find the maximum possible expected value of their sum.',
      ),
    ).toBe(true);
  });

  it('leaves questions that each name their own run, and a total of each run’s extreme', () => {
    expect(
      bestTotalOfFixedRun(
        'each of q questions names p and w. print the largest total of the w adjacent crates starting at p.',
      ),
    ).toBe(false);
    expect(
      bestTotalOfFixedRun(
        'for every stretch of d consecutive days, take the lowest price. print the sum of these lowest prices.',
      ),
    ).toBe(false);
  });
});

describe('a class gathered into one block by swaps', () => {
  it('leads with a window as wide as the class, in either order of the words', () => {
    expect(
      GATHERED_BY_SWAPS.test(
        'return the minimum number of swaps so that all the blue beads sit next to each other.',
      ),
    ).toBe(true);
    expect(GATHERED_BY_SWAPS.test('group all the 1s together using the fewest swaps.')).toBe(true);
    const panel = panelOf(
      'A shelf holds n books; book i is a novel if kind[i] = 1. In one swap you may exchange any two books, wherever they stand. Return the minimum number of swaps so that all the novels stand next to each other.',
      ['1 <= n <= 10^5', 'kind[i] is 0 or 1'],
    );
    expect(panel.top).toBe('sliding-window');
  });

  it('leaves swaps of neighbours, which gather around the median', () => {
    const panel = panelOf(
      'A shelf holds n books; book i is a novel if kind[i] = 1. In one move you may swap two adjacent books. Return the minimum number of moves so that all the novels stand next to each other.',
      ['1 <= n <= 10^5', 'kind[i] is 0 or 1'],
    );
    expect(panel.top).not.toBe('sliding-window');
  });
});

describe('letters tallied in words', () => {
  it('reads the same letters the same number of times as a table of counts', () => {
    expect(
      LETTER_TALLY.test('both crates hold the same letters, each letter the same number of times.'),
    ).toBe(true);
    expect(
      LETTER_TALLY.test('every character occurs as many times in the first half as in the second half.'),
    ).toBe(true);
    const panel = panelOf(
      'A word is balanced if its left half and its right half contain the same letters, each letter equally often. Given a word s, tell whether it is balanced.',
      ['2 <= |s| <= 10^5', 's consists of lowercase English letters'],
    );
    expect(panel.top).toBe('hash-table');
    expect(panel.ids).toContain('string');
  });

  it('leaves halves compared position by position', () => {
    expect(LETTER_TALLY.test('tell whether the first half is the same string as the second half.')).toBe(
      false,
    );
    expect(LETTER_TALLY.test('the same letters appear in both words.')).toBe(false);
  });
});

describe('the longest run made one kind under a budget of changes', () => {
  it('leads with a window and a count per kind, however the one kind is said', () => {
    expect(
      ONE_KIND_RUN.test('print the longest stretch of neighbouring tiles that all share one colour.'),
    ).toBe(true);
    const panel = panelOf(
      'A necklace is a row of n beads, bead i of colour s_i (a lowercase letter). A jeweller may recolour at most k beads. Return the maximum length of a contiguous piece whose beads are all of the same colour afterwards.',
      ['1 <= n <= 10^5', '0 <= k <= n'],
    );
    expect(panel.top).toBe('sliding-window');
    expect(panel.ids).toContain('hash-table');
  });

  it('leaves a run of one kind asked with no changes, and one kind made of the whole row', () => {
    const plain = analyse(
      'A necklace is a row of n beads, bead i of colour s_i (a lowercase letter). Return the maximum length of a contiguous piece whose beads are all of the same colour.',
      ['1 <= n <= 10^5'],
    );
    expect(plain.patterns.map((pattern) => pattern.reason).join(' ')).not.toMatch(/most common kind/);
    expect(
      ONE_KIND_RUN.test('return the fewest beads to recolour so that the whole necklace has one colour.'),
    ).toBe(false);
  });
});

describe('two pieces of an unchanging text compared by questions', () => {
  const constraints = ['1 <= n, q <= 2 * 10^5', '1 <= a1 <= b1 <= n', '1 <= a2 <= b2 <= n'];

  it('leads with the text’s own hashing, not a tree over changing values', () => {
    const analysis = analyse(
      'A poem is a string p of n lowercase letters. A reader asks q questions; each gives a1, b1, a2 and b2 with b1 - a1 = b2 - a2 and asks whether the fragment p[a1..b1] is identical to the fragment p[a2..b2]. Answer each question.',
      constraints,
    );
    expect(analysis.patterns[0]?.id).toBe('string');
    expect(analysis.complexityTarget).toBe('O(n + q)');
  });

  it('leaves comparisons made between changes of letters, and a piece compared with a value', () => {
    const analysis = analyse(
      'A poem is a string p of n lowercase letters. There are q operations: "1 i c" means the letter at position i becomes c; "2 a1 b1 a2 b2" asks whether the fragment p[a1..b1] is identical to the fragment p[a2..b2] at that moment.',
      [...constraints, '1 <= i <= n'],
    );
    expect(analysis.patterns[0]?.id).not.toBe('string');
    expect(COMPARED_PIECES.test('how many elements of the segment a[l..r] are equal to x?')).toBe(false);
  });
});
