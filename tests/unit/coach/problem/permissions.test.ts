import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { permissionsOf } from '@/lib/coach/problem/permissions';
import { listedEdgeCases } from '../../../support/statement';

/*
 * A case that only some statements allow is listed only where the page gives it, by a bound that
 * admits it or a word that names it. Each rule is told twice, on a page that allows the case and on
 * one that is silent about it; no promise is read (the guarantees are empty), so the page's own
 * words decide, as they must when a setter words a promise in a way no reader has met.
 */

/** The edge cases listed, one a line, so a test can match a phrase anywhere in them. */
const listed = (...args: Parameters<typeof listedEdgeCases>) => listedEdgeCases(...args).join('\n');

const roads = ['2 <= n <= 10^5', '1 <= roads.length <= 10^5', '1 <= a_i, b_i <= n'];

describe('parts of a graph apart from the rest', () => {
  const ask =
    'Return the least total length of roads to keep so that every town can still reach every other.';
  it('are listed where the page names them, or answers for a town out of reach', () => {
    for (const said of [
      'The roads may leave the country in several separate groups.',
      'Some towns may have no road at all.',
      'Print -1 if some town cannot be reached.',
    ])
      expect(
        listed(`There are n towns and roads between them. ${said} ${ask}`, roads, ['graph'], ['graph']),
      ).toMatch(/components/);
  });

  it('are listed where the bounds admit no link at all', () => {
    const none = ['2 <= n <= 10^5', '0 <= roads.length <= 10^5', '1 <= a_i, b_i <= n'];
    expect(listed(`There are n towns and roads between them. ${ask}`, none, ['graph'], ['graph'])).toMatch(
      /components/,
    );
  });

  it('are not listed where the page is silent, however it words its promise', () => {
    const text = listed(
      `There are n towns and roads between them; a traveller can already get from any town to any other. ${ask}`,
      roads,
      ['graph'],
      ['graph'],
    );
    expect(text).not.toMatch(/components|never mentioned|no edge touches/);
  });
});

describe('a goal out of reach', () => {
  const walk =
    'Flights join n cities; flight i goes from city u_i to city v_i. Find the fewest flights from city 1 to city n';
  it('is listed where the page says what to answer then', () => {
    expect(
      listed(`${walk}, or print -1 if city n cannot be reached.`, roads, ['graph'], ['shortest-path']),
    ).toMatch(/cannot be reached from the start/);
  });

  it('is not listed where the page asks for the answer and says nothing of failure', () => {
    expect(listed(`${walk}.`, roads, ['graph'], ['shortest-path'])).not.toMatch(/cannot be reached/);
  });

  it('makes a cycle blocking an order a case only where the page answers for it', () => {
    const order =
      'There are n tasks; dependencies[i] = [a_i, b_i] means task b_i must finish before task a_i. Return an order of all the tasks';
    const deps = ['1 <= n <= 2000', '1 <= dependencies.length <= 5000', '0 <= a_i, b_i < n'];
    expect(
      listed(`${order}, or an empty list if no order exists.`, deps, ['graph'], ['topological-sort']),
    ).toMatch(/A cycle/);
    expect(
      listed(
        `${order}. If the dependencies hold a circular chain, output CYCLE.`,
        deps,
        ['graph'],
        ['topological-sort'],
      ),
    ).toMatch(/A cycle/);
    expect(listed(`${order}.`, deps, ['graph'], ['topological-sort'])).not.toMatch(/A cycle/);
  });
});

describe('an edge from a node to itself, and two edges between the same nodes', () => {
  const graph =
    'There are n towns and roads between them. Return the number of groups of towns joined by roads.';
  it('are listed where the page allows them', () => {
    const text = listed(
      `${graph} A road may lead from a town back to itself. There may be several roads between the same two towns.`,
      roads,
      ['graph'],
      ['graph'],
    );
    expect(text).toMatch(/to itself/);
    expect(text).toMatch(/Repeated edges/);
  });

  it('are not listed where the page is silent or forbids them in words no promise reader knows', () => {
    for (const said of [
      '',
      'Not one road ends where it starts, and no two towns share more than one road.',
    ]) {
      const text = listed(`${graph} ${said}`, roads, ['graph'], ['graph']);
      expect(text).not.toMatch(/to itself|Repeated edges/);
    }
  });

  it('are named by the page even when the method brings no graph traps of its own', () => {
    const text = listed(
      'A country has n towns and roads between them; a town may have no road at all, and two towns may be joined by more than one road. Print the fewest new roads that join every town to every other.',
      ['1 <= n <= 10^5', '1 <= m <= 10^5', '1 <= u_i, v_i <= n'],
      ['graph'],
      ['union-find'],
    );
    expect(text).toMatch(/A node no edge touches: a component of its own/);
    expect(text).toMatch(/Repeated edges/);
  });
});

describe('equal values', () => {
  const values = ['1 <= serials.length <= 10^5', '1 <= serials[i] <= 10^9'];
  const ask = 'Return the number of pairs of serial numbers that differ by exactly gap.';
  it('are listed where nothing tells the values apart, or the page allows repeats outright', () => {
    for (const said of [
      'A shelf holds parts with serial numbers serials.',
      'The serial numbers are not necessarily distinct.',
      'Choose two different parts.',
    ])
      expect(listed(`${said} ${ask}`, values, ['array'], ['hash-table'])).toMatch(
        /All values equal|more than once/,
      );
  });

  it('are not listed where the page tells the values apart in any words', () => {
    for (const said of [
      'Every part on the shelf has its own serial number.',
      'No two parts were stamped with the same serial number.',
      'The serial numbers form a permutation of 1 to n.',
      'Each serial number appears on exactly one part.',
    ])
      expect(listed(`${said} ${ask}`, values, ['array'], ['hash-table'])).not.toMatch(
        /All values equal|more than once/,
      );
  });
});

describe('characters outside the alphabet', () => {
  const text = ['1 <= s.length <= 10^5'];
  const ask = 'Return the length of the longest run of equal characters in the string s.';
  it('are listed where the page names no alphabet, or names a mixture', () => {
    for (const said of ['', 's holds letters of both cases, digits and spaces.'])
      expect(listed(`${ask} ${said}`, text, ['string'], ['string'])).toMatch(/mixed in/);
  });

  it('are not listed where the page names the characters, however it words them', () => {
    for (const said of [
      's is described by a binary string of switches.',
      'The code is printed in capital letters A to Z.',
      's is made up of . and # only.',
    ])
      expect(listed(`${ask} ${said}`, text, ['string'], ['string'])).not.toMatch(/mixed in/);
  });
});

describe('a start that is already the goal', () => {
  const grid = ['1 <= h, w <= 500'];
  const ask = 'Find the fewest steps from the start to the goal on the grid of h rows and w columns.';
  it('is listed where start and goal are given apart and may coincide', () => {
    expect(
      listed(
        `${ask} The start and the goal are given as cells (r1, c1) and (r2, c2).`,
        grid,
        ['matrix'],
        ['breadth-first-search'],
      ),
    ).toMatch(/already the goal/);
  });

  it('is not listed where each is a mark that appears exactly once on the board', () => {
    expect(
      listed(
        `${ask} The board holds exactly one S and exactly one G.`,
        grid,
        ['matrix'],
        ['breadth-first-search'],
      ),
    ).not.toMatch(/already the goal/);
  });
});

describe('a call on an empty structure', () => {
  const calls = ['1 <= val <= 10^9', 'At most 10^4 calls will be made to push, pop and top.'];
  const listedFor = (said: string) =>
    listed(
      `Implement the Pile class. Pile() creates an empty pile. void push(int val) puts val on top. int pop() removes the top value and returns it. ${said}`,
      calls,
      ['number'],
      ['stack', 'design'],
    );

  it('is listed where the page says what a call answers on an empty pile', () => {
    expect(listedFor('If the pile is empty, pop returns -1.')).toMatch(/empty structure/);
  });

  it('is not listed where calls are promised a non-empty pile, nor where only the constructor is empty', () => {
    expect(listedFor('pop and top are always called on a non-empty pile.')).not.toMatch(/empty structure/);
    expect(listedFor('')).not.toMatch(/empty structure/);
  });

  it('keeps the class traps behind the structure that leads', () => {
    expect(listedFor('If the pile is empty, pop returns -1.').split('\n')).toContain(
      'Operations called on an empty structure',
    );
  });
});

describe('a page asked about several edge cases', () => {
  it('reads the page once for each permission, however many lines that permission governs', () => {
    let reads = 0;
    const body = 'there are n towns and roads between them. some towns may have no road at all.';
    const page = {
      get body() {
        reads += 1;
        return body;
      },
      facts: parseConstraints(roads, body),
    };
    const permitted = permissionsOf(page, false);
    expect(permitted('Several separate components')).toBe(true);
    const first = reads;
    expect(first).toBeGreaterThan(0);
    expect(permitted('A node never mentioned in any link')).toBe(true);
    expect(permitted('An empty array')).toBe(true);
    expect(reads).toBe(first);
  });
});
