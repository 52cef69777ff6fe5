import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import type { Guarantee } from '@/lib/coach/problem/guarantees';
import { normalizeMath } from '@/lib/coach/problem/normalize';
import { readGuarantees } from '@/lib/coach/problem/promises';

/**
 * Promises in the wording families setters use on the judges (the promises round of
 * tests/fixtures/coach/generalise), each beside a near miss that promises nothing. The body is
 * normalised as the page reading normalises it, so "there is at most one road" arrives as a bound.
 */
function promised(statement: string, constraints: string[] = ['1 <= n <= 10^5']): Set<Guarantee> {
  const body = normalizeMath(`${statement}\n${constraints.join('\n')}`).toLowerCase();
  return readGuarantees(parseConstraints(constraints, statement), body);
}

const GRAPH = ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= u_i, v_i <= n'];

describe('a graph promised connected, simple or a tree in prose', () => {
  it.each([
    'The given roads let you travel between any two towns.',
    'The cables allow any computer to reach every other computer.',
    'The given graph is simple and connected.',
    'The graph is undirected and connected.',
  ])('reads "%s" as connected', (statement) => {
    expect(promised(`There are n towns and m roads. ${statement}`, GRAPH)).toContain('connected');
  });

  it('reads exactly one route between any two places as a tree, and is no promise of an answer', () => {
    const read = promised(
      'A town has n junctions and n-1 streets, and there is exactly one route between any two junctions.',
    );
    expect([...read]).toEqual(expect.arrayContaining(['connected', 'acyclic']));
    expect(read).not.toContain('answer-exists');
  });

  it('reads a simple graph as one without self-loops or repeated edges', () => {
    const read = promised('There is a graph with n vertices and m edges. The given graph is simple.', GRAPH);
    expect([...read]).toEqual(expect.arrayContaining(['no-self-loops', 'no-repeated-edges']));
    expect(read).not.toContain('connected');
  });

  it('reads links to itself and repeated pairs denied in words', () => {
    const roads = promised(
      'There are n cities and m roads. There is at most one road between any two cities, and no road connects a city to itself.',
      GRAPH,
    );
    expect([...roads]).toEqual(expect.arrayContaining(['no-self-loops', 'no-repeated-edges']));
    const tasks = promised(
      'Task b_i can start only after task a_i. No task is required to wait for itself, each pair (a_i, b_i) appears at most once, and it is guaranteed that there are no cyclic dependencies.',
      ['1 <= n <= 2 * 10^5', '0 <= m <= 2 * 10^5'],
    );
    expect([...tasks]).toEqual(expect.arrayContaining(['no-self-loops', 'no-repeated-edges', 'acyclic']));
    expect(
      promised('The i-th edge is (A_i, B_i).', [...GRAPH, '(A_i, B_i) != (A_j, B_j) (i != j)']),
    ).toContain('no-repeated-edges');
  });

  it('reads a link that always joins two different places as no self-loop, but not two different lengths', () => {
    expect(
      promised('There are n cities and m roads. A road always connects two different cities.', GRAPH),
    ).toContain('no-self-loops');
    expect(
      promised(
        'There are n cities and m roads. Each road has two different lengths, one per direction.',
        GRAPH,
      ),
    ).not.toContain('no-self-loops');
  });

  it('but a graph that may be disconnected or hold repeated links promises neither', () => {
    const read = promised(
      'An archipelago has n islands and m ferries. The archipelago may be disconnected, and there may be several ferry lines between the same pair of islands.',
      GRAPH,
    );
    expect(read).not.toContain('connected');
    expect(read).not.toContain('no-repeated-edges');
  });
});

describe('values promised distinct, in order or signed in prose', () => {
  it('reads "no two ... share" as distinct, but not of neighbours alone', () => {
    expect(promised('No two members share a membership number.')).toContain('distinct');
    expect(promised('No two friends have the same birthday.')).toContain('distinct');
    expect(promised('No two neighbouring tiles share a glaze.')).not.toContain('distinct');
    expect(promised('The colours are not necessarily distinct.')).not.toContain('distinct');
  });

  it('reads "all ... have different sizes" as distinct, but not a difference from something else', () => {
    expect(promised('All nuts have different sizes, and every nut fits exactly one bolt.')).toContain(
      'distinct',
    );
    expect(promised('All the runners have distinct heights.')).toContain('distinct');
    expect(promised('All the shelves have different widths from the cupboard.')).not.toContain('distinct');
    expect(promised('All boxes have the same weight.')).not.toContain('distinct');
  });

  it('reads a list sorted and then shifted by some positions as rotated', () => {
    const read = promised(
      'The badge numbers were listed in increasing order, and then the list was shifted left by some unknown number of positions.',
    );
    expect(read).toContain('rotated');
    expect(read).not.toContain('sorted');
    expect(promised('The arrival times were given in increasing order.')).toContain('sorted');
  });

  it('reads a sign said in words of the values, unless a bound of the values allows less', () => {
    expect(promised('Every price is a positive integer.', ['2 <= n <= 10^5'])).toContain('positive');
    expect(
      promised('All the weights are non-negative integers.', ['1 <= n <= 10^5', 'weights[i] <= 10^4']),
    ).toContain('non-negative');
    expect(
      promised('You are given n positive integers.', ['1 <= n <= 10^5', '-10^9 <= a[i] <= 10^9']),
    ).not.toContain('positive');
    expect(promised('k is a positive integer.', ['1 <= n <= 10^5', '-10^9 <= a[i] <= 10^9'])).not.toContain(
      'non-negative',
    );
  });
});

describe('presence, alphabets and answers promised in prose', () => {
  it('reads a list or tree that is never empty as having a head or root', () => {
    const read = promised('A train is stored as a linked list. The list is never empty.', [
      '1 <= Node.val <= 100',
    ]);
    expect([...read]).toEqual(expect.arrayContaining(['non-empty', 'root-exists']));
    expect(promised('If the list is not empty, return its head.', ['1 <= Node.val <= 100'])).not.toContain(
      'root-exists',
    );
  });

  it('reads lowercase Latin letters and GeeksforGeeks\' "alphabets" as lowercase only', () => {
    expect(promised('The string s consists of lowercase Latin letters.')).toContain('lowercase-only');
    expect(promised('The string contains only lowercase English alphabets.')).toContain('lowercase-only');
    expect(promised('The string holds lowercase Latin letters and digits.')).not.toContain('lowercase-only');
  });

  it('reads "you may assume that exactly one pair ..." as an answer that exists', () => {
    expect(promised('You may assume that exactly one pair of trips adds up to budget.')).toContain(
      'answer-exists',
    );
    expect(promised('Find a pair of trips whose fares add up to budget, or return -1.')).not.toContain(
      'answer-exists',
    );
  });
});

describe('an answer promised by what the input is', () => {
  it('reads an end that is always reachable, a promised shape, and the one item said to be there', () => {
    expect(promised('She starts on stone 0; it is always reachable.')).toContain('answer-exists');
    expect(promised('arr is guaranteed to be a mountain array.')).toContain('answer-exists');
    expect(
      promised('Every element appears exactly twice, except for one element which appears exactly once.'),
    ).toContain('answer-exists');
    expect(promised('Return the index of the peak, or -1 if arr is not a mountain array.')).not.toContain(
      'answer-exists',
    );
  });
});

describe('promises in the words of the second round (written after the first rules)', () => {
  it('reads a falling chain as an order, strict only when each step is strict', () => {
    expect(promised('The scoreboard lists n scores a_1 >= a_2 >= ... >= a_n.')).toContain('sorted');
    expect(promised('The scoreboard lists n scores a_1 >= a_2 >= ... >= a_n.')).not.toContain('distinct');
    expect(promised('The heights satisfy h_1 > h_2 > ... > h_n.')).toContain('distinct');
  });

  it('keeps a promise joined to a "may" by "and"', () => {
    const read = promised('All t_i are pairwise distinct, and some may be below zero.');
    expect(read).toContain('distinct');
    expect(promised('The values may repeat, and some may be below zero.')).not.toContain('distinct');
  });

  it('reads letters a-z, a list that has at least one node and cells named with their characters', () => {
    expect(promised('p contains only the letters a-z.')).toContain('lowercase-only');
    expect([...promised('The given linked list has at least one node.', ['1 <= Node.val <= 100'])]).toEqual(
      expect.arrayContaining(['non-empty', 'root-exists']),
    );
    expect(promised('Each square is either floor (.) or a shelf (#).')).toContain('fixed-alphabet');
  });
});

describe('a connected network of n - 1 links', () => {
  it('is a tree, so no cycle and no repeated link is listed as a case', () => {
    const statement =
      'The kingdom has n villages and n - 1 roads. The given roads let you travel between any two villages.';
    expect(promised(statement, GRAPH)).toContain('acyclic');
    expect(promised('The kingdom has n villages and m roads. The graph is connected.', GRAPH)).not.toContain(
      'acyclic',
    );
  });
});

describe('names without a bound', () => {
  it('say nothing of the sign the bounded values promise', () => {
    const constraints = ['1 <= N <= 2 * 10^5', '1 <= A_i <= 10^9', 'A_i != A_j (i != j)'];
    expect([...promised('N students stand in a row.', constraints)]).toEqual(
      expect.arrayContaining(['positive', 'distinct']),
    );
    expect(promised('N students stand in a row.', ['1 <= N <= 10^5', '-5 <= A_i <= 10^9'])).not.toContain(
      'non-negative',
    );
  });
});

describe('items beside links that may be absent', () => {
  it('promise a non-empty input when the items are at least one', () => {
    const statement = 'There are n cities and m roads; road i joins cities u_i and v_i.';
    expect(promised(statement, ['1 <= n <= 10^5', '0 <= m <= 10^5', '1 <= u_i, v_i <= n'])).toContain(
      'non-empty',
    );
    expect(promised(statement, ['0 <= n <= 10^5', '0 <= m <= 10^5', '1 <= u_i, v_i <= n'])).not.toContain(
      'non-empty',
    );
  });
});

describe('reach said of a move, not of the links', () => {
  it('is no promise that the network is connected', () => {
    expect(
      promised('There are n cities and m roads. Each ticket lets you travel to any other city once.', GRAPH),
    ).not.toContain('connected');
  });
});
