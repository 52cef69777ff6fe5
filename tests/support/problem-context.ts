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
