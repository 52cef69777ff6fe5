import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callRoles } from '@/lib/coach/problem/knowledge/calls';

/*
 * A call that removes whoever came first works at the front of a line: "the earliest" by arrival is
 * no extreme of a key, and beside it a call asking for the largest value of what still waits keeps
 * a monotonic queue, not a heap. Statements written for these tests.
 */
const desk = (removal: string) =>
  [
    'A help desk keeps callers in the order they called. Implement the `HelpDesk` class:',
    '`void call(int urgency)` adds a caller with the given urgency.',
    `\`int answer()\` ${removal} and returns their urgency, or -1 if nobody is waiting.`,
    '`int mostUrgent()` returns the highest urgency among the waiting callers, or -1 if nobody is waiting.',
  ].join('\n\n');

const demands = (statement: string) =>
  Object.fromEntries(callRoles(statement).map(({ call, demand }) => [call, demand]));

describe('a call that removes whoever came first', () => {
  it('is the front of a line, and the largest of what waits is kept beside it', () => {
    const arrived = demands(desk('removes the caller who arrived earliest among those waiting'));
    expect(arrived).toMatchObject({ answer: 'front', mostUrgent: 'lineExtreme' });
  });

  it('reads arrival in the words setters use', () => {
    const came = fc.constantFrom('arrived', 'came in', 'joined the line', 'checked in', 'was added');
    const first = fc.constantFrom('earliest', 'first');
    fc.assert(
      fc.property(came, first, (verb, when) => {
        const roles = demands(desk(`removes the caller who ${verb} ${when}`));
        return roles.answer === 'front' && roles.mostUrgent === 'lineExtreme';
      }),
    );
  });

  it('leaves an extreme by a key whose ties go by arrival to the heap', () => {
    const roles = demands(
      desk('removes the caller with the highest urgency, the one who arrived first among equals,'),
    );
    expect(roles.answer).toBe('extreme');
  });
});
