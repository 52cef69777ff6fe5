import { describe, expect, it } from 'vitest';
import { aidsOf } from '@/lib/coach/problem/aids';
import { readAsks } from '@/lib/coach/problem/asks';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { type Question, readCostAsks } from '@/lib/coach/problem/costs';
import { figureFor } from '@/lib/coach/problem/figures';
import { readShape, type Shape } from '@/lib/coach/problem/shape';
import type { TechniqueId } from '@/lib/coach/problem/types';

/** What the question asks, as the coach reads it for the cost of its solution. */
const readQuestion = (body: string): Question => ({ ...readAsks(body), ...readCostAsks(body) });

/*
 * What a question asks that sets its technique's cost: each reading is tested on phrasings of our
 * own and on near-misses, then the figure it gives is tested on a shape of input, whatever the
 * technique that leads.
 */

const shapeOf = (statement: string, constraints: string[], technique?: TechniqueId) =>
  readShape(
    parseConstraints(constraints, statement),
    technique,
    `${statement}\n${constraints.join('\n')}`.toLowerCase(),
  );
const figure = (techniques: TechniqueId[], shape: Shape, statement: string) =>
  figureFor(techniques[0], shape, readQuestion(statement.toLowerCase()), aidsOf(techniques, new Set()))[0];

describe('a value asked for as of a moment', () => {
  const asOf = (text: string) => readCostAsks(text.toLowerCase()).asOf;

  it('reads the last entry at or before a time, a revision or a version', () => {
    expect(asOf('priceAt(ticker, time) returns the latest price logged at or before time.')).toBe(true);
    expect(asOf('read returns the value with the largest revision at or before the one given.')).toBe(true);
    expect(asOf('get(key, version) returns the value whose version is the largest one <= version.')).toBe(
      true,
    );
    expect(asOf('Return the reading of the most recent snapshot not later than snap_id.')).toBe(true);
    expect(asOf('cell(i, s) returns what cell i held at the time snapshot s was taken.')).toBe(true);
    expect(asOf('value(key, v) returns the value of key at the time of version v.')).toBe(true);
  });

  it('does not read a plain store, or a bound at or before an index with no moment', () => {
    expect(asOf('get(key) returns the latest value stored for key.')).toBe(false);
    expect(asOf('Return how many elements at or before index i are even.')).toBe(false);
    expect(asOf('At most 10^5 calls are made, each with a time between 1 and 10^9.')).toBe(false);
  });

  it('costs a halving search per call beside a map or the bare design, whichever ranks it', () => {
    const design: Shape = {
      kind: 'design',
      calls: { letter: 'q', name: 'calls', bound: 10 ** 5 },
      n: { letter: 'n', name: 'calls', bound: 10 ** 5 },
    };
    const text = 'priceAt(ticker, time) returns the latest price logged at or before time.';
    expect(figure(['design', 'string', 'binary-search'], design, text)).toBe('O(log n)');
    expect(figure(['hash-table', 'design'], design, text)).toBe('O(log n)');
    expect(
      figure(['design', 'hash-table'], design, 'get(key) returns the latest value stored for key.'),
    ).toBe('O(1)');
  });
});

describe('the calls of a design given strings', () => {
  const statement =
    'Implement the QuoteBook class: void log(String ticker, int time, int price) records a trade; int priceAt(String ticker, int time) returns the latest price.';

  it('holds as many entries as the calls put in, not the length of one key', () => {
    const input = shapeOf(statement, ['1 <= ticker.length <= 5', 'At most 10^5 calls in total are made.']);
    expect(input.shape).toMatchObject({ kind: 'design', n: { name: 'calls' } });
  });

  it('reads a key that consists of letters as a key too', () => {
    const input = shapeOf('Implement the HitTally class: visit(page) and count(page).', [
      '1 <= page.length <= 10',
      'page consists of lowercase English letters.',
      'At most 10^5 calls are made to visit and count.',
    ]);
    expect(input.shape).toMatchObject({ kind: 'design', n: { name: 'calls' } });
  });

  it('still holds the array the constructor is given', () => {
    const input = shapeOf('Implement the RangeTotals class: RangeTotals(int[] nums) and sum(left, right).', [
      '1 <= nums.length <= 10^4',
      'At most 10^4 calls will be made to sum.',
    ]);
    expect(input.shape).toMatchObject({ kind: 'design', n: { name: 'nums.length' } });
  });
});

describe('a run of consecutive values', () => {
  const consecutive = (text: string) => readCostAsks(text.toLowerCase()).consecutiveValues;
  const one = shapeOf('Return the longest run.', ['1 <= nums.length <= 10^5']).shape;

  it('reads runs of values wherever they sit in the input', () => {
    expect(
      consecutive('Return the length of the longest run of consecutive numbers among the tickets.'),
    ).toBe(true);
    expect(consecutive('Return the largest number of consecutive page numbers that all survived.')).toBe(
      true,
    );
    expect(consecutive('Find the longest sequence of consecutive integers present in the list.')).toBe(true);
  });

  it('does not read runs of positions: a piece of the input is a window', () => {
    expect(consecutive('Return the longest subarray of consecutive integers.')).toBe(false);
    expect(consecutive('Return the most consecutive days with rain.')).toBe(false);
    expect(consecutive('Return the longest run of consecutive equal elements.')).toBe(false);
  });

  it('is one pass over a hash set even when a sort leads: the sort is the slower way there', () => {
    const text = 'Return the length of the longest run of consecutive numbers among the tickets.';
    expect(figure(['sorting', 'greedy'], one, text)).toBe('O(n)');
    expect(figure(['hash-table', 'sorting'], one, text)).toBe('O(n)');
    expect(figure(['sorting', 'greedy'], one, 'Sort the tickets by number.')).toBe('O(n log n)');
  });
});

describe('a value halved, or shared out evenly', () => {
  const halving = (text: string) => readCostAsks(text.toLowerCase()).halving;
  const values = shapeOf('Return the answer.', ['1 <= x <= 10^18']).shape;

  it('reads repeated halving and a common divisor in their own words', () => {
    expect(halving('If the number is even it is halved, otherwise reduced by one.')).toBe(true);
    expect(halving('Each round the pile is divided by two, rounding down.')).toBe(true);
    expect(halving('Cover the floor with equal square tiles without cutting any tile.')).toBe(true);
    expect(halving('Return the largest length that divides both ropes.')).toBe(true);
  });

  it('does not read a count of multiples, which a formula gives', () => {
    expect(halving('Count the numbers up to x that are multiples of 3 or 5.')).toBe(false);
  });

  it('walks the value in O(log n) instead of a closed formula', () => {
    expect(values.kind).toBe('values');
    const text = 'If the number is even it is halved, otherwise reduced by one. Return the moves to reach 1.';
    expect(figure(['math', 'hash-table'], values, text)).toBe('O(log n)');
    expect(figure(['math', 'hash-table'], values, 'Return how many handshakes x guests make.')).toBe('O(1)');
  });
});

describe('the least total over links of different costs', () => {
  const route = (text: string) => readCostAsks(text.toLowerCase()).weightedRoute;
  const graph = shapeOf('n towns joined by roads.', [
    '2 <= n <= 10^5',
    '0 <= roads.length <= 2 * 10^5',
    'roads[i].length == 3',
  ]).shape;

  it('reads roads with their own costs and a least total asked', () => {
    expect(
      route(
        'Road i joins towns u_i and v_i and takes w_i minutes to drive. Return the least number of minutes from town 1 to town n.',
      ),
    ).toBe(true);
    expect(
      route('Each flight has a price. Return the cheapest total price to fly from src to dst, or -1.'),
    ).toBe(true);
  });

  it('reads a graph the statement calls weighted, and a shortest path asked of it', () => {
    expect(route('You are given a weighted undirected graph. Find the shortest path from 1 to n.')).toBe(
      true,
    );
    expect(route('You are given an unweighted graph. Find the shortest path from 1 to n.')).toBe(false);
  });

  it('does not read links that all cost the same, nor a question about how many links', () => {
    expect(route('Every road has the same length. Return the least number of roads from 1 to n.')).toBe(
      false,
    );
    expect(route('Return the fewest flights from src to dst.')).toBe(false);
  });

  it('takes the nearest vertex first from a priority queue, whatever names the graph', () => {
    expect(graph.kind).toBe('graph');
    const text =
      'Road i joins towns u_i and v_i and takes w_i minutes to drive. Return the least number of minutes from town 1 to town n.';
    expect(figure(['graph', 'hash-table'], graph, text)).toBe('O((V + E) log V)');
    expect(figure(['breadth-first-search', 'graph'], graph, text)).toBe('O((V + E) log V)');
    expect(figure(['graph', 'hash-table'], graph, 'Return how many groups of towns the roads join.')).toBe(
      'O(V + E)',
    );
  });
});

describe('a halving search on unsorted input', () => {
  const one = shapeOf('Return the answer.', ['1 <= nums1.length <= 10^5']).shape;

  it('sorts once and halves for each item when a sort stands beside it and no answer is guessed', () => {
    const text = 'Replace one element of nums1 to make the sum of absolute differences with nums2 smallest.';
    expect(figure(['binary-search', 'hash-table', 'sorting'], one, text)).toBe('O(n log n)');
  });

  it('earns log A only where the answer itself is searched', () => {
    const text = 'Return the minimum speed such that all the piles are eaten within h hours.';
    expect(figure(['binary-search', 'sorting'], one, text)).toBe('O(n log A)');
  });
});

describe('an amount a DP fills up to', () => {
  const statement =
    'Bags come in n kinds: a bag of kind i holds size[i] kilograms and costs price[i], and any kind may be bought any number of times. Return the least total price of bags holding at least target kilograms.';
  const constraints = [
    '1 <= n <= 100',
    'size.length == price.length == n',
    '1 <= price[i] <= 10^4',
    '1 <= target <= 10^5',
  ];

  it('is a side of the table, not a value: items times amounts, within the limits', () => {
    const input = shapeOf(statement, constraints, 'dynamic-programming');
    expect(input.shape).toMatchObject({ kind: 'product', other: { letter: 'k', name: 'target' } });
    expect(figure(['dynamic-programming', 'greedy'], input.shape, statement)).toBe('O(n * k)');
  });
});

describe('the best of a set that keeps changing', () => {
  const best = (text: string) => readCostAsks(text.toLowerCase()).bestOfChanging;
  const design: Shape = {
    kind: 'design',
    calls: { letter: 'q', name: 'calls', bound: 10 ** 5 },
    n: { letter: 'n', name: 'calls', bound: 10 ** 5 },
  };

  it('reads the lowest free id, the top task taken out and the median so far', () => {
    expect(best('reserve() takes the lowest-numbered free seat and returns its number.')).toBe(true);
    expect(best('get() returns the smallest id that is not in use and marks it used.')).toBe(true);
    expect(best('next() removes and returns the id of the task with the highest priority.')).toBe(true);
    expect(best('middle() returns the median of all readings recorded so far.')).toBe(true);
  });

  it('does not read a running extreme that nothing takes out, nor a stack top', () => {
    expect(best('getMin() returns the smallest value currently in the stack.')).toBe(false);
    expect(best('pop() removes the element on the top of the stack.')).toBe(false);
    expect(best('count(page) returns the number of visits to page.')).toBe(false);
  });

  it('costs a heap per call behind a map or the bare design', () => {
    const text = 'get() returns the smallest id that is not in use and marks it used.';
    expect(figure(['design', 'hash-table', 'dynamic-programming'], design, text)).toBe('O(log n)');
    expect(figure(['design', 'hash-table'], design, 'count(page) returns the visits to page.')).toBe('O(1)');
  });
});

describe('bits over few items', () => {
  const few = shapeOf('Return the answer.', ['1 <= nums.length <= 20'], 'bit-manipulation').shape;

  it('are a search over every choice of the items when some are chosen', () => {
    const text =
      'Invite some of your n friends so that no two who quarrel are both invited; return the most guests.';
    expect(readCostAsks(text.toLowerCase()).chooses).toBe(true);
    expect(figure(['bit-manipulation', 'hash-table'], few, text)).toBe('O(n * 2^n)');
    expect(
      figure(['bit-manipulation'], few, 'Rearrange nums2 so that the XOR sum with nums1 is smallest.'),
    ).toBe('O(n * 2^n)');
  });

  it('are one pass when nothing is chosen (ranges of a sorted list, a XOR of all)', () => {
    expect(
      figure(['bit-manipulation'], few, 'Return the ranges that cover the sorted numbers exactly.'),
    ).toBe('O(n)');
    expect(figure(['bit-manipulation'], few, 'Return the XOR of all the values.')).toBe('O(n)');
  });
});
