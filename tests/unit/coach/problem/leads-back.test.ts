import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/**
 * "Ends up back at its own" is a cycle only where the page links its items to one another: bikes
 * that end up in their own racks and pages that end up holding the same text are no graph.
 */
/** Whether the page is read as a walk that meets an item still on its own path. */
function readsCycle(statement: string, constraints: string[]): boolean {
  return analyzeProblem(problemContext({ statement, constraints })).patterns.some(
    (p) => p.id === 'depth-first-search' && /leads back is a cycle/.test(p.reason),
  );
}

describe('a chain that leads back to where it began', () => {
  it('is a cycle in a graph where the items refer to one another', () => {
    for (const statement of [
      'A sheet has n cells; a cell holds a number or a formula that refers to other cells. Decide whether some cell ends up using its own value, directly or through other cells.',
      'Each of n tasks depends directly or indirectly on itself or on others as listed; the i-th line lists the tasks task i depends on. Print YES when some task depends on itself.',
    ])
      expect(readsCycle(statement, ['1 <= n <= 10^5']), statement).toBe(true);
  });

  it('is no graph where the same words tell of things ending up in their places (near misses)', () => {
    for (const statement of [
      'A station has n free racks at positions r_1, ..., r_n and n returned bikes at positions b_1, ..., b_n. Moving a bike by one unit costs one coin, and every bike must end up in its own rack. Find the least total cost.',
      'A typewriter has a key # that removes the last letter typed. Two clerks typed the keystrokes S and T. Decide whether the two pages end up holding the same text.',
    ])
      expect(readsCycle(statement, ['1 <= n <= 2 * 10^5', '1 <= |S|, |T| <= 10^5']), statement).toBe(false);
  });
});
