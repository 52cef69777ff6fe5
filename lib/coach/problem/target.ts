import type { ConstraintFacts } from './constraints';
import type { TechniqueId } from './types';

export interface ExpectedComplexity {
  target: string;
  reason: string;
}

/** What the standard solution of each technique costs on one collection of n items. */
const TYPICAL: Partial<Record<TechniqueId, { target: string; why: string }>> = {
  'hash-table': { target: 'O(n)', why: 'one pass with constant-time lookups' },
  'sliding-window': { target: 'O(n)', why: 'each item enters and leaves the window once' },
  'two-pointers': { target: 'O(n)', why: 'each pointer crosses the input once' },
  'prefix-sum': { target: 'O(n)', why: 'one pass builds the running totals' },
  stack: { target: 'O(n)', why: 'each item is pushed and popped at most once' },
  'monotonic-stack': { target: 'O(n)', why: 'each item is pushed and popped at most once' },
  queue: { target: 'O(n)', why: 'each item joins and leaves the queue once' },
  'linked-list': { target: 'O(n)', why: 'one walk along the list' },
  'binary-tree': { target: 'O(n)', why: 'each node is visited once' },
  sorting: { target: 'O(n log n)', why: 'the sort dominates' },
  'line-sweep': { target: 'O(n log n)', why: 'sorting the events dominates' },
  'heap-priority-queue': { target: 'O(n log n)', why: 'each item enters and leaves the heap once' },
  'divide-and-conquer': { target: 'O(n log n)', why: 'halves recursed, combined in linear time' },
};

/** The complexity an interviewer expects from the likely technique, never slower than the limit allows. */
export function expectedComplexity(
  technique: TechniqueId | undefined,
  _facts: ConstraintFacts,
  limit: string,
): ExpectedComplexity {
  const typical = technique && TYPICAL[technique];
  if (typical)
    return { target: typical.target, reason: `The usual solution is ${typical.target}: ${typical.why}.` };
  return { target: limit, reason: `The limits allow ${limit}; aim for it or better.` };
}
