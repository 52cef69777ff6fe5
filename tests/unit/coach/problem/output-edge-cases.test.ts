import { describe, expect, it } from 'vitest';
import { contradictedBy } from '@/lib/coach/problem/contradictions';
import { analyse } from '../../../support/statement';

/*
 * A promise about the input (n >= 1) says nothing of the values the output lists: a Gray code of
 * n bits includes the code 0 whatever n is. The bit trap about an input value of 0 needs an input
 * value that can be 0; the output's own 0 is a case of its own that no input promise rules out.
 */

const GRAY =
  'A Gray code is a list of all 2^n bit strings of length n, where any two successive strings differ in exactly one bit. Your task is to create a Gray code for a given length n. Print 2^n lines.';

describe('edge cases about values the output includes', () => {
  it('are listed for an enumeration of every n-bit value, and contradict no promise about n', () => {
    const { edgeCases } = analyse(GRAY, ['1 <= n <= 16']);
    expect(edgeCases.some((line) => /output includes/.test(line))).toBe(true);
    expect(edgeCases.flatMap((line) => contradictedBy(line, ['positive', 'non-negative']))).toEqual([]);
  });

  it('leave an input value of 0 to the input: listed when a value may be 0, ruled out by "positive" (near miss)', () => {
    const { edgeCases } = analyse(
      'You are given an array nums of integers. Return the total number of set bits over all of them, using bit operations.',
      ['1 <= nums.length <= 10^5', '0 <= nums[i] <= 10^9'],
    );
    expect(edgeCases).toContain('The value 0, which has no set bit');
    expect(contradictedBy('The value 0, which has no set bit', ['positive'])).toEqual(['positive']);
  });
});
