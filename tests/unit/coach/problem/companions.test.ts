import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alongside,
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

describe('the places below a leader the page points at', () => {
  /** A greedy choice listed with its sort; a hash table and a DP listed elsewhere. */
  const greedyWithSorts = deriveCompanions([
    ['greedy', 'sorting'],
    ['greedy', 'sorting'],
    ['greedy', 'sorting', 'heap-priority-queue'],
    ['greedy'],
    ['hash-table', 'string'],
    ['hash-table'],
    ['dynamic-programming', 'string'],
  ]);
  /**
   * The model's reading: `pointed` ones the page's words double the odds of, the rest base rates;
   * the site's tags are the page's own pointer at the leader.
   */
  function below(
    pointed: Partial<Record<TechniqueId, number>>,
    common: Partial<Record<TechniqueId, number>>,
    tags: string[] = ['Greedy'],
  ) {
    const { title, scene, stated } = readProblem(
      problemContext({ title: 'Plain', statement: 'Return the answer for the input.' }),
    );
    const guess =
      (carried: number) =>
      ([id, probability]: [string, number | undefined]) => ({
        id: id as TechniqueId,
        probability: probability ?? 0,
        lift: 0.5,
        because: ['input'],
        carried,
      });
    const learned: LearnedGuess[] = [
      ...Object.entries(pointed).map(guess(1)),
      ...Object.entries(common).map(guess(0.1)),
    ];
    return guessTechniques({ title, tags, scene, learned, stated, companions: greedyWithSorts });
  }
  const corpusCommon = { 'hash-table': 0.2, 'dynamic-programming': 0.15, sorting: 0.09 };

  it('counts how often the library lists a technique beside the leader', () => {
    expect(alongside('greedy', 'sorting', greedyWithSorts)).toBe(3 / 4);
    expect(alongside('greedy', 'hash-table', greedyWithSorts)).toBe(0);
    expect(alongside('segment-tree', 'sorting', greedyWithSorts)).toBe(0);
  });

  it("lifts the leader's usual companion over the corpus' commonest methods", () => {
    const guesses = below({ greedy: 0.6 }, corpusCommon);
    expect(guesses.map((g) => g.id)).toEqual(['greedy', 'sorting', 'hash-table', 'dynamic-programming']);
    expect(guesses[1]?.baseRateOnly).toBe(true);
    expect(guesses[1]?.reason).toContain('beside greedy (75% of the problems in Sparring');
  });

  it('lends no company to a leader only the model reads into the page (near miss)', () => {
    const guesses = below({ greedy: 0.6 }, corpusCommon, []);
    expect(guesses[0]?.id).toBe('greedy');
    expect(guesses.map((g) => g.id)).not.toContain('sorting');
  });

  it('leaves the corpus order where nothing on the page points at a leader (near miss)', () => {
    expect(below({}, corpusCommon, []).map((g) => g.id)).toEqual(['hash-table', 'dynamic-programming']);
  });

  it('keeps a common guess the library seldom lists beside the leader, as common as the model reads it', () => {
    const [, hashTable] = below({ greedy: 0.6 }, { 'hash-table': 0.2 });
    expect(hashTable?.id).toBe('hash-table');
    expect(hashTable?.baseRateOnly).toBe(true);
    expect(hashTable?.reason).toBe('common among problems like this (20%), though nothing here points at it');
  });

  it('leaves a guess the page points at to its own evidence', () => {
    const [, sorting] = below({ greedy: 0.6, sorting: 0.15 }, {});
    expect(sorting?.id).toBe('sorting');
    expect(sorting?.reason).not.toContain('beside greedy');
  });
});
