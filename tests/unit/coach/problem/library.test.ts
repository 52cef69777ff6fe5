import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { alongsideNotes } from '@/lib/coach/problem/library/apply';
import { sameBigO } from '@/lib/coach/problem/library/complexity-steps';
import {
  findInLibrary,
  type LibraryIndexItem,
  normaliseTitle,
  problemUrl,
} from '@/lib/coach/problem/library/lookup';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import type { Grounds, TechniqueGuess } from '@/lib/coach/problem/types';
import type { ProblemContext } from '@/lib/extract/context';
import { titleFromSlug } from '@/lib/extract/title-from-slug';

const INDEX: LibraryIndexItem[] = [
  { slug: 'two-sum', neetcodeSlug: 'two-integer-sum', title: 'Two Sum', aliases: ['Key Pair'] },
  { slug: 'contains-duplicate', title: 'Contains Duplicate', aliases: [] },
  {
    slug: 'best-time-to-buy-and-sell-stock',
    title: 'Best Time to Buy and Sell Stock',
    aliases: ['Stock Buy & Sell (One Transaction)'],
  },
];

const page = (site: ProblemContext['site'], id: string, title: string) => ({ site, id, title });

describe('finding a problem in the library', () => {
  it('matches LeetCode (both sites share slugs) by slug only, whatever the page calls it', () => {
    expect(findInLibrary(INDEX, page('leetcode', 'two-sum', '1. Two Sum'))?.slug).toBe('two-sum');
    expect(findInLibrary(INDEX, page('leetcode', 'two-sum-iv', 'Two Sum'))).toBeUndefined();
  });

  it("matches NeetCode by its own slug where it differs, else by LeetCode's", () => {
    expect(findInLibrary(INDEX, page('neetcode', 'two-integer-sum', 'Two Integer Sum'))?.slug).toBe(
      'two-sum',
    );
    expect(findInLibrary(INDEX, page('neetcode', 'contains-duplicate', 'Duplicate Integer'))?.slug).toBe(
      'contains-duplicate',
    );
    expect(findInLibrary(INDEX, page('neetcode', 'two-sum', 'Two Sum'))?.slug).toBe('two-sum');
  });

  it('matches other sites by title or alias, ignoring numbering, case and punctuation', () => {
    expect(findInLibrary(INDEX, page('geeksforgeeks', 'key-pair5616', 'Key Pair'))?.slug).toBe('two-sum');
    expect(findInLibrary(INDEX, page('hackerrank', 'x', '121. best time to buy and sell stock'))?.slug).toBe(
      'best-time-to-buy-and-sell-stock',
    );
    expect(findInLibrary(INDEX, page('generic', 'x', 'Stock Buy and Sell (One Transaction)'))?.slug).toBe(
      'best-time-to-buy-and-sell-stock',
    );
    expect(findInLibrary(INDEX, page('codeforces', '1/A', 'Two Buttons'))).toBeUndefined();
  });

  it("ignores articles and a HackerRank topic before the name, but not a name's own words", () => {
    expect(findInLibrary(INDEX, page('geeksforgeeks', 'x', 'Check if an Array Contains a Duplicate'))).toBe(
      undefined,
    );
    expect(findInLibrary(INDEX, page('geeksforgeeks', 'x', 'The Contains Duplicate'))?.slug).toBe(
      'contains-duplicate',
    );
    expect(findInLibrary(INDEX, page('hackerrank', 'x', 'Hash Tables: Key Pair'))?.slug).toBe('two-sum');
    expect(findInLibrary(INDEX, page('hackerrank', 'x', 'Arrays: Two Sum Again'))).toBeUndefined();
  });

  it('normalises the spellings sites use', () => {
    expect(normaliseTitle('1155.Number of Dice Rolls With Target Sum')).toBe(
      'number of dice rolls with target sum',
    );
    expect(normaliseTitle('#42 Trapping Rain Water')).toBe('trapping rain water');
    expect(normaliseTitle('Pacific–Atlantic Water Flow')).toBe('pacific atlantic water flow');
    expect(normaliseTitle('3Sum')).toBe('3 sum');
    expect(normaliseTitle('Diameter of a Binary Tree')).toBe(normaliseTitle('Diameter of Binary Tree'));
  });

  it("matches a problem LeetCode lacks on its own judge by that judge's task id, and links there", () => {
    const projects: LibraryIndexItem = {
      slug: 'cses-projects',
      home: { site: 'cses', id: '1140', url: 'https://cses.fi/problemset/task/1140' },
      title: 'Projects',
      aliases: [],
    };
    const index = [...INDEX, projects];
    expect(findInLibrary(index, page('cses', '1140', 'Any Title'))?.slug).toBe('cses-projects');
    expect(findInLibrary(index, page('cses', '1141', 'Playlist'))).toBeUndefined();
    // Its slug is ours, not LeetCode's or NeetCode's: no page there is this problem by slug.
    expect(findInLibrary(index, page('leetcode', 'cses-projects', 'Projects'))).toBeUndefined();
    expect(findInLibrary(index, page('neetcode', 'cses-projects', 'Nothing'))).toBeUndefined();
    // Its plain title claims no other site's page; an alias written for it does.
    expect(findInLibrary(index, page('hackerrank', 'projects', 'Projects'))).toBeUndefined();
    const aliased = { ...projects, aliases: ['Weighted Job Scheduling'] };
    expect(findInLibrary([aliased], page('geeksforgeeks', 'x', 'Weighted Job Scheduling'))?.slug).toBe(
      'cses-projects',
    );
    expect(problemUrl(projects)).toBe('https://cses.fi/problemset/task/1140');
    expect(problemUrl({ slug: 'two-sum' })).toBe('https://leetcode.com/problems/two-sum/');
  });

  it('names a related problem from its slug while its entry is still to be written', () => {
    expect(titleFromSlug('two-sum-ii-input-array-is-sorted')).toBe('Two Sum II Input Array Is Sorted');
    expect(titleFromSlug('best-time-to-buy-and-sell-stock')).toBe('Best Time To Buy And Sell Stock');
    expect(titleFromSlug('game-play-analysis-iv')).toBe('Game Play Analysis IV');
    expect(titleFromSlug('next-larger-element-1587115620')).toBe('Next Larger Element');
    expect(titleFromSlug('weather-observation-station-5')).toBe('Weather Observation Station 5');
  });
});

describe('coaching from the library', () => {
  const library = loadLibrary();
  const twoSum: ProblemContext = {
    kind: 'problem',
    site: 'leetcode',
    url: 'https://leetcode.com/problems/two-sum/',
    id: 'two-sum',
    title: 'Two Sum',
    statement:
      'Given an array of integers nums and an integer target, return indices of the two numbers such that they add up to target.',
    examples: [],
    constraints: ['2 <= nums.length <= 10^4', '-10^9 <= nums[i] <= 10^9', 'Only one valid answer exists.'],
    tags: ['Array', 'Hash Table'],
    hints: ['A really brute force way would be to search for all possible pairs.', 'Use a hash map.'],
    source: 'dom',
  };

  it('reads every entry of the directory', () => {
    expect(library.index.map((item) => item.slug)).toContain('two-sum');
  });

  it('takes techniques, expected complexity, insight, hints and the rest from the entry, the limits from the page', () => {
    const match = library.match(twoSum);
    expect(match?.entry.slug).toBe('two-sum');
    const analysis = analyzeProblem(twoSum, match);
    const entry = match?.entry;
    expect(analysis.source).toBe('library');
    expect(analysis.library).toEqual({ slug: 'two-sum', title: 'Two Sum' });
    const notes = entry?.techniques ?? [];
    expect(analysis.patterns.slice(0, notes.length).map((p) => p.id)).toEqual(notes);
    expect(analysis.techniqueSure).toBe(true);
    expect(analysis.complexityTarget).toBe(entry?.complexity.time);
    expect(analysis.complexityLimitReason).toContain('10^4');
    expect(analysis.keyInsight).toBe(entry?.keyInsight);
    expect(analysis.pitfalls).toEqual(entry?.pitfalls);
    expect(analysis.followUps).toEqual(entry?.followUps);
    expect(analysis.hints.map((h) => h.text)).toEqual(entry?.hints);
    expect(analysis.hints.every((h) => h.source === 'library')).toBe(true);
    expect(analysis.related.map((r) => r.slug)).toEqual(entry?.related.map((r) => r.slug));
    for (const related of analysis.related) expect(related.title.length).toBeGreaterThan(2);
  });

  it('still keeps the site hint that names a data structure away from level 1', () => {
    const analysis = analyzeProblem(twoSum, library.match(twoSum));
    expect(analysis.hints[0]?.site).toEqual([
      'A really brute force way would be to search for all possible pairs.',
    ]);
    expect(analysis.hints[1]?.site).toEqual(['Use a hash map.']);
  });

  it("names only the notes' techniques when the statement merely looks like other methods", () => {
    const match = library.match(twoSum);
    const analysis = analyzeProblem(twoSum, match);
    const [notes, ...read] = analysis.patterns;
    expect(notes?.id).toBe('hash-table');
    // The statement alone reads more candidates than the notes name; none has the page behind it.
    const own = analyzeProblem({ ...twoSum, id: 'unknown', title: 'Unknown' }).patterns;
    expect(own.filter((p) => p.id !== 'hash-table').length).toBeGreaterThan(1);
    for (const guess of read) {
      expect(guess.reason).toMatch(/^Read from the statement, beside Sparring's notes: /);
      expect(guess.grounds?.tagged || guess.grounds?.stated || (guess.grounds?.statement ?? 0) >= 2).toBe(
        true,
      );
    }
    // The notes' method keeps its traps; a statement's candidate brings none of its own.
    expect(analyzeProblem(twoSum, match).edgeCases).toEqual(analysis.edgeCases);
  });

  it("adds after the notes, up to three, only a method the page's own words name", () => {
    const grounds = (more: Partial<Grounds>): Grounds => ({
      statement: 0,
      title: 0,
      tagged: false,
      modelFirst: false,
      stated: false,
      bounds: false,
      ...more,
    });
    const notes = ['union-find', 'graph', 'depth-first-search'].map((id, i) => ({
      id: id as TechniqueGuess['id'],
      confidence: i === 0 ? 1 : 0.9,
      reason: 'notes',
    }));
    const tagged = {
      id: 'breadth-first-search' as const,
      confidence: 0.8,
      reason: 'a walk',
      grounds: grounds({ tagged: true }),
    };
    const onePhrase = {
      id: 'sorting' as const,
      confidence: 0.7,
      reason: 'sorted',
      grounds: grounds({ statement: 1 }),
    };
    const titleOnly = {
      id: 'trie' as const,
      confidence: 0.9,
      reason: 'a prefix',
      grounds: grounds({ title: 1 }),
    };
    const modelOnly = {
      id: 'heap-priority-queue' as const,
      confidence: 0.9,
      reason: 'words',
      grounds: grounds({ modelFirst: true }),
    };
    const baseRate = {
      id: 'greedy' as const,
      confidence: 0.9,
      reason: 'common',
      baseRateOnly: true as const,
    };
    const read = [titleOnly, modelOnly, baseRate, tagged, onePhrase];
    expect(alongsideNotes(notes, read)).toEqual(notes);
    expect(alongsideNotes(notes.slice(0, 2), read).map((g) => g.id)).toEqual([
      'union-find',
      'graph',
      'breadth-first-search',
    ]);
    const added = alongsideNotes(notes.slice(0, 1), [...notes.slice(1, 2), ...read]);
    expect(added.map((g) => g.id)).toEqual(['union-find', 'breadth-first-search', 'sorting']);
    expect(added.slice(1).every((g) => g.besideNotes && g.confidence <= 0.5)).toBe(true);
    expect(alongsideNotes(notes.slice(0, 1), [titleOnly, modelOnly, baseRate])).toEqual(notes.slice(0, 1));
  });

  it('reads the statement when the library does not know the problem', () => {
    const other = { ...twoSum, id: 'some-new-problem', title: 'Some New Problem' };
    expect(library.match(other)).toBeNull();
    const analysis = analyzeProblem(other, library.match(other));
    expect(analysis).toMatchObject({ source: 'statement', library: null, keyInsight: null, related: [] });
  });
});

describe('titles from any page', () => {
  it('normalise without throwing and never match an empty title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (title) => {
        const normalised = normaliseTitle(title);
        expect(normalised).toBe(normalised.trim());
        if (!normalised) expect(findInLibrary(INDEX, { site: 'generic', id: 'x', title })).toBeUndefined();
      }),
    );
  });
});

describe('comparing complexities written in different letters', () => {
  it('agrees on the same bound whatever the order of factors or the multiplication sign', () => {
    expect(sameBigO('O(m * n)', 'O(n * m)')).toBe(true);
    expect(sameBigO('O(m·n)', 'O(n * m)')).toBe(true);
    expect(sameBigO('O((n + q) log n)', 'O(q log n + n log n)')).toBe(true);
  });

  it("keeps the coach's letters apart: a second list is not a count of queries", () => {
    expect(sameBigO('O(n + m)', 'O(n + q)', true)).toBe(false);
    expect(sameBigO('O(n)', 'O(m)', true)).toBe(false);
  });

  it("lets a note's own letter stand for the coach letter it names, one for one", () => {
    expect(sameBigO('O(L)', 'O(m)')).toBe(false);
    expect(sameBigO('O(L)', 'O(m)', true)).toBe(true);
    expect(sameBigO('O(N log k)', 'O(n log k)', true)).toBe(true);
    expect(sameBigO('O(S + L)', 'O(n + m)', true)).toBe(true);
    expect(sameBigO('O(S * L)', 'O(n + m)', true)).toBe(false);
    expect(sameBigO('O(S + L)', 'O(n)', true)).toBe(false);
  });
});
