import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { hintWords } from '@/lib/coach/problem/hints/words';
import { readShape } from '@/lib/coach/problem/shape';
import { problemContext } from '../../../support/problem-context';
import { bodyOf } from '../../../support/statement';

/**
 * Sizes, labels and the words the coach names the items with (issue 10 §2): each test writes
 * statements of its own in that shape and a near-miss that keeps today's reading.
 */

function roleOf(letter: string, statement: string, constraints: string[]) {
  return parseConstraints(constraints, statement).variables.find((v) => v.names.includes(letter))?.role;
}

function shapeOf(statement: string, constraints: string[]) {
  return readShape(parseConstraints(constraints, statement), undefined, bodyOf(statement, constraints)).shape;
}

describe('a count of things the input gives one by one', () => {
  it('is a size however the things are introduced', () => {
    for (const statement of [
      'The n meetings are given as intervals [start, end]. Return the fewest rooms needed.',
      'n deliveries are listed as pairs (time, place). Print the latest delivery.',
      'There are n trucks, each described by its capacity and its speed. Return the fastest fleet.',
      'The input consists of n meetings. Return the fewest rooms.',
      'n meetings follow, one per line. Return the fewest rooms.',
      'You get a list of n meetings. Return the fewest rooms.',
      'Each of the n meetings has a start and an end. Return the fewest rooms.',
    ])
      expect(roleOf('n', statement, ['1 <= n <= 10^5']), statement).toBe('size');
  });

  it('and the items that labels of pairs name are counted by it', () => {
    const statement =
      'There are n cities and m roads. Each road joins cities u and v. Return the number of groups.';
    expect(roleOf('n', statement, ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= u, v <= n'])).toBe('size');
  });

  it('and so is a count of the things the links of the input join', () => {
    for (const statement of [
      'There are n houses and m pipes. Each pipe connects two houses. Return the number of groups of houses.',
      'There are n stations and m tracks; each track runs between two stations. Find the fewest tracks from station 1 to station n.',
      'A kingdom has n castles and m passages, and every passage links a pair of castles. Count the castles you can visit.',
    ])
      expect(roleOf('n', statement, ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5']), statement).toBe('size');
  });

  it('stays a value when the things are only how many there would be', () => {
    for (const statement of [
      'A town has n houses. Return the number of ways to pair them up.',
      'There are n meetings in a week. Print how many ways there are to order them.',
      'There are n houses. Return the number of ways to connect them in pairs.',
    ])
      expect(roleOf('n', statement, ['1 <= n <= 10^5']), statement).toBe('value');
    expect(
      roleOf('n', 'Count the pairs (a, b) with 1 <= a, b <= n whose sum is a prime.', ['1 <= n <= 10^5']),
    ).toBe('value');
  });
});

describe('endpoints bounded by a count', () => {
  it('are labels of its items, not sizes, whatever their letter', () => {
    const constraints = ['1 <= n <= 10^5', '1 <= roads.length <= 10^5', '1 <= u, v, a, b <= n'];
    const statement =
      'There are n cities and roads[i] = [u, v] joins two of them. Answer whether a and b are joined.';
    expect(roleOf('v', statement, constraints)).toBe('value');
    expect(
      roleOf('e', 'Each friendship is a pair [e, f] of the n people.', ['1 <= n <= 10^4', '1 <= e, f <= n']),
    ).toBe('value');
    expect(shapeOf(statement, constraints)).toMatchObject({
      kind: 'graph',
      v: { name: 'n' },
      e: { name: 'roads.length' },
    });
  });

  it('while V and E bounded by numbers stay the sizes of a graph', () => {
    const constraints = ['1 <= V <= 10^4', '0 <= E <= 10^5'];
    const statement = 'Given a graph with V vertices and E edges, return the number of components.';
    expect(roleOf('V', statement, constraints)).toBe('size');
    expect(roleOf('E', statement, constraints)).toBe('size');
  });
});

describe('a graph given by its n nodes and m links', () => {
  it('is costed in V and E', () => {
    for (const [statement, tags] of [
      [
        'There are n cities and m roads. Each road joins cities u and v. Return the number of groups of cities that can reach each other.',
        ['Depth-First Search', 'Graph'],
      ],
      [
        'There are n towns and m roads; road i joins towns u and v. Return the fewest roads on a path from town 1 to town n, or -1.',
        ['Breadth-First Search', 'Graph'],
      ],
      [
        'There are n houses and m pipes. Each pipe connects two houses. Return the number of groups of houses that share water.',
        ['Union Find'],
      ],
      [
        'There are n stations and m tracks; each track runs between two stations. Find the fewest tracks on a route from station 1 to station n.',
        ['Breadth-First Search'],
      ],
    ] as const) {
      const analysis = analyzeProblem(
        problemContext({
          statement,
          tags: [...tags],
          constraints: [
            '2 <= n <= 10^5',
            '1 <= m <= 2 * 10^5',
            ...(/\bu and v\b/.test(statement) ? ['1 <= u, v <= n'] : []),
          ],
        }),
      );
      expect(analysis.complexityTarget, statement).toMatch(/V \+ E/);
    }
  });
});

describe('two counts with no links between their things', () => {
  it('are no graph', () => {
    expect(
      shapeOf('There are n shelves and m books; each book goes on one shelf. Return the heaviest shelf.', [
        '1 <= n <= 10^5',
        '1 <= m <= 2 * 10^5',
      ]),
    ).not.toMatchObject({ kind: 'graph' });
  });
});

function itemsOf(statement: string, constraints: string[]) {
  const facts = parseConstraints(constraints, statement);
  const { shape } = readShape(facts, undefined, bodyOf(statement, constraints));
  return hintWords(facts, shape, 'array', statement, undefined).items;
}

describe('the items a hint names', () => {
  it('are the things the question is about, not the links or the requests between them', () => {
    expect(
      itemsOf(
        'An office has n computers and no cables. Technicians lay q cables one after another; cable j joins computers u_j and v_j. Return the number of networks after each cable is laid.',
        ['1 <= n <= 10^5', '1 <= q <= 2 * 10^5', '0 <= u_j, v_j < n'],
      ),
    ).toBe('computers');
    expect(
      itemsOf(
        'There are n servers and m requests; request i asks server s_i for one file. Return the server that answers the most requests.',
        ['1 <= n <= 10^4', '1 <= m <= 10^5', '1 <= s_i <= n'],
      ),
    ).toBe('servers');
  });

  it('are still the largest count when no count is of links', () => {
    expect(
      itemsOf('There are n shelves and m books. Return the heaviest shelf after placing every book.', [
        '1 <= n <= 100',
        '1 <= m <= 10^5',
      ]),
    ).toBe('books');
  });
});
