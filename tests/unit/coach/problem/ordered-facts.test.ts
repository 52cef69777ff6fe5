import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { orderedFacts } from '@/lib/coach/problem/knowledge/ordered-facts';
import { searchShape } from '@/lib/coach/problem/knowledge/searches';
import { problemContext } from '../../../support/problem-context';

/**
 * Facts that each put one item over another (knowledge/ordered-facts.ts): whether they can all
 * hold, the smallest order they allow, whether they force one order, a loop among them. The near
 * misses keep their readings: facts that only say two items are alike join groups, and a
 * longest chain of facts is a DP over the order.
 */
const analyse = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ statement, constraints }), null);
const ids = (analysis: ReturnType<typeof analyse>) => analysis.patterns.slice(0, 3).map((p) => p.id);

const FACTS = ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= a, b <= n', 'a != b'];

describe('facts that put one item over another', () => {
  it('reads "can they all be true" as a topological order, not groups joined', () => {
    const analysis = analyse(
      'n dogs, numbered 1 to n, take part in a show and no two weigh the same. The judge noted m facts, each saying "dog a is heavier than dog b". Decide whether the facts are consistent, that is, whether some weights make every fact true. The first line holds n and m, then m lines hold a and b.',
      FACTS,
    );
    expect(analysis.patterns[0]?.id).toBe('topological-sort');
    expect(ids(analysis)).not.toContain('union-find');
    expect(analysis.complexityTarget).toBe('O(V + E)');
    expect(analysis.hints[0]?.text).not.toMatch(/topolog|kahn|graph/i);
    expect(analysis.hints[2]?.text).toMatch(/circle/);
  });

  it('keeps the ready items in a min-heap when the lexicographically first order is asked', () => {
    const analysis = analyse(
      'There are n singers, numbered 1 to n. m notes say that singer a_i is senior to singer b_i and sings earlier. Print, among all running orders that agree with every note, the first in lexicographical order, or -1 if there is none. The first line holds n and m, then m lines hold a_i and b_i.',
      FACTS,
    );
    expect(ids(analysis)).toEqual(expect.arrayContaining(['topological-sort', 'heap-priority-queue']));
    expect(analysis.complexityTarget).toBe('O(V log V + E)');
    expect(analysis.hints[1]?.text).toMatch(/min-heap/);
  });

  it('watches the queue of ready items when the question is whether only one order fits', () => {
    const analysis = analyse(
      'A band has n songs numbered 0 to n - 1 and m facts, each saying song a must come before song b. The facts never contradict each other. Return true if exactly one setlist of the n songs respects all the facts.',
      ['1 <= n <= 10^5', '0 <= m <= 10^5', '0 <= a, b < n'],
    );
    expect(analysis.patterns[0]?.id).toBe('topological-sort');
    expect(ids(analysis)).toContain('queue');
    expect(analysis.hints[1]?.text).toMatch(/never holds two/);
  });

  it('finds a loop among the facts with a depth-first walk', () => {
    const analysis = analyse(
      'In a league of n teams, m results say that team a beats team b. A fan is looking for a loop of results: teams x_1, ..., x_k, all different, where each beats the next and x_k beats x_1. Find such a loop or print -1. The first line holds n and m, then m lines hold a and b.',
      FACTS,
    );
    expect(analysis.patterns[0]?.id).toBe('depth-first-search');
    expect(searchShape('m results say that team a beats team b. find a loop of results.')).toBe('loop');
    expect(analysis.hints[1]?.text).toMatch(/current path/);
  });

  it('leaves facts that only say two items are alike to the groups they join', () => {
    const analysis = analyse(
      'There are n people. Each of m statements says either that a and b have the same blood type or that a and b have different blood types. Check whether all statements can be true at once.',
      FACTS,
    );
    expect(analysis.patterns[0]?.id).toBe('union-find');
  });

  it('does not read an order fact from two items merely named side by side', () => {
    expect(orderedFacts('pupil a and pupil b have the same height')).toBe(false);
    expect(orderedFacts('road i joins town a_i and town b_i')).toBe(false);
  });

  it('reads the fact under any noun and any two letters', () => {
    const noun = fc.constantFrom('child', 'player', 'clerk', 'hen', 'task');
    const letter = fc.constantFrom('a', 'b', 'u', 'v', 'x_1', 'a_i', 'b_i');
    const relation = fc.constantFrom(
      'is taller than',
      'is senior to',
      'owes',
      'outranks',
      'finished ahead of',
    );
    fc.assert(
      fc.property(noun, letter, letter, relation, (kind, first, second, link) =>
        orderedFacts(`each fact says that ${kind} ${first} ${link} ${kind} ${second}.`),
      ),
    );
  });
});
