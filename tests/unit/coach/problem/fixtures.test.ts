import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { GUARANTEES, type Guarantee } from '@/lib/coach/problem/guarantees';
import { isCanonicalComplexity } from '@/lib/coach/problem/library/complexity-notation';
import { TECHNIQUE_IDS } from '@/lib/coach/problem/types';
import type { SiteId } from '@/lib/extract/context';
import { extractPageDeep } from '@/lib/extract/full';

import { GENERALISE_CASES, PROBLEM_CASES, READING_CASES } from '../../../support/problem-labels';

/** The file-name prefix of each site's cases, the site the extractor must name, and its URLs. */
const SITES: Record<string, { site: SiteId; url: RegExp }> = {
  lc: { site: 'leetcode', url: /^https:\/\/leetcode\.(com|cn)\/problems\/[a-z0-9-]+\// },
  nc: { site: 'neetcode', url: /^https:\/\/neetcode\.io\/problems\/[a-z0-9-]+/ },
  cf: { site: 'codeforces', url: /^https:\/\/codeforces\.com\/(problemset\/problem|contest|gym)\// },
  ac: { site: 'atcoder', url: /^https:\/\/atcoder\.jp\/contests\/[a-z0-9]+\/tasks\// },
  hr: { site: 'hackerrank', url: /^https:\/\/www\.hackerrank\.com\/(contests\/[a-z0-9-]+\/)?challenges\// },
  gfg: { site: 'geeksforgeeks', url: /^https:\/\/www\.geeksforgeeks\.org\/problems\// },
  cc: { site: 'codechef', url: /^https:\/\/www\.codechef\.com\/([A-Z0-9]+\/)?problems\// },
  cses: { site: 'cses', url: /^https:\/\/cses\.fi\/problemset\/task\/\d+/ },
};

const CATEGORIES = [
  'formula',
  'value-bounded',
  'design',
  'small-n',
  'disguised-graph',
  'greedy-not-dp',
  'dp-not-greedy',
  'prefix-queries',
  'kth-element',
  'intervals',
  'unweighted-shortest-path',
  'dependency-order',
  'trap',
  'staple',
  // The classes issue 10 found misread on pages nobody tuned to (tests/fixtures/coach/generalise).
  'target-from-limits',
  'heap',
  'range-tree',
  'monotonic-stack',
  'backtracking',
  'grid-sizes',
  'graph-traps',
  // How sizes, orders and input formats are read (tests/fixtures/coach/reading).
  'sorted-by-key',
  'state-count',
  'format-sizes',
  'answer-search',
  'log-target',
  // Reading errors an interviewer catches at once (tests/fixtures/coach/generalise, issue 10 §2).
  'typed-signature',
  'bound-clauses',
  'defined-terms',
  'value-words',
  // Promises made in the many ways setters word them, and near misses that promise nothing.
  'promises',
  // What the writers of stop 46's unseen pages (holdout 50-51, read and kept here) said each page tests.
  'famous',
  'strings',
  'queries',
  'greedy',
  'graph-cycle',
  'grid-dp',
  'interval-dp',
  'knapsack',
  'next-smaller',
  'parsing',
  'prefix-suffix',
  'small-range',
  'tree-dp',
  'tree-walk',
  'weighted-shortest-path',
] as const;

/** How many cases each category needs at the least: the kinds of problem issue 10 found misread. */
const MINIMUM: Partial<Record<(typeof CATEGORIES)[number], number>> = {
  formula: 8,
  'value-bounded': 8,
  design: 8,
  'small-n': 8,
  'disguised-graph': 8,
  'greedy-not-dp': 8,
  'dp-not-greedy': 3,
  'prefix-queries': 5,
  'kth-element': 5,
  intervals: 5,
  'unweighted-shortest-path': 5,
  'dependency-order': 5,
  trap: 8,
};

/** The letters a label may use (README "Letters"): the statement's own names are mapped onto these. */
const LETTERS = new Set(['n', 'm', 'q', 'k', 'V', 'E', 'A']);
const FUNCTIONS = new Set(['O', 'log', 'sqrt', 'min', 'max']);

const complexity = z.string().check(
  z.refine(isCanonicalComplexity, 'canonical big-O (complexity-notation.ts)'),
  z.refine(
    (text) =>
      (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).every((name) => FUNCTIONS.has(name) || LETTERS.has(name)),
    'only the letters n, m, q, k, V, E and A',
  ),
);
const unique = <T>(items: T[]) => new Set(items).size === items.length;

const Labels = z
  .strictObject({
    url: z.string(),
    primary: z.enum(TECHNIQUE_IDS),
    techniques: z
      .array(z.enum(TECHNIQUE_IDS))
      .check(z.minLength(1), z.maxLength(4), z.refine(unique, 'no technique twice')),
    complexityTarget: complexity,
    complexityLimit: complexity,
    guarantees: z
      .array(z.enum(Object.keys(GUARANTEES) as [Guarantee, ...Guarantee[]]))
      .check(z.refine(unique, 'no guarantee twice')),
    category: z.array(z.enum(CATEGORIES)).check(z.minLength(1), z.refine(unique, 'no category twice')),
    why: z.string().check(z.minLength(40)),
  })
  .check(z.refine((labels) => labels.techniques[0] === labels.primary, 'primary comes first in techniques'));

const namesIn = (dir: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.labels.json'))
    .map((file) => file.replace(/\.labels\.json$/, ''))
    .sort();
const labelsOf = (dir: string, name: string) =>
  Labels.parse(JSON.parse(readFileSync(`${dir}/${name}.labels.json`, 'utf8')));
const prefixOf = (name: string) => name.split('-')[0] ?? '';
const cases = namesIn(PROBLEM_CASES);

describe('the labelled problem set', () => {
  it('has at least 150 problems from at least 6 sites, each URL once', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map(prefixOf)).size).toBeGreaterThanOrEqual(6);
    expect(unique(cases.map((name) => labelsOf(PROBLEM_CASES, name).url))).toBe(true);
  });

  it.each(Object.entries(MINIMUM))('has enough %s cases (at least %i)', (category, minimum) => {
    const count = cases.filter((name) =>
      labelsOf(PROBLEM_CASES, name).category.some((c) => c === category),
    ).length;
    expect(count).toBeGreaterThanOrEqual(minimum);
  });
});

describe('the set of real problems written for generalisation', () => {
  it('has at least 40 problems from at least 5 sites, each URL once, none of them in the tuned set', () => {
    const names = namesIn(GENERALISE_CASES);
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(new Set(names.map(prefixOf)).size).toBeGreaterThanOrEqual(5);
    // The panel keeps a problem's state by its URL's id: two pages on one URL would share it.
    expect(unique(names.map((name) => labelsOf(GENERALISE_CASES, name).url))).toBe(true);
    const tuned = new Set(cases.map((name) => labelsOf(PROBLEM_CASES, name).url));
    expect(names.map((name) => labelsOf(GENERALISE_CASES, name).url).filter((url) => tuned.has(url))).toEqual(
      [],
    );
  });
});

describe('the set of real problems written for the reading of sizes and orders', () => {
  it('has at least 30 problems from at least 5 sites, none of them in the other sets', () => {
    const names = namesIn(READING_CASES);
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(new Set(names.map(prefixOf)).size).toBeGreaterThanOrEqual(5);
    const seen = new Set(
      [PROBLEM_CASES, GENERALISE_CASES].flatMap((dir) => namesIn(dir).map((name) => labelsOf(dir, name).url)),
    );
    expect(names.map((name) => labelsOf(READING_CASES, name).url).filter((url) => seen.has(url))).toEqual([]);
  });
});

describe.each([PROBLEM_CASES, GENERALISE_CASES, READING_CASES])('every case in %s', (dir) => {
  it.each(namesIn(dir))('%s is labelled in the vocabulary and its page reads as a problem', (name) => {
    const labels = labelsOf(dir, name);
    const site = SITES[prefixOf(name)];
    expect(site, `unknown site prefix in ${name}`).toBeDefined();
    if (!site) return;
    expect(labels.url).toMatch(site.url);
    const { document } = parseHTML(readFileSync(`${dir}/${name}.html`, 'utf8'));
    const context = extractPageDeep(document as unknown as Document, labels.url);
    expect(context.kind).toBe('problem');
    if (context.kind !== 'problem') return;
    expect(context.site).toBe(site.site);
    expect(context.statement.length).toBeGreaterThan(40);
    expect(context.constraints.length).toBeGreaterThan(0);
    expect(context.examples.length).toBeGreaterThan(0);
  });
});
