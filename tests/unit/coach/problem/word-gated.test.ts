import { describe, expect, it } from 'vitest';
import { gateOf } from '@/lib/coach/problem/knowledge/gate-words';
import { ONCE_SORTED } from '@/lib/coach/problem/knowledge/orders';
import { I_TH, J_TH } from '@/lib/coach/problem/pairings';
import { gatedExec, gatedTest, type WordGated, wordGated } from '@/lib/coach/problem/word-gated';

/**
 * Whether every match of the pattern holds one of the gate's words: each branch of the pattern's
 * own gate (the words regexpp reads from it) has a clause whose every word holds one of them.
 */
function sound({ pattern, words }: WordGated): boolean {
  const holds = (word: string) => words.some((gateWord) => word.includes(gateWord));
  return gateOf(pattern)?.every((branch) => branch.some((clause) => clause.every(holds))) ?? false;
}

const GATED = { ONCE_SORTED, I_TH, J_TH };

describe('word-gated reader patterns', () => {
  it.each(Object.entries(GATED))('%s is gated by words every match holds', (_, gated) => {
    expect(sound(gated)).toBe(true);
  });

  it('finds a gate unsound when a branch can match without its words', () => {
    expect(sound(wordGated(/\bsorted\b|\bin order\b/, ['sorted']))).toBe(false);
    expect(sound(wordGated(/\bsorted\b|\bin order\b/, ['sorted', ' order']))).toBe(true);
  });

  it('answers as the pattern does, with or without the words', () => {
    const texts = [
      'the array was sorted in ascending order and then rotated at an unknown pivot.',
      'the values were in increasing order.',
      'a sorted list of ids.',
      'the numbers are given in any order.',
      'nothing here.',
    ];
    for (const text of texts) expect(gatedTest(ONCE_SORTED, text)).toBe(ONCE_SORTED.pattern.test(text));
    expect(texts.map((text) => gatedTest(ONCE_SORTED, text))).toEqual([true, true, true, false, false]);
    expect(gatedExec(I_TH, 'the i-th toy goes into the j-th box.')?.[1]).toBe('toy');
    expect(gatedExec(J_TH, 'the i-th toy goes into the j-th box.')?.[1]).toBe('box');
    expect(gatedExec(I_TH, 'toys and boxes.')).toBeNull();
  });
});
