import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { statedTime } from '@/lib/coach/problem/stated';
import { problemContext } from '../../../support/problem-context';

describe('the running time a statement demands', () => {
  it('reads the bound a statement sets for the running time, in canonical big-O', () => {
    expect(statedTime('you must write an algorithm with o(log n) runtime complexity.')).toBe('O(log n)');
    expect(statedTime('the overall run time complexity should be o(log (m+n)).')).toBe('O(log(m + n))');
    expect(statedTime('each function must run in o(1) average time.')).toBe('O(1)');
    expect(statedTime('runs in o(n) time and uses o(1) auxiliary space.')).toBe('O(n)');
  });

  it('ignores bounds on memory, bounds to beat and bounds it cannot read', () => {
    expect(statedTime('modify the input in place with o(1) extra memory.')).toBeNull();
    expect(
      statedTime('a straightforward solution uses o(mn) extra space and a better one o(m + n).'),
    ).toBeNull();
    expect(statedTime('design an algorithm that runs in less than o(n) time.')).toBeNull();
    expect(statedTime('a naive o(n^2) solution is too slow.')).toBeNull();
    expect(statedTime('an algorithm with o(sum of word lengths) runtime.')).toBeNull();
  });

  it('makes a demanded logarithmic time the target, and points at halving', () => {
    const analysis = analyzeProblem({
      kind: 'problem',
      site: 'leetcode',
      url: 'https://leetcode.com/problems/example/',
      id: 'example',
      title: 'Turning Point',
      statement:
        'An array of distinct integers rose and then fell. Return the index of its largest value. You must write an algorithm that runs in O(log n) time.',
      examples: [],
      constraints: ['3 <= nums.length <= 10^5'],
      tags: [],
      hints: [],
      source: 'dom',
    });
    expect(analysis.complexityTarget).toBe('O(log n)');
    expect(analysis.complexityReason).toContain('statement asks for O(log n)');
    expect(analysis.patterns.slice(0, 2).map((p) => p.id)).toContain('binary-search');
  });
});

describe('small bounds', () => {
  const context = (statement: string, constraints: string[]) => ({
    kind: 'problem' as const,
    site: 'leetcode' as const,
    url: 'https://leetcode.com/problems/example/',
    id: 'example',
    title: 'Example',
    statement,
    examples: [],
    constraints,
    tags: [],
    hints: [],
    source: 'dom',
  });

  it('suggest trying every choice only when the answer is a choice among candidates', () => {
    const ids = (statement: string, constraints: string[]) =>
      analyzeProblem(context(statement, constraints)).patterns.map((p) => p.id);
    expect(
      ids('Given a list of words, return those that can be typed with the letters of one keyboard row.', [
        '1 <= words.length <= 20',
      ]),
    ).not.toContain('backtracking');
    expect(
      ids('Split the weights into two groups whose totals differ as little as possible.', [
        '1 <= weights.length <= 15',
      ]),
    ).toContain('backtracking');
  });

  it('read "in order" as the order of the output, not an order to choose', () => {
    const ids = (statement: string, constraints: string[]) =>
      analyzeProblem(context(statement, constraints)).patterns.map((p) => p.id);
    const answered = ids(
      'You are given pairs rates[i] = [from_i, to_i] of currency names and queries[j] = [c_j, d_j]. Return the answers in order, or -1.0 when no chain of rates joins the two.',
      ['1 <= rates.length <= 20', '1 <= queries.length <= 20'],
    );
    expect(answered).not.toContain('backtracking');
    expect(answered).not.toContain('bit-manipulation');
    expect(
      ids('Count the orders in which the guests can be seated so that no two rivals sit side by side.', [
        '1 <= guests.length <= 8',
      ]),
    ).toContain('backtracking');
  });
});

describe('a run on a grid', () => {
  const grid = (statement: string, constraints: string[]) =>
    analyzeProblem(problemContext({ title: 'Longest Run', statement, constraints })).patterns.map(
      (p) => p.id,
    );

  it('is a path that turns corners when the walker steps between neighbouring cells: no window slides along it', () => {
    const walk = grid(
      'A field is a table h[r][c] of rows by cols plots. A skier steps from a plot to a neighbouring plot (up, down, left or right) only when it is strictly lower. Find the longest run a skier can make.',
      ['1 <= rows, cols <= 1000', '1 <= h[r][c] <= 10^9'],
    );
    expect(walk).not.toContain('sliding-window');
    const roll = grid(
      'Each tile of a floor carries a number floor[r][c]. A marble can roll onto an adjacent tile only when its number is one less. Return the longest streak of tiles a marble rolls through.',
      ['1 <= rows, cols <= 500'],
    );
    expect(roll).not.toContain('sliding-window');
  });

  it('is still a window when the question keeps it to one row', () => {
    const row = grid(
      'A panel is a table p[r][c] of rows by cols lamps, 1 lit and 0 dark. In each row you may switch on at most k dark lamps. Return the longest stretch of consecutive lit lamps within a single row.',
      ['1 <= rows, cols <= 1000', '0 <= k <= cols'],
    );
    expect(row[0]).toBe('sliding-window');
  });
});
