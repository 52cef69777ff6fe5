import type { ProblemContext } from '@/lib/extract/context';

/**
 * A problem page as the site readers give it, for tests that write their own statements: a
 * LeetCode page with nothing on it but what the test sets.
 */
export function problemContext(overrides: Partial<ProblemContext> = {}): ProblemContext {
  return {
    kind: 'problem',
    site: 'leetcode',
    url: 'https://leetcode.com/problems/example/',
    id: 'example',
    title: 'Example',
    statement: '',
    examples: [],
    constraints: [],
    tags: [],
    hints: [],
    source: 'dom',
    ...overrides,
  };
}

/** Where a test's own statement is shown: each judge's example page. */
const PAGES = {
  leetcode: { url: 'https://leetcode.com/problems/example/', id: 'example' },
  atcoder: { url: 'https://atcoder.jp/contests/example/tasks/example_a', id: 'example_a' },
  codeforces: { url: 'https://codeforces.com/problemset/problem/1/A', id: '1A' },
} as const;

/** A statement and its constraints shown on one judge's example page. */
export function statementOn(
  site: keyof typeof PAGES,
  statement: string,
  constraints: string[],
): ProblemContext {
  return problemContext({ site, ...PAGES[site], statement, constraints });
}
