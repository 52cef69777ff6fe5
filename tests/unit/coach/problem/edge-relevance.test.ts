import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { edgeCases } from '@/lib/coach/problem/edge-cases';
import { readGuarantees } from '@/lib/coach/problem/promises';
import type { TechniqueId } from '@/lib/coach/problem/types';
import { bodyOf, listedEdgeCases } from '../../../support/statement';

/*
 * An edge case follows from the input's shape and the method's pitfalls: each test writes a
 * statement of its own and checks a canned case is offered only where it means something.
 */

describe('values in order, and in reverse', () => {
  const readings = ['1 <= readings.length <= 10^5', '0 <= readings[i] <= 10^4'];

  it('are offered where the method walks the order (a stack, two pointers, a greedy over prices)', () => {
    const statement = 'Return the largest rectangle under the bars of heights given in readings.';
    expect(listedEdgeCases(statement, readings, ['array'], ['monotonic-stack'])).toContain(
      'Values already in order, and in reverse order',
    );
    expect(listedEdgeCases(statement, readings, ['array'], ['two-pointers'])).toContain(
      'Values already in order, and in reverse order',
    );
  });

  it('are not offered to a lookup or a formula that never looks at the order', () => {
    const statement = 'Return how many pairs of readings add up to the target.';
    expect(listedEdgeCases(statement, readings, ['array'], ['hash-table'])).not.toContain(
      'Values already in order, and in reverse order',
    );
    expect(listedEdgeCases(statement, readings, ['array'], ['bit-manipulation'])).not.toContain(
      'Values already in order, and in reverse order',
    );
  });

  it('are offered when the question itself is about an increasing order', () => {
    const statement = 'Return the length of the longest strictly increasing subsequence of readings.';
    expect(listedEdgeCases(statement, readings, ['array'], ['dynamic-programming'])).toContain(
      'Values already in order, and in reverse order',
    );
  });
});

describe('canned lines need a reason on the page', () => {
  const readings = ['1 <= readings.length <= 10^5', '1 <= readings[i] <= 10^4'];
  const IN_ORDER = 'Values already in order, and in reverse order';

  it('offer no arrival order to a method that sorts first, and keep it for a pass over the given order', () => {
    const pairs = 'Pair the readings so that the largest sum of a pair is as small as possible.';
    expect(listedEdgeCases(pairs, readings, ['array'], ['greedy', 'sorting'])).not.toContain(IN_ORDER);
    expect(listedEdgeCases(pairs, readings, ['array'], ['heap-priority-queue'])).not.toContain(IN_ORDER);
    const span =
      'For each day, return how many days in a row before it had a reading no higher than its own.';
    expect(listedEdgeCases(span, readings, ['array'], ['monotonic-stack'])).toContain(IN_ORDER);
    const inversions = 'Count the inversions of readings.';
    expect(listedEdgeCases(inversions, readings, ['array'], ['dynamic-programming'])).toContain(IN_ORDER);
  });

  it('offer all values equal only where values are compared with each other', () => {
    const totals = 'Answer q questions: each gives l and r, print the total of readings from l to r.';
    expect(listedEdgeCases(totals, readings, ['array'], ['prefix-sum'])).not.toContain('All values equal');
    const before = 'For each i, count the j with j < i and a_j < a_i.';
    expect(listedEdgeCases(before, readings, ['array'], ['prefix-sum'])).toContain('All values equal');
    const twice = 'Every reading appears twice except one. Print that one.';
    expect(listedEdgeCases(twice, readings, ['array'], ['bit-manipulation'])).toContain('All values equal');
    const taller = 'Count the towers that are taller than every tower east of them.';
    expect(listedEdgeCases(taller, readings, ['array'], ['prefix-sum'])).toContain('All values equal');
  });

  it('offer the ends of the allowed range only where the input is a number the page bounds', () => {
    const ends = 'The smallest and the largest allowed value';
    expect(
      listedEdgeCases(
        'Print the fewest steps that bring N to 1.',
        ['1 <= N <= 10^12'],
        ['number'],
        ['dynamic-programming'],
      ),
    ).toContain(ends);
    // A formula's own lines name both ends with a reason (extremes-said-once.test.ts).
    expect(
      listedEdgeCases('Print the number of divisors of N.', ['1 <= N <= 10^12'], ['number'], ['math']),
    ).not.toContain(ends);
    expect(
      listedEdgeCases(
        'Count the pairs of readings that sum to k.',
        readings,
        ['array', 'number'],
        ['hash-table'],
      ),
    ).not.toContain(ends);
  });
});

describe('a single element', () => {
  it('is not offered when the collection itself has at least two, whatever else can be 1', () => {
    const cases = listedEdgeCases(
      'Each log is a call entering or leaving a function. Return the exclusive time of each function.',
      ['1 <= n <= 100', '2 <= logs.length <= 500'],
      ['array'],
      ['stack'],
    );
    expect(cases.join('\n')).not.toMatch(/single element/i);
  });

  it('is offered when the collection may hold one', () => {
    const cases = listedEdgeCases(
      'Return the largest value in nums.',
      ['1 <= nums.length <= 10^5'],
      ['array'],
      ['greedy'],
    );
    expect(cases).toContain('A single element in nums');
  });
});

describe('characters outside the alphabet', () => {
  it('are not offered when the statement names lower-case letters and allows no capitals', () => {
    for (const wording of [
      'dictionary[i] consists of only lower-case letters.',
      'Each character in words[i] is an English lowercase letter.',
      's and t consist of only lowercase English alphabets.',
    ]) {
      const cases = listedEdgeCases(
        `Return the shortest word. ${wording}`,
        ['1 <= words.length <= 1000'],
        ['string'],
        ['string'],
      );
      expect(cases.join('\n')).not.toMatch(/upper-case/i);
    }
  });

  it('are offered when the statement leaves its alphabet open', () => {
    const cases = listedEdgeCases(
      'Return the longest word in the text.',
      ['1 <= text.length <= 10^5'],
      ['string'],
      ['string'],
    );
    expect(cases.join('\n')).toMatch(/upper-case/i);
  });
});

describe('a square board', () => {
  const statement = 'Rotate the n x n image a quarter turn clockwise, in place.';

  it('has no single row of its own: only a 1 x 1 board where its side may be 1', () => {
    const cases = listedEdgeCases(
      statement,
      ['n == matrix.length == matrix[i].length', '1 <= n <= 20'],
      ['matrix'],
      ['matrix'],
    );
    expect(cases.join('\n')).not.toMatch(/single row/i);
    expect(cases.join('\n')).toMatch(/1 x 1 board/);
  });

  it('offers neither when its side is at least 2', () => {
    const cases = listedEdgeCases(
      statement,
      ['n == matrix.length == matrix[i].length', '2 <= n <= 20'],
      ['matrix'],
      ['matrix'],
    );
    expect(cases.join('\n')).not.toMatch(/single row|1 x 1/i);
  });

  it('keeps the single row of a grid of m rows and n columns', () => {
    const cases = listedEdgeCases(
      'Return the number of islands in the grid.',
      ['m == grid.length', 'n == grid[i].length', '1 <= m, n <= 300'],
      ['matrix'],
      ['depth-first-search'],
    );
    expect(cases.join('\n')).toMatch(/single row/i);
  });
});

describe('a sorted list turned at a pivot', () => {
  const promised = (statement: string) =>
    readGuarantees(parseConstraints(['1 <= n <= 10^5'], statement), statement.toLowerCase());

  it('is read as rotated however the turn is worded, so no case puts it in reverse order', () => {
    for (const statement of [
      'The ids are sorted in ascending order and then rotated at an unknown pivot.',
      'The log is sorted by time, but the clerk started writing at a random page and wrapped around to the front.',
      'The readings are sorted in increasing order and then shifted cyclically by an unknown amount.',
      'The readings are in strictly increasing order, and the log is moved round by some number of places.',
      'log is a strictly increasing list moved round by some number of places.',
      'The readings are sorted in increasing order; the copy is that list with some first part moved to the end.',
    ])
      expect(promised(statement)).toContain('rotated');
  });

  it('stays sorted when nothing turns it', () => {
    expect(promised('The ids are sorted in ascending order.')).toContain('sorted');
    expect(promised('The ids are sorted in ascending order.')).not.toContain('rotated');
    expect(promised('The readings form a strictly increasing list.')).toContain('sorted');
    // A list the answer must be is no promise about the input.
    expect(promised('Return a strictly increasing list of the ids.')).not.toContain('sorted');
    // Items moved to the end that are not the list's first part turn nothing.
    const zeros = 'The ids are sorted in ascending order, and the removed ones are moved to the end.';
    expect(promised(zeros)).not.toContain('rotated');
  });

  it('reads "no two of the 2n moments are equal" as distinct, and not a neighbour rule', () => {
    expect(promised('No two of the 2n moments are equal.')).toContain('distinct');
    expect(promised('No two of all the tickets are the same.')).toContain('distinct');
    expect(promised('No two of the adjacent tiles are equal.')).not.toContain('distinct');
  });
});

describe('a graph’s cases follow the question', () => {
  const roads = ['1 <= n <= 10^4', '0 <= links.length <= 10^5', '1 <= u, v <= n'];

  it('a search from one start to all the rest warns of a node it never reaches, not of other components', () => {
    const statement =
      'A network has n routers joined by links; each link connects routers u and v and takes w milliseconds. Return the time a signal sent from router s takes to reach every router, or -1 for a router it never reaches.';
    const cases = listedEdgeCases(statement, roads, ['graph'], ['breadth-first-search', 'graph']);
    const unsure = edgeCases({
      kinds: ['graph'],
      facts: parseConstraints(roads, statement),
      body: bodyOf(statement, roads),
      guarantees: new Set(),
      techniques: ['shortest-path', 'graph'],
      sure: false,
    });
    for (const list of [cases, unsure]) {
      expect(list).toContain('A node that cannot be reached from the start');
      expect(list.join('\n')).not.toMatch(/start from every unvisited node/);
    }
  });

  it('reads the one start however the question words it', () => {
    const statement =
      'Routers are joined by links. A signal is sent from router k. Return the time until every router receives it, or -1 if some router never does.';
    const cases = listedEdgeCases(statement, roads, ['graph'], ['graph']);
    expect(cases).toContain('A node that cannot be reached from the start');
    expect(cases.join('\n')).not.toMatch(/start from every unvisited node/);
  });

  it('a route from one place to another warns that the goal may be out of reach, not of other components', () => {
    for (const statement of [
      'A country has n towns and m two-way roads; road i joins towns u_i and v_i and takes w_i minutes. Return the least number of minutes a parcel needs to travel from town 1 to town n, or -1 if town n cannot be reached.',
      'Flights join n cities; flight i goes from city u to city v for a price. Return the cheapest way to fly from city src to city dst, or -1 if there is none.',
      'The metro has n stations and tunnels between pairs of them. Find the fewest tunnels a train passes through going from station a to station b, or print IMPOSSIBLE if no route exists.',
    ]) {
      const cases = listedEdgeCases(statement, roads, ['graph'], ['graph']);
      expect(cases, statement).toContain('A node that cannot be reached from the start');
      expect(cases.join('\n'), statement).not.toMatch(/start from every unvisited node/);
    }
  });

  it('a route whose page names no answer for failure is promised to exist: no unreachable goal', () => {
    const statement =
      'The metro has n stations and tunnels between pairs of them. Find the fewest tunnels a train passes through going from station a to station b.';
    const cases = listedEdgeCases(statement, roads, ['graph'], ['graph']).join('\n');
    expect(cases).not.toMatch(/cannot be reached|start from every unvisited node/);
  });

  it('a question about every pair of places still starts again from every unvisited node', () => {
    const statement =
      'A country has n towns and m two-way roads; road i joins towns u_i and v_i. Return true if every town can be reached from every other town.';
    const cases = listedEdgeCases(statement, roads, ['graph'], ['graph']);
    expect(cases).toContain('Several separate components: start from every unvisited node');
  });

  it('a question over the whole graph still starts again from every unvisited node', () => {
    const statement =
      'A network has n routers joined by links; each link connects routers u and v. Return how many groups of routers can talk to each other.';
    const unsure = edgeCases({
      kinds: ['graph'],
      facts: parseConstraints(roads, statement),
      body: bodyOf(statement, roads),
      guarantees: new Set(),
      techniques: ['depth-first-search', 'graph'],
      sure: false,
    });
    expect(unsure).toContain('Several separate components: start from every unvisited node');
  });
});

describe('a method only guessed at', () => {
  const weights = ['1 <= people.length <= 5 * 10^4', '1 <= people[i] <= limit <= 3 * 10^4'];
  const body = (statement: string) => bodyOf(statement, weights);
  const unsure = (statement: string, techniques: TechniqueId[]) =>
    edgeCases({
      kinds: ['array'],
      facts: parseConstraints(weights, statement),
      body: body(statement),
      guarantees: new Set(),
      techniques,
      sure: false,
    });

  it('brings no window cases where the question asks about no contiguous run', () => {
    const statement =
      'Each boat carries at most two people whose weights add up to at most limit. Return the fewest boats that carry everyone in people.';
    expect(unsure(statement, ['greedy', 'sliding-window']).join('\n')).not.toMatch(/window/i);
  });

  it('keeps them where it does', () => {
    const statement =
      'Return the length of the longest stretch of consecutive people whose weights add up to at most limit.';
    expect(unsure(statement, ['prefix-sum', 'sliding-window'])).toContain(
      'The best window is the whole input, or ends at the last position',
    );
  });
});

describe('a queue’s window', () => {
  const calls = ['1 <= t <= 10^9', 'At most 10^5 calls will be made.'];
  const extremes = 'A window of size 1, and one as long as the whole input';

  it('is tested at both extreme lengths only where the input sets its length', () => {
    const sized = 'For each k consecutive readings of the list, print the first negative one.';
    expect(listedEdgeCases(sized, ['1 <= k <= n <= 10^5'], ['array'], ['queue'])).toContain(extremes);
  });

  it('is tested at its far end when the statement fixes it as a stretch of time', () => {
    const timed =
      'recent(t) returns the number of requests made in the last 3000 milliseconds, at times [t - 3000, t].';
    const cases = listedEdgeCases(timed, calls, ['array'], ['queue']);
    expect(cases).not.toContain(extremes);
    expect(cases.some((line) => /window-length old/.test(line))).toBe(true);
  });

  it('is no case at all for a line served in arrival order', () => {
    const line = 'serve() removes the person at the front of the line and returns their id.';
    const cases = listedEdgeCases(line, calls, ['array'], ['queue']);
    expect(cases.some((text) => /window/.test(text))).toBe(false);
  });
});
