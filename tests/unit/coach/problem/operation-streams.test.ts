import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { callRoles, operationStream } from '@/lib/coach/problem/knowledge/calls';
import { problemContext } from '../../../support/problem-context';

/**
 * A stream of typed operations ("1 x: add x", "3: print the minimum") is read as a class's calls
 * are: each kind by its own sentence, the structure it needs, the cost per operation. Statements
 * written for these tests, beside near misses that list queries but keep nothing between them.
 */
const streamPage = (statement: string, constraints = ['1 <= q <= 10^5', '1 <= x <= 10^9']) =>
  problemContext({
    site: 'hackerrank',
    url: 'https://www.hackerrank.com/challenges/example/problem',
    statement,
    constraints,
  });
const analyse = (statement: string, constraints?: string[]) =>
  analyzeProblem(streamPage(statement, constraints));
const top = (statement: string, count = 2) =>
  analyse(statement)
    .patterns.slice(0, count)
    .map((p) => p.id);

const SMALLEST =
  'Start with an empty box of numbers and process q queries of three kinds:\n- 1 x: put x in the box.\n- 2 x: take x out of the box. It is in the box.\n- 3: print the smallest number in the box.';
const FRONT =
  'A line of visitors starts empty. Process q queries:\n- 1 x: visitor x joins the back of the line.\n- 2: the visitor at the front of the line leaves.\n- 3: print the visitor at the front of the line.';
const COUNTS =
  'A bag starts empty. Process q queries:\n- 1 x: add one x to the bag.\n- 2 x: remove one x from the bag, if there is one.\n- 3 z: print 1 if some number is in the bag exactly z times, else 0.';
const FORMULAS =
  'You are given q queries. Each query is of one of two types:\n- 1 a b: print the greatest common divisor of a and b.\n- 2 a b: print the least common multiple of a and b.\nThe queries do not depend on each other.';

describe('a list of typed operations is read as calls', () => {
  it('reads each numbered kind by its own sentence', () => {
    expect(callRoles(SMALLEST)).toEqual([
      { call: 'type 2', demand: 'givenRemoval' },
      { call: 'type 3', demand: 'extreme' },
    ]);
    expect(callRoles(FRONT).map((role) => role.demand)).toEqual(['front', 'front']);
    expect(callRoles(COUNTS)).toEqual([{ call: 'type 3', demand: 'frequency' }]);
  });

  it('calls it a stream only where a kind asks something of what earlier ones kept', () => {
    expect(operationStream(SMALLEST)).toBe(true);
    expect(operationStream(FRONT)).toBe(true);
    expect(operationStream(FORMULAS)).toBe(false);
  });

  it('reads who leaves first by a key, and a question put as wanting to know', () => {
    expect(
      callRoles(
        'There are q events, each "1 p s" (runner p finishes with time s) or "2" (a medal is given). When a medal is given, the runner with the lowest time goes first.',
      ),
    ).toEqual([{ call: 'a call', demand: 'extreme' }]);
    expect(
      callRoles(
        '- 1 w — a box of weight w is put at the top of the stack;\n- 2 — the top box is taken;\n- 3 — the porter wants to know the weight of the heaviest box.',
      ),
    ).toEqual([
      { call: 'type 1', demand: 'latest' },
      // The stack only loses its top box, so each box can carry the heaviest at or below it.
      { call: 'type 3', demand: 'pileExtreme' },
    ]);
  });

  it('reads what was added last as a stack, and any verb acting on the most of something', () => {
    expect(
      callRoles(
        '- 1 c — a card c is dealt onto the table;\n- 2 — the card placed last is picked up again;\n- 3 — the dealer ships the most valuable card still on the table, which leaves it.',
      ).map((role) => role.demand),
    ).toEqual(['latest', 'extreme']);
  });

  it('keeps the extreme of a line that only loses its front in a monotonic queue, not a heap', () => {
    const line =
      'Process Q events:\n- 1 h: a runner of speed h joins the end of the line.\n- 2: the runner at the front of the line starts and leaves.\n- 3: print the speed of the fastest runner in the line, which is the largest speed.';
    expect(callRoles(line).map((role) => role.demand)).toEqual(['front', 'lineExtreme']);
    expect(top(line, 3)).toEqual(expect.arrayContaining(['queue', 'monotonic-stack']));
    expect(top(line, 3)).not.toContain('heap-priority-queue');
  });

  it('keeps the extreme of a pile that only loses its newest member on a stack, each entry remembering it', () => {
    const pile =
      'Implement the Scoreboard class:\n- void add(int points) writes down a play worth points.\n- void undo() removes the most recently written play that is still on the board.\n- int best() returns the largest number of points of a single play on the board.';
    expect(callRoles(pile).map((role) => role.demand)).toEqual(['latest', 'pileExtreme']);
    const analysis = analyse(pile, ['1 <= points <= 10^4', 'At most 10^5 calls will be made.']);
    expect(analysis.patterns[0]?.id).toBe('stack');
    expect(analysis.complexityTarget).toBe('O(1)');
  });

  it('hears a line in the end its members are sold from, and a sale as leaving', () => {
    const conveyor =
      'A market stall keeps jars on a shelf that starts empty. Process Q operations:\n1 w: a jar of weight w is placed at the right end of the shelf.\n2: the jar at the left end is sold.\n3: print the largest weight among the jars on the shelf.';
    expect(callRoles(conveyor).map((role) => role.demand)).toEqual(['front', 'lineExtreme']);
    const analysis = analyse(conveyor, ['1 <= Q <= 10^6', '1 <= w <= 10^9']);
    expect(analysis.patterns.slice(0, 3).map((p) => p.id)).toContain('queue');
    expect(analysis.complexityTarget).toBe('O(1)');
    // Placing a jar at the right end is no work at the front.
    expect(
      callRoles(
        'Process Q operations:\n1 w: a jar is placed at the right end of the shelf.\n2: print the number of jars.',
      ),
    ).toEqual([]);
  });

  it('reads leaving from one table: at a named end it makes a front, anywhere it empties a pool', () => {
    const ask = '3: print the largest weight among the parcels on the belt.';
    const roles = (removal: string) =>
      callRoles(
        `Process Q operations:\n1 w: a parcel of weight w is put on the belt.\n${removal}\n${ask}`,
      ).map((role) => role.demand);
    // Any way of leaving the table knows, said of a named end, is the line's front.
    expect(roles('2: the clerk dispatches the parcel from the far end.')).toEqual(['front', 'lineExtreme']);
    expect(roles('2: the clerk takes the parcel from the left end.')).toEqual(['front', 'lineExtreme']);
    // Leaving with no end named is a pool losing members: its best is a heap's top.
    expect(roles('2: the clerk removes the heaviest parcel.')).toEqual(['extreme', 'extreme']);
    // "Takes" alone is no leaving: nothing leaves, so the largest is one running value.
    expect(
      callRoles(
        'Process Q operations:\n1 x: car x takes a free bay.\n2: print the largest number of a parked car.',
      ),
    ).toEqual([]);
    // An end where members arrive is no front, and with nothing leaving the largest is a running value.
    expect(roles('2: a parcel is placed at the far end of the belt.')).toEqual([]);
  });

  it('reads a question for how many different values are held as a count', () => {
    expect(
      callRoles(
        'There are q events: "1 x" (a token x is added), "2 x" (a token x is removed) or "3" (the question). The question asks how many different tokens are held now.',
      ),
    ).toEqual([{ call: 'a call', demand: 'count' }]);
  });

  it('hears a pool lose members in any passive with away or off, and a lookup through a word', () => {
    expect(
      callRoles(
        '- 1 x — a parcel weighing x arrives;\n- 2 x — one parcel weighing x is carried off;\n- 3 — output the weight of the heaviest parcel.',
      ),
    ).toEqual([
      { call: 'type 2', demand: 'givenRemoval' },
      { call: 'type 3', demand: 'extreme' },
    ]);
    expect(callRoles('- Type 2 name: return the total points of player name so far.')).toEqual([
      { call: 'type 2', demand: 'lookup' },
    ]);
  });

  it('reads named kinds as a stream where the statement counts its requests', () => {
    const named =
      'You get Q requests in order:\nPARK c: car c takes a free bay.\nLEAVE: the car parked least recently leaves and is printed.';
    expect(operationStream(named)).toBe(true);
    expect(operationStream(named.replace('You get Q requests in order:', 'Read the lines below.'))).toBe(
      false,
    );
  });

  it('reads a kind whose description follows a hyphen, as HackerRank writes them', () => {
    const numbered =
      'You have an empty sequence, and you will be given N queries. Each query is one of these three types:\n1 x -Push the element x into the stack.\n2 -Delete the element present at the top of the stack.\n3 -Print the maximum element in the stack.';
    expect(operationStream(numbered)).toBe(true);
    const named =
      'It starts with no words. You are given q operations:\nadd w - store the word w.\ncount p - print how many stored words start with p.';
    expect(operationStream(named)).toBe(true);
    // A hyphen between numbers or inside a word opens no call.
    expect(
      operationStream(
        'You are given q queries of two types. Each asks for the value of a - b or of a-b+1 over the array.',
      ),
    ).toBe(false);
  });

  it('reads a count per key given by a letter', () => {
    expect(callRoles('- 3 c: print how many parcels for town c are waiting.')).toEqual([
      { call: 'type 3', demand: 'count' },
    ]);
  });

  it('leaves a class with methods to the class reading', () => {
    expect(
      operationStream(
        'Implement the Box class with three methods:\n- add x: put x in the box.\n- remove x: take x out.\n- smallest: return the smallest number in the box.',
      ),
    ).toBe(false);
  });
});

describe('each kind proposes the structure it needs', () => {
  it('a heap for the smallest of a pool that loses members', () => {
    expect(top(SMALLEST, 1)).toEqual(['heap-priority-queue']);
  });

  it('a map of pending removals beside the heap when a kind removes a given value, and not otherwise', () => {
    const [lead, ...rest] = top(SMALLEST, 3);
    expect(lead).toBe('heap-priority-queue');
    expect(rest).toContain('hash-table');
    expect(analyse(SMALLEST).hints[1]?.text).toMatch(/type-2 operation removes a given value/);
    expect(callRoles(FRONT).map((role) => role.demand)).not.toContain('givenRemoval');
  });

  it('a queue for work at the front of a line', () => {
    expect(top(FRONT, 1)).toEqual(['queue']);
  });

  it('a map of counts beside a map of how often each count occurs', () => {
    const analysis = analyse(COUNTS);
    expect(analysis.patterns[0]?.id).toBe('hash-table');
    expect(analysis.patterns[0]?.reason).toMatch(/map from each count to how many keys/);
  });

  it('a range tree for point updates mixed with range sums over a given array', () => {
    const analysis = analyse(
      'A storeroom has n shelves holding x_1, x_2, ..., x_n crates. Process q requests: either "1 k u" (shelf k now holds u crates) or "2 a b" (print the total number of crates on the shelves from a to b).',
      ['1 <= n, q <= 2 * 10^5', '1 <= x_k, u <= 10^9', '1 <= a <= b <= n'],
    );
    expect(analysis.patterns[0]?.id).toBe('segment-tree');
    expect(analysis.complexityTarget).toBe('O((n + q) log n)');
  });

  it('a map and a linked list for an eviction by order of use, however it is worded', () => {
    const ids = top(
      'A rack holds at most k coats. Process Q requests:\n- HANG t c: hang coat c under ticket t; when the rack is full, first remove the coat used least recently.\n- FETCH t: return the coat under ticket t, or -1.',
      3,
    );
    expect(ids).toEqual(expect.arrayContaining(['hash-table', 'linked-list']));
  });
});

describe('the figures are per operation, as for a class', () => {
  it('aims at the cost of one operation over the elements held, and says so', () => {
    const analysis = analyse(SMALLEST);
    expect(analysis.complexityTarget).toBe('O(log n)');
    expect(analysis.complexityReason).toMatch(/per operation/);
    expect(analysis.complexityLimit).toBe('O(log n)');
  });

  it('hashes a short name whole: its length is no size the operations walk', () => {
    const analysis = analyse(
      'Process q queries of three kinds:\n- cast name: one more vote for name.\n- drop name: one vote for name is taken back.\n- count name: report how many votes name has now.',
      ['1 <= q <= 10^5', '1 <= |name| <= 10', 'name consists of lowercase English letters.'],
    );
    expect(analysis.complexityTarget).toBe('O(1)');
    expect(analysis.complexityLimit).toBe('O(log n)');
  });

  it('hashes a name an operation is written with, even where no line says what it consists of', () => {
    const analysis = analyse(
      'There are Q queries of two types:\n- Type 1 name s: player name scores s more points.\n- Type 2 name: return the total points of player name so far, or 0.',
      ['1 <= Q <= 10^5', '1 <= |name| <= 15', '1 <= s <= 1000'],
    );
    expect(analysis.complexityTarget).toBe('O(1)');
    expect(analysis.complexityLimit).toBe('O(log n)');
  });

  it('counts independent formula queries as tests, with no structure and no order of dependencies (near miss)', () => {
    const analysis = analyse(FORMULAS, ['1 <= q <= 10^5', '1 <= a, b <= 10^9']);
    expect(analysis.patterns[0]?.id).toBe('math');
    expect(analysis.patterns.map((p) => p.id)).not.toContain('topological-sort');
    expect(analysis.complexityTarget).toBe('O(log n)');
  });

  it('counts queries that each bring their own input lines as tests, each costing its own table', () => {
    const statement =
      'Decide whether string a can become string b by capitalising some lowercase letters and deleting the other lowercase ones.\nThe first line contains q, the number of queries.\nEach query is given on two lines: the first holds a and the second holds b.';
    const analysis = analyse(statement, ['1 <= q <= 10', '1 <= |a|, |b| <= 1000']);
    expect(analysis.complexityLimit).toBe('O(n * m)');
    expect(analysis.complexityLimitReason).toMatch(/across up to 10 tests/);
  });

  it('counts q lines that each hold a whole string of its own length as tests, not questions about one input', () => {
    const statement =
      'A label is letters, and a digit d before a part in parentheses repeats it d times. Print the unfolded length of each label.\nThe first line contains an integer q, the number of labels.\nEach of the next q lines contains one label s.';
    const analysis = analyse(statement, ['1 <= q <= 10', '1 <= |s| <= 10^5']);
    expect(analysis.complexityLimitReason).toMatch(/across up to 10 tests/);
    const questions = analyse(
      'You are given n numbers. Each of the next q lines contains one integer x: print how many numbers are at most x.',
      ['1 <= n, q <= 10^5', '1 <= x <= 10^9'],
    );
    expect(questions.complexityLimitReason).not.toMatch(/tests/);
  });
});

describe('the ladder goes kind by kind', () => {
  it('asks about the costliest kind without naming a technique, then names each kind with its structure', () => {
    const [first, second, third] = analyse(COUNTS).hints.map((hint) => hint.text);
    expect(first).toMatch(/^The type-3 operation asks how often counts occur\. What could you keep/);
    expect(first).not.toMatch(/\bmap\b|\bheap\b|\bqueue\b/);
    expect(second).toMatch(/The type-3 operation asks how often counts occur/);
    expect(third).toMatch(/Each operation then comes to O\(1\)\.$/);
  });
});
