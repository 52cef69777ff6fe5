import { describe, expect, it } from 'vitest';
import { aidsOf } from '@/lib/coach/problem/aids';
import { readAsks } from '@/lib/coach/problem/asks';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { type Question, readCostAsks } from '@/lib/coach/problem/costs';
import { figureFor } from '@/lib/coach/problem/figures';
import { readShape, type Shape } from '@/lib/coach/problem/shape';
import { sizedBy } from '@/lib/coach/problem/sized-by';
import { expectedComplexity, matchedOnce } from '@/lib/coach/problem/target';
import type { TechniqueGuess, TechniqueId } from '@/lib/coach/problem/types';

/** What the question asks, as the coach reads it for the cost of its solution. */
const readQuestion = (body: string): Question => ({ ...readAsks(body), ...readCostAsks(body) });

/**
 * Which technique the expected complexity is counted for, and the figure it then takes: each test
 * writes a statement of its own in the shape the rule is about.
 */
const guess = (id: TechniqueId, confidence: number, baseRateOnly = false): TechniqueGuess => ({
  id,
  confidence,
  reason: '',
  ...(baseRateOnly ? { baseRateOnly: true as const } : {}),
});

function reader(statement: string, constraints: string[]) {
  const facts = parseConstraints(constraints, statement);
  const body = `${statement}\n${constraints.join('\n')}`.toLowerCase();
  return (technique: TechniqueId | undefined) => readShape(facts, technique, body);
}

describe('two sequences read side by side', () => {
  const twoTexts = reader(
    'Return the fewest single-character insertions, deletions or replacements that turn the text `before` into the text `after`.',
    ['1 <= before.length, after.length <= 800'],
  );

  it('counts a table over both when only a family or the base rate points anywhere, and the table fits', () => {
    expect(
      sizedBy(
        [guess('string', 0.35), guess('hash-table', 0.15, true), guess('dynamic-programming', 0.1, true)],
        twoTexts,
        false,
      ),
    ).toBe('dynamic-programming');
  });

  it('keeps the leader when another method stands out, or the inputs arrive sorted to be merged', () => {
    const merge = [guess('two-pointers', 0.4), guess('dynamic-programming', 0.2)];
    expect(sizedBy(merge, twoTexts, false)).toBe('two-pointers');
    expect(sizedBy([guess('string', 0.35), guess('dynamic-programming', 0.2)], twoTexts, true)).toBe(
      'string',
    );
  });

  it('keeps the leader when the table would not fit the time budget', () => {
    const long = reader('Return the fewest edits that turn `a` into `b`.', [
      '1 <= a.length, b.length <= 10^5',
    ]);
    expect(sizedBy([guess('string', 0.35), guess('dynamic-programming', 0.12)], long, false)).toBe('string');
  });
});

describe('a leader from the base rate alone', () => {
  const heights = reader('Return the furthest building you can reach using the bricks and ladders.', [
    '1 <= heights.length <= 10^5',
  ]);

  it('gives way to the first method the page itself points at, however faintly', () => {
    const guesses = [
      guess('hash-table', 0.15, true),
      guess('greedy', 0.11),
      guess('heap-priority-queue', 0.11),
    ];
    expect(sizedBy(guesses, heights, false)).toBe('greedy');
  });

  it('stays when the page points at nothing at all', () => {
    expect(sizedBy([guess('hash-table', 0.15, true), guess('sorting', 0.08, true)], heights, false)).toBe(
      'hash-table',
    );
  });
});

describe('items beside an amount they must make', () => {
  const ways = reader(
    'Return the number of ordered ways to pick numbers from `nums`, each as often as you like, that add up to `target`.',
    ['1 <= nums.length <= 200', '1 <= nums[i] <= 1000', '1 <= target <= 1000'],
  );

  it('counts the DP table over every amount when a lookup leads and the DP is a method the page names', () => {
    expect(ways('dynamic-programming').shape).toMatchObject({ kind: 'product', other: { letter: 'k' } });
    expect(sizedBy([guess('hash-table', 0.53), guess('dynamic-programming', 0.27)], ways, false)).toBe(
      'dynamic-programming',
    );
  });

  it('keeps two pointers or a formula that rank ahead of the DP: one pass together, or no pass at all', () => {
    const walk = [guess('two-pointers', 0.57), guess('string', 0.56), guess('dynamic-programming', 0.36)];
    expect(sizedBy(walk, ways, false)).toBe('two-pointers');
    const formula = [guess('string', 0.6), guess('math', 0.26), guess('dynamic-programming', 0.13)];
    expect(sizedBy(formula, ways, false)).toBe('string');
  });
});

describe('a problem bounded only by values', () => {
  const values = reader(
    'For each test, print how many handshakes n guests make when each greets every other once.',
    ['1 <= t <= 10^4', '1 <= n <= 10^9'],
  )(undefined).shape;
  const asks = readQuestion('print how many handshakes n guests make when each greets every other once.');
  const figure = (techniques: TechniqueId[]) =>
    figureFor(techniques[0], values, asks, aidsOf(techniques, new Set()))[0];

  it('computes a formula that leads, with a halving search only a faint third', () => {
    expect(values.kind).toBe('values');
    expect(figure(['math', 'hash-table', 'binary-search'])).toBe('O(1)');
  });

  it('halves the range of values when the search leads or follows right behind', () => {
    expect(figure(['math', 'binary-search'])).toBe('O(log n)');
    expect(figure(['binary-search', 'math'])).toBe('O(log n)');
  });
});

describe('values matched bit by bit', () => {
  const one = reader('Return the largest XOR of two of the readings.', [
    '2 <= readings.length <= 10^5',
    '0 <= readings[i] < 2^30',
  ])(undefined).shape;
  const xor = readQuestion('return the largest xor of two of the readings.');
  const figure = (techniques: TechniqueId[]) =>
    figureFor(techniques[0], one, xor, aidsOf(techniques, new Set()))[0];

  it('walks a trie of the bits, log A levels per value, when a trie stands beside the bits', () => {
    expect(figure(['bit-manipulation', 'trie', 'hash-table'])).toBe('O(n log A)');
    expect(figure(['trie', 'bit-manipulation'])).toBe('O(n log A)');
  });

  it('keeps a constant number of bit operations per element with no trie beside them (a XOR of all)', () => {
    expect(figure(['bit-manipulation', 'hash-table'])).toBe('O(n)');
  });
});

describe('a design problem, per call', () => {
  const calls = { letter: 'n', name: 'calls', bound: 10 ** 5 } as const;
  const design: Shape = { kind: 'design', calls: { ...calls, letter: 'q' }, n: calls };
  const asks = readQuestion('implement the class. at most 10^5 calls will be made.');
  const perCall = (techniques: TechniqueId[]) =>
    figureFor(techniques[0], design, asks, aidsOf(techniques, new Set()))[0];

  it('costs O(log n) when a heap stands beside a map or the bare design (the highest price so far)', () => {
    expect(perCall(['design', 'hash-table', 'heap-priority-queue'])).toBe('O(log n)');
    expect(perCall(['hash-table', 'heap-priority-queue', 'design'])).toBe('O(log n)');
  });

  it('walks the word of each call when a trie stands beside the words', () => {
    const word: Shape = { ...design, n: { letter: 'm', name: 'word.length', bound: 40 } };
    const aids = aidsOf(['string', 'trie', 'design'], new Set());
    expect(figureFor('string', word, asks, aids)[0]).toBe('O(m)');
  });

  it('costs O(log n) when a halving search stands beside the map (the value at a timestamp)', () => {
    expect(perCall(['hash-table', 'binary-search', 'string'])).toBe('O(log n)');
    expect(perCall(['design', 'binary-search', 'hash-table'])).toBe('O(log n)');
  });

  it('stays O(1) when the halving search only trails third, an echo of "latest" in a key-value store', () => {
    expect(perCall(['design', 'hash-table', 'binary-search'])).toBe('O(1)');
  });

  it('stays O(1) for a map and a list, and for a stack that keeps its running extreme', () => {
    expect(perCall(['hash-table', 'linked-list', 'design'])).toBe('O(1)');
    expect(perCall(['stack', 'design', 'heap-priority-queue'])).toBe('O(1)');
  });
});

describe('a breadth-first search over states', () => {
  const aids = aidsOf(['breadth-first-search', 'hash-table'], new Set());
  const asks = readQuestion('return the fewest moves.');

  it('tries every one-letter change of each of the n words, each candidate paid for by its m letters', () => {
    const words = reader(
      'Each move changes one letter of the current code into another, and every code on the way must be in the list `codes`. Return the fewest moves from `start` to `goal`.',
      ['1 <= codes.length <= 5000', 'codes[i].length == start.length', '1 <= start.length <= 10'],
    )('breadth-first-search').shape;
    expect(words).toMatchObject({ kind: 'product', words: true });
    expect(figureFor('breadth-first-search', words, asks, aids)[0]).toBe('O(n * m^2)');
  });

  it('tries each of the m moves from each of the n states', () => {
    const states: Shape = {
      kind: 'add',
      n: { letter: 'n', name: 'n', bound: 10 ** 5 },
      other: { letter: 'm', name: 'moves.length', bound: 50 },
    };
    expect(figureFor('breadth-first-search', states, asks, aids)[0]).toBe('O(n * m)');
  });
});

describe('running totals counted against earlier ones', () => {
  const one = reader('Return how many ranges of `nums` have a sum between `lower` and `upper`.', [
    '1 <= nums.length <= 10^5',
  ])('prefix-sum').shape;
  const asks = readQuestion('return how many ranges of nums have a sum between lower and upper.');
  const figure = (techniques: TechniqueId[]) =>
    figureFor(techniques[0], one, asks, aidsOf(techniques, new Set()))[0];

  it('pays O(log n) per total when a range tree or a merge sort ranks beside the prefix sums', () => {
    expect(figure(['prefix-sum', 'segment-tree', 'divide-and-conquer'])).toBe('O(n log n)');
  });

  it('answers each range by one subtraction with nothing to count', () => {
    expect(figure(['prefix-sum', 'hash-table'])).toBe('O(n)');
  });
});

describe('an n x n table of at most 16 rows', () => {
  const statement =
    'cost[i][j] is what worker i asks for job j. Each job needs its own worker. Return the least total cost.';
  const constraints = ['n == cost.length == cost[i].length', '1 <= n <= 16', '0 <= cost[i][j] <= 100'];
  const input = reader(statement, constraints)('hash-table');
  const target = (guesses: TechniqueGuess[]) =>
    expectedComplexity({
      techniques: guesses.map((g) => g.id),
      input,
      limit: 'O(n^2 * 2^n)',
      asks: readQuestion(statement.toLowerCase()),
      guarantees: new Set(),
      sure: false,
      guesses,
    }).target;

  it('is a table over which rows are taken when nothing points at a method, not a pass over its cells', () => {
    expect(input.shape).toMatchObject({ kind: 'one', square: true });
    expect(target([guess('hash-table', 0.15, true), guess('dynamic-programming', 0.11, true)])).toBe(
      'O(n * 2^n)',
    );
  });

  it('is the same table when a DP leads, not a pass over the n^2 cells', () => {
    expect(target([guess('dynamic-programming', 0.8), guess('matrix', 0.3)])).toBe('O(n * 2^n)');
  });
});

describe('queries or a second list matched against an input when nothing points at a method', () => {
  const statement =
    'A market has n stalls; stall i sells at price p_i. Then q shoppers come, and shopper j has a budget b_j. For each shopper, print how many stalls sell at a price of at most their budget.';
  const read = reader(statement, ['1 <= n, q <= 10^5', '1 <= p_i, b_j <= 10^9']);
  const faint = [guess('hash-table', 0.14, true), guess('dynamic-programming', 0.1, true)];
  const target = (guesses: TechniqueGuess[], limit = 'O((n + q) log n)', compares = true) =>
    expectedComplexity({
      techniques: guesses.map((g) => g.id),
      input: read(guesses[0]?.id),
      limit,
      asks: readQuestion(statement.toLowerCase()),
      guarantees: new Set(),
      sure: false,
      guesses,
      compares,
    });

  it('is a sort and a halving search per query, not the base rate one pass', () => {
    expect(read('hash-table').shape).toMatchObject({ kind: 'add', other: { letter: 'q' } });
    const expected = target(faint);
    expect(expected.target).toBe('O((n + q) log n)');
    expect(expected.reason).toMatch(/halving search/);
  });

  it('leaves a method the page points at its own figure: prefix sums answer each range in O(1)', () => {
    expect(target([guess('prefix-sum', 0.7), ...faint]).target).toBe('O(n + q)');
  });

  it('reads only two sizes that add, and only up to a limit that allows the search', () => {
    expect(matchedOnce(read('hash-table'), 'O(n + q)', 'O(n + q)', true)).toBeNull();
    const single = reader('Count the values in a that are at most x.', ['1 <= n <= 10^5'])('hash-table');
    expect(matchedOnce(single, 'O(n log n)', 'O(n)', true)).toBeNull();
  });

  it('holds only where the queries compare: a key or a span of positions keeps the base rate', () => {
    expect(matchedOnce(read('hash-table'), 'O((n + q) log n)', 'O(n + q)', true)).toBe('O((n + q) log n)');
    expect(matchedOnce(read('hash-table'), 'O((n + q) log n)', 'O(n + q)', false)).toBeNull();
    expect(target(faint, 'O((n + q) log n)', false).target).toBe('O(n + q)');
  });
});
