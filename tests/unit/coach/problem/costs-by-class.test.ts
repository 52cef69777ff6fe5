import { describe, expect, it } from 'vitest';
import { aidsOf } from '@/lib/coach/problem/aids';
import { readAsks } from '@/lib/coach/problem/asks';
import { carriedStates } from '@/lib/coach/problem/carried';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { type Question, readCostAsks } from '@/lib/coach/problem/costs';
import { figureFor } from '@/lib/coach/problem/figures';
import { type InputShape, readShape, type Shape } from '@/lib/coach/problem/shape';
import type { TechniqueId } from '@/lib/coach/problem/types';

/*
 * The cost of the right technique on the page's own sizes, class by class (stop 27): each rule on
 * statements of our own, beside a near miss the rule must leave as it was.
 */

const readQuestion = (body: string): Question => ({ ...readAsks(body), ...readCostAsks(body) });
const shapeOf = (statement: string, constraints: string[], technique: TechniqueId = 'dynamic-programming') =>
  readShape(
    parseConstraints(constraints, statement),
    technique,
    `${statement}\n${constraints.join('\n')}`.toLowerCase(),
  ).shape;
const figure = (technique: TechniqueId, shape: Shape, statement: string) =>
  figureFor(technique, shape, readQuestion(statement.toLowerCase()), aidsOf([technique], new Set()));

describe('the amount a DP runs over', () => {
  it('is a value the items are pieces of: each item bounded by it, or reaching as far', () => {
    const bag = shapeOf('Each of n jars weighs w_i grams; the crate holds at most C grams.', [
      '1 <= n <= 100',
      '1 <= w_i <= C',
      '1 <= C <= 10^5',
    ]);
    expect(bag).toMatchObject({ kind: 'product', n: { letter: 'n' }, other: { letter: 'k', name: 'C' } });
    const tickets = shapeOf('Count the ways to pay exactly the toll with tickets of the given values.', [
      '1 <= tickets.length <= 40',
      '1 <= tickets[i] <= 3000',
      '1 <= toll <= 3000',
    ]);
    expect(tickets).toMatchObject({ kind: 'product', other: { letter: 'k', name: 'toll' } });
  });

  it('is a value the question asks the items to add up to, however large each item may be', () => {
    const shape = shapeOf('Return the fewest weights that add up to exactly goal.', [
      '1 <= weights.length <= 12',
      '1 <= weights[i] <= 2^31 - 1',
      '0 <= goal <= 10^4',
    ]);
    expect(shape).toMatchObject({ kind: 'product', other: { letter: 'k', name: 'goal' } });
  });

  it('is not a budget the answer is only compared with, whatever it is called', () => {
    const shape = shapeOf('Return true if the cheapest climb costs at most budget coins.', [
      '2 <= cost.length <= 1000',
      '0 <= cost[i] <= 100',
      '0 <= budget <= 10^5',
    ]);
    expect(shape).toMatchObject({ kind: 'one', n: { name: 'cost.length' } });
  });

  it('is not a coordinate range that reaches as far as the points, nor a piece of zero', () => {
    const shape = shapeOf('Towers stand at (X_i, Y_i); two towers within R of each other can talk.', [
      '2 <= N <= 1000',
      '1 <= R <= 10^4',
      '0 <= X_i, Y_i <= 10^4',
    ]);
    expect(shape).toMatchObject({ kind: 'one', n: { name: 'N' } });
  });

  it('says which page name is n and which is k', () => {
    const shape: Shape = {
      kind: 'product',
      n: { letter: 'n', name: 'stamps.length', bound: 12 },
      other: { letter: 'k', name: 'postage', bound: 10 ** 4 },
      grid: false,
    };
    const [big, why] = figure('dynamic-programming', shape, 'the fewest stamps');
    expect(big).toBe('O(n * k)');
    expect(why).toContain('n items (stamps.length)');
    expect(why).toContain('every total up to k (postage)');
  });
});

describe('a graph given as a list of links, whatever its items are called', () => {
  it('reads a list spelled as pairs of item labels as the edges over the items it joins', () => {
    const festival = shapeOf(
      'A fair has n stalls. rules[i] = [a, b] means stall a must open before stall b.',
      ['1 <= n <= 10^5', '0 <= rules.length <= 10^5'],
      'topological-sort',
    );
    expect(festival).toMatchObject({
      kind: 'graph',
      v: { letter: 'V', name: 'n' },
      e: { letter: 'E', name: 'rules.length' },
    });
  });

  it('keeps the vertices apart from the questions asked about pairs of them', () => {
    const castles = shapeOf(
      'A realm has n keeps joined by roads, where roads[i] = [a, b, miles]. The queen asks q questions, each a pair of keeps.',
      ['1 <= n <= 200', '0 <= roads.length <= n * (n - 1) / 2', '1 <= miles <= 10^5', '1 <= q <= 10^5'],
      'shortest-path',
    );
    expect(castles).toMatchObject({ kind: 'graph', v: { name: 'n' }, e: { name: 'roads.length' } });
  });

  it('reads a count the links label as vertices even when the question asks about each of them', () => {
    const harbour = shapeOf(
      'There are n farms and lanes, where lanes[i] = [a_i, b_i, fee_i]. For every farm, return the least fee to reach the mill.',
      ['1 <= n <= 10^4', '0 <= lanes.length <= 5 * 10^4', '1 <= a_i, b_i <= n', '1 <= fee_i <= 10^4'],
      'shortest-path',
    );
    expect(harbour).toMatchObject({ kind: 'graph', v: { name: 'n' }, e: { name: 'lanes.length' } });
  });

  it('leaves points and ranges alone: they join no items', () => {
    const points = shapeOf(
      'You are given n markers and spots, where spots[i] = [x, y] is a point on the plane.',
      ['1 <= n <= 10^5', '1 <= spots.length <= 10^5'],
      'sorting',
    );
    expect(points.kind).not.toBe('graph');
    const ranges = shapeOf(
      'Given nums of length n and asks, where asks[i] = [l, r], return the sum of each range.',
      ['1 <= nums.length <= 10^5', '1 <= asks.length <= 10^5'],
      'prefix-sum',
    );
    expect(ranges.kind).not.toBe('graph');
  });
});

describe('least costs over links that carry their own cost', () => {
  const graph: Shape = {
    kind: 'graph',
    v: { letter: 'V', name: 'n', bound: 150 },
    e: { letter: 'E', name: 'links.length', bound: 10 ** 4 },
  };
  const manyPairs =
    'There are n posts and links, where links[i] = [u, v, delay]. probes[j] = [s, t] asks for the smallest total delay from post s to post t.';
  const onePair =
    'There are n isles and boats, where boats[i] = [a, b, fare]. Return the fewest coins a trip from isle home to isle dest can cost.';

  it('reads a third number in each link as its cost, and "fewest coins" as a least total', () => {
    expect(readQuestion(onePair.toLowerCase()).weightedRoute).toBe(true);
    expect(
      readQuestion('Each bus[i] = [a, b] joins two stops. Return the fewest rides.'.toLowerCase()),
    ).toMatchObject({
      weightedRoute: false,
    });
  });

  it('fills one table over every pair for many pair questions on few vertices, whatever walk leads', () => {
    expect(figure('graph', graph, manyPairs)[0]).toBe('O(V^3)');
    expect(figure('breadth-first-search', graph, manyPairs)[0]).toBe('O(V^3)');
  });

  it('runs one search from the source when only one pair is asked, few vertices or not', () => {
    expect(figure('shortest-path', graph, onePair)[0]).toBe('O((V + E) log V)');
    expect(figure('breadth-first-search', graph, onePair)[0]).toBe('O((V + E) log V)');
  });

  it('keeps a walk over links of equal cost linear, and says which page size is V and which E', () => {
    const [big, why] = figure(
      'breadth-first-search',
      graph,
      'Each ride joins two stops. Return the fewest rides.',
    );
    expect(big).toBe('O(V + E)');
    expect(why).toContain('V is n, E is links.length');
  });
});

describe('a search over states that carry something beside the place', () => {
  const line = (parameter: number, within = false): InputShape => ({
    shape: { kind: 'one', n: { letter: 'n', name: 'leap.length', bound: 10 ** 4 }, square: false },
    tests: 1,
    largestValue: 10 ** 4,
    numbersOnly: false,
    parameter,
    parameterName: 'k',
    ...(within ? { parameterWithin: true } : {}),
  });
  const grid: InputShape = {
    shape: {
      kind: 'product',
      n: { letter: 'n', name: 'floor', bound: 30 },
      other: { letter: 'm', name: 'floor[i]', bound: 30 },
      grid: true,
    },
    tests: 1,
    largestValue: 10 ** 9,
    numbersOnly: false,
    parameter: 6,
    parameterName: 'k',
  };
  const carried = (input: InputShape, text: string, technique: TechniqueId = 'breadth-first-search') =>
    carriedStates(technique, input, readQuestion(text.toLowerCase()))?.[0] ?? null;

  it('counts positions times k when a walk may use k spare moves or tries k moves', () => {
    expect(
      carried(line(50), 'The frog may hop to a neighbour at most k times. Return the fewest moves.'),
    ).toBe('O(n * k)');
  });

  it('counts positions times every set of k things when the walk must gather all of them', () => {
    expect(carried(grid, 'Return the fewest steps to pick up every key.')).toBe('O(n * m * 2^k)');
  });

  it('multiplies nothing for a rank, a reach, a count of listed items, or another method', () => {
    expect(carried(line(50), 'Return the k-th closest stone.')).toBeNull();
    expect(carried(line(50), 'Return every stone at distance k from the start.')).toBeNull();
    expect(carried(line(5000, true), 'K ladders join squares. Return the fewest throws.')).toBeNull();
    expect(carried(line(50), 'Return the fewest moves.', 'dynamic-programming')).toBeNull();
  });

  it('says which page name each letter stands for', () => {
    const why = carriedStates('breadth-first-search', line(50), readQuestion('the fewest moves'))?.[1];
    expect(why).toContain('(n = leap.length, k)');
  });
});

describe('n words of m letters', () => {
  const words = ['1 <= words.length <= 10^4', '1 <= words[i].length <= 10'];
  const statement = 'Count the words that begin some other, longer word of the list.';

  it('cost a prefix tree n * m however short each word is: it walks them letter by letter', () => {
    expect(shapeOf(statement, words, 'trie')).toMatchObject({
      kind: 'product',
      n: { name: 'words.length' },
      other: { letter: 'm', name: 'words[i].length' },
    });
  });

  it('stay n whole keys for a map when each is a few letters long', () => {
    expect(shapeOf(statement, words, 'hash-table')).toMatchObject({
      kind: 'one',
      n: { name: 'words.length' },
    });
  });
});

describe('a sort ranked beside a walk over groups', () => {
  const graph: Shape = {
    kind: 'graph',
    v: { letter: 'V', name: 'n', bound: 10 ** 5 },
    e: { letter: 'E', name: 'm', bound: 10 ** 5 },
  };
  const cost = (text: string) =>
    figureFor(
      'union-find',
      graph,
      readQuestion(text.toLowerCase()),
      aidsOf(['union-find', 'graph', 'sorting'], new Set()),
    )[0];

  it('costs nothing when the groups are only counted', () => {
    expect(cost('How many markets does the valley need so that every village has one?')).toBe('O(V + E)');
  });

  it('costs a sort of each group when the answer is their lexicographically smallest arrangement', () => {
    expect(cost('Find the lexicographically smallest string you can obtain by the swaps.')).toBe(
      'O((V + E) log V)',
    );
  });
});
