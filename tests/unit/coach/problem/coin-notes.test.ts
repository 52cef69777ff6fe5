import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { statementOn } from '../../../support/problem-context';

/*
 * A coin system is read where the fewest coins that pay are asked: numbers listed after the word
 * "note" in an example's explanation ("Note: take posts 1, 3 and 5") are no worths of coins.
 */

const lead = (statement: string, constraints: string[]) =>
  analyzeProblem(statementOn('codeforces', statement, constraints)).patterns[0]?.id;

describe('coins named by the word note', () => {
  it('are no coin system in an example explanation, so the recurrence over positions leads', () => {
    expect(
      lead(
        'Post i can hold a lantern of brightness b_i. No two neighbouring posts may both hold lanterns. Find the largest total brightness.\nNote: hang lanterns on posts 1, 3 and 5 in the first test case.',
        ['1 <= n <= 2 * 10^5', '1 <= b_i <= 10^9'],
      ),
    ).toBe('dynamic-programming');
  });

  it('are a coin system where the fewest notes that pay are asked', () => {
    expect(
      lead(
        'The till holds notes worth 1, 2, 5, 10, 20, 50 and 100 dollars, as many of each as needed. Pay exactly x dollars using as few notes as possible.',
        ['1 <= t <= 10^4', '1 <= x <= 10^9'],
      ),
    ).toBe('greedy');
  });
});
