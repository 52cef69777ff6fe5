import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { LADDERS, techniqueRungs } from '@/lib/coach/problem/hints';
import { siteHintLevels } from '@/lib/coach/problem/hints/site';
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
      const ladder = techniqueRungs(id, 'array', 'nums');
      expect(ladder[0], id).toMatch(/\?$/);
      for (const text of ladder) expect(text, `${id}: ${text}`).not.toMatch(CODE);
    }
  });

  it('fill in the problem’s nouns', () => {
    const rungs = techniqueRungs('sliding-window', 'string', 's');
    expect(rungs.join(' ')).toContain('the string s');
    expect(rungs.join(' ')).not.toMatch(/\{(?:input|item|items)\}/);
  });

  it('are exactly three levels, with the site’s hints placed inside them', () => {
    const context: ProblemContext = {
      kind: 'problem',
      site: 'leetcode',
      url: 'https://leetcode.com/problems/x/',
      id: 'x',
      title: 'Pair Finder',
      statement: 'Return indices of the two numbers such that they add up to target.',
      examples: [],
      constraints: ['2 <= nums.length <= 10^4'],
      tags: [],
      hints: ['Try every pair first.', 'Can a map remember what you have seen?', 'Check before you store.'],
      source: 'dom',
    };
    const { hints } = analyzeProblem(context);
    expect(hints.map((h) => h.level)).toEqual([1, 2, 3]);
    expect(hints.every((h) => h.source === 'coach')).toBe(true);
    expect(hints.map((h) => h.site)).toEqual([
      ['Try every pair first.'],
      ['Can a map remember what you have seen?'],
      ['Check before you store.'],
    ]);
  });
});

describe('the site’s own hints', () => {
  it('never open the ladder when they name an algorithm or a data structure', () => {
    for (const spoiler of [
      'Use KMP-table or String Hashing',
      'Think about a hash map.',
      'Binary search on the answer.',
      'A monotonic stack helps.',
      'Try dynamic programming over prefixes.',
      'BFS from every rotten cell.',
    ]) {
      expect(siteHintLevels([spoiler])[0]?.level, spoiler).toBe(2);
    }
  });

  it('keep their order and step down the ladder, one gentle hint beside the nudge at most', () => {
    expect(siteHintLevels(['What does brute force cost?', 'Another nudge.', 'More.', 'Even more.'])).toEqual([
      { text: 'What does brute force cost?', level: 1 },
      { text: 'Another nudge.', level: 2 },
      { text: 'More.', level: 3 },
      { text: 'Even more.', level: 3 },
    ]);
    expect(siteHintLevels(['Use a heap.', 'Pop twice.']).map((h) => h.level)).toEqual([2, 3]);
    expect(siteHintLevels(['  ', ''])).toEqual([]);
  });
});
