import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import {
  fewestListedLinks,
  numberMoves,
  onlyShrinks,
  positionMoves,
} from '@/lib/coach/problem/knowledge/state-moves';
import { problemContext } from '../../../support/problem-context';

/**
 * Graphs no word names: a state, moves allowed between states, and a question of reachability or
 * of the fewest moves. Moves that can go back make a search; moves that only go forward with a
 * best total or a count make a table; a reach of "any position up to i + a[i]" stays a greedy.
 */
const analyse = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ statement, constraints }));
const top3 = (analysis: ReturnType<typeof analyse>) => analysis.patterns.slice(0, 3).map((p) => p.id);

describe('where a move from position i lands', () => {
  it('reads moves both ways, forward only, and to any place alike', () => {
    expect(positionMoves('from pad i the frog hops to pad i + len[i] or to pad i - len[i].')).toMatchObject({
      forward: true,
      back: true,
      place: 'pad',
      steps: ['i + len[i]', 'i - len[i]'],
    });
    expect(positionMoves('from rung i a climber steps up to rung i + 1 or rung i + 3.')).toMatchObject({
      forward: true,
      back: false,
    });
    expect(
      positionMoves('from tile i you may walk to tile i + 1, or jump to any tile with the same letter.'),
    ).toMatchObject({ forward: true, back: true, alike: true });
  });

  it('reads moves told in words by an amount each place carries', () => {
    expect(
      positionMoves(
        'from stone i the frog jumps exactly a_i stones clockwise or exactly a_i stones counterclockwise.',
      ),
    ).toMatchObject({ forward: true, back: true });
    // Ahead only, in words, is no move back.
    expect(positionMoves('from stone i the frog jumps exactly a_i stones ahead.')).toBeNull();
  });

  it('ignores neighbours of a subscript and differences of values', () => {
    expect(positionMoves('a jump from ledge i to ledge j costs |h_i - h_j|.')).toBeNull();
    expect(positionMoves('an index is a peak when a[i - 1] < a[i] > a[i + 1].')).toBeNull();
    // No move is described: a formula over neighbours is not a rule of moves.
    expect(positionMoves('return the sum of a[i] * (i + 1) over all i.')).toBeNull();
  });
});

describe('operations that change one number', () => {
  it('tells growing operations from shrinking ones', () => {
    expect(numberMoves('in one operation you may triple x or subtract 2 from it.')).toEqual({
      grows: true,
      shrinks: true,
    });
    expect(onlyShrinks('in one operation replace x by x - 1, or halve it when it is even.')).toBe(true);
    expect(onlyShrinks('in one operation double x or add 1 to it.')).toBe(false);
    expect(numberMoves('the number doubles every year.')).toBeNull();
    expect(numberMoves('each second the counter is raised by 4 or lowered by 1.')).toEqual({
      grows: true,
      shrinks: true,
    });
  });
});

describe('the fewest of the links the input lists', () => {
  it('counts each listed link as one, in the words of the list', () => {
    expect(
      fewestListedLinks('ropes[i] = [u, v] joins two huts. return the fewest ropes from hut 0 to hut n - 1.'),
    ).toBe(true);
    expect(
      fewestListedLinks('a ferry joins two islands. print the fewest ferries from island 1 to island n.'),
    ).toBe(true);
    // The fewest of something else (the nodes on the way) is no count of links.
    expect(fewestListedLinks('roads[i] = [a, b]. print the fewest towns a courier must pass through.')).toBe(
      false,
    );
  });

  it('is read as an unweighted search on a graph given as a list of links', () => {
    const analysis = analyse(
      'A park has n huts numbered 0 to n - 1 and ropes[i] = [u_i, v_i], a rope bridge between huts u_i and v_i. Return the fewest ropes a visitor must cross to go from hut 0 to hut n - 1, or -1.',
      ['2 <= n <= 10^5', '1 <= ropes.length <= 2 * 10^5', '0 <= u_i, v_i < n'],
    );
    expect(analysis.patterns[0]?.id).toBe('breadth-first-search');
    expect(analysis.complexityTarget).toBe('O(V + E)');
  });
});

describe('a state space read from its moves', () => {
  const both =
    'A row has n pads numbered 0 to n - 1. From pad i a frog can hop to pad i + len[i] or to pad i - len[i], staying on the row. Return the fewest hops from pad 0 to pad n - 1, or -1 if it cannot get there.';

  it('searches breadth-first when moves run both ways and the fewest are asked', () => {
    const analysis = analyse(both, ['1 <= n <= 10^5', '0 <= len[i] <= n']);
    expect(analysis.patterns[0]?.id).toBe('breadth-first-search');
    expect(analysis.complexityTarget).toBe('O(n)');
    // The hint names the page's states and moves.
    const hints = analysis.hints.map((hint) => hint.text).join(' ');
    expect(hints).toMatch(/Pad i links to pad i \+ its len and pad i - its len/);
    expect(hints).not.toMatch(/\[i\]/);
  });

  it('searches when moves run both ways and only reachability is asked', () => {
    const reach =
      'There are n platforms. Standing on platform i, a robot can be launched to platform i + push[i] or platform i - push[i]. Return true if the robot, starting on platform s, can reach platform 0.';
    const analysis = analyse(reach, ['1 <= n <= 10^5', '0 <= push[i] < n', '0 <= s < n']);
    expect(analysis.patterns[0]?.id).toBe('breadth-first-search');
    expect(top3(analysis)).toContain('depth-first-search');
  });

  it('fills a table when moves only go forward and a count or a best total is asked', () => {
    const count =
      'A path has n slabs. From slab i a child may step to slab i + 1 or leap to slab i + gap[i]; moves past the end are not allowed. Return the number of different ways to go from slab 0 to slab n - 1, modulo 10^9 + 7.';
    const counted = analyse(count, ['1 <= n <= 10^5', '2 <= gap[i] <= 10^5']);
    expect(counted.patterns[0]?.id).toBe('dynamic-programming');
    expect(top3(counted)).not.toContain('breadth-first-search');
  });

  it('stays a greedy for a reach of any position up to i + a[i] (near miss)', () => {
    const greedy =
      'A canoeist starts at buoy 0 of n buoys. From buoy i she can paddle forward to any buoy from i + 1 up to i + range[i]. Return true if she can reach buoy n - 1.';
    const analysis = analyse(greedy, ['1 <= n <= 10^5', '0 <= range[i] <= 10^5']);
    expect(analysis.patterns[0]?.id).toBe('greedy');
  });

  it('counts the numbers as states when operations raise and lower one number', () => {
    const raise =
      'A counter shows the number a. In one operation you may add 1 to it, subtract 1 from it, or triple it. Print the fewest operations that make the counter show b.';
    const analysis = analyse(raise, ['1 <= a, b <= 10^5']);
    expect(analysis.patterns[0]?.id).toBe('breadth-first-search');
    expect(analysis.complexityTarget).toBe('O(n)');
    expect(analysis.complexityLimit).toBe('O(n log n)');
  });

  it('fills a table when every operation shrinks the number (near miss)', () => {
    const shrink =
      'You have a positive integer n. In one operation you may subtract 1 from it, or divide it by 4 if it is a multiple of 4. Print the fewest operations that bring n down to 1.';
    const analysis = analyse(shrink, ['1 <= n <= 10^6']);
    expect(analysis.patterns[0]?.id).toBe('dynamic-programming');
    expect(analysis.complexityTarget).toBe('O(n)');
    expect(analysis.complexityLimit).toBe('O(n log n)');
  });

  it('leaves a value bounded past ten million to a formula', () => {
    const huge =
      'A counter shows the number a. In one operation you may add 1 to it or double it. Print the fewest operations that make it show b.';
    expect(analyse(huge, ['1 <= a, b <= 10^18']).complexityLimit).toBe('O(log n)');
  });

  it('searches over what the containers hold when water is poured between them', () => {
    const pour =
      'Two buckets hold a and b litres. In one operation fill a bucket from the tap, empty a bucket, or pour from one bucket into the other until the first is empty or the second is full. Print the fewest operations after which a bucket holds exactly r litres, or -1.';
    const analysis = analyse(pour, ['1 <= a, b <= 1000']);
    expect(analysis.patterns[0]?.id).toBe('breadth-first-search');
    // A state is the pair of amounts: both capacities count.
    expect(analysis.complexityTarget).toBe('O(n * m)');
    expect(analysis.hints.map((hint) => hint.text).join(' ')).toMatch(/A state is what each container holds/);
  });

  it('walks what a start opens when each item lists the items it opens', () => {
    const opens =
      'There are n chests numbered 0 to n - 1, and chest 0 is open. Chest i holds keys[i], the list of chests its keys open. Starting with chest 0, return how many chests can be opened.';
    const analysis = analyse(opens, [
      '1 <= n <= 10^5',
      '0 <= keys[i][j] < n',
      'the total length of all keys[i] is at most 2 * 10^5',
    ]);
    expect(top3(analysis)).toContain('depth-first-search');
  });
});
