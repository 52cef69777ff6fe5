import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { readAsks } from '@/lib/coach/problem/asks';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { LADDERS, techniqueRungs, type Variant } from '@/lib/coach/problem/hints';
import { siteHintLevels } from '@/lib/coach/problem/hints/site';
import { VARIANT_LADDERS, variantFor } from '@/lib/coach/problem/hints/variants';
import { type HintWords, hintWords } from '@/lib/coach/problem/hints/words';
import { codeIn, namedTechnique } from '@/lib/coach/problem/library/spoilers';
import { readShape } from '@/lib/coach/problem/shape';
import { TECHNIQUE_IDS } from '@/lib/coach/problem/types';
import type { ProblemContext } from '@/lib/extract/context';

const WORDS: HintWords = {
  item: 'building',
  items: 'buildings',
  input: 'the buildings',
  goal: 'the largest possible area of the billboard',
  size: 'up to 10^5 buildings',
  neighbours: 'four',
};
const LADDER_KEYS = [
  ...TECHNIQUE_IDS.map((id) => ({ id, variant: undefined })),
  ...Object.keys(VARIANT_LADDERS).map((variant) => ({ id: undefined, variant: variant as Variant })),
];

describe('hint ladders', () => {
  it('give every technique and every variant three levels', () => {
    for (const id of TECHNIQUE_IDS) expect(LADDERS[id], id).toHaveLength(3);
    for (const ladder of Object.values(VARIANT_LADDERS)) expect(ladder).toHaveLength(3);
  });

  it('never repeat a prompt', () => {
    const all = [...Object.values(LADDERS), ...Object.values(VARIANT_LADDERS)].flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('open with a question that names no technique, and never hold code', () => {
    for (const { id, variant } of LADDER_KEYS) {
      const ladder = techniqueRungs(id, WORDS, 'O(n)', variant, ['hash-table', 'linked-list']);
      expect(ladder[0], `${id ?? variant}`).toMatch(/\?$/);
      expect(namedTechnique(ladder[0]), `${id ?? variant}: ${ladder[0]}`).toBeNull();
      for (const text of ladder) expect(codeIn(text), `${id ?? variant}: ${text}`).toBeNull();
    }
  });

  it('are worded with the statement’s objects, aimed at what it asks, and close on the size and the cost', () => {
    const [nudge, approach, outline] = techniqueRungs('monotonic-stack', WORDS, 'O(n)');
    expect(nudge).toMatch(/^To find the largest possible area of the billboard: /);
    expect(approach).toContain('buildings');
    expect(outline).toMatch(/With up to 10\^5 buildings, that comes to O\(n\)\.$/);
    expect([nudge, approach, outline].join(' ')).not.toMatch(/\{(?:input|item|items|structures)\}/);
  });

  it('drop the statement’s words from the nudge when they would name a technique', () => {
    const [nudge] = techniqueRungs('prefix-sum', { ...WORDS, goal: 'the sum of every prefix' }, 'O(n)');
    expect(nudge).not.toContain('prefix');
  });
});

describe('the statement’s own words', () => {
  const words = (statement: string, constraints: string[]) => {
    const facts = parseConstraints(constraints, statement);
    return hintWords(
      facts,
      readShape(facts, undefined, statement.toLowerCase()).shape,
      'array',
      statement,
      undefined,
    );
  };

  it('name the items as the statement counts them and quote what it asks for', () => {
    const found = words(
      'A street has n buildings in a row; building i has height h_i. Return the largest possible area of the billboard.',
      ['1 <= n <= 10^5', '1 <= h_i <= 10^9'],
    );
    expect(found).toMatchObject({ item: 'building', items: 'buildings', input: 'the buildings' });
    expect(found.goal).toBe('the largest possible area of the billboard');
    expect(found.size).toBe('up to 10^5 buildings');
  });

  it('never quote code as the goal', () => {
    expect(
      words('Return nums[i] + nums[j] for the best pair.', ['1 <= nums.length <= 10^5']).goal,
    ).toBeNull();
  });

  it('call a grid’s items cells, however the grid is read', () => {
    const facts = parseConstraints(['m == grid.length', 'n == grid[i].length', '1 <= m, n <= 300'], '');
    const found = hintWords(
      facts,
      readShape(facts, undefined, '').shape,
      'matrix',
      'Return the number of islands.',
      'grid',
    );
    expect(found).toMatchObject({ items: 'cells', size: 'up to 9 * 10^4 cells' });
  });
});

describe('ladder variants', () => {
  const asks = (body: string) => readAsks(body);
  it('follow what the statement asks: a sweep or a sort, sorted data or the answers, subsets or orders', () => {
    expect(variantFor(['greedy'], asks('reach the last index'), false, false)).toBe('greedy-sweep');
    expect(variantFor(['greedy', 'sorting'], asks('the most meetings'), false, false)).toBe('greedy-sorted');
    expect(variantFor(['binary-search'], asks('return the index of target'), false, true)).toBe(
      'search-sorted',
    );
    expect(
      variantFor(['binary-search'], asks('the least capacity that lets every package leave'), false, false),
    ).toBe('search-answer');
    expect(variantFor(['backtracking'], asks('return all possible subsets'), false, false)).toBe(
      'enumerate-subsets',
    );
    expect(variantFor(['backtracking'], asks('return every possible ordering'), false, false)).toBe(
      'enumerate-orders',
    );
    expect(
      variantFor(['hash-table', 'linked-list', 'design'], asks('implement the cache'), true, false),
    ).toBe('design-structures');
  });

  it('take the classic shape the question retells, and only where it retells it', () => {
    const rotated =
      'the list was once in increasing order, but a block from the front was moved to the back. return the index of want.';
    expect(variantFor(['binary-search'], asks(rotated), false, false)).toBe('search-rotated');
    expect(
      variantFor(['binary-search'], asks('the least capacity that lets every package leave'), false, false),
    ).toBe('search-answer');
    const boats =
      'each boat moves left or right at the same speed. when two boats meet, the lighter one sinks; equal ones both sink.';
    expect(variantFor(['stack'], asks(boats), false, false)).toBe('meet-and-cancel');
    const bars =
      'for every bar, find how far its rectangle can grow to the left and to the right before its edge meets a shorter bar.';
    expect(variantFor(['stack'], asks(bars), false, false)).toBeUndefined();
    const median = 'after each mark arrives, print the median of all the marks so far.';
    expect(variantFor(['heap-priority-queue'], asks(median), false, false)).toBe('two-heaps');
    expect(
      variantFor(
        ['heap-priority-queue'],
        asks('print the median of every window of k marks so far'),
        false,
        false,
      ),
    ).toBeUndefined();
    const others =
      'for each field, return the product of the yields of all the other fields, without division.';
    expect(variantFor(['prefix-sum'], asks(others), false, false)).toBe('both-ends');
    const streak = 'return the longest run of consecutive integers present in the list, in any order.';
    expect(variantFor(['hash-table'], asks(streak), false, false)).toBe('value-runs');
    const edits =
      'turn word a into word b: one step inserts a letter, deletes one or replaces one. return the fewest steps.';
    expect(variantFor(['dynamic-programming'], asks(edits), false, false)).toBe('table-edits');
    const packs =
      'crates of each kind can be bought any number of times. return the least cost to get at least need kilograms.';
    expect(variantFor(['dynamic-programming'], asks(packs), false, false)).toBe('table-amounts');
    const fractions = `${packs} paint may also be bought by the litre.`;
    expect(variantFor(['dynamic-programming'], asks(fractions), false, false)).toBeUndefined();
  });
});

describe('assembled ladders', () => {
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
