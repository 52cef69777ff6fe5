import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { detectInputs } from '@/lib/coach/problem/inputs';
import type { TechniqueGuess } from '@/lib/coach/problem/types';
import { problemContext } from '../../../support/problem-context';

/**
 * Issue 10, stop 27: a story's nouns (stacks of rings, a queue at a counter, a family tree, letters
 * that arrive) were read as the structures they name. A noun counts only where the statement works
 * the structure; each rule is checked on statements of its own and on a near miss that keeps it.
 */
const read = (statement: string, constraints: string[], title = 'Example'): TechniqueGuess[] =>
  analyzeProblem(problemContext({ title, statement, constraints })).patterns;

/** The techniques a phrase of the statement itself points at, not the model or a base rate. */
const pointedAt = (patterns: TechniqueGuess[]) =>
  patterns.filter((p) => (p.grounds?.statement ?? 0) > 0).map((p) => p.id);

describe('a tree as input', () => {
  it('is not read from trees that stand in a park or a family tree that only dates its people', () => {
    expect(
      detectInputs(
        'a forester records the height h[i] of each of n trees along a trail and cuts every tree above a line.',
      ),
    ).not.toContain('tree');
    expect(
      detectInputs('a family tree lists the year each of n relatives was born and the year each died.'),
    ).not.toContain('tree');
  });

  it('is read where the statement relates items as parent and child', () => {
    expect(
      detectInputs(
        'in the family tree every relative except the eldest has one parent p[i]; count the generations.',
      ),
    ).toContain('tree');
    expect(detectInputs('the reporting lines of the n staff form a tree headed by the director.')).toContain(
      'tree',
    );
  });

  it('gives an ancestor a recursive walk only inside a tree', () => {
    const dated = read(
      'A family tree lists n ancestors: ancestor i was born in year b[i] and died in year d[i]. Return the first year in which the most ancestors were alive.',
      ['1 <= n <= 10^5', '1 <= b[i] <= d[i] <= 10^9'],
    );
    expect(pointedAt(dated)).not.toContain('depth-first-search');
    const rooted = read(
      'Given the root of a tree of n nodes and two of its nodes, return their lowest common ancestor.',
      ['1 <= n <= 10^5'],
    );
    expect(pointedAt(rooted)).toContain('depth-first-search');
  });
});

describe('items kept open in a heap', () => {
  it('needs items that end: letters that only arrive one at a time open nothing', () => {
    const letters = read(
      'Characters of a code word arrive one at a time. After each arrival, report how many different characters have arrived so far.',
      ['1 <= n <= 10^5'],
    );
    expect(pointedAt(letters)).not.toContain('heap-priority-queue');
  });

  it('still keeps them where what arrives also takes time and finishes', () => {
    const jobs = read(
      'Jobs arrive at times a[i] and each takes t[i] minutes. A single printer handles one at a time; when it is free it takes the waiting job that arrived first. Return the order in which the jobs finish.',
      ['1 <= n <= 10^5', '1 <= a[i], t[i] <= 10^9'],
    );
    expect(pointedAt(jobs)).toContain('heap-priority-queue');
  });
});

describe('a palindrome', () => {
  it('made of letters in any order is a count of each letter, not two ends compared', () => {
    const shuffled = read('Return true if the letters of the string s can be rearranged into a palindrome.', [
      '1 <= s.length <= 10^5',
      's consists of lowercase English letters.',
    ]);
    expect(pointedAt(shuffled)).toContain('hash-table');
    expect(pointedAt(shuffled)).not.toContain('two-pointers');
  });

  it('read in the order given is still compared from both ends', () => {
    const kept = read('Return true if the string s reads the same forwards and backwards.', [
      '1 <= s.length <= 10^5',
    ]);
    expect(pointedAt(kept)).toContain('two-pointers');
  });
});

describe('a stack named by the story', () => {
  it('is no structure where only values are bounded', () => {
    const rings = read(
      'Three poles hold stacks of discs; a move takes the top disc of one stack and puts it on top of another, never on a smaller disc. Return the fewest moves that carry n discs from the first pole to the last, modulo 10^9 + 7.',
      ['1 <= n <= 10^18'],
    );
    expect(pointedAt(rings)).not.toContain('stack');
  });

  it('is the method where plates are pushed and popped from an input list', () => {
    const plates = read(
      'Plates are pushed onto a pile in the order pushed[i], and a pop takes the plate on top of the pile. Return true if the pops can happen in the order popped[i].',
      ['1 <= pushed.length <= 10^5', 'popped.length == pushed.length'],
    );
    expect(plates[0]?.id).toBe('stack');
  });
});

describe('a queue', () => {
  it('named but never worked is not evidence', () => {
    const counter = read(
      'There are n customers in a queue at a bakery, and customer i pays p[i] coins. Return the total the bakery takes.',
      ['1 <= n <= 10^5', '1 <= p[i] <= 10^4'],
    );
    expect(pointedAt(counter)).not.toContain('queue');
  });

  it('is read from items put back at the other end again and again, named or not', () => {
    const deck = read(
      'A pile holds the cards c[i] from top to bottom. While cards remain, the dealer shows the top card and discards it, then moves the next top card to the bottom of the pile. Return the cards in the order shown.',
      ['1 <= c.length <= 10^5'],
    );
    expect(pointedAt(deck)).toContain('queue');
  });

  it('is no queue when a block is moved from the front to the back once', () => {
    const rotated = read(
      'A sorted list of lockers a[i] was changed once: a block was lifted from the front and put at the back. Return the position of the locker numbered x.',
      ['1 <= a.length <= 10^5'],
    );
    expect(pointedAt(rotated)).not.toContain('queue');
  });
});

describe('a row named by its index', () => {
  it('only locates a cell, so a walk between neighbouring cells is still no window', () => {
    const glacier = read(
      'A map is a table of r rows and c columns; the square in row x and column y has height a[x][y]. A sledge slides from a square to an adjacent square only when it is strictly lower. Return the longest run of squares a sledge can make.',
      ['1 <= r, c <= 500', '0 <= a[x][y] <= 10^9'],
    );
    expect(glacier.map((p) => p.id)).not.toContain('sliding-window');
  });

  it('leaves a window where the question keeps the run within a single row', () => {
    const terrace = read(
      'A map is a table of r rows and c columns; the plot in row x and column y has height a[x][y]. Return the longest stretch of consecutive plots within a single row whose heights differ by at most d.',
      ['1 <= r, c <= 1000', '0 <= d, a[x][y] <= 10^9'],
    );
    expect(terrace[0]?.id).toBe('sliding-window');
  });
});

describe('links between named items', () => {
  it('make a graph however the story names them: the i-th link joins the two items the list names', () => {
    const burrows = read(
      'Moles live in n dens joined by exactly n - 1 passages; passage i joins dens u_i and v_i. Count the dens where at least three passages meet.',
      ['1 <= n <= 2 * 10^5', '1 <= u_i, v_i <= n'],
    );
    expect(pointedAt(burrows)).toContain('graph');
  });

  it('are no graph where a link joins nothing the input lists', () => {
    const ribbon = read(
      'A ribbon joins the two ends of a shelf holding n jars of heights h_i. Return the tallest jar.',
      ['1 <= n <= 10^5', '1 <= h_i <= 10^9'],
    );
    expect(pointedAt(ribbon)).not.toContain('graph');
  });
});
