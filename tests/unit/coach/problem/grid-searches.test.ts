import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/**
 * A grid whose cells are joined by moves to the cells touching them is a graph to search, and the
 * search, not the grid, is the first answer (knowledge/grid-walks.ts, technique-order.ts). Each
 * statement was written for these tests, beside the near misses the rule must leave alone.
 */
const analyse = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ title: 'Example', statement, constraints }));
const ids = (analysis: ReturnType<typeof analyse>) => analysis.patterns.map((p) => p.id);
const GRID = ['1 <= rows, cols <= 400', 'field.length == rows', 'field[r].length == cols'];

describe('moves between touching cells of a grid', () => {
  it('put a depth-first walk ahead of the grid when the question is what one cell reaches', () => {
    const size = analyse(
      "A farm is a table field of 'W' (wheat) and '.' (fallow) plots. A rabbit in a wheat plot can hop to a plot that shares a side with it only if that plot is wheat too. Return the most plots one rabbit can hop through.",
      GRID,
    );
    expect(ids(size)[0]).toBe('depth-first-search');
    expect(ids(size).slice(0, 3)).toContain('matrix');
    // The rows of the table hold cells, not links: the walk visits rows x cols of them.
    expect(size.complexityTarget).toBe('O(n * m)');
  });

  it('read a change that reaches the cells sharing a side each hour as rings of a breadth-first search', () => {
    const rounds = analyse(
      "A town is a table field of 'L' (lit), '.' (dark) and '#' (park) blocks. Every hour, each dark block that shares a side with a lit block gets its light back; light never crosses a park. Return the hours until every block is lit, or -1.",
      GRID,
    );
    expect(ids(rounds)[0]).toBe('breadth-first-search');
    expect(rounds.complexityTarget).toBe('O(n * m)');
  });

  it('leave the fewest moves to a breadth-first search (near miss)', () => {
    const fewest = analyse(
      "A farm is a table field of 'W' (wheat) and '.' (fallow) plots. A rabbit can hop to a plot that shares a side with its own if that plot is wheat. Return the fewest hops from the top left plot to the bottom right one, or -1.",
      GRID,
    );
    expect(ids(fewest)[0]).toBe('breadth-first-search');
  });

  it('leave routes that only go right or down to a table filled row by row (near miss)', () => {
    const routes = analyse(
      "A farm is a table field of 'W' (wheat) and '.' (fallow) plots. A rabbit moves only right or down, to the neighbouring plot, and never onto fallow. Return the number of routes from the top left plot to the bottom right one.",
      GRID,
    );
    expect(ids(routes)[0]).toBe('dynamic-programming');
    expect(ids(routes)).not.toContain('depth-first-search');
  });

  it('read the largest square of free tiles as a table over the cells, whatever the cells are called', () => {
    const rug = analyse(
      "A hall's floor plan field holds '.' for a free tile and '#' for a pillar. A square rug may lie on free tiles only. Return the side of the largest square rug.",
      GRID,
    );
    expect(ids(rug)[0]).toBe('dynamic-programming');
  });
});
