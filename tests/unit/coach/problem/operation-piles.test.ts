import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { callRoles, operationStream } from '@/lib/coach/problem/knowledge/calls';
import { problemContext } from '../../../support/problem-context';

/*
 * What an operation asks of a pile, a line or a pool, in the words setters use: kinds quoted in a
 * list or given capital-letter arguments, an undo of the latest change, a pile's top, a key set
 * anew in place, a starting value that is no prefix. Statements written for these tests, each
 * beside a near miss whose words look alike and ask something else.
 */
const page = (statement: string, constraints: string[]) =>
  analyzeProblem(
    problemContext({
      site: 'hackerrank',
      url: 'https://www.hackerrank.com/challenges/operation-piles/problem',
      statement,
      constraints,
    }),
  );
const STREAM = ['1 <= q <= 2 * 10^5', '1 <= x <= 10^9'];
const demands = (statement: string) => callRoles(statement).map((role) => role.demand);

// Quoted kinds in list items that a reading ran into one line (the scene's body joins them).
const QUOTED =
  'Boxes ride a conveyor. Process q operations of the following kinds: - "1 x": a box of weight x joins the back of the belt - "2": the box at the front of the belt falls into the bin - "3": print the weight of the lightest box on the belt';
const CAPITALS =
  'Process Q queries in order. Each query is one of the following two types.\n1 S X : Add a parcel named S of weight X.\n2 : Remove the parcel added last.';
const UNDO =
  'A counter starts at 0. It accepts three kinds of commands:\n1. `1 x` - add x to the counter.\n2. `2` - print the counter.\n3. `3` - undo the latest addition that has not been undone yet.';
const LAST_K =
  'A counter keeps readings. It accepts two kinds of commands:\n1. `1 x` - record the reading x.\n2. `2` - print the sum of the last k readings recorded.';
const PILE =
  'Implement the PlateRack class:\n- `void put(int size)` puts a plate of the given size on top.\n- `int take()` takes the top plate off the rack and returns its size.';
const RANKING =
  'Implement the Scoreboard class:\n- `void add(int score)` adds a score to the board.\n- `int best()` returns the score at the top of the board, the highest one.\n- `void retire()` removes the score at the top of the board.';
const CHANGED =
  'Implement the PriceBoard class:\n- `PriceBoard()` starts with no items.\n- `void list(int id, int price)` lists an item.\n- `void reprice(int id, int price)` changes the price of item id to price.\n- `int dearest()` returns the id of the item with the highest price.';
const GROWS =
  'Implement the PointsBoard class:\n- `void score(int team, int points)` gives the team points more points.\n- `int leader()` returns the team with the highest points so far.';
const STARTING =
  'Implement the Thermostats class:\n- `Thermostats(int n)` sets up n rooms; every room starts with temperature 18.\n- `void turn(int room, int temp)` changes the temperature of room to temp.\n- `int warmest()` returns the room with the highest temperature.';
const TALLY =
  'Implement the Tally class:\n- `void up(String key)` adds one to the count of key.\n- `void down(String key)` takes one from the count of key.\n- `String most()` returns a key with the largest count.';
const AMOUNTS =
  'Implement the Tally class:\n- `void move(String key, int amount)` changes the count of key by amount, which may be negative.\n- `String most()` returns a key with the largest count.';
const WORDS =
  'Implement the WordBox class:\n- `void add(String word)` stores a word.\n- `int count(String p)` returns how many stored words start with p.';

describe('kinds written as setters write them', () => {
  it('splits quoted kinds a reading ran together, and reads capital-letter arguments', () => {
    expect(operationStream(QUOTED)).toBe(true);
    expect(demands(QUOTED)).toEqual(['front', 'lineExtreme']);
    // Both kinds open a call only when `1 S X` does: one numbered kind alone is no stream.
    expect(operationStream(CAPITALS)).toBe(true);
    expect(operationStream(CAPITALS.replace('1 S X :', 'Adding:'))).toBe(false);
  });
});

describe('a pile and its undo', () => {
  it('reads an undo of the latest change as a stack of changes, O(1) each', () => {
    expect(demands(UNDO)).toEqual(['undo']);
    const analysis = page(UNDO, STREAM);
    expect(analysis.patterns[0]?.id).toBe('stack');
    expect(analysis.complexityTarget).toBe('O(1)');
  });

  it('leaves the last k readings to a stretch, not a pile', () => {
    expect(demands(LAST_K)).not.toContain('undo');
    expect(demands(LAST_K)).not.toContain('latest');
  });

  it("reads a pile's own top, but not the top of a ranking", () => {
    expect(demands(PILE)).toEqual(['latest', 'latest']);
    expect(page(PILE, ['At most 10^5 calls will be made.', '1 <= size <= 10^9']).patterns[0]?.id).toBe(
      'stack',
    );
    expect(demands(RANKING)).not.toContain('latest');
  });
});

describe('a key set anew in place', () => {
  it('drops the old entry from the pool, so the best is a heap with a map of current values', () => {
    expect(demands(CHANGED)).toEqual(['givenRemoval', 'extreme']);
    const analysis = page(CHANGED, ['At most 10^5 calls will be made.', '1 <= id, price <= 10^9']);
    expect(analysis.patterns.slice(0, 3).map((p) => p.id)).toEqual(
      expect.arrayContaining(['heap-priority-queue', 'hash-table']),
    );
    expect(analysis.complexityTarget).toBe('O(log n)');
  });

  it('keeps a best that only grows as one running value', () => {
    expect(demands(GROWS)).not.toContain('givenRemoval');
    expect(demands(GROWS)).not.toContain('extreme');
  });

  it('reads a starting value as none of a prefix, and a real beginning as one', () => {
    expect(demands(STARTING)).not.toContain('prefix');
    expect(demands(STARTING)).toContain('extreme');
    expect(demands(WORDS)).toEqual(['prefix']);
  });
});

describe('the extreme of counts that step by one', () => {
  it('keeps it at an end of a list of count buckets, O(1) per call', () => {
    expect(demands(TALLY)).toContain('countExtreme');
    const analysis = page(TALLY, ['At most 10^5 calls will be made.', '1 <= key.length <= 10']);
    expect(analysis.patterns[0]?.id).toBe('hash-table');
    expect(analysis.complexityTarget).toBe('O(1)');
  });

  it('leaves counts moved by any amount to a heap over a pool that loses stale entries', () => {
    expect(demands(AMOUNTS)).toEqual(expect.arrayContaining(['givenRemoval', 'extreme']));
    expect(demands(AMOUNTS)).not.toContain('countExtreme');
    expect(
      page(AMOUNTS, ['At most 10^5 calls will be made.', '1 <= key.length <= 10']).complexityTarget,
    ).toBe('O(log n)');
  });
});
