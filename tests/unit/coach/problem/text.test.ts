import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '@/lib/coach';
import { problemFromText } from '@/lib/coach/text';

const POSTING = `Senior Backend Engineer
About the role
We are hiring a senior engineer to join our payments team. You will own services end to end.
Requirements:
- 5+ years of experience building backend services in Go or Java
- Experience with PostgreSQL and Kafka
Benefits: remote friendly, equity, salary range on request.`;

const PROBLEM = `Longest Substring Without Repeating Characters
Given a string s, find the length of the longest substring without repeating characters.
Example 1:
Input: s = "abcabcbb"
Output: 3
Explanation: The answer is "abc".
Constraints:
0 <= s.length <= 5 * 10^4
Hint 1: Try a window.`;

describe('analyzeText', () => {
  it('reads a pasted statement as a problem and runs the same analysis', () => {
    const { context, result } = analyzeText(PROBLEM);
    expect(context.kind).toBe('problem');
    expect(result.kind).toBe('problem');
    if (result.kind !== 'problem') return;
    expect(result.analysis.patterns[0]?.id).toBe('sliding-window');
    expect(result.analysis.complexityTarget).toBe('O(n)');
    expect(result.analysis.complexityLimit).toBe('O(n log n)');
    // The pasted hint names the technique, so it waits beside the approach, not the nudge.
    expect(result.analysis.hints).toHaveLength(3);
    expect(result.analysis.hints[1]?.site).toEqual(['Try a window.']);
  });

  it('reads a pasted posting as a job', () => {
    const { context, result } = analyzeText(POSTING, { today: new Date('2025-01-06') });
    expect(context.kind).toBe('job');
    expect(result.kind).toBe('job');
    if (result.kind !== 'job') return;
    expect(result.analysis.seniority).toBe('senior');
  });

  it('splits examples and constraints out of the pasted text', () => {
    const context = problemFromText(PROBLEM);
    expect(context.examples[0]).toMatchObject({ input: 's = "abcabcbb"', output: '3' });
    expect(context.constraints).toEqual(['0 <= s.length <= 5 * 10^4']);
  });

  it('has nothing to say about blocked or empty pages', () => {
    expect(analyze({ kind: 'none', url: 'https://example.com/', title: 'Home' })).toBeNull();
    expect(
      analyze({ kind: 'blocked', site: 'hackerrank', url: 'https://x/', reason: 'assessment' }),
    ).toBeNull();
  });
});
