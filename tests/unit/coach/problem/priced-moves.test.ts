import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { stepPrices } from '@/lib/coach/problem/step-prices';
import { problemContext } from '../../../support/problem-context';

/**
 * Moves priced by what they enter, in the setter's own verbs and units (step-prices.ts): nothing
 * beside one is a 0-1 search over a deque, several amounts (or one each cell carries) Dijkstra
 * over the cells. Near misses keep their readings: one amount for every step, moves only right or
 * down, a total over every cell with no route chosen.
 */
const GRID = ['1 <= n, m <= 1000'];
function read(statement: string, constraints = GRID) {
  const analysis = analyzeProblem(problemContext({ statement, constraints }));
  return {
    ids: analysis.patterns.slice(0, 3).map((p) => p.id),
    target: analysis.complexityTarget,
    hints: analysis.hints.map((hint) => hint.text),
  };
}

describe('what a move costs', () => {
  it('reads nothing beside one as zero-one, in any verb and unit', () => {
    for (const body of [
      'walking onto bare stone takes no time, but a moss square has to be scrubbed before he steps onto it, which takes 1 minute.',
      'lit cells cost nothing to walk through, but every dark cell the explorer enters burns one candle.',
      'a road between towns a and b; c=1 if it charges a toll and c=0 if it is free.',
      'a link is a bridge if c_i = 0 and a ferry if c_i = 1.',
    ])
      expect(stepPrices(body), body).toBe('zero-one');
  });

  it('reads several amounts, or one each cell carries, as varied', () => {
    for (const body of [
      'moving into a dry cell takes 1 minute, while wading into a flooded cell takes k minutes.',
      'a step onto grass takes 1 second and a step onto mud takes 5 seconds.',
      'snow of depth d lies on each square, and driving into a square whose snow has depth d takes d minutes.',
    ])
      expect(stepPrices(body), body).toBe('varied');
  });

  it('reads one amount for every step, or amounts not paid for moves, as no price', () => {
    for (const body of [
      'every step takes exactly one minute, and blocked squares cannot be entered.',
      'the answer takes 1 line and the input takes 3 lines.',
      'chef has no coins today.',
    ])
      expect(stepPrices(body), body).toBeNull();
  });

  it('never throws and answers one of its three readings on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect([null, 'zero-one', 'varied']).toContain(stepPrices(text.toLowerCase()));
      }),
    );
  });
});

describe('a grid whose moves are priced', () => {
  it('leads with the deque search for cells of nothing and one, the cheapest route beside it', () => {
    const { ids, target, hints } = read(
      'A cave map is a grid of n rows and m columns. Each cell is lit (.) or dark (D). An explorer starts in the top-left cell and wants to reach the bottom-right cell, moving up, down, left or right. Lit cells cost nothing to walk through, but every dark cell the explorer enters burns one candle. Print the fewest candles the explorer needs.',
    );
    expect(ids[0]).toBe('breadth-first-search');
    expect(ids).toContain('shortest-path');
    expect(target).toBe('O(n * m)');
    expect(hints.join(' ')).toMatch(/front/);
  });

  it('leads with Dijkstra over the cells for several amounts', () => {
    const { ids, target } = read(
      'A field is a grid of n x m squares, each grass (.) or mud (m). You start in the upper-left square and want to reach the lower-right square; each move goes to a square that shares a side with the current one. A step onto grass takes 1 second and a step onto mud takes 5 seconds. Find the shortest time to reach the lower-right square.',
    );
    expect(ids[0]).toBe('shortest-path');
    expect(target).toBe('O(n * m log(n * m))');
  });

  it('keeps the plain search, the table and the scan for their near misses', () => {
    expect(
      read(
        'A parade ground is a grid of n x m squares; each square is open (.) or blocked (#). The band moves each minute to an open square that shares a side with its square. Every step takes exactly one minute, and blocked squares cannot be entered. Find the shortest time to reach the last square.',
      ).ids,
    ).not.toContain('shortest-path');
    const table = read(
      'There is a grid of n rows and m columns. Entering a square costs 1 yen if it is white and 5 yen if it is black. Takahashi starts on the top-left square and moves only one square right or one square down at a time. Find the minimum total cost of his trip.',
    );
    expect(table.ids[0]).not.toBe('shortest-path');
    expect(table.target).toBe('O(n * m)');
    expect(
      read(
        'A hall floor is a grid of n rows and m columns, each square clean or muddy. A cleaner sweeps every square once: sweeping a clean square takes 1 minute and sweeping a muddy square takes 3 minutes. Find the total number of minutes needed.',
      ).ids,
    ).not.toContain('shortest-path');
  });

  it('counts links of nothing and one without a heap when the cheapest route leads', () => {
    const { ids, target } = read(
      'A country has n towns and m two-way roads. Some roads are free and the others charge a toll. Find the smallest number of toll roads you must use to drive from town 1 to town n. Then there are m lines, each with three integers a, b and c: a road between towns a and b; c=1 if it charges a toll and c=0 if it is free.',
      ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5'],
    );
    expect(ids).toContain('shortest-path');
    expect(target).toBe('O(V + E)');
  });
});
