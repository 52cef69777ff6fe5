import { describe, expect, it } from 'vitest';
import { techniqueRungs } from '@/lib/coach/problem/hints';
import type { HintWords } from '@/lib/coach/problem/hints/words';
import type { InputKind } from '@/lib/coach/problem/types';

/*
 * The depth-first walk's approach tells a tree's calls to return what the parent needs only where
 * there is a tree: a grid, a list or text has no parent. Statements written for these tests.
 */
const words = (kinds: InputKind[], text: string): HintWords => ({
  item: 'cell',
  items: 'cells',
  input: 'the grid',
  goal: null,
  size: null,
  neighbours: 'four',
  kinds,
  text,
});
const approach = (kinds: InputKind[], text: string) =>
  techniqueRungs('depth-first-search', words(kinds, text), 'O(n)')[1];
const TREE_CALLS = /for trees, let each call return what its parent needs/;

describe("the depth-first walk's calls", () => {
  it.each([
    [['matrix'], 'count the islands of ones in the grid.'],
    [['array'], 'a pass at station i rides east for at most passes[i] stations. can you reach the last one?'],
  ] as [InputKind[], string][])('say nothing of trees on %s input: %s', (kinds, text) => {
    expect(approach(kinds, text)).not.toMatch(TREE_CALLS);
    expect(approach(kinds, text)).toMatch(/marking as you go\.$/);
  });

  it.each([
    [['tree'], 'for every node of the tree, print the size of its subtree.'],
    [['graph'], 'the roads join the towns; count the groups.'],
    [['array'], 'member i is a child of member parent[i]; find the deepest member.'],
    [['array'], 'you are given a tree of n junctions joined by n - 1 streets.'],
  ] as [InputKind[], string][])('keep the tree calls where a tree or links may be: %s', (kinds, text) => {
    expect(approach(kinds, text)).toMatch(TREE_CALLS);
  });
});
