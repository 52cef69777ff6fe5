import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { joinShape } from '@/lib/coach/problem/knowledge/joins';
import { problemContext } from '../../../support/problem-context';

/**
 * Things that join into groups, read from how the links arrive and what is asked (knowledge/joins.ts):
 * links added with questions between, links taken away in a known order, the first link that
 * closes a loop, statements of sameness, records that share a field, the cheapest links that join
 * all. Beside them the near misses keep their searches: how far, along one-way links, in what order.
 */
const analyse = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ statement, constraints }), null);

const GRAPH_SIZES = ['1 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= a, b <= n'];

describe('links added with questions between them', () => {
  it('leads with union-find and counts the links as operations', () => {
    const analysis = analyse(
      'A harbour has n piers and no gangways. During the next m hours one gangway is fitted per hour: in hour i a gangway between pier a_i and pier b_i is put in place. For each i, print how many piers a sailor standing on pier 1 can walk to using the gangways fitted up to and including hour i.',
      ['1 <= n <= 2 * 10^5', '1 <= m <= 2 * 10^5', '1 <= a_i, b_i <= n'],
    );
    expect(analysis.patterns[0]?.id).toBe('union-find');
    expect(analysis.complexityTarget).toBe('O(n + q)');
    expect(analysis.hints[1]?.text).toMatch(/disjoint-set forest/);
  });

  it('keeps the searches out of the lead however the items are named', () => {
    const analysis = analyse(
      'There are n islands with no ferries between them. Then q events happen one after another: "add a b" starts a ferry between islands a and b, and "ask a b" asks whether a traveller can currently get from island a to island b.',
      ['1 <= n, q <= 2 * 10^5', '1 <= a, b <= n'],
    );
    expect(analysis.patterns[0]?.id).toBe('union-find');
    expect(analysis.patterns.slice(0, 3).map((p) => p.id)).not.toContain('depth-first-search');
  });
});

describe('links taken away in a known order', () => {
  it('reads time backwards: union-find, and a hint that adds the links in reverse', () => {
    const analysis = analyse(
      'A network has n routers numbered 0 to n - 1 and links, where links[i] = [a, b]. The links fail one by one: failures is a permutation of the link indices and failures[j] is the link that fails at minute j. Return answer, where answer[j] is the number of separate networks right after minute j.',
      ['1 <= n <= 10^5', '1 <= links.length <= 10^5', 'failures.length == links.length', '0 <= a, b < n'],
    );
    expect(analysis.patterns[0]?.id).toBe('union-find');
    expect(analysis.complexityTarget).toBe('O(n + q)');
    expect(analysis.hints[1]?.text).toMatch(/backwards|reverse/);
  });
});

describe('the first link that closes a loop', () => {
  it('leads with union-find over the links in their order', () => {
    const analysis = analyse(
      'Wires are soldered one at a time between n pins; wires[i] = [a, b] joins pins a and b. Return the index of the earliest wire after which the circuit contains a loop, or -1.',
      ['2 <= n <= 10^5', '1 <= wires.length <= 10^5', '0 <= a, b < n'],
    );
    expect(analysis.patterns[0]?.id).toBe('union-find');
    expect(analysis.complexityTarget).toBe('O(V + E)');
  });
});

describe('statements of sameness', () => {
  it('joins the same-pairs and checks the different-pairs', () => {
    const analysis = analyse(
      'You are given n cards and a list of remarks; remarks[i] = [a, b, k]. When k is 1 the remark says cards a and b show the same colour, and when k is 0 it says they show different colours. Return true if every remark can be satisfied.',
      ['1 <= n <= 10^5', '1 <= remarks.length <= 10^5', '0 <= a, b < n'],
    );
    expect(analysis.patterns[0]?.id).toBe('union-find');
    expect(analysis.hints[2]?.text).toMatch(/"different"/);
  });
});

describe('records that share a field', () => {
  it('joins records through a map of their values', () => {
    const analysis = analyse(
      'A library has n borrower cards; card i carries an email e_i and a student number s_i. Two cards are counted as the same person when they have the same email or the same student number, and this passes along through other cards. Print the number of different people.',
      ['1 <= n <= 10^5', '1 <= e_i, s_i <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('union-find');
    expect(analysis.patterns.slice(0, 3).map((p) => p.id)).toContain('hash-table');
  });
});

describe('the cheapest links that join everything', () => {
  it('sorts the links and joins with union-find (Kruskal)', () => {
    const analysis = analyse(
      'A county has n farms and m possible irrigation channels; channel i joins farms a and b and costs c to dig. Water must be able to flow between any two farms, directly or through other farms. Print the minimum total cost.',
      [...GRAPH_SIZES, '1 <= c <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('union-find');
    expect(analysis.patterns.slice(0, 3).map((p) => p.id)).toContain('sorting');
    expect(analysis.complexityTarget).toBe('O(E log E)');
    expect(analysis.hints[1]?.text).toMatch(/cheapest/);
  });
});

describe('near misses keep what they are', () => {
  it('the fewest links between two places is a breadth-first search', () => {
    const analysis = analyse(
      'A country has n towns and m two-way roads; road i joins towns a and b. Each road takes one hour. Find the fewest hours needed to drive from town 1 to town n, or -1.',
      GRAPH_SIZES,
    );
    expect(analysis.patterns[0]?.id).toBe('breadth-first-search');
  });

  it('reach along one-way links is a walk, not a group', () => {
    const analysis = analyse(
      'A city has n squares and m one-way alleys; alley i goes from square a to square b and cannot be used back. Count the squares a courier starting on square 1 can walk to.',
      GRAPH_SIZES,
    );
    expect(analysis.patterns[0]?.id).toBe('depth-first-search');
  });

  it('rules that one thing must come before another are an order', () => {
    const analysis = analyse(
      'A kitchen has n dishes and m rules; rule i says dish a must be cooked before dish b. Print YES if every dish can be cooked.',
      GRAPH_SIZES,
    );
    expect(analysis.patterns[0]?.id).toBe('topological-sort');
  });

  it('links given all at once and a question asked once are no stream of operations', () => {
    expect(
      joinShape(
        'there are n towns and m roads; road i joins towns a and b. print the number of towns reachable from town 1.',
      ),
    ).toBeNull();
  });
});

describe('joinShape, over the ways setters name their links', () => {
  it('reads links that arrive with questions between, whatever the nouns', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('cable', 'road', 'bridge', 'pipe', 'tunnel', 'friendship', 'wire'),
        fc.constantFrom('computers', 'towns', 'islands', 'tanks', 'people', 'servers'),
        fc.constantFrom('one after another', 'one at a time', 'one by one'),
        fc.constantFrom('after each', 'right after each', 'after every'),
        (link, items, pace, when) => {
          const body = `there are n ${items} and no ${link}s yet. then q ${link}s are laid ${pace}; the j-th ${link} joins ${items} a_j and b_j. ${when} ${link}, print the number of groups.`;
          expect(joinShape(body)).toBe('arriving');
        },
      ),
    );
  });

  it('never reads a shape from words that hold no link', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('the', 'each', 'after', 'first', 'one', 'by', 'same', 'n', 'is'), {
          maxLength: 60,
        }),
        (words) => {
          expect(joinShape(words.join(' '))).toBeNull();
        },
      ),
    );
  });
});
