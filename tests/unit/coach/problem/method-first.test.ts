import { describe, expect, it } from 'vitest';
import { noGrounds } from '@/lib/coach/problem/certainty';
import { methodFirst } from '@/lib/coach/problem/technique-order';
import type { Grounds, TechniqueId } from '@/lib/coach/problem/types';

interface Evidence {
  score: number;
  /** Where it came from: a phrase of the statement, a tag, the bounds, the learned model alone, or nothing. */
  from: 'statement' | 'tagged' | 'bounds' | 'model' | 'base rate';
}

function order(guesses: Partial<Record<TechniqueId, Evidence>>): TechniqueId[] {
  const ranked = Object.entries(guesses).map(([id, { score, from }]): [TechniqueId, Entry] => {
    const grounds: Grounds = {
      ...noGrounds(),
      statement: from === 'statement' ? 1 : 0,
      tagged: from === 'tagged',
      bounds: from === 'bounds',
      modelFirst: from === 'model',
    };
    return [id as TechniqueId, { score, grounded: from !== 'base rate', grounds }];
  });
  return methodFirst(ranked).map(([id]) => id);
}
type Entry = { score: number; grounded: boolean; grounds: Grounds };

describe('a family of input leads only while no method has real evidence', () => {
  it('puts a search the statement points at ahead of the grid it walks, the grid next', () => {
    expect(
      order({
        matrix: { score: 4.4, from: 'statement' },
        'depth-first-search': { score: 2, from: 'statement' },
        'breadth-first-search': { score: 1, from: 'model' },
      }),
    ).toEqual(['depth-first-search', 'matrix', 'breadth-first-search']);
  });

  it('keeps the graph first when only the learned model reads a search into it (near miss)', () => {
    expect(
      order({
        graph: { score: 2, from: 'statement' },
        'breadth-first-search': { score: 1.2, from: 'model' },
      }),
    ).toEqual(['graph', 'breadth-first-search']);
  });

  it('keeps the grid first when the phrase for a method is fainter than one of weight one (near miss)', () => {
    expect(
      order({
        matrix: { score: 4.4, from: 'statement' },
        'dynamic-programming': { score: 0.8, from: 'statement' },
      }),
    ).toEqual(['matrix', 'dynamic-programming']);
  });

  it("lets the structure lead the class, or the walk lead the string, when the page's words, tags or bounds name it", () => {
    expect(
      order({
        design: { score: 4.2, from: 'statement' },
        'heap-priority-queue': { score: 1.5, from: 'statement' },
      }),
    ).toEqual(['heap-priority-queue', 'design']);
    expect(
      order({ string: { score: 6, from: 'statement' }, 'two-pointers': { score: 2, from: 'tagged' } }),
    ).toEqual(['two-pointers', 'string']);
    expect(
      order({ string: { score: 3, from: 'statement' }, backtracking: { score: 2.5, from: 'bounds' } }),
    ).toEqual(['backtracking', 'string']);
  });

  it('never moves a method that already leads', () => {
    expect(
      order({
        'two-pointers': { score: 3, from: 'statement' },
        string: { score: 5, from: 'statement' },
        'dynamic-programming': { score: 2, from: 'statement' },
      }),
    ).toEqual(['two-pointers', 'string', 'dynamic-programming']);
  });
});

describe('a guess nothing on the page points at never leads one it does', () => {
  it('puts a sort the page points at ahead of a hash table that is only common', () => {
    expect(
      order({
        'hash-table': { score: 0.56, from: 'base rate' },
        'dynamic-programming': { score: 0.42, from: 'base rate' },
        sorting: { score: 0.5, from: 'model' },
      }),
    ).toEqual(['sorting', 'hash-table', 'dynamic-programming']);
  });

  it('keeps a hash table the statement asks for as a lookup ahead of a sort (near miss)', () => {
    expect(
      order({ 'hash-table': { score: 3, from: 'statement' }, sorting: { score: 1.2, from: 'model' } }),
    ).toEqual(['hash-table', 'sorting']);
  });

  it('keeps the base rates in their order when nothing points anywhere', () => {
    expect(
      order({
        'hash-table': { score: 0.56, from: 'base rate' },
        'dynamic-programming': { score: 0.42, from: 'base rate' },
      }),
    ).toEqual(['hash-table', 'dynamic-programming']);
  });
});

describe('a tree leads only its own work', () => {
  it('puts the walk over every node ahead of the tree it walks, whatever evidence the walk has', () => {
    expect(
      order({
        'binary-tree': { score: 5, from: 'statement' },
        'depth-first-search': { score: 0.6, from: 'model' },
        'hash-table': { score: 0.3, from: 'base rate' },
      }),
    ).toEqual(['depth-first-search', 'binary-tree', 'hash-table']);
    expect(
      order({
        'binary-tree': { score: 5, from: 'statement' },
        'hash-table': { score: 0.5, from: 'model' },
        'breadth-first-search': { score: 0.4, from: 'model' },
      }),
    ).toEqual(['breadth-first-search', 'binary-tree', 'hash-table']);
  });

  it('keeps the tree first when a search down one path by its order is among its next guesses (near miss)', () => {
    expect(
      order({
        'binary-tree': { score: 5, from: 'statement' },
        'binary-search': { score: 1, from: 'statement' },
        'depth-first-search': { score: 0.8, from: 'model' },
      }),
    ).toEqual(['binary-tree', 'binary-search', 'depth-first-search']);
  });

  it('keeps the tree first when no walk is among its next two guesses (near miss)', () => {
    expect(
      order({
        'binary-tree': { score: 5, from: 'statement' },
        'hash-table': { score: 1, from: 'model' },
        'dynamic-programming': { score: 0.9, from: 'model' },
        'depth-first-search': { score: 0.2, from: 'model' },
      }),
    ).toEqual(['binary-tree', 'hash-table', 'dynamic-programming', 'depth-first-search']);
  });
});
