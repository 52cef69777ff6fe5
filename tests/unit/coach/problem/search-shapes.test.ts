import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { searchShape } from '@/lib/coach/problem/knowledge/searches';
import { problemContext } from '../../../support/problem-context';

/**
 * Which search a question over linked items asks for (knowledge/searches.ts): what one start
 * reaches, the groups of a network given once, the farthest pair of a tree, two sides with every
 * link across, a loop among one-way links, an order with the smallest free item first, the links
 * counted at their ends. "A graph" leads only where no method is evident; the near misses (links
 * arriving with questions between, priced links) keep their own readings.
 */
const analyse = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ statement, constraints }), null);
const top3 = (analysis: ReturnType<typeof analyse>) => analysis.patterns.slice(0, 3).map((p) => p.id);

const LINKED = ['1 <= n <= 10^5', '0 <= m <= 2 * 10^5', '1 <= a, b <= n', 'a != b'];
const TREE = ['2 <= n <= 2 * 10^5', '1 <= u, v <= n', 'u != v'];

describe('what one start reaches along one-way links', () => {
  it('leads with a depth-first walk, not the graph it walks', () => {
    const analysis = analyse(
      'A village has n houses and m gossip habits: the habit a b means that whatever the family in house a hears, it tells house b, but nothing travels back the other way. The family in house 1 starts a story. Which houses will eventually hear it? Print their numbers in increasing order. The first line holds n and m. Each of the next m lines holds two integers a and b.',
      LINKED,
    );
    expect(analysis.patterns[0]?.id).toBe('depth-first-search');
    expect(analysis.complexityTarget).toBe('O(V + E)');
    expect(analysis.hints[2]?.text).toMatch(/no sort is needed/);
  });

  it('reads a promise that everything can be reached as no question', () => {
    expect(
      searchShape(
        'every chamber can be reached from the entrance in exactly one way. print how many minutes it takes to walk to each chamber.',
      ),
    ).not.toBe('reach');
  });

  it('reads "a network in which every computer could reach every other" as a description, not a question', () => {
    expect(
      searchShape(
        'the cables formed a network in which every computer could reach every other one along exactly one route.',
      ),
    ).not.toBe('reach');
    expect(searchShape('which rooms can the guard reach from the gate?')).toBe('reach');
  });
});

describe('the groups of a network given once', () => {
  it('counts them with walks and lists the disjoint-set union beside', () => {
    const analysis = analyse(
      'A school has n pupils and m pairs of pupils who are friends. A friend of a friend is in the same clique, and so on through any chain of friendships. Return the number of separate cliques. The first line holds n and m. Each of the next m lines holds two integers a and b.',
      LINKED,
    );
    expect(analysis.patterns[0]?.id).toBe('depth-first-search');
    expect(analysis.patterns.map((p) => p.id)).toContain('union-find');
    expect(analysis.hints[1]?.text).toMatch(/number of walks started.*disjoint-set union/);
  });

  it('leaves links that arrive with a count after each one to union-find', () => {
    const analysis = analyse(
      'There are n towns and no roads. Over the next m days one road opens each day, joining towns a_i and b_i. After each day, print the number of separate groups of towns.',
      ['1 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= a_i, b_i <= n'],
    );
    expect(analysis.patterns[0]?.id).toBe('union-find');
  });
});

describe('the farthest pair of a tree handed over as links', () => {
  it('leads with the two searches', () => {
    const analysis = analyse(
      'A park has n benches and n - 1 trails, each joining two benches, and any bench can be reached from any other. Find the largest number of trails on the walk between two benches of the park. The first line holds n. Each of the next n - 1 lines holds two integers u and v: a trail between benches u and v.',
      TREE,
    );
    expect(analysis.patterns[0]?.id).toBe('depth-first-search');
    expect(top3(analysis)).toContain('breadth-first-search');
    expect(analysis.hints[1]?.text).toMatch(/farthest/);
  });
});

describe('two sides with every link across', () => {
  it('is a two-colouring by a breadth-first search', () => {
    const analysis = analyse(
      'A choir has n singers and m pairs of singers who quarrel. The conductor wants to seat everyone in a left block and a right block so that no two quarrelling singers share a block. Decide whether this is possible. The first line holds n and m. Each of the next m lines holds two integers a and b.',
      LINKED,
    );
    expect(analysis.patterns[0]?.id).toBe('breadth-first-search');
    expect(top3(analysis)).toContain('depth-first-search');
    expect(analysis.hints[0]?.text).not.toMatch(/breadth|depth|colour/i);
  });

  it('reads a distance between two places as no split', () => {
    expect(searchShape('find the distance between two towns, or -1 if they are not joined.')).not.toBe(
      'two-sides',
    );
  });
});

describe('a loop among one-way links', () => {
  it('leads with a depth-first walk, the topological order beside it', () => {
    const analysis = analyse(
      'A build has n modules. Module a uses module b when the pair (a, b) is listed; using goes one way. Decide whether some module is caught in a loop of uses. The first line holds n and m. Each of the next m lines holds two integers a and b.',
      LINKED,
    );
    expect(analysis.patterns[0]?.id).toBe('depth-first-search');
    expect(top3(analysis)).toContain('topological-sort');
  });
});

describe('an order of prerequisites with the smallest free item first', () => {
  it('is a topological sort with a min-heap, O(V log V + E)', () => {
    const analysis = analyse(
      'A quest has n missions and m requirements: mission a must be completed before mission b. Whenever several missions are open, the player takes the one with the smallest number. Print the order in which the missions are played, or -1 if no order exists. The first line holds n and m. Each of the next m lines holds two integers a and b.',
      LINKED,
    );
    expect(analysis.patterns[0]?.id).toBe('topological-sort');
    expect(top3(analysis)).toContain('heap-priority-queue');
    expect(analysis.complexityTarget).toBe('O(V log V + E)');
    expect(analysis.hints[1]?.text).toMatch(/min-heap/);
  });
});

describe('the links counted at their ends', () => {
  it('is a count per item, not a walk', () => {
    const analysis = analyse(
      'A city has n squares and m streets, each joining two squares. For every square, print how many streets meet there. The first line holds n and m. Each of the next m lines holds two integers a and b.',
      LINKED,
    );
    expect(analysis.patterns[0]?.id).toBe('hash-table');
    expect(analysis.hints[1]?.text).toMatch(/one pass over the links/);
  });
});

describe('priced links', () => {
  it('keep the weighted route', () => {
    const analysis = analyse(
      'A county has n depots and m roads; road i joins depots a_i and b_i and takes c_i minutes to drive. Find the least time to drive from depot 1 to depot n.',
      ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= a_i, b_i <= n', '1 <= c_i <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).toBe('shortest-path');
  });
});

describe('a split in two told in any pair of names', () => {
  const word = fc.constantFrom('day', 'night', 'red', 'blue', 'north', 'south', 'early', 'late');
  const side = fc.constantFrom('crew', 'team', 'shift', 'camp', 'room', 'table');
  it('is read as two sides whatever the sides are called', () => {
    fc.assert(
      fc.property(word, word, side, (first, second, group) => {
        const body = `the manager wants to split the workers into a ${first} ${group} and a ${second} ${group} so that no two rivals share a ${group}.`;
        expect(searchShape(body)).toBe('two-sides');
      }),
    );
  });
});

describe('each item sent to one of two places, linked ones apart', () => {
  it('reads a two-colouring, whatever the two places are', () => {
    const analysis = analyse(
      'Chef runs a camp with N campers and two dining halls. There are M pairs of campers who quarrelled; the i-th pair is U_i and V_i. Chef wants to send every camper to one of the two halls so that no two campers who quarrelled eat in the same hall. Print YES if this is possible. The first line contains N and M; each of the next M lines contains U_i and V_i.',
      LINKED,
    );
    expect(
      searchShape(
        'send every camper to one of the two halls so that no two campers who quarrelled eat in the same hall.',
      ),
    ).toBe('two-sides');
    expect(analysis.patterns.slice(0, 2).map((p) => p.id)).toContain('breadth-first-search');
    // One of two choices per item with nothing kept apart is no colouring.
    expect(searchShape('each bulb is set to one of the two colours; print how many are red.')).not.toBe(
      'two-sides',
    );
  });
});
