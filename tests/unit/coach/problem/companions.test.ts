import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CompanionCounts,
  deriveCompanions,
  precedence,
  primaryRate,
} from '@/lib/coach/problem/companions';
import shipped from '@/lib/coach/problem/companions.json';
import type { LearnedGuess } from '@/lib/coach/problem/learned/model';
import { readProblem } from '@/lib/coach/problem/reading';
import { guessTechniques } from '@/lib/coach/problem/techniques';
import type { TechniqueId } from '@/lib/coach/problem/types';
import { problemContext } from '../../../support/problem-context';

const ENTRIES = 'lib/coach/problem/library/entries';

/** A small library: what the rules read is which techniques its entries list together. */
const library: TechniqueId[][] = [
  ['breadth-first-search', 'queue', 'matrix'],
  ['breadth-first-search', 'queue'],
  ['breadth-first-search', 'hash-table', 'string'],
  ['prefix-sum', 'hash-table'],
  ['prefix-sum', 'hash-table'],
  ['prefix-sum', 'hash-table', 'math'],
  ['sliding-window', 'hash-table'],
  ['prefix-sum', 'hash-table'],
  ['hash-table'],
  ['hash-table', 'sorting'],
  ['hash-table', 'string'],
  ['two-pointers', 'sorting'],
  ['dynamic-programming', 'string'],
  ['dynamic-programming'],
  ['math'],
  ['math', 'bit-manipulation'],
  ['math', 'string'],
  ['bit-manipulation'],
  ['greedy'],
  ['string'],
];
const counts = deriveCompanions(library);

/** A statement no phrase fires on, so only the evidence the test gives counts. */
function rank(evidence: Partial<Record<TechniqueId, number>>, companions: CompanionCounts = counts) {
  const { title, scene, stated } = readProblem(
    problemContext({ title: 'Plain', statement: 'Return the answer for the input.' }),
  );
  const learned: LearnedGuess[] = Object.entries(evidence).map(([id, probability]) => ({
    id: id as TechniqueId,
    probability,
    lift: 1,
    because: ['input'],
    carried: 1,
  }));
  return guessTechniques({ title, tags: [], scene, learned, stated, companions }).map((g) => g.id);
}

describe('which techniques the library lists together, and in which order', () => {
  it('is counted from the library entries as they stand', () => {
    const lists = readdirSync(ENTRIES)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => JSON.parse(readFileSync(`${ENTRIES}/${file}`, 'utf8')).techniques as TechniqueId[]);
    expect(shipped).toEqual(deriveCompanions(lists));
  });

  it('says how often a technique is the idea itself: listed first among the entries that list it', () => {
    expect(primaryRate('prefix-sum', counts)).toBe(1);
    expect(primaryRate('hash-table', counts)).toBe(3 / 9);
  });

  it('counts no design entry as naming its structure the idea: a cache lists its map first by the rule for classes', () => {
    const withCaches = deriveCompanions([
      ...library,
      ['hash-table', 'linked-list', 'design'],
      ['hash-table', 'design'],
    ]);
    expect(primaryRate('hash-table', withCaches)).toBe(3 / 11);
    expect(withCaches.listed['hash-table']).toBe(11);
    expect(precedence('hash-table', 'linked-list', withCaches)).toEqual({ share: 1, both: 1 });
  });

  it('says which of two techniques the library lists first, and how often both are listed', () => {
    expect(precedence('prefix-sum', 'hash-table', counts)).toEqual({ share: 1, both: 4 });
    expect(precedence('hash-table', 'prefix-sum', counts)).toEqual({ share: 0, both: 4 });
  });
});

describe('the idea before the step that serves it', () => {
  it('puts the idea ahead of the step that serves it when their evidence is about equal', () => {
    expect(rank({ 'hash-table': 0.8, 'prefix-sum': 0.7 }).slice(0, 2)).toEqual(['prefix-sum', 'hash-table']);
  });

  it('leaves the step first when it has clearly more evidence: sometimes it is the answer', () => {
    expect(rank({ 'hash-table': 0.9, 'prefix-sum': 0.4 })[0]).toBe('hash-table');
  });

  it('keeps the evidence’s order between two steps, neither of which is the idea', () => {
    expect(rank({ sorting: 0.8, 'hash-table': 0.75 }).slice(0, 2)).toEqual(['sorting', 'hash-table']);
  });
});
