import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import type { Guarantee } from '@/lib/coach/problem/guarantees';
import { normalizeMath } from '@/lib/coach/problem/normalize';
import { readGuarantees } from '@/lib/coach/problem/promises';
import { problemContext } from '../../../support/problem-context';

/**
 * Promises in wordings that fresh pages use and the tuned sets did not (round promises29), each
 * family beside the near misses that must not read as the promise. The body is normalised as the
 * page reading normalises it.
 */
function promised(statement: string, constraints: string[]): Set<Guarantee> {
  const body = normalizeMath(`${statement}\n${constraints.join('\n')}`).toLowerCase();
  return readGuarantees(parseConstraints(constraints, statement), body);
}

const ARRAY = ['1 <= n <= 10^5', '-10^9 <= a_i <= 10^9'];
const GRAPH = ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= u_i, v_i <= n'];
const GRID = ['H, W <= 1000'];

/** [guarantee, statement, constraints, whether the page promises it]. */
const TABLE: [Guarantee, string, string[], boolean][] = [
  // Both grid sides at least two, as a bound written either way round or in words.
  ['grid-min-two', 'The floor is a grid with H rows and W columns.', ['H, W >= 2', ...GRID], true],
  ['grid-min-two', 'The floor is a grid with H rows and W columns.', ['2 <= H, W <= 1000'], true],
  [
    'grid-min-two',
    'The grid mat has n rows and m columns. The grid has at least two rows and at least two columns.',
    ['n, m <= 500'],
    true,
  ],
  ['grid-min-two', 'The board has at least 2 rows and 2 columns.', ['n, m <= 500'], true],
  [
    'grid-min-two',
    'The grid mat has n rows and m columns. The grid has at least two rows.',
    ['n, m <= 500'],
    false,
  ],
  ['grid-min-two', 'The floor is a grid with H rows and W columns.', ['H, W >= 1', ...GRID], false],
  // Distinct values, said item by item with a measure.
  ['distinct', 'N students stand in a line. Every student has a different height.', ARRAY, true],
  ['distinct', 'Each runner wears a unique number.', ARRAY, true],
  ['distinct', 'Every student has a different height from the teacher.', ARRAY, false],
  ['distinct', 'The values are not necessarily distinct.', ARRAY, false],
  ['distinct', 'The input may contain duplicates.', ARRAY, false],
  [
    'distinct',
    'Each postcode is a string of lowercase letters and digits, and all postcodes in the register are different.',
    ARRAY,
    true,
  ],
  ['distinct', 'Return the quadruplets such that a, b, c, and d are distinct.', ARRAY, false],
  [
    'fixed-alphabet',
    'The first line contains the recipe: a non-empty string of at most 100 characters, each of them "B", "S" or "C".',
    ['1 <= |s| <= 100'],
    true,
  ],
  ['fixed-alphabet', 'Every mail bag carries a routing code of m capital letters.', ['1 <= m <= 10'], true],
  [
    'fixed-alphabet',
    'Every mail bag carries a routing code of m capital letters and digits.',
    ['1 <= m <= 10'],
    false,
  ],
  // An order promised with a hedge about repeats joined to it.
  [
    'sorted',
    'The array is given in non-decreasing order, and the values are not necessarily distinct.',
    ARRAY,
    true,
  ],
  ['sorted', 'The array is not necessarily sorted.', ARRAY, false],
  // The test data vouched for by how it was made.
  ['answer-exists', 'The test data is built so that exactly one pair of gifts works.', ARRAY, true],
  ['answer-exists', 'The input is constructed so that the sum x can always be formed.', ARRAY, true],
  ['answer-exists', 'It is guaranteed that the answer fits in a signed 64-bit integer.', ARRAY, false],
  ['answer-exists', 'Pick the stamps so that the sum x is formed, or print -1.', ARRAY, false],
  // A network joined as given.
  ['connected', 'There are n cities and m roads. The roads connect all the cities.', GRAPH, true],
  ['connected', 'There are n cities and m roads. The given cables link all computers.', GRAPH, true],
  ['connected', 'Build new roads so that the roads connect all the cities.', GRAPH, false],
  ['connected', 'The roads must connect all the cities.', GRAPH, false],
  ['connected', 'The roads connect all the cities. The network may be disconnected.', GRAPH, false],
  // No way back: a graph without cycles told by its walks.
  ['acyclic', 'Following the slopes, you can never come back to a hut you have left.', GRAPH, true],
  ['acyclic', 'One cannot return to a vertex after leaving it.', GRAPH, true],
  ['acyclic', 'You can come back to a hut you have left.', GRAPH, false],
  // A binary string and cells named bare.
  ['fixed-alphabet', 'A panel is written as a binary string S.', ['1 <= |S| <= 10^5'], true],
  ['fixed-alphabet', 'The grid has H rows.', ['S_i is a string of length W consisting of . and #.'], true],
  ['fixed-alphabet', 'The grid has H rows.', ['S_i consists of 0, 1 and ?.'], true],
  ['fixed-alphabet', 'Each number consists of 1 or 2 digits.', ARRAY, false],
  // An order told by how the input was recorded, and a concession joined to a promise.
  ['sorted', 'The readings are recorded in non-increasing order, and readings can repeat.', ARRAY, true],
  ['sorted', 'The readings were recorded over a week.', ARRAY, false],
  [
    'distinct',
    'The strings in words are pairwise distinct, although they may have different lengths.',
    ARRAY,
    true,
  ],
  ['distinct', 'The strings in words may have different lengths.', ARRAY, false],
  // An answer the input admits.
  ['answer-exists', 'The given input always admits at least one valid cut.', ARRAY, true],
  ['answer-exists', 'Print 0 if the input admits no valid cut.', ARRAY, false],
  // Every node joined to one hub.
  [
    'connected',
    'The network has no cycles and every computer is connected to the server, computer 0, through the cables.',
    GRAPH,
    true,
  ],
  ['connected', 'Each computer is connected to its two neighbours by cables.', GRAPH, false],
  // Both sides bounded together in words, of a grid.
  [
    'grid-min-two',
    'A cellar map is a grid of n x m squares, and both n and m are at least 2.',
    ['n, m <= 1000'],
    true,
  ],
  ['grid-min-two', 'You are given two numbers, and both n and m are at least 2.', ['n, m <= 1000'], false],
  ['fixed-alphabet', 'Each square is either dry floor (.) or water (~).', ['n, m <= 1000'], true],
  // Round three (/work/dev-promises29c): repeats denied, multi-edges, an order told by what never
  // happens, and both things a question measures between said present.
  ['distinct', 'The elements of arr are in ascending order with no repeats.', ARRAY, true],
  ['distinct', 'Values may repeat.', ARRAY, false],
  ['no-repeated-edges', 'The given graph has no self-loops and no multi-edges.', GRAPH, true],
  ['no-repeated-edges', 'The given graph may have multi-edges.', GRAPH, false],
  ['sorted', 'The heights never decrease from left to right.', ARRAY, true],
  ['sorted', 'The answer never decreases as k grows.', ARRAY, false],
  [
    'answer-exists',
    'The grid contains at least one towel and at least one free square.',
    ['2 <= n <= 100'],
    true,
  ],
  ['answer-exists', 'The grid contains at least one towel.', ['2 <= n <= 100'], false],
  // Lowercase said of each character.
  [
    'lowercase-only',
    'Return the longest stretch.',
    ['1 <= s.length <= 10^5', 'Every character of s is a lowercase English letter.'],
    true,
  ],
  [
    'lowercase-only',
    'Return the longest stretch.',
    ['Every character of s is a lowercase English letter or a digit.'],
    false,
  ],
];

describe('promises in the wordings of fresh pages, beside their near misses', () => {
  it.each(TABLE)('%s: "%s" (%j) -> %s', (guarantee, statement, constraints, expected) => {
    expect(promised(statement, constraints).has(guarantee)).toBe(expected);
  });
});

describe('a bound written the other way round', () => {
  it.each([
    [['H, W >= 2', 'H, W <= 1000'], 'H', 2, 1000],
    [['10^5 >= n >= 1'], 'n', 1, 100000],
    [['n > 0', 'n < 100'], 'n', 1, 99],
  ] as const)('%j bounds %s by %d and %d', (lines, name, lower, upper) => {
    const variable = parseConstraints(lines, '').variables.find((v) => v.names.includes(name));
    expect([variable?.lower, variable?.upper]).toEqual([lower, upper]);
  });
});

describe('bounds read the same whichever way round they are written', () => {
  const name = fc.constantFrom('n', 'N', 'H, W', 'm', 'K', 'q');
  const number = fc.integer({ min: 0, max: 10 ** 6 });
  it('"a <= X <= b" and "X >= a", "b >= X" on separate lines agree', () => {
    fc.assert(
      fc.property(name, number, number, fc.boolean(), (names, a, span, swap) => {
        const b = a + span;
        const first = names.split(', ')[0] ?? names;
        const forward = parseConstraints([`${a} <= ${names} <= ${b}`], '').variables;
        const lines = [`${names} >= ${a}`, `${b} >= ${names}`];
        const backward = parseConstraints(swap ? lines.reverse() : lines, '').variables;
        const bounds = (variables: typeof forward) =>
          variables.filter((v) => v.names.includes(first)).map((v) => [v.lower, v.upper]);
        expect(bounds(backward)).toEqual(bounds(forward));
      }),
      { numRuns: 200, seed: 29 },
    );
  });
});

describe('a start that cannot be the goal', () => {
  const statement =
    'A robot starts at the top-left square of an H x W grid of floor (.) and shelves (#) and moves up, down, left or right. Find the fewest moves that bring it to the bottom-right square.';
  const listed = (constraints: string[]) =>
    analyzeProblem(
      problemContext({ statement, constraints, tags: ['Breadth-First Search', 'Matrix'] }),
    ).edgeCases.some((line) => /start is already the goal/i.test(line));
  it('is not listed when the start and goal are opposite corners of a grid of two or more cells', () => {
    expect(listed(['H, W >= 2', 'H, W <= 1000'])).toBe(false);
  });
  it('is listed when a 1 x 1 grid puts the goal at the start', () => {
    expect(listed(['1 <= H, W <= 1000'])).toBe(true);
  });
});

describe('a single row where the sides are bounded above only', () => {
  const statement =
    'A floor plan is a matrix mat of n rows and m columns where 1 is a tile and 0 a gap. Return how many 2 x 2 blocks are fully tiled.';
  const listed = (constraints: string[]) =>
    analyzeProblem(problemContext({ statement, constraints, tags: ['Matrix'] })).edgeCases.some((line) =>
      /single row or a single column/i.test(line),
    );
  it('is not listed when the least side is said only in words', () => {
    expect(listed(['n, m <= 1000', 'mat[i][j] is 0 or 1'])).toBe(false);
  });
  it('is listed when the bounds allow one row', () => {
    expect(listed(['1 <= n, m <= 1000', 'mat[i][j] is 0 or 1'])).toBe(true);
  });
});
