import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { callRoles, operationStream } from '@/lib/coach/problem/knowledge/calls';
import { operationQuestion } from '@/lib/coach/problem/operations';
import { problemContext } from '../../../support/problem-context';
import { GENERALISE_CASES, problemCases } from '../../../support/problem-labels';

/*
 * The operations a design page defines say what its structure must do: each one's need (a prefix,
 * the middle, the k-th, a free range, a value as of a moment, a uniform pick, the best of a pool
 * that loses given members) picks the structure, and the costliest sets the cost per operation.
 * Statements written for these tests, with near misses that keep nothing costly between calls.
 */
const page = (statement: string, constraints: string[]) =>
  analyzeProblem(
    problemContext({
      site: 'hackerrank',
      url: 'https://www.hackerrank.com/challenges/operations-reading/problem',
      statement,
      constraints,
    }),
  );
const STREAM = ['1 <= q <= 10^5', '1 <= x <= 10^9'];
const CLASS = ['At most 10^5 calls will be made.', '1 <= id <= 10^9'];
const leads = (analysis: ReturnType<typeof page>) => analysis.patterns.slice(0, 3).map((p) => p.id);

const PREFIXES =
  'A notebook starts empty. Process q operations of two types:\n- 1 s: write the word s in the notebook.\n- 2 p: print how many written words begin with p.';
const MIDDLE =
  'A list of readings is empty at first. Process q queries, each one of the following:\n- 1 x: add the reading x.\n- 2: print the median of the readings added so far.';
const RANK =
  'A shelf of jars is empty at first. Process q operations of the following types:\n- 1 x: put a jar of weight x on the shelf.\n- 2 k: print the k-th lightest jar on the shelf.';
const RANGES =
  'Implement the Calendar class:\n- `boolean isFree(int from, int to)` returns true when no booked range shares a minute with [from, to).\n- `boolean book(int from, int to)` books [from, to) if it is free and returns whether it did.';
const AS_OF =
  'Implement the PriceBook class:\n- `void set(String item, int price, int day)` records a price; days only increase.\n- `int priceOn(String item, int day)` returns the price of the latest record whose day is not greater than day, or -1.';
const RANDOM =
  'Implement the Pool class:\n- `bool add(int id)` adds the id if absent.\n- `bool drop(int id)` removes the id if present.\n- `int draw()` returns one id of the pool at random, each equally likely.';
const TRIAGE =
  'A board is empty at first. Then q events happen, each of the following kinds:\n- + i x — patient i arrives with severity x;\n- - i — patient i goes home;\n- ? — print which waiting patient has the highest severity.';
const DOOR =
  'Process q commands, each of one of the following forms:\n- IN name: the member enters.\n- OUT name: the member leaves.\n- HERE name: print YES if the member is inside, NO otherwise.';
const SHELF =
  'A shelf has room for c books. When a book is asked for and it is on the shelf, print HIT. Otherwise print MISS and put it on the shelf; when the shelf is full, first remove the book whose last request lies furthest in the past.';

describe('each operation says what it needs', () => {
  it('reads a prefix, the middle, the k-th, a free range, a value as of a moment and a uniform pick', () => {
    expect(callRoles(PREFIXES)).toEqual([{ call: 'type 2', demand: 'prefix' }]);
    expect(callRoles(MIDDLE)).toEqual([{ call: 'type 2', demand: 'middle' }]);
    expect(callRoles(RANK)).toEqual([{ call: 'type 2', demand: 'rank' }]);
    expect(callRoles(RANGES).map((role) => role.demand)).toEqual(['rangeFree', 'rangeFree']);
    expect(callRoles(AS_OF)).toEqual([{ call: 'priceOn', demand: 'asOf' }]);
    expect(callRoles(RANDOM).map((role) => role.demand)).toContain('randomPick');
  });

  it('reads operations marked by a sign, and the best asked for by a question', () => {
    expect(operationStream(TRIAGE)).toBe(true);
    expect(callRoles(TRIAGE)).toEqual([
      { call: 'type -', demand: 'givenRemoval' },
      { call: 'type ?', demand: 'extreme' },
    ]);
  });
});

describe('the structure and the cost per operation follow the costliest need', () => {
  it('a prefix tree, O(m) over the letters of the word an operation gets', () => {
    const analysis = page(PREFIXES, ['1 <= q <= 10^5', '1 <= |s|, |p| <= 20']);
    expect(analysis.patterns[0]?.id).toBe('trie');
    expect(analysis.complexityTarget).toBe('O(m)');
  });

  it('two heaps for the middle, O(log n)', () => {
    const analysis = page(MIDDLE, STREAM);
    expect(analysis.patterns[0]?.id).toBe('heap-priority-queue');
    expect(analysis.complexityTarget).toBe('O(log n)');
  });

  it('a tree of counts for the k-th, O(log n)', () => {
    const analysis = page(RANK, STREAM);
    expect(analysis.patterns[0]?.id).toBe('segment-tree');
    expect(analysis.complexityTarget).toBe('O(log n)');
  });

  it('ranges kept in order for bookings, O(log n)', () => {
    const analysis = page(RANGES, ['0 <= from < to <= 10^9', 'At most 10^5 calls will be made.']);
    expect(analysis.patterns[0]?.id).toBe('binary-search');
    expect(analysis.complexityTarget).toBe('O(log n)');
  });

  it("a halving search over a key's history for a value as of a moment, O(log n)", () => {
    const analysis = page(AS_OF, ['1 <= day <= 10^9', 'At most 10^5 calls will be made.']);
    expect(analysis.patterns[0]?.id).toBe('binary-search');
    expect(analysis.complexityTarget).toBe('O(log n)');
  });

  it('an array with an index map for a uniform pick, O(1)', () => {
    const analysis = page(RANDOM, CLASS);
    expect(analysis.patterns[0]?.id).toBe('hash-table');
    expect(analysis.complexityTarget).toBe('O(1)');
  });

  it('a heap with lazy removal when any member may leave, O(log n)', () => {
    const analysis = page(TRIAGE, STREAM);
    expect(leads(analysis)).toEqual(expect.arrayContaining(['heap-priority-queue', 'hash-table']));
    expect(analysis.complexityTarget).toBe('O(log n)');
  });

  it('a map and a list in order of use for a cache that evicts, O(1)', () => {
    const analysis = page(SHELF, ['1 <= c <= 10^5', '1 <= q <= 2 * 10^5']);
    expect(analysis.patterns[0]?.id).toBe('hash-table');
    expect(analysis.patterns.map((p) => p.id)).toContain('linked-list');
    expect(analysis.complexityTarget).toBe('O(1)');
  });
});

describe('the first hint asks about the costliest operation in its own name, naming no structure', () => {
  it('asks the question of the operation that sets the cost', () => {
    expect(operationQuestion(callRoles(TRIAGE))).toMatch(/^The “\?” operation asks for the best of a pool/);
    const first = page(RANK, STREAM).hints[0]?.text ?? '';
    expect(first).toMatch(/^The type-2 operation asks for the k-th smallest/);
    expect(first).not.toMatch(/\btree\b|\bheap\b|\bfenwick\b/i);
  });

  it('asks about the operation that shapes the structure, not the first listed, where costs tie', () => {
    const line =
      'Process q events:\n- 1 h: a runner of speed h joins the end of the line.\n- 2: the runner at the front of the line starts and leaves.\n- 3: print the largest speed among the runners in the line.';
    expect(page(line, STREAM).hints[0]?.text).toMatch(
      /^The type-3 operation asks for the extreme of a line that loses members only at its front/,
    );
    const cache =
      'Implement the Shelf class:\n- `int get(int key)` returns the value stored for the key, or -1.\n- `void put(int key, int value)` stores the value; when the shelf is full, it first removes the key used least recently.';
    expect(operationQuestion(callRoles(cache))).toMatch(
      /^The call put must drop the entry left alone longest/,
    );
    expect(operationQuestion(callRoles(RANDOM))).toMatch(/^The call draw picks one member/);
    // Plain lookups alone: the first of them is asked about.
    expect(operationQuestion(callRoles(DOOR))).toMatch(/^The HERE operation|^The call HERE/);
  });

  it('asks so on the generalise pages where a plain lookup is listed first', () => {
    const pages = problemCases(GENERALISE_CASES, ['gfg-coat-check-counter', 'nc-raffle-drum']);
    const firsts = pages.map((c) => (c.context ? analyzeProblem(c.context).hints[0]?.text : ''));
    expect(firsts).toEqual([
      expect.stringMatching(/^The call HANG must drop the entry left alone longest/),
      expect.stringMatching(/^The call spin picks one member, each equally likely/),
    ]);
  });
});

describe('near misses', () => {
  it('a stream whose operations only look keys up costs O(1) per operation', () => {
    const analysis = page(DOOR, STREAM);
    expect(analysis.patterns[0]?.id).toBe('hash-table');
    expect(analysis.complexityTarget).toBe('O(1)');
  });

  it('a stream answered once at the end is no design', () => {
    const once =
      'Takahashi edits an album N times: in the i-th edit he adds a stamp of design A_i when T_i = 1, or removes one stamp of design A_i when T_i = 2. After all the edits, print how many different designs are in the album.';
    const analysis = page(once, ['1 <= N <= 2 * 10^5', '1 <= A_i <= 10^9']);
    expect(operationStream(once)).toBe(false);
    expect(analysis.patterns.map((p) => p.id)).not.toContain('design');
  });

  it('a queue played out once over the given input is no design', () => {
    const served =
      'A bakery has one counter. Customer i arrives at time a_i and needs d_i minutes; customers are served one at a time in the order they arrive. Print the time at which each customer leaves.';
    expect(operationStream(served)).toBe(false);
    expect(callRoles(served)).toEqual([]);
  });

  it('a class whose one method runs one algorithm is no stream of calls', () => {
    const wrapped =
      'Complete the class Planner: its constructor receives n and prereq[], and its only method plan() returns an order in which all courses can be taken. The method is called once.';
    expect(operationStream(wrapped)).toBe(false);
    expect(callRoles(wrapped)).toEqual([]);
  });

  it('questions over a given array that keep nothing between them are no design', () => {
    const totals =
      'A station recorded rainfall on N days: A_1, ..., A_N. Each of Q questions gives L and R and asks for the total rainfall from day L to day R.';
    expect(operationStream(totals)).toBe(false);
    expect(
      page(totals, ['1 <= N, Q <= 2 * 10^5', '0 <= A_i <= 10^9']).patterns.map((p) => p.id),
    ).not.toContain('design');
  });

  it('does not read a constructor that starts with nothing as a prefix lookup', () => {
    const desk =
      'Implement the Desk class:\n- `Desk()` starts with no jobs.\n- `void log(int id, int urgency)` records a job.\n- `int next()` removes and returns the job with the greatest urgency.';
    expect(callRoles(desk).map((role) => role.demand)).not.toContain('prefix');
    const window =
      'Implement the TicketWindow class:\n- `TicketWindow()` starts with nobody in line.\n- `void join(int id)` puts the person id at the back of the line.\n- `int serve()` removes the person at the front of the line and returns their id.';
    expect(callRoles(window).map((role) => role.demand)).not.toContain('prefix');
    const words =
      'Implement the Dictionary class:\n- `void add(String word)` stores a word.\n- `int count(String p)` returns how many stored words start with p.';
    expect(callRoles(words).map((role) => role.demand)).toContain('prefix');
  });
});
