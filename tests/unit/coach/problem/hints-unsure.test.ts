import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { techniqueRungs } from '@/lib/coach/problem/hints';
import { bruteForce } from '@/lib/coach/problem/hints/unsure';
import type { HintWords } from '@/lib/coach/problem/hints/words';
import { codeIn, namedTechnique } from '@/lib/coach/problem/library/spoilers';
import { problemContext } from '../../../support/problem-context';

const WORDS: HintWords = {
  item: 'crate',
  items: 'crates',
  input: 'the crates',
  goal: 'the smallest possible difference between the two trucks',
  size: 'up to 100 crates',
  neighbours: 'four',
};

describe('the ladder when the coach is not sure of the technique', () => {
  it('names the brute force in the statement’s terms, then weighs the two candidates as questions', () => {
    const words = {
      ...WORDS,
      brute: bruteForce('every crate goes onto exactly one of two trucks', WORDS),
    };
    const rungs = techniqueRungs(undefined, words, 'O(n * k)', undefined, [
      'hash-table',
      'dynamic-programming',
    ]);
    const [nudge, approach, outline] = rungs;
    expect(nudge).toMatch(/\?$/);
    expect(namedTechnique(nudge)).toBeNull();
    expect(nudge).toMatch(/every way to split the crates/);
    // The two candidates, each as a question, named at level 2 and outlined at level 3.
    expect(approach).toMatch(/First idea, hash table: /);
    expect(approach).toMatch(/Second idea, dynamic programming: /);
    expect(approach.match(/\?/g)?.length).toBeGreaterThanOrEqual(2);
    expect(outline).toMatch(/map/);
    expect(outline).toMatch(/state/);
    expect(outline).toMatch(/O\(n \* k\)\.$/);
    for (const rung of rungs) expect(codeIn(rung), rung).toBeNull();
    expect(new Set(rungs).size).toBe(3);
  });

  it('reads the brute force from what the question is about', () => {
    expect(bruteForce('return the indices of two numbers that add up to target', WORDS)).toMatch(
      /every pair/,
    );
    expect(bruteForce('the longest substring without repeating characters', WORDS)).toMatch(
      /every stretch of the crates/,
    );
    expect(bruteForce('return every permutation of the crates', WORDS)).toMatch(/every order/);
    expect(bruteForce('every delegation needs its own translator', WORDS)).toMatch(/every way to match/);
    expect(bruteForce('every loaf goes into exactly one of two baskets', WORDS)).toMatch(
      /every way to split/,
    );
    expect(bruteForce('the fewest moves to reach the target', WORDS)).toMatch(/every sequence of moves/);
    expect(bruteForce('return the number of islands', WORDS)).toMatch(/every candidate/);
  });

  it('keeps one idea when only one candidate has a ladder', () => {
    const rungs = techniqueRungs(
      undefined,
      { ...WORDS, brute: 'trying every pair of crates' },
      'O(n)',
      undefined,
      ['design', 'greedy'],
    );
    expect(rungs[0]).toMatch(/every pair of crates/);
    expect(rungs[1]).toMatch(
      /^One idea could cut that down, greedy\. Ask whether it fits: is there a choice/,
    );
    expect(rungs[1]).not.toMatch(/Second idea/);
    expect(rungs[2]).toMatch(/With greedy: Make the locally best choice/);
    for (const rung of rungs) expect(codeIn(rung), rung).toBeNull();
  });

  it('weighs only the guesses the page points at, never one merely common among problems like it', () => {
    const { patterns, hints } = analyzeProblem(
      problemContext({
        statement:
          'A baker has `n` loaves; loaf `i` weighs `w[i]` grams. Every loaf goes into exactly one of two baskets. Return the smallest possible difference between the weights of the two baskets.',
        constraints: ['1 <= n <= 100', '1 <= w[i] <= 10^9'],
      }),
    );
    const common = patterns.filter((p) => p.baseRateOnly).map((p) => p.id.replaceAll('-', ' '));
    expect(patterns[0]?.baseRateOnly).toBe(true);
    expect(hints[0]?.text).toMatch(/every way to split the loaves/);
    for (const id of common) expect(hints[1]?.text).not.toContain(id);
  });

  it('follows what the question asks: a simulation for things that collide, a split only into two', () => {
    expect(
      bruteForce(
        'two carts on a track move toward each other; when they collide the lighter one leaves',
        WORDS,
      ),
    ).toMatch(/simulating it step by step/);
    expect(bruteForce('return how many pairs of carts can share a track', WORDS)).toMatch(
      /every pair of crates/,
    );
    expect(bruteForce('load every crate onto one of the two trucks', WORDS)).toMatch(/every way to split/);
    expect(bruteForce('divide the crates into two piles of equal weight', WORDS)).toMatch(
      /every way to split/,
    );
  });

  it('drops an idea the input cannot support and says so rather than fill its slot', () => {
    const boats =
      'Each boat carries at most two people whose weights add up to at most limit. Return the fewest boats that carry everyone.';
    const words = { ...WORDS, brute: 'trying every pair of crates', text: boats.toLowerCase() };
    const [, approach, outline] = techniqueRungs(undefined, words, 'O(n log n)', undefined, [
      'greedy',
      'breadth-first-search',
    ]);
    expect(approach).toMatch(/^One idea could cut that down, greedy\./);
    expect(`${approach} ${outline}`).not.toMatch(/breadth first search|one move/);
    const signed = 'Return the largest sum of any two values in the list of signed integers.';
    const [, none] = techniqueRungs(
      undefined,
      { ...WORDS, brute: 'trying every pair of crates', text: signed.toLowerCase() },
      'O(n)',
      undefined,
      ['string', 'trie'],
    );
    expect(none).not.toMatch(/string|characters/);
  });

  it('keeps both ideas when the input has what each needs', () => {
    const maze =
      'A robot moves one cell at a time on a grid of open and blocked cells. Return the fewest moves to reach the corner.';
    const [, approach] = techniqueRungs(
      undefined,
      { ...WORDS, brute: 'trying every sequence of moves', text: maze.toLowerCase() },
      'O(n * m)',
      undefined,
      ['breadth-first-search', 'dynamic-programming'],
    );
    expect(approach).toMatch(/First idea, breadth first search: .*Second idea, dynamic programming: /);
    const words = 'Return the longest substring of the text in which every letter appears at least k times.';
    const [, both] = techniqueRungs(
      undefined,
      { ...WORDS, brute: 'trying every stretch', text: words.toLowerCase(), kinds: ['string'] },
      'O(n)',
      undefined,
      ['sliding-window', 'string'],
    );
    expect(both).toMatch(/First idea, sliding window: .*Second idea, string: /);
  });
});
