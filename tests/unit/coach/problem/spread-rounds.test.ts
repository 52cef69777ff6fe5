import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { SPREAD_FROM_EVERY_SOURCE } from '@/lib/coach/problem/knowledge/spreads';
import type { ProblemContext } from '@/lib/extract/context';

/*
 * Something that passes on to its neighbours once a round spreads from every source at the same
 * time, and the question is the round that reaches the last item (or that one is never reached):
 * the ladder and the checklist speak of sources and rounds, not of a start, a goal or a target's
 * distance. Statements written for these tests.
 */
function page(statement: string, constraints: string[]): ProblemContext {
  return {
    kind: 'problem',
    site: 'codeforces',
    url: 'https://codeforces.com/problemset/problem/1/A',
    id: '1A',
    title: 'A Story',
    statement,
    examples: [],
    constraints,
    tags: [],
    hints: [],
    source: 'dom',
  };
}

const GRID = ['1 <= n, m <= 1000'];
const panel = (statement: string, constraints = GRID) => analyzeProblem(page(statement, constraints));

const field = (spreads: string) =>
  `A field has n rows and m columns of cells. Each cell is empty (.), holds a dry bush (o) or a burning bush (F). ${spreads} Fire does not cross empty cells. Print the number of minutes after which no dry bush is left, or -1 if some bush never burns.`;

describe('a spread from every source at once', () => {
  it('asks for the last round, never a target’s distance, and quotes the page’s no-answer output', () => {
    const { hints, edgeCases } = panel(
      field('Every minute, each dry bush that shares a side with a burning bush starts burning.'),
    );
    expect(hints[0]?.text).toMatch(/at the same moment/);
    expect(hints[0]?.text).not.toMatch(/breadth|queue/i);
    expect(hints[1]?.text).toMatch(/every source at once/);
    expect(hints[2]?.text).toMatch(/last round/);
    expect(hints[2]?.text).toMatch(/print -1/);
    expect(hints.map((hint) => hint.text).join(' ')).not.toMatch(/target’s distance|in one move/);
    expect(edgeCases.join(' ')).not.toMatch(/\bgoal\b|\bthe start is already\b/i);
    expect(edgeCases).toContain('Nothing left to reach at the start, so not a single round passes');
  });

  it('reads the setter’s rounds and verbs', () => {
    const round = fc.constantFrom('minute', 'hour', 'day', 'second');
    const verb = fc.constantFrom('catches fire', 'becomes burning', 'burns');
    fc.assert(
      fc.property(round, verb, (unit, does) => {
        const { hints } = panel(
          field(`Every ${unit}, each dry bush that shares a side with a burning bush ${does} too.`),
        );
        return /last round/.test(hints[2]?.text ?? '') && !/target’s distance/.test(hints[2]?.text ?? '');
      }),
      { numRuns: 12 },
    );
  });

  it('leaves a walk from one start to one goal its own ladder and cases', () => {
    const { hints, edgeCases } = panel(
      'A maze has n rows and m columns of cells, each free (.) or a wall (#). You start at S and want to reach T, moving to a free cell that shares a side with yours. Print the fewest moves needed, or -1 if T cannot be reached.',
    );
    expect(hints[2]?.text).not.toMatch(/last round/);
    expect(edgeCases.join(' ')).not.toMatch(/Nothing left to reach/);
  });

  it('leaves a walker who moves every round to the fewest-moves ladder', () => {
    const walker =
      'A marsh has n rows and m columns of cells, each dry (.) or deep water (#). A walker stands on the top-left cell. Every minute the walker must step to one of the four cells that share a side with theirs, and a cell becomes flooded when the minute is a multiple of 3. Print the fewest minutes needed to stand on the bottom-right cell, or -1 if it can never be reached.';
    expect(SPREAD_FROM_EVERY_SOURCE.test(walker.toLowerCase())).toBe(false);
    expect(
      SPREAD_FROM_EVERY_SOURCE.test(
        'every minute, mould spreads from each mouldy crate to every fresh crate directly above, below, left or right of it. find the minutes until no fresh crate is left.',
      ),
    ).toBe(true);
    // A round asked for each item reads every round, not the last one.
    expect(
      SPREAD_FROM_EVERY_SOURCE.test(
        'every day, each person who knows the rumour tells it to all of their friends. for each person, find the first day on which they know it, or -1.',
      ),
    ).toBe(false);
    // A delay along links with lengths has no rounds.
    expect(
      SPREAD_FROM_EVERY_SOURCE.test(
        'villages are linked by one-way footpaths of given minutes. a rumour starts in village k. return the minutes until every village has heard it.',
      ),
    ).toBe(false);
    // A round in which nothing passes to a neighbour spreads nothing.
    expect(SPREAD_FROM_EVERY_SOURCE.test('every day chef eats one packet; candy never spoils.')).toBe(false);
  });
});
