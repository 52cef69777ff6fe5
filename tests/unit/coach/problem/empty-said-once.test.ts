import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { emptySaidOnce } from '@/lib/coach/problem/stated-traps';
import type { ProblemContext } from '@/lib/extract/context';

/*
 * A class whose page says what a call returns on an empty structure has that case quoted in its
 * own words; the generic "Operations called on an empty structure" would say it again. Statements
 * written for these tests.
 */
function page(statement: string): ProblemContext {
  return {
    kind: 'problem',
    site: 'leetcode',
    url: 'https://leetcode.com/problems/a-story/',
    id: 'a-story',
    title: 'A Story',
    statement,
    examples: [],
    constraints: ['1 <= id <= 10^9', 'At most 10^5 calls will be made to join and serve.'],
    tags: [],
    hints: [],
    source: 'dom',
  };
}

const EMPTY_CALLS = 'Operations called on an empty structure';
const line = (serve: string) =>
  `Implement the TicketLine class:\n\nTicketLine() starts with an empty line.\n\nvoid join(int id) adds a customer at the back of the line.\n\nint serve() ${serve}`;

describe('the empty structure', () => {
  it('is said once, in the page’s words, where the page gives its rule', () => {
    const edges = analyzeProblem(
      page(
        line(
          'removes the customer at the front of the line and returns their id, or -1 if the line is empty.',
        ),
      ),
    ).edgeCases;
    expect(edges).toContain('If the line is empty: return -1, as the statement says');
    expect(edges).not.toContain(EMPTY_CALLS);
  });

  it('keeps the generic case where the page is silent on it', () => {
    expect(
      emptySaidOnce([EMPTY_CALLS, 'No valid answer exists: return -1, as the statement says']),
    ).toContain(EMPTY_CALLS);
    expect(emptySaidOnce(['If nobody is waiting: return -1, as the statement says', EMPTY_CALLS])).toEqual([
      'If nobody is waiting: return -1, as the statement says',
    ]);
  });
});
