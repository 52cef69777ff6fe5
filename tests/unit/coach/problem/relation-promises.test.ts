import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { contradictedBy } from '@/lib/coach/problem/contradictions';
import { promisesDistinct } from '@/lib/coach/problem/distinct-promises';
import type { Guarantee } from '@/lib/coach/problem/guarantees';
import { normalizeMath } from '@/lib/coach/problem/normalize';
import { orderInProse } from '@/lib/coach/problem/order-promises';
import { readGuarantees } from '@/lib/coach/problem/promises';
import { presenceInProse, signInProse } from '@/lib/coach/problem/prose-promises';
import { analyse } from '../../../support/statement';

/**
 * Promises read from how they are built (round promises38): a relation said of every pair, an order
 * told item against its neighbour, a least value of one said of each item, at least one item said of
 * the input, both sides of a board bounded in words, a way from any place to any other; each beside
 * the near miss that must not read as the promise. Bodies are normalised as the page reading does.
 */
function promised(statement: string, constraints: string[]): Set<Guarantee> {
  const body = normalizeMath(`${statement}\n${constraints.join('\n')}`).toLowerCase();
  return readGuarantees(parseConstraints(constraints, statement), body);
}

const ARRAY = ['1 <= n <= 10^5', '-10^9 <= a_i <= 10^9'];
const UNSIGNED = ['1 <= n <= 10^5', 'a_i <= 10^9'];
const SIZE_ONLY = ['n <= 10^5', '-10^4 <= a_i <= 10^4'];
const GRAPH = ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= u_i, v_i <= n'];
const GRID = ['n, m <= 1000'];

/** [guarantee, statement, constraints, whether the page promises it]. */
const TABLE: [Guarantee, string, string[], boolean][] = [
  // Every pair told apart, in words.
  [
    'distinct',
    "Badge numbers are handed out so that every guest's number differs from every other guest's.",
    ARRAY,
    true,
  ],
  ['distinct', 'Every player has a jersey number of their own, different from all the others.', ARRAY, true],
  ['distinct', 'The codes are all different from one another.', ARRAY, true],
  ['distinct', '- int codes[n]: the product codes, no two alike', ARRAY, true],
  ['distinct', 'No two of the readings are equal.', ARRAY, true],
  ['distinct', 'No value appears twice in A.', ARRAY, true],
  ['distinct', 'No number occurs more than once.', ARRAY, true],
  ['distinct', 'There are no repeated values in the array.', ARRAY, true],
  ['distinct', 'No two students are of the same height.', ARRAY, true],
  ['distinct', 'p is a permutation of the integers from 1 to n.', ARRAY, true],
  ['distinct', 'The array stalls[] gives the positions of the stalls (all distinct).', ARRAY, true],
  [
    'answer-exists',
    'The notes never contradict each other, so at least one order of all the steps respects every note.',
    ARRAY,
    true,
  ],
  ['answer-exists', 'Return whether at least one order of the steps respects every note.', ARRAY, false],
  ['distinct', 'Return the number of pairs (not necessarily distinct) whose sum is k.', ARRAY, false],
  ['distinct', 'Print the values of the answer (all distinct) in any order.', ARRAY, false],
  ['distinct', 's is a permutation of the letters of t.', ARRAY, false],
  ['distinct', 'The director wants a running order in which every act appears exactly once.', ARRAY, false],
  ['distinct', 'Each tile differs from the tiles adjacent to it.', ARRAY, false],
  ['distinct', 'Each reading is different from the one before it.', ARRAY, false],
  ['distinct', 's and t are different from each other.', ARRAY, false],
  ['distinct', 'No two adjacent values are equal.', ARRAY, false],
  [
    'distinct',
    'Badge numbers may repeat: a collector can hold several badges with the same number.',
    ARRAY,
    false,
  ],
  ['distinct', 'There are n cities and m roads. No two roads join the same pair of cities.', GRAPH, false],
  ['distinct', 'There are n islands and m bridges. No bridge is listed twice.', GRAPH, false],
  ['distinct', 'You may assume that no range appears more than once in the input.', ARRAY, false],
  // An order told item against its neighbour.
  ['sorted', 'The readings only ever rise: each reading is higher than the one before it.', ARRAY, true],
  ['distinct', 'The readings only ever rise: each reading is higher than the one before it.', ARRAY, true],
  ['sorted', 'Each price is no lower than the previous one.', ARRAY, true],
  ['distinct', 'Each price is no lower than the previous one.', ARRAY, false],
  ['sorted', 'Every runner finished later than the runner before.', ARRAY, true],
  ['sorted', 'The water level only rose during the flood.', ARRAY, true],
  ['sorted', 'The readings never go down.', ARRAY, true],
  ['sorted', 'Each day the price is at least as high as the day before.', ARRAY, true],
  ['sorted', 'The prices are listed from cheapest to most expensive.', ARRAY, true],
  ['sorted', 'The organisers want the numbers listed from the smallest to the largest.', ARRAY, false],
  ['sorted', 'Print the score that is k-th when the scores are ranked from highest to lowest.', ARRAY, false],
  ['sorted', 'The number of cells only grows when it rains.', ARRAY, false],
  ['sorted', 'The readings can rise and fall as the trail goes up and down.', ARRAY, false],
  [
    'sorted',
    'Return the longest stretch in which each reading is higher than the one before it.',
    ARRAY,
    false,
  ],
  ['sorted', 'A run is good if each value is larger than the one before it.', ARRAY, false],
  ['sorted', 'Every day the snail climbs one metre more than the day before.', ['1 <= h <= 10^18'], false],
  // A least value of one said of each item.
  ['positive', 'Every crate weighs at least 1 kilogram.', UNSIGNED, true],
  ['positive', 'Each shelf holds at least one book.', UNSIGNED, true],
  ['positive', 'Each node has at least one child.', UNSIGNED, false],
  ['positive', 'Each team needs at least one member.', UNSIGNED, false],
  ['positive', 'Each test case has at least one crate.', UNSIGNED, false],
  ['positive', 'Every crate weighs at least 1 kilogram.', ARRAY, false],
  ['positive', 'A shelf may be empty.', ['1 <= n <= 10^5', '0 <= a_i <= 10^9'], false],
  // At least one item, said of the input or of a test.
  ['non-empty', 'There is always at least one day in the ledger.', SIZE_ONLY, true],
  ['non-empty', 'Each test case describes at least one customer.', SIZE_ONLY, true],
  ['non-empty', 'The log holds at least one entry.', SIZE_ONLY, true],
  ['non-empty', 'Either list may be empty.', ['0 <= n <= 10^5'], false],
  ['non-empty', 'Count the days with at least one sale.', SIZE_ONLY, false],
  // Both sides of a board at least two, in words.
  ['grid-min-two', 'The field is at least 2 squares tall and at least 2 squares wide.', GRID, true],
  ['grid-min-two', 'Both dimensions of the field are at least 2.', GRID, true],
  ['grid-min-two', 'Neither side of the board is shorter than 2.', GRID, true],
  ['grid-min-two', 'Its height and width are both at least 2.', GRID, true],
  ['grid-min-two', 'The grid is at least 2 x 2.', GRID, true],
  ['grid-min-two', 'Each side of the grid is at least 2.', GRID, true],
  ['grid-min-two', 'The grid has more than one row and more than one column.', GRID, true],
  ['grid-min-two', 'The board is never a single row or a single column.', GRID, true],
  [
    'grid-min-two',
    'The garden is a grid with h rows and w columns. Both h and w are at least 2.',
    ['h, w <= 1000'],
    true,
  ],
  ['grid-min-two', 'The field is at least 2 squares tall.', GRID, false],
  ['grid-min-two', 'The orchard may be a single row or a single column.', GRID, false],
  // AtCoder's older bounds in their Japanese forms (\leqq, ≦) read as the bounds they are.
  [
    'sorted',
    'The heights are given.',
    ['1 \\leqq N \\leqq 10^5', '1 \\leqq A_1 \\leqq A_2 \\leqq \\ldots \\leqq A_N \\leqq 10^9'],
    true,
  ],
  ['positive', 'The heights are given.', ['1 ≦ N ≦ 10^5', '1 ≦ A_i ≦ 10^9'], true],
  ['non-empty', 'The heights are given.', ['1 ≦ N ≦ 10^5', '1 ≦ A_i ≦ 10^9'], true],
  // A way from every place to every other.
  [
    'connected',
    'No town is cut off: from any town there is a way along the roads to any other town.',
    GRAPH,
    true,
  ],
  ['connected', 'No village is isolated.', GRAPH, true],
  ['connected', 'From every city one can travel by road to every other city.', GRAPH, true],
  ['connected', 'From city 1 every other city can be reached.', GRAPH, true],
  ['connected', 'Is it possible that no town is isolated?', GRAPH, false],
  ['connected', 'Some villages may have no path to the others at all.', GRAPH, false],
  ['connected', 'The graph may consist of several separate parts.', GRAPH, false],
  ['connected', 'Build roads so that from any town there is a way to any other town.', GRAPH, false],
];

describe('promises read from their structure', () => {
  it.each(TABLE)('%s: %j (%j) -> %s', (guarantee, statement, constraints, expected) => {
    expect(promised(statement, constraints).has(guarantee)).toBe(expected);
  });
});

describe('edge cases under promises worded as other setters word them', () => {
  const PAGES: [string, string[], Guarantee][] = [
    [
      "At the gala each of the n guests wears a badge; guest i has badge number b_i. Badge numbers are handed out so that every guest's number differs from every other guest's. Count the pairs of guests whose numbers differ by exactly k.",
      ['1 <= n <= 2 * 10^5', '1 <= k <= 10^9', '1 <= b_i <= 10^9'],
      'distinct',
    ],
    [
      'A thermometer logs n readings in temps. The readings only ever rise: each reading is higher than the one before it. Return the index of the first reading that is at least t, or -1.',
      ['1 <= temps.length <= 10^5', '-10^9 <= temps[i] <= 10^9'],
      'distinct',
    ],
    [
      'A shop records the profit of each day in arr; a loss is negative. There is always at least one day in the ledger. Find the largest total over consecutive days.',
      ['arr.size() <= 10^5', '-10^4 <= arr[i] <= 10^4'],
      'non-empty',
    ],
    [
      'A row of crates waits on the dock. Every crate weighs at least 1 kilogram. Return the number of stretches of consecutive crates whose product of weights is at most cap.',
      ['1 <= weights.length <= 10^5', 'weights[i] <= 1000'],
      'positive',
    ],
  ];

  it('lists no one-character row on a board promised at least 2 wide', () => {
    const statement =
      "A farmer's field is a grid of n x m squares. Each square is either dry (.) or flooded (#). The field is at least 2 squares tall and at least 2 squares wide. Count the 2 x 2 blocks whose four squares are all dry.";
    const { edgeCases } = analyse(statement, ['n, m <= 1000']);
    expect(edgeCases.filter((line) => contradictedBy(line, ['grid-min-two']).length > 0)).toEqual([]);
    expect(contradictedBy('A single character', ['grid-min-two'])).toEqual(['grid-min-two']);
  });

  it.each(PAGES)('lists none the promise rules out: %s', (statement, constraints, guarantee) => {
    const { edgeCases } = analyse(statement, constraints);
    expect(edgeCases.filter((line) => contradictedBy(line, [guarantee]).length > 0)).toEqual([]);
  });

  it('still lists them where the page allows them', () => {
    const repeats = analyse(
      'Polycarp has n badges; badge i shows a_i. Badge numbers may repeat. Count the pairs of badges with equal numbers.',
      ['1 <= n <= 2 * 10^5', '1 <= a_i <= 10^9'],
    ).edgeCases;
    expect(repeats.some((line) => contradictedBy(line, ['distinct']).length > 0)).toBe(true);
    const empty = analyse(
      'Two doormen kept sorted lists a and b of ticket numbers. Either list may be empty. Return one sorted list of all the numbers.',
      ['0 <= a.size(), b.size() <= 10^5', '1 <= a[i], b[i] <= 10^9'],
    ).edgeCases;
    expect(empty.some((line) => contradictedBy(line, ['non-empty']).length > 0)).toBe(true);
  });
});

/** Words the new readers look for, shuffled into text that makes no promise of its own. */
const WORDS = [
  'each',
  'every',
  'no',
  'two',
  'other',
  'from',
  'differs',
  'different',
  'higher',
  'than',
  'the',
  'one',
  'before',
  'it',
  'only',
  'rise',
  'at',
  'least',
  '1',
  'weighs',
  'there',
  'is',
  'tall',
  'wide',
  'town',
  'any',
  'way',
  'to',
  'may',
  'if',
  'value',
  'appears',
  'twice',
  'alike',
  'list',
  'side',
  'both',
];

describe('the readers of promises on text no setter wrote', () => {
  it('never throw and stay fast on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const sentences = [text.toLowerCase()];
        const started = performance.now();
        orderInProse(sentences);
        promisesDistinct(sentences, false);
        presenceInProse(sentences);
        signInProse(sentences);
        expect(performance.now() - started).toBeLessThan(100);
      }),
      { numRuns: 300, seed: 38 },
    );
  });

  it('read no promise from words that name no item and no relation', () => {
    fc.assert(
      fc.property(fc.lorem({ maxCount: 30 }), (text) => {
        const sentences = [text.toLowerCase()];
        expect(orderInProse(sentences)).toBeNull();
        expect(promisesDistinct(sentences, false)).toBe(false);
        expect(presenceInProse(sentences)).toEqual([]);
        expect(signInProse(sentences)).toBeNull();
      }),
      { numRuns: 200, seed: 38 },
    );
  });

  it('stay fast on long runs of the very words they look for', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 50, maxLength: 120 }), (words) => {
        const sentences = [words.join(' ')];
        const started = performance.now();
        orderInProse(sentences);
        promisesDistinct(sentences, true);
        presenceInProse(sentences);
        signInProse(sentences);
        expect(performance.now() - started).toBeLessThan(100);
      }),
      { numRuns: 200, seed: 38 },
    );
  });

  it('read no promise where the sentence hedges it with "may"', () => {
    const hedged = fc.constantFrom(
      'the values may differ from every other value',
      'the readings may rise and fall',
      'every crate may weigh at least 1 kilogram or nothing',
      'some towns may have no road to the others',
    );
    fc.assert(
      fc.property(hedged, fc.constantFrom(...['', 'note: ', 'and ']), (sentence, lead) => {
        const statement = `${lead}${sentence}.`;
        const found = promised(statement, ARRAY);
        expect([...found].filter((g) => ['distinct', 'sorted', 'positive', 'connected'].includes(g))).toEqual(
          [],
        );
      }),
      { numRuns: 40, seed: 38 },
    );
  });
});
