import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

const problem = problemContext;

describe('analyzeProblem techniques', () => {
  it('finds a sliding window in "longest substring without repeating characters", citing the words', () => {
    const analysis = analyzeProblem(
      problem({
        title: 'Longest Substring Without Repeating Characters',
        statement: 'Given a string s, find the length of the longest substring without repeating characters.',
        constraints: ['0 <= s.length <= 5 * 10^4'],
      }),
    );
    expect(analysis.patterns[0]?.id).toBe('sliding-window');
    expect(analysis.patterns[0]?.reason).toContain('longest substring');
  });

  it('ranks the site’s own tags high and says so', () => {
    const analysis = analyzeProblem(
      problem({ title: 'Some Puzzle', statement: 'Find the answer for the array.', tags: ['Union Find'] }),
    );
    const top = analysis.patterns[0];
    expect(top?.id).toBe('union-find');
    expect(top?.reason).toContain('the site tags it "Union Find"');
  });

  it('recognises trees, prerequisites and weighted routes from their words', () => {
    const ids = (statement: string) =>
      analyzeProblem(problem({ statement }))
        .patterns.slice(0, 3)
        .map((p) => p.id);
    expect(ids('Given the root of a binary tree, return its level order traversal.')).toEqual(
      expect.arrayContaining(['binary-tree', 'breadth-first-search']),
    );
    expect(ids('Course b is a prerequisite of course a. Can you finish all courses?')).toContain(
      'topological-sort',
    );
    expect(ids('Find the cheapest flights from src to dst with at most k stops.')).toContain('shortest-path');
  });

  it('reads phrases across inline code: "Implement the `LRUCache` class" is a design task', () => {
    const { patterns } = analyzeProblem(
      problem({
        statement: 'Implement the `LRUCache` class:\n\n`LRUCache(int capacity)` sets its capacity.',
      }),
    );
    expect(patterns.map((p) => p.id)).toContain('design');
    expect(patterns.find((p) => p.id === 'design')?.reason).toContain('implement the lrucache class');
  });

  it('adds the stack a monotonic stack implies, ranked below it', () => {
    const ids = analyzeProblem(
      problem({ statement: 'For each day, return how many days until the next greater temperature.' }),
    ).patterns.map((p) => p.id);
    expect(ids).toContain('monotonic-stack');
    expect(ids).toContain('stack');
    expect(ids.indexOf('monotonic-stack')).toBeLessThan(ids.indexOf('stack'));
  });

  it('suggests a priority queue for weighted shortest paths, not for moves that all cost the same', () => {
    const ids = (statement: string) =>
      analyzeProblem(problem({ statement, tags: ['Shortest Path', 'Graph'] })).patterns.map((p) => p.id);
    expect(ids('Roads have lengths w_i. Find the cheapest route from city 1 to city n.')).toContain(
      'heap-priority-queue',
    );
    expect(
      ids('In one move the robot steps to a free cell. Find the minimum number of moves.'),
    ).not.toContain('heap-priority-queue');
  });

  it('keeps confidences between 0 and 1, highest first', () => {
    const { patterns } = analyzeProblem(
      problem({ statement: 'Return the kth largest element of the sorted array using a heap.' }),
    );
    expect(patterns.length).toBeGreaterThan(1);
    for (const [index, pattern] of patterns.entries()) {
      expect(pattern.confidence).toBeGreaterThan(0);
      expect(pattern.confidence).toBeLessThanOrEqual(1);
      if (index > 0) expect(pattern.confidence).toBeLessThanOrEqual(patterns[index - 1]?.confidence ?? 1);
    }
  });
});

describe('analyzeProblem edge cases', () => {
  it('lists a tree that is one long path for tree input', () => {
    const { edgeCases } = analyzeProblem(
      problem({ statement: 'Given the root of a binary tree, return its depth.' }),
    );
    expect(edgeCases.join('\n')).toMatch(/one long path/);
  });

  it('lists touching intervals for interval input', () => {
    const { edgeCases } = analyzeProblem(problem({ statement: 'Merge all overlapping intervals.' }));
    expect(edgeCases.join('\n')).toMatch(/only touch/);
  });

  it('derives empty input, negatives and overflow from the constraints', () => {
    const { edgeCases } = analyzeProblem(
      problem({
        statement: 'Given an integer array nums, return the largest sum.',
        constraints: ['0 <= nums.length <= 10^5', '-10^9 <= nums[i] <= 10^9'],
      }),
    );
    const text = edgeCases.join('\n');
    expect(text).toMatch(/nums\.length can be 0/);
    expect(text).toMatch(/Negative values/);
    expect(text).toMatch(/2\^31/);
  });

  it('drops duplicate checks when the statement promises distinct values', () => {
    const { edgeCases } = analyzeProblem(
      problem({ statement: 'Given an array nums. All the values of nums are unique.' }),
    );
    expect(edgeCases.some((item) => item.startsWith('Duplicates'))).toBe(false);
  });
});
