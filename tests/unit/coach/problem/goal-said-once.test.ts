import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import type { ProblemContext } from '@/lib/extract/context';

/*
 * The first hint opens with the page's goal ("To find ...: ") unless the nudge already names it:
 * a search on the answer asks about "a value for" that same goal. Statements written for these tests.
 */
function page(statement: string, constraints: string[]): ProblemContext {
  return {
    kind: 'problem',
    site: 'leetcode',
    url: 'https://leetcode.com/problems/a-story/',
    id: 'a-story',
    title: 'A Story',
    statement,
    examples: [],
    constraints,
    tags: [],
    hints: [],
    source: 'dom',
  };
}

const times = (text: string, part: string) => text.split(part).length - 1;

describe('the goal in the first hint', () => {
  it('is said once where the nudge already asks about it', () => {
    const nudge = analyzeProblem(
      page(
        'A printer has a queue of jobs; pages[i] is the length of the i-th job. Each hour the printer prints the next jobs from the front of the queue, in order, as long as their total length stays within its capacity. Jobs may not be split or reordered. Return the smallest capacity that lets every job be printed within h hours.',
        ['1 <= h <= pages.length <= 5 * 10^4', '1 <= pages[i] <= 500'],
      ),
    ).hints[0]?.text;
    expect(nudge).toMatch(/a value for the smallest capacity/);
    expect(times(nudge ?? '', 'smallest capacity')).toBe(1);
  });

  it('still opens a nudge that does not name it', () => {
    const nudge = analyzeProblem(
      page(
        'Given an array nums of n integers, return the length of the longest strictly increasing subsequence.',
        ['1 <= n <= 2500', '-10^4 <= nums[i] <= 10^4'],
      ),
    ).hints[0]?.text;
    expect(nudge).toMatch(/^To find the length of the longest strictly increasing subsequence: /);
  });
});
