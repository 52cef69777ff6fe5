import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { contradictedBy } from '@/lib/coach/problem/contradictions';
import { readScene } from '@/lib/coach/problem/scene';
import { problemContext } from '../../../support/problem-context';
import { bodyOf, promised } from '../../../support/statement';

/**
 * Promises a statement makes in words, however it words them (issue 10 §2): each test writes
 * statements of its own in that shape and a near-miss that keeps today's reading.
 */

function ordered(statement: string) {
  const constraints = ['1 <= n <= 10^5'];
  const facts = parseConstraints(constraints, statement);
  return readScene(facts, bodyOf(statement, constraints), ['array'], new Set()).ordered;
}

function edgeCasesOf(statement: string, constraints: string[], tags: string[] = []) {
  return analyzeProblem(problemContext({ statement, constraints, tags })).edgeCases;
}

describe('a promise and a demand on the solver in one sentence', () => {
  it('keeps the promise', () => {
    for (const statement of [
      'You are given k lists of meetings. Each list is sorted by start, and you must merge them into one.',
      'The array is sorted in non-decreasing order, and you need to answer every query quickly.',
      'The readings arrive sorted by time, but you have to report them grouped by sensor.',
      'The intervals are sorted by start, and the answer must be sorted too.',
    ])
      expect(promised(statement, ['1 <= k <= 10^4']), statement).toContain('sorted');
  });

  it('but an order demanded of the answer or of the input is still no promise', () => {
    for (const statement of [
      'Merge the lists into one; the result must be sorted by start.',
      'The lists must be sorted by start before you merge them.',
      'The output must be sorted and must hold no duplicates.',
    ])
      expect(promised(statement), statement).not.toContain('sorted');
  });

  it('does not rule sorting out, unless the must is about keeping the original order', () => {
    expect(ordered('Each list is sorted by start, and you must merge them into one.')).toBe(false);
    expect(ordered('You must merge the meetings that overlap and return the result.')).toBe(false);
    expect(ordered('You must keep the songs in their original order and drop the fewest.')).toBe(true);
    expect(ordered('The items must stay in the order they were given.')).toBe(true);
  });
});

describe('an alphabet named in prose', () => {
  it('is read however the statement words it', () => {
    for (const statement of [
      'Each name is written in lowercase letters.',
      'All the words are lowercase.',
      'A tag is made of lowercase English letters.',
      'Passwords use only the letters a to z.',
      'Every label consists of the characters a–z.',
      'The input contains only lower-case letters.',
      'Names use the 26 lowercase letters.',
    ])
      expect(promised(statement), statement).toContain('lowercase-only');
  });

  it('rules out upper-case letters mixed in', () => {
    const cases = edgeCasesOf(
      'Each name is written in lowercase letters. Return the longest name that is a palindrome.',
      ['1 <= names.length <= 1000'],
    );
    expect(cases.join('\n')).not.toMatch(/upper-case/i);
  });

  it('is no promise when other characters may appear', () => {
    for (const statement of [
      'A name may contain lowercase and uppercase letters.',
      'Each name is written in lowercase letters and digits.',
      'Words may contain upper-case and lower-case letters.',
    ])
      expect(promised(statement), statement).not.toContain('lowercase-only');
  });
});

describe('an alphabet named letter by letter in prose', () => {
  it('is read however the statement words it', () => {
    for (const statement of [
      'The DNA string is made of the letters A, C, G and T.',
      'Given a binary string s, return the longest run of ones.',
      'Each gene is a string over the alphabet {A, C, G, T}.',
      'Each code is written with the digits 0 to 9.',
      'The chant log is a string s of length n of letters R and B.',
    ])
      expect(promised(statement), statement).toContain('fixed-alphabet');
  });

  it('is no promise when it only names some of the characters', () => {
    for (const statement of [
      'The letters A, C, G and T are vowels of the code; other letters may appear too.',
      'Convert the number n into a binary string and return it.',
      'You are given a string s of length n of lowercase letters.',
    ])
      expect(promised(statement), statement).not.toContain('fixed-alphabet');
  });
});

describe('a network promised connected', () => {
  it('is read however the statement words it', () => {
    for (const statement of [
      'There is a road between every pair of towns.',
      'Every town can reach every other town.',
      'The network is connected.',
      'You can travel from any city to any other city.',
      'All the computers are connected, directly or through others.',
      'The graph is guaranteed to be connected.',
      'It is possible to travel between any two cities.',
    ])
      expect(promised(statement), statement).toContain('connected');
  });

  it('is read from how the network was built or what joins it', () => {
    for (const statement of [
      'The tanks were first joined by n - 1 pipes, laid so that water could flow from every tank to every other tank.',
      'Yesterday the servers were wired so that every server could reach every other one.',
      'Today one can drive from any town to any other town along these roads.',
      'The cables come from a tree on all n servers with one extra cable added.',
      'Between any two different harbours i and j there is a direct ferry.',
    ])
      expect(promised(statement), statement).toContain('connected');
    // A tree with a link added is joined but has a cycle.
    expect(
      promised('The cables come from a tree on all n servers with one extra cable added.'),
    ).not.toContain('acyclic');
  });

  it('is no promise when the solver is asked to build it', () => {
    for (const statement of [
      'Lay pipes so that water can flow from every tank to every other tank.',
      'Choose roads so that one can drive from any town to any other town.',
    ])
      expect(promised(statement), statement).not.toContain('connected');
  });

  it('rules out a node that cannot be reached', () => {
    const cases = edgeCasesOf(
      'There are n towns and m roads; road i joins towns u and v. Every town can reach every other town. Return the fewest roads on a path from town 1 to each town.',
      ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= u, v <= n'],
      ['Breadth-First Search', 'Graph'],
    );
    expect(cases.join('\n')).not.toMatch(
      /cannot be reached|several separate components|a component of its own/i,
    );
  });

  it('rules out an item no link mentions, however the trap words it', () => {
    const cases = edgeCasesOf(
      'There are n computers and cables, where cables[i] = [a, b] joins computers a and b. The network is connected. Return the fewest cables whose removal splits it.',
      ['2 <= n <= 10^5', '1 <= cables.length <= 10^5', '0 <= a, b < n'],
      ['Union Find', 'Graph'],
    );
    expect(cases.join('\n')).not.toMatch(/never mentioned in any link|of its own/i);
    expect(
      contradictedBy('Items never mentioned in any link, each a group of its own', ['connected']),
    ).toEqual(['connected']);
    expect(contradictedBy('A link between two items already in the same group', ['connected'])).toEqual([]);
  });

  it('is no promise when the statement asks it or allows the opposite', () => {
    for (const statement of [
      'Return true if every town can reach every other town.',
      'The network may be disconnected.',
      'The towns are connected by roads.',
      'Any computer can reach any other through the network. Return the fewest cables to move to make all the computers connected.',
      'Check whether all the computers are connected.',
    ])
      expect(promised(statement), statement).not.toContain('connected');
  });
});

describe('dependencies promised free of cycles', () => {
  it('are read however the statement words it', () => {
    for (const statement of [
      'The dependencies form no cycle.',
      'There is no circular dependency.',
      'No task depends on itself, directly or indirectly.',
      'The prerequisites never form a cycle.',
      'No dish ends up waiting on itself, directly or through other dishes.',
      'It is guaranteed that the chores never wait on each other in a circle.',
      'No course is its own prerequisite, directly or indirectly.',
    ])
      expect(promised(statement), statement).toContain('acyclic');
  });

  it('rule out a cycle among the edge cases', () => {
    const cases = edgeCasesOf(
      'There are n tasks and a list of dependencies, where dependencies[i] = [a, b] means task a must finish before task b. There is no circular dependency. Return an order in which to run every task.',
      ['1 <= n <= 10^5', '0 <= dependencies.length <= 10^5'],
      ['Topological Sort'],
    );
    expect(cases.join('\n')).not.toMatch(/\bcycle/i);
  });

  it('are no promise when the question is whether there is one', () => {
    for (const statement of [
      'Return whether the dependencies form a cycle.',
      'If there is a circular dependency, return an empty list.',
      'Return an empty list if some modules wait on each other in a circle.',
    ])
      expect(promised(statement), statement).not.toContain('acyclic');
  });
});

describe('the table of contradictions', () => {
  it('reads an edge case however the trap words it', () => {
    expect(
      contradictedBy('Several separate components: start from every unvisited node', ['connected']),
    ).toEqual(['connected']);
    expect(
      contradictedBy('The same value appearing more than once, with different positions', ['distinct']),
    ).toEqual(['distinct']);
    expect(
      contradictedBy('Equal items in the input that produce the same answer twice', ['distinct']),
    ).toEqual(['distinct']);
  });

  it('leaves what the promise allows', () => {
    expect(
      contradictedBy('The two pointers meet on the same element: may one element count twice?', ['distinct']),
    ).toEqual([]);
    expect(contradictedBy('Visiting a node twice through two different paths', ['connected'])).toEqual([]);
  });
});

describe('a chain of subscripts over a named list', () => {
  it('promises the order, and no ties where the chain is strict', () => {
    const chain = promised(
      'Fuel stations stand along the road at position_1 < position_2 < ... < position_n.',
    );
    expect(chain).toContain('sorted');
    expect(chain).toContain('distinct');
    expect(promised('The depths satisfy depth_1 >= depth_2 >= ... >= depth_n.')).toContain('sorted');
  });

  it('reads a chain counted from zero the same way', () => {
    const chain = promised('The chargers stand at 0 < pos_0 < pos_1 < ... < pos_(n-1) < goal.');
    expect(chain).toContain('sorted');
    expect(chain).toContain('distinct');
  });

  it('is no promise where the subscripts are not chained', () => {
    expect(promised('Each station i sits at position_i, and position_1 is the start.')).not.toContain(
      'sorted',
    );
  });
});

describe('an order the page hands the input over in', () => {
  it('is promised where the page lists it in order, or a typed signature says so', () => {
    for (const statement of [
      'A rental shop lists the heights of the n skiers waiting in ascending order, and the lengths of the m pairs of skis, also in ascending order.',
      'The museum records the visitors of each day in non-decreasing order of arrival.',
      "int heights[n]: the skiers' heights, ascending",
    ])
      expect(promised(statement, ['1 <= n <= 10^5']).has('sorted'), statement).toBe(true);
  });

  it('is no promise where the order is what the answer must have', () => {
    for (const statement of [
      'Print the lists in ascending order.',
      'Sort the scores and return them in ascending order.',
    ])
      expect(promised(statement, ['1 <= n <= 10^5']).has('sorted'), statement).toBe(false);
  });

  it('lets two lists in order be walked side by side, with no sort', () => {
    const analysis = analyzeProblem(
      problemContext({
        statement:
          'A rental shop lists the heights of the n skiers in ascending order, and the lengths of the m pairs of skis, also in ascending order. Return the smallest absolute difference between a skier height and a ski length.',
        constraints: ['1 <= n, m <= 10^5', '1 <= heights[i], lengths[j] <= 10^9'],
      }),
    );
    expect(analysis.complexityTarget).toBe('O(n + m)');
  });
});
