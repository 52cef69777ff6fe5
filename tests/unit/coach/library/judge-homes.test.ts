import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/cli/parse';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemUrl } from '@/lib/coach/problem/library/lookup';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import type { ProblemContext } from '@/lib/extract/context';
import { readAsExtension } from '@/lib/extract/pipeline';
import { codechef } from '@/lib/extract/sites/codechef';

const FIXTURES = join(__dirname, '../../../fixtures');
const library = loadLibrary();

/** A saved judge page read as the extension reads it. */
function problemPage(page: string, url: string): ProblemContext {
  const context = readAsExtension(parsePage(readFileSync(join(FIXTURES, `${page}.html`), 'utf8')), url);
  if (context?.kind !== 'problem') throw new Error(`${page} is not read as a problem`);
  return context;
}

const pages = [
  {
    page: 'hackerrank/array-manipulation',
    url: 'https://www.hackerrank.com/challenges/crush/problem',
    slug: 'hackerrank-array-manipulation',
  },
  {
    page: 'geeksforgeeks/count-inversions-next-data',
    url: 'https://www.geeksforgeeks.org/problems/inversion-of-array-1587115620/1',
    slug: 'geeksforgeeks-count-inversions',
  },
];

describe('a classic at home on HackerRank or GeeksforGeeks, read from its page', () => {
  it.each(pages)(
    '$page is coached from its entry, technique and complexity included',
    ({ page, url, slug }) => {
      const context = problemPage(page, url);
      const match = library.match(context);
      expect(match?.entry.slug).toBe(slug);
      const analysis = analyzeProblem(context, match);
      expect(analysis.source).toBe('library');
      expect(analysis.patterns[0]?.id).toBe(match?.entry.techniques[0]);
      expect(analysis.complexityTarget).toBe(match?.entry.complexity.time);
      expect(match && problemUrl(match.entry)).toBe(url);
    },
  );

  it.each(pages)(
    '$page is still found under another id (a contest copy) by its title there',
    ({ page, url, slug }) => {
      const context = problemPage(page, url);
      expect(library.match({ ...context, id: 'a-contest-copy' })?.entry.slug).toBe(slug);
    },
  );

  it('keeps a plain judge title to its own judge: the same words elsewhere find nothing', () => {
    expect(library.match({ site: 'codeforces', id: '1', title: 'Array Manipulation' })).toBeNull();
    expect(library.match({ site: 'generic', id: 'x', title: 'Pairs' })).toBeNull();
  });
});

describe('a classic of the CSES problem set, read from its page', () => {
  it("coaches a classic of the problem set from the library, found by the task's number", () => {
    const context = problemPage('cses/dice-combinations', 'https://cses.fi/problemset/task/1633/');
    const match = library.match(context);
    const analysis = analyzeProblem(context, match);
    expect(analysis).toMatchObject({
      source: 'library',
      library: { slug: 'cses-dice-combinations', title: 'Dice Combinations' },
      complexityTarget: 'O(n)',
    });
    expect(analysis.patterns[0]?.id).toBe('dynamic-programming');
    expect(analysis.keyInsight).toBe(match?.entry.keyInsight);
    // The number decides: the same page under another task's number is not this entry.
    expect(library.match({ ...context, id: '1634' })?.entry.slug).not.toBe('cses-dice-combinations');
  });
});

/** AtCoder's page, coached as the panel coaches it, library consulted. */
function coachFrog2() {
  const context = problemPage('atcoder/dp-b-frog-2', 'https://atcoder.jp/contests/dp/tasks/dp_b');
  return { context, analysis: analyzeProblem(context, library.match(context)) };
}

describe("AtCoder's Educational DP Contest page, read by the real extractor", () => {
  it("finds its library entry by the task id and coaches from the entry's notes", () => {
    const { context, analysis } = coachFrog2();
    expect(context.id).toBe('dp_b');
    expect(analysis.source).toBe('library');
    expect(analysis.library).toEqual({ slug: 'atcoder-dp-frog-2', title: 'Frog 2' });
    expect(analysis.patterns[0]?.id).toBe('dynamic-programming');
    expect(analysis.techniqueSure).toBe(true);
    expect(analysis.complexityTarget).toBe('O(n * k)');
    expect(analysis.complexityLimitReason).toContain('10^5');
    expect(analysis.related.map((r) => r.slug)).toContain('atcoder-dp-frog-1');
  });

  it('links related entries of the contest to AtCoder, not to LeetCode', () => {
    const frog1 = coachFrog2().analysis.related.find((r) => r.slug === 'atcoder-dp-frog-1');
    expect(frog1?.url).toBe('https://atcoder.jp/contests/dp/tasks/dp_a');
  });
});

describe('an AtCoder Beginner Contest classic', () => {
  it('is coached from its entry, found by the task id', () => {
    const match = library.match({ site: 'atcoder', id: 'abc099_c', title: 'C - Strange Bank' });
    expect(match?.entry.slug).toBe('atcoder-abc099-strange-bank');
    expect(match?.entry.techniques[0]).toBe('dynamic-programming');
    expect(match?.entry.complexity.time).toBe('O(n log n)');
  });

  it('is found by the ARC task id a joint contest gives it, in either contest', () => {
    const shared = library.match({ site: 'atcoder', id: 'arc061_a', title: 'C - Many Formulas' });
    expect(shared?.entry.slug).toBe('atcoder-abc045-many-formulas');
    expect(problemUrl(shared?.entry ?? { slug: 'none' })).toBe(
      'https://atcoder.jp/contests/abc045/tasks/arc061_a',
    );
  });

  it("is found under the ABC contest's own letter for a shared task, by contest and title", () => {
    const byLetter = library.match({ site: 'atcoder', id: 'abc045_c', title: 'Many Formulas' });
    expect(byLetter?.entry.slug).toBe('atcoder-abc045-many-formulas');
    // The contest and the title decide together: another contest's task of that title is not it.
    expect(library.match({ site: 'atcoder', id: 'abc046_c', title: 'Many Formulas' })).toBeNull();
    expect(library.match({ site: 'atcoder', id: 'abc045_c', title: 'Few Formulas' })).toBeNull();
  });
});

describe("the contest's problems under the names other sites give them", () => {
  const slugFor = (site: ProblemContext['site'], title: string) =>
    library.match({ site, id: 'not-a-task-id', title })?.entry.slug ?? null;

  it('finds the same question under its other title', () => {
    expect(slugFor('geeksforgeeks', 'Geek Jump')).toBe('atcoder-dp-frog-1');
    expect(slugFor('geeksforgeeks', 'Minimal Cost')).toBe('atcoder-dp-frog-2');
    expect(slugFor('geeksforgeeks', "Geek's Training")).toBe('atcoder-dp-vacation');
    expect(slugFor('generic', "Ninja's Training")).toBe('atcoder-dp-vacation');
    expect(slugFor('geeksforgeeks', '0 - 1 Knapsack Problem')).toBe('atcoder-dp-knapsack-1');
  });

  it("never claims another site's page by its own plain AtCoder title", () => {
    expect(slugFor('codeforces', 'Slimes')).toBeNull();
    expect(slugFor('generic', 'Tower')).toBeNull();
    expect(slugFor('atcoder', 'Knapsack 2')).toBeNull();
  });
});

describe('a best-known Codeforces problem', () => {
  it('is found by contest and letter, the same id in the problem set and in the contest', () => {
    const atHome = library.match({ site: 'codeforces', id: '279B', title: 'B. Books' });
    expect(atHome?.entry.slug).toBe('codeforces-books');
    expect(problemUrl(atHome?.entry ?? { slug: 'none' })).toBe(
      'https://codeforces.com/problemset/problem/279/B',
    );
  });

  it('never claims another Codeforces problem of the same plain title', () => {
    expect(library.match({ site: 'codeforces', id: '1999Z', title: 'Books' })).toBeNull();
    expect(library.match({ site: 'codeforces', id: '1999Z', title: 'Worms' })).toBeNull();
  });

  it('is LeetCode’s entry where LeetCode asks the same question under another title', () => {
    expect(library.match({ site: 'codeforces', id: '520B', title: 'Two Buttons' })?.entry.slug).toBe(
      'broken-calculator',
    );
  });
});

describe('a CodeChef practice classic', () => {
  it('is found by its problem code, which the practice page and a contest copy share', () => {
    for (const path of ['/problems/LAPIN', '/START86/problems/LAPIN']) {
      const id = codechef.pageId?.(new URL(`https://www.codechef.com${path}`)) ?? '';
      const atHome = library.match({ site: 'codechef', id, title: 'Lapindromes' });
      expect(atHome?.entry.slug, path).toBe('codechef-lapindromes');
      expect(problemUrl(atHome?.entry ?? { slug: 'none' })).toBe('https://www.codechef.com/problems/LAPIN');
    }
  });

  it('never claims a CodeChef problem of another code by a plain title', () => {
    expect(library.match({ site: 'codechef', id: 'ATM2', title: 'ATM' })).toBeNull();
    expect(library.match({ site: 'codechef', id: 'MARBLES2', title: 'Marbles' })).toBeNull();
  });

  it("adds two integers under FLOW001's title, never LeetCode's digit lists of that name", () => {
    expect(library.match({ site: 'codechef', id: 'FLOW001', title: 'Add Two Numbers' })?.entry.slug).toBe(
      'codechef-add-two-numbers',
    );
    expect(library.match({ site: 'codechef', id: 'ADDTWO2', title: 'Add Two Numbers' })).toBeNull();
    expect(library.match({ site: 'generic', id: 'x', title: 'Add Two Numbers' })?.entry.slug).toBe(
      'add-two-numbers',
    );
  });
});

/** Pages of classics the library learned at stop 28, retold in our words under their judges' addresses. */
const classics = [
  {
    page: 'hackerrank/jesse-and-cookies',
    url: 'https://www.hackerrank.com/challenges/jesse-and-cookies/problem',
    slug: 'hackerrank-jesse-and-cookies',
  },
  {
    page: 'hackerrank/game-of-two-stacks',
    url: 'https://www.hackerrank.com/challenges/game-of-two-stacks/problem',
    slug: 'hackerrank-game-of-two-stacks',
  },
  {
    page: 'hackerrank/equal-stacks',
    url: 'https://www.hackerrank.com/challenges/equal-stacks/problem',
    slug: 'hackerrank-equal-stacks',
  },
  {
    page: 'cses/sum-of-three-values',
    url: 'https://cses.fi/problemset/task/1641',
    slug: 'cses-sum-of-three-values',
  },
  {
    page: 'codeforces/books',
    url: 'https://codeforces.com/problemset/problem/279/B',
    slug: 'codeforces-books',
  },
];

describe('a judge classic the statement alone misreads, read from its page', () => {
  it.each(classics)(
    '$page is coached from its entry, technique and complexity included',
    ({ page, url, slug }) => {
      const context = problemPage(page, url);
      const match = library.match(context);
      expect(match?.entry.slug).toBe(slug);
      const analysis = analyzeProblem(context, match);
      expect(analysis.source).toBe('library');
      expect(analysis.patterns[0]?.id).toBe(match?.entry.techniques[0]);
      expect(analysis.complexityTarget).toBe(match?.entry.complexity.time);
    },
  );

  it('leaves a Codeforces problem of the same plain title in another contest to its statement', () => {
    const context = problemPage(
      'codeforces/books-on-the-shelves',
      'https://codeforces.com/problemset/problem/2099/C',
    );
    expect(context.title).toBe('Books');
    expect(library.match(context)).toBeNull();
  });
});

describe("the classics of each judge's beginner sets, found by the judge's own task id", () => {
  it.each([
    ['codeforces', '455A', 'Boredom', 'codeforces-boredom'],
    ['codeforces', '32B', 'Borze', 'codeforces-borze'],
    ['codeforces', '1367C', 'Social Distance', 'codeforces-social-distance'],
    ['atcoder', 'abc120_d', 'Decayed Bridges', 'atcoder-abc120-decayed-bridges'],
    ['atcoder', 'abc007_3', '幅優先探索', 'atcoder-abc007-breadth-first-search'],
    ['hackerrank', 'kaprekar-numbers', 'Modified Kaprekar Numbers', 'hackerrank-modified-kaprekar-numbers'],
    [
      'geeksforgeeks',
      'find-first-set-bit-1587115620',
      'Find first set bit',
      'geeksforgeeks-find-first-set-bit',
    ],
    ['codechef', 'MNMX', 'Minimum Maximum', 'codechef-minimum-maximum'],
    ['cses', '1707', 'Graph Girth', 'cses-graph-girth'],
  ] as const)('%s %s (%s) is %s', (site, id, title, slug) => {
    expect(library.match({ site, id, title })?.entry.slug).toBe(slug);
  });

  it("keeps the Codeforces Boredom apart from LeetCode's Delete and Earn: its values are as large as n", () => {
    const boredom = library.match({ site: 'codeforces', id: '455A', title: 'Boredom' })?.entry;
    expect(boredom?.complexity.time).toBe('O(n)');
    expect(
      library.match({ site: 'leetcode', id: 'delete-and-earn', title: 'Delete and Earn' })?.entry.complexity
        .time,
    ).toBe('O(n + k)');
  });
});
