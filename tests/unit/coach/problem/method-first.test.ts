import { describe, expect, it } from 'vitest';
import { deriveCompanions } from '@/lib/coach/problem/companions';
import { methodFirst } from '@/lib/coach/problem/technique-order';
import type { TechniqueId } from '@/lib/coach/problem/types';

/** A library where searches and two pointers are ideas (named first) and a hash table a step. */
const counts = deriveCompanions([
  ['breadth-first-search', 'matrix'],
  ['depth-first-search', 'matrix'],
  ['two-pointers', 'string'],
  ['heap-priority-queue', 'design'],
  ['sorting', 'hash-table'],
  ['prefix-sum', 'hash-table'],
  ['two-pointers', 'hash-table'],
]);

interface Evidence {
  score: number;
  /** Where it came from: a phrase of the statement, a tag, the learned model alone, or nothing. */
  from: 'statement' | 'tagged' | 'model' | 'base rate';
}

function order(guesses: Partial<Record<TechniqueId, Evidence>>): TechniqueId[] {
  const ranked = Object.entries(guesses).map(([id, { score, from }]) => [
    id as TechniqueId,
    {
      score,
      grounded: from !== 'base rate',
      grounds: { statement: from === 'statement' ? 1 : 0, title: 0, tagged: from === 'tagged' },
    },
  ]) as [
    TechniqueId,
    { score: number; grounded: boolean; grounds: { statement: number; title: number; tagged: boolean } },
  ][];
  return methodFirst(ranked, counts).map(([id]) => id);
}

describe('a family of input leads only while no method has real evidence', () => {
  it('puts a search the page points at ahead of the grid it walks, the grid next', () => {
    expect(
      order({
        matrix: { score: 4.4, from: 'statement' },
        'breadth-first-search': { score: 1.4, from: 'model' },
        'depth-first-search': { score: 1.2, from: 'model' },
      }),
    ).toEqual(['breadth-first-search', 'matrix', 'depth-first-search']);
  });

  it('keeps the grid first when the search is only faintly read (near miss)', () => {
    expect(
      order({
        matrix: { score: 4.4, from: 'statement' },
        'breadth-first-search': { score: 0.8, from: 'model' },
      }),
    ).toEqual(['matrix', 'breadth-first-search']);
  });

  it('keeps the class first when a step is only read like problems solved with it (near miss)', () => {
    expect(
      order({ design: { score: 4.2, from: 'statement' }, 'hash-table': { score: 1.9, from: 'model' } }),
    ).toEqual(['design', 'hash-table']);
  });

  it("lets a step lead the class when the page's own words name it", () => {
    expect(
      order({ design: { score: 4.2, from: 'statement' }, 'hash-table': { score: 1.5, from: 'statement' } }),
    ).toEqual(['hash-table', 'design']);
    expect(
      order({ string: { score: 6, from: 'statement' }, 'two-pointers': { score: 2, from: 'tagged' } }),
    ).toEqual(['two-pointers', 'string']);
  });

  it('never moves a method that already leads', () => {
    expect(
      order({
        'two-pointers': { score: 3, from: 'statement' },
        string: { score: 5, from: 'statement' },
        'dynamic-programming': { score: 2, from: 'model' },
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
