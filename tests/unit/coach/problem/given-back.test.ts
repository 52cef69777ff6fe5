import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { readGreedyChoice } from '@/lib/coach/problem/greedy-choices';
import { statementOn } from '../../../support/problem-context';

/** The reading over a statement, lower-cased as the scene's body is. */
const shapeOf = (statement: string) => readGreedyChoice(statement.toLowerCase())?.shape ?? null;
const analysed = (statement: string) =>
  analyzeProblem(statementOn('codeforces', statement, ['1 <= n <= 2 * 10^5', '-10^9 <= a_i <= 10^9']), null);

const FERRY =
  'A ferry calls at n piers one after another and never turns back. At pier i the captain may either load the crate waiting there, which changes the fuel in the tank by a_i (a crate of spare fuel is positive, a heavy crate negative), or sail on. The fuel must never drop below zero. Find the largest number of crates the ferry can load.';
// Near misses: the same walk with neighbours barred (a DP), or with nothing chosen (a running minimum).
const NO_TWO_IN_A_ROW = FERRY.replace(
  'The fuel must',
  'No two neighbouring crates may both be loaded. The fuel must',
);
const NOTHING_CHOSEN =
  'A ferry calls at n piers one after another; at pier i the fuel changes by a_i, which may be negative. Find the least starting fuel so that it never drops below zero.';

describe('each item met taken or passed, a running amount kept above zero', () => {
  it('reads the walk, and leads with the heap of losses taken at O(n log n)', () => {
    expect(shapeOf(FERRY)).toBe('regret');
    const ferry = analysed(FERRY);
    expect(ferry.patterns.slice(0, 2).map((p) => p.id)).toEqual(['heap-priority-queue', 'greedy']);
    expect(ferry.complexityTarget).toBe('O(n log n)');
    const [first, , third] = ferry.hints.map((h) => h.text);
    expect(first).not.toMatch(/\b(?:greedy|heaps?|sort\w*|dynamic)\b/i);
    expect(third).toContain('min-heap');
  });

  it('stands down where neighbours are barred or nothing is chosen', () => {
    expect(shapeOf(NO_TWO_IN_A_ROW)).toBeNull();
    expect(shapeOf(NOTHING_CHOSEN)).toBeNull();
  });
});
