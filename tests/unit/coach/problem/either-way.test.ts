import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { readGreedyChoice } from '@/lib/coach/problem/greedy-choices';
import { statementOn } from '../../../support/problem-context';

/** The reading over a statement, lower-cased as the scene's body is. */
const shapeOf = (statement: string) => readGreedyChoice(statement.toLowerCase())?.shape ?? null;
const analysed = (statement: string, constraints = ['1 <= n <= 2 * 10^5', '1 <= a_i <= 10^9']) =>
  analyzeProblem(statementOn('codeforces', statement, constraints), null);

const LAMP_POSTS =
  'A street has n lamp posts of heights a_i. Every post must be adjusted once: it is either raised by d metres or lowered by d metres. Find the smallest possible difference between the tallest and the shortest post afterwards.';
const CREWS =
  'A ferry company has 2n sailors and two ports. Sailor i is paid wage[i][0] to serve at the east port or wage[i][1] to serve at the west port. Each port needs exactly n sailors. Find the least total wage.';
const BANNERS =
  'Along a fence n poles stand at x_i, in the order of increasing x_i. A banner of length h_i hangs from pole i over [x_i - h_i, x_i] or over [x_i, x_i + h_i], or stays furled; no point of the fence may hold two banners or a banner and a pole. Find the largest number of banners hung.';

// Near misses: the same two options, but counted, tied to the neighbours, or repeated as moves.
// Each is the positive above with one clause changed, so the clause is what stands the reading down.
const COUNTED = BANNERS.replace(
  'Find the largest number of banners hung.',
  'Count the largest sets of banners that can hang together, modulo 998244353.',
);
const PAINTED =
  'A fence has 2n posts. Post i costs a_i to paint red or b_i to paint blue, and exactly n posts of each colour must be painted. Find the least total cost.';
const TIED = PAINTED.replace('Find', 'No three consecutive posts may share a colour. Find');
const REPEATED = LAMP_POSTS.replace('Every post must be adjusted once: it is', 'In one operation a post is');

describe('every item takes one of two options, the best over all of them asked', () => {
  it('reads each shape from the two options and the question', () => {
    expect(shapeOf(LAMP_POSTS)).toBe('shifted');
    expect(shapeOf(CREWS)).toBe('halves');
    expect(shapeOf(BANNERS)).toBe('sides');
  });

  it('leads with greedy at the cost of its sort, or one pass where the items come in order', () => {
    const posts = analysed(LAMP_POSTS);
    expect(posts.patterns.slice(0, 2).map((p) => p.id)).toEqual(['greedy', 'sorting']);
    expect(posts.complexityTarget).toBe('O(n log n)');
    const crews = analysed(CREWS);
    expect(crews.patterns.slice(0, 2).map((p) => p.id)).toEqual(['greedy', 'sorting']);
    expect(crews.complexityTarget).toBe('O(n log n)');
    const banners = analysed(BANNERS);
    expect(banners.patterns[0]?.id).toBe('greedy');
    expect(banners.complexityTarget).toBe('O(n)');
  });

  it('coaches from the page: the first rung names no technique', () => {
    for (const statement of [LAMP_POSTS, CREWS, BANNERS]) {
      const [first, , third] = analysed(statement).hints.map((h) => h.text);
      expect(first).not.toMatch(/\b(?:greedy|sort\w*|heaps?|dynamic)\b/i);
      expect(third?.length ?? 0).toBeGreaterThan(40);
    }
  });

  it('stands down where the options are counted, tied to the neighbours or repeated as moves', () => {
    expect(shapeOf(PAINTED)).toBe('halves');
    expect(shapeOf(COUNTED)).toBeNull();
    expect(shapeOf(TIED)).toBeNull();
    expect(shapeOf(REPEATED)).toBeNull();
  });
});
