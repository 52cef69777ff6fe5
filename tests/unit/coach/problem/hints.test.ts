import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { hintLadder, LADDERS } from '@/lib/coach/problem/hints';
import { TECHNIQUE_IDS } from '@/lib/coach/problem/types';
import type { ProblemContext } from '@/lib/extract/context';

/** Things that only appear in code: braces, arrows, calls, indexing, comparisons, assignments, backticks. */
const CODE =
  /[{}`]|=>|==|!=|\w\(|\w\[|;\s*$|\b(?:for|while|if|return|def|function|const|let|var)\s*\(|\+\+|\+=|\w\s*=\s*\w/m;

describe('hint ladders', () => {
  it('give every technique three levels', () => {
    for (const id of TECHNIQUE_IDS) {
      expect(LADDERS[id], id).toHaveLength(3);
    }
  });

  it('never repeat a prompt', () => {
    const all = Object.values(LADDERS).flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('start with a question and never contain code', () => {
    for (const id of TECHNIQUE_IDS) {
      const ladder = hintLadder([], id, 'array', 'nums').map((hint) => hint.text);
      expect(ladder[0], id).toMatch(/\?$/);
      for (const text of ladder) expect(text, `${id}: ${text}`).not.toMatch(CODE);
    }
  });

  it('fill in the problem’s nouns', () => {
    const hints = hintLadder([], 'sliding-window', 'string', 's');
    expect(hints.map((h) => h.text).join(' ')).toContain('the string s');
    expect(hints.map((h) => h.text).join(' ')).not.toMatch(/\{(?:input|item|items)\}/);
  });

  it('put the site’s own hints first, then the coach’s three levels in order', () => {
    const context: ProblemContext = {
      kind: 'problem',
      site: 'leetcode',
      url: 'https://leetcode.com/problems/x/',
      id: 'x',
      title: 'Two Sum',
      statement: 'Return indices of the two numbers such that they add up to target.',
      examples: [],
      constraints: ['2 <= nums.length <= 10^4'],
      tags: [],
      hints: ['Try every pair first.', 'Can a map remember what you have seen?'],
      source: 'dom',
    };
    const { hints } = analyzeProblem(context);
    expect(hints.map((h) => h.source)).toEqual(['site', 'site', 'coach', 'coach', 'coach']);
    expect(hints[0]?.text).toBe('Try every pair first.');
    expect(hints.map((h) => h.level)).toEqual([1, 2, 3, 4, 5]);
  });
});
