import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadsEachStep } from '@/lib/coach/problem/knowledge/spreading-grids';
import { panelOf } from '../../../support/statement';

/**
 * Something that passes from cells to the cells touching them each step of the story's clock
 * (knowledge/spreading-grids.ts). Statements written for these tests.
 */
const GRID = ['1 <= n, m <= 500', 'grid[i][j] is 0, 1 or 2'];

describe('a spread from every source cell, one ring per step', () => {
  it.each([
    'An orchard is a grid of n rows and m columns. Every night, each blighted tree passes the blight to the healthy trees directly north, south, east and west of it. Return the number of nights before no healthy tree is left, or -1.',
    'A farm is an n x m grid. Once an hour, the flames leap from every burning cell into each dry cell that shares a side with it. Return how many hours pass until all the dry grass has burnt.',
    'A pond is a grid of n rows and m columns of cells. Every minute, each ice cell that shares a side with open water melts. After how many minutes has all the ice melted?',
  ])('leads with a breadth-first search over the cells, O(n * m): %s', (statement) => {
    const panel = panelOf(statement, GRID);
    expect(panel.top).toBe('breadth-first-search');
    expect(panel.target).toBe('O(n * m)');
  });

  it('leaves a spread whose cells take their own time to cross to a weighted search', () => {
    const panel = panelOf(
      'A garden is a grid of n rows and m columns. Every hour the frost moves into an adjacent plot, and a plot of hardiness h takes h hours to freeze once touched. Return the hours until every plot is frozen.',
      ['1 <= n, m <= 500', '0 <= hardy[i][j] <= 10^4'],
    );
    expect(panel.top).not.toBe('breadth-first-search');
  });

  it('coaches every source starting together, before naming the search', () => {
    const [first, second, third] = panelOf(
      'An orchard is a grid of n rows and m columns. Every night, each blighted tree passes the blight to the healthy trees directly north, south, east and west of it. Return the number of nights before no healthy tree is left, or -1.',
      GRID,
    ).hints;
    expect(first).toMatch(/after one round, which after two/);
    expect(first).not.toMatch(/breadth|queue/i);
    expect(second).toMatch(/search from every source at once/i);
    expect(third).toMatch(/the last round given out/);
    expect(third).toMatch(/-1/);
  });

  it("reads the story's clock in any unit and its touching cells in any words", () => {
    const clock = fc.constantFrom(
      'every night',
      'each morning',
      'once an hour',
      'every minute',
      'each round',
    );
    const touching = fc.constantFrom(
      'that shares a side with it',
      'adjacent to it',
      'directly north, south, east and west of it',
      'neighbouring it',
    );
    fc.assert(
      fc.property(clock, touching, (when, where) =>
        spreadsEachStep(`${when}, each wet cell soaks every dry cell ${where}.`),
      ),
    );
  });
});
