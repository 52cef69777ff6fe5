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
        constraints: ['1 <= n <= 100', '1 <= w[i] <= 1000'],
      }),
    );
    const common = patterns.filter((p) => p.baseRateOnly).map((p) => p.id.replaceAll('-', ' '));
    expect(patterns[0]?.baseRateOnly).toBe(true);
    expect(hints[0]?.text).toMatch(/every way to split the loaves/);
    for (const id of common) expect(hints[1]?.text).not.toContain(id);
  });
});
