import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { statedTime } from '@/lib/coach/problem/stated';

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
});
