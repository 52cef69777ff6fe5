import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridQuestions } from '@/lib/coach/problem/grid-questions';
import { panelOf } from '../../../support/statement';

/*
 * Rectangles asked about a grid: corners bounded by the grid's sides and a count beside them are q
 * questions, so the figure is the cells plus the questions (running totals over every top-left
 * block, or corner marks summed once), not the cells alone. One rectangle asked once, a grid walked
 * once, and questions that are each a formula stay what they were.
 */

describe('rectangles asked about a grid that never changes', () => {
  it('count q beside the cells and lead with running totals, whatever the page calls them', () => {
    const sections = panelOf(
      'A mine is a grid of N rows and M columns; cell (i, j) holds A_ij tonnes of ore. The crew proposes Q sections, each a rectangle with corners (x_1, y_1) and (x_2, y_2). For each section, print the ore inside it.',
      [
        '1 <= N, M <= 500',
        '1 <= Q <= 10^5',
        '0 <= A_ij <= 10^9',
        '1 <= x_1 <= x_2 <= N',
        '1 <= y_1 <= y_2 <= M',
      ],
    );
    expect(sections.top).toBe('prefix-sum');
    expect(sections.ids).toContain('matrix');
    expect(sections.target).toBe('O(n * m + q)');
    expect(sections.limit).toBe('O((n * m + q) log(n * m))');
    expect(sections.reason).toMatch(/q = Q <= 10\^5 rectangles/);
    // Level 1 asks about blocks from the corner without naming the technique; level 2 names it.
    expect(sections.hints[0]).not.toMatch(/prefix|running total|difference/i);
    expect(sections.hints[1]).toMatch(/running totals in two dimensions/i);
  });

  it('read a square board as its n^2 cells plus the questions', () => {
    const field = panelOf(
      'A square field has n x n plots, each sown (*) or fallow (.). Answer q queries: how many sown plots lie inside the rectangle with corners (y_1, x_1) and (y_2, x_2)? Print the answer to each query.',
      ['1 <= n <= 1000', '1 <= q <= 2 * 10^5', '1 <= y_1 <= y_2 <= n', '1 <= x_1 <= x_2 <= n'],
    );
    expect(field.top).toBe('prefix-sum');
    expect(field.target).toBe('O(n^2 + q)');
    expect(field.limit).toBe('O((n^2 + q) log n)');
  });

  it('let every question walk its cells when the grid and the questions are small', () => {
    const small = panelOf(
      'A board has n rows and m columns of numbers. There are q questions; each gives a rectangle (r1, c1, r2, c2), and for each question you print the sum of the numbers inside it.',
      ['1 <= n, m <= 50', '1 <= q <= 1000', '1 <= r1 <= r2 <= n', '1 <= c1 <= c2 <= m'],
    );
    expect(small.limit).toBe('O(q * n * m)');
  });
});

describe('rectangles laid on a grid before one answer', () => {
  it('get the corner-marks ladder, counted as q beside the cells', () => {
    const canvas = panelOf(
      'A canvas is an n x m grid, all zero. Each stroke [r1, c1, r2, c2, v] adds v to every cell of its rectangle. Return the canvas after all strokes have been applied.',
      [
        '1 <= n, m <= 500',
        '1 <= strokes.length <= 10^5',
        '0 <= r1 <= r2 < n',
        '0 <= c1 <= c2 < m',
        '1 <= v <= 1000',
      ],
    );
    expect(canvas.top).toBe('prefix-sum');
    expect(canvas.target).toBe('O(n * m + q)');
    expect(canvas.hints[0]).not.toMatch(/prefix|running total|difference/i);
    expect(canvas.hints[1]).toMatch(/difference array in two dimensions/i);
  });
});

describe('near misses stay as they were', () => {
  it('one rectangle asked once is the cells it covers', () => {
    const plot = panelOf(
      'A farm is an m x n grid field. Return the total crop inside the plot with top-left cell (row1, col1) and bottom-right cell (row2, col2).',
      [
        'm == field.length',
        'n == field[i].length',
        '1 <= m, n <= 500',
        '0 <= row1 <= row2 < m',
        '0 <= col1 <= col2 < n',
      ],
    );
    expect(plot.target).toBe('O(n * m)');
    expect(plot.top).not.toBe('prefix-sum');
  });

  it('a grid walked once for its largest region is one pass over the cells', () => {
    const meadow = panelOf(
      'You are given an m x n binary matrix farm. A meadow is a group of 1 cells connected up, down, left or right. Return the size of the largest meadow.',
      ['m == farm.length', 'n == farm[i].length', '1 <= m, n <= 300'],
    );
    expect(meadow.target).toBe('O(n * m)');
    expect(meadow.top).not.toBe('prefix-sum');
  });
});

describe('whether each rectangle gets its own answer', () => {
  it('reads an answer per rectangle, and cells or printed numbers as no such answer', () => {
    expect(gridQuestions('for each section, print the ore inside it.')).toBe('totals');
    expect(gridQuestions('return an array answer where answer[k] is the count in the k-th block.')).toBe(
      'totals',
    );
    expect(gridQuestions('once every sheet is pinned, find for every cell how many sheets cover it.')).toBe(
      'marks',
    );
    expect(gridQuestions('print h lines; the j-th number on line i is the layers on that cell.')).toBe(
      'marks',
    );
  });

  it('never reads an answer per rectangle from words about cells alone', () => {
    const cellwise = fc.constantFrom('cell', 'cells', 'tile', 'row', 'column', 'number', 'line', 'value');
    fc.assert(
      fc.property(cellwise, fc.constantFrom('for each', 'for every', 'in each', 'of every'), (noun, lead) => {
        expect(gridQuestions(`after all of them, print ${lead} ${noun} its total.`)).toBe('marks');
      }),
    );
  });
});

describe('values the input lists one a line, each answered on a line of its own', () => {
  it('are questions about the fixed list, whatever the page calls them', () => {
    const marks = panelOf(
      'There are N pins on a tape; pin i is at position X_i. Then K marks are drawn, the j-th at Y_j. For each mark, find how many pins are at a position smaller than Y_j.\nInput: N K / X_1 X_2 ... X_N / Y_1\nY_2\n:\nY_K\nOutput: Print K lines. The j-th line holds the count for the j-th mark.',
      ['1 <= N, K <= 2 * 10^5', '0 <= X_i, Y_j <= 10^9'],
    );
    expect(marks.target).toBe('O((n + q) log n)');
    expect(marks.ids).toContain('binary-search');
  });

  it('leave a k that no list is written out to as a parameter', () => {
    const letters = panelOf(
      'A code is a string of the first k lowercase letters. Return the length of the shortest window of the code that holds all k letters.',
      ['1 <= |code| <= 10^5', '1 <= k <= 26'],
    );
    expect(letters.target).toBe('O(n)');
  });
});
