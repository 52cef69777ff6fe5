import { describe, expect, it } from 'vitest';
import { expectSoundLadder, hintLadder } from '../../../support/hint-ladder';

const ladder = (statement: string, constraints = ['At most 2 * 10^5 calls will be made.']) =>
  hintLadder(statement, constraints);

function expectSound(rungs: string[]) {
  expectSoundLadder(rungs);
  // Methods are no structures: a design ladder never offers "sorting" or "math" as something to keep.
  expect(rungs.join(' ')).not.toMatch(/\bhere: |\bmath\b|dynamic programming|\bsorting\b/);
}

describe('design ladders say what each structure keeps and which call it serves', () => {
  it('evict the entry used least recently from a map and a list in order of use', () => {
    for (const statement of [
      'Implement the `ShelfCache` class, which stores at most `capacity` books by id. `ShelfCache(int capacity)` creates it. `int borrow(int id)` returns the pages of the book if it is stored, or `-1`. `void shelve(int id, int pages)` stores the book; when the shelf is full, the book that was borrowed or shelved least recently is removed first. Both calls must run in constant time on average.',
      'Design a cache that holds at most `capacity` entries and, when full, evicts the least recently used one. Implement `get(key)`, which returns the value or `-1`, and `put(key, value)`, which inserts or updates the value.',
    ]) {
      const rungs = ladder(statement);
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/map from each key/);
      expect(rungs[1]).toMatch(/order of use/);
      expect(rungs[2]).toMatch(/capacity/);
    }
  });

  it('keep the lower and the upper half in two heaps for a running median', () => {
    for (const statement of [
      'A weather station receives temperature readings one by one. Implement the `MiddleReading` class: `MiddleReading()` starts empty, `void record(int t)` adds a reading, and `double middle()` returns the median of all readings so far.',
      'Design a structure that takes numbers one at a time and can say, after any of them, which value sits in the middle of everything added so far (the mean of the two middle values when the count is even). Implement `add(num)` and `middle()`.',
    ]) {
      const rungs = ladder(statement);
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/lower half/);
      expect(rungs[1]).toMatch(/upper half/);
    }
  });

  it('append timed writes per key and read the last one not after a moment by halving', () => {
    for (const statement of [
      'Implement the `PriceHistory` class. `void record(String item, int price, int day)` notes the price of an item on a day; days only increase from call to call. `int priceOn(String item, int day)` returns the price the item had on that day, that is the most recent price recorded on or before it, or `-1` if none was recorded yet.',
      'Implement the `SnapshotList` class over a list of `length` zeros: `void set(int index, int value)` changes one element, `int snap()` takes a snapshot and returns its number, and `int get(int index, int snapId)` returns the element as it was when that snapshot was taken.',
    ]) {
      const rungs = ladder(statement);
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/list of its writes/);
      expect(rungs[2]).toMatch(/halving/);
    }
  });

  it('drop what has left the time window from the front of a queue of times', () => {
    for (const statement of [
      'Implement the `DoorCounter` class for a shop door sensor. `void pass(int second)` records a person passing at that second, and `int recent(int second)` returns how many people passed in the past 300 seconds, up to and including that second. Calls come in increasing order of time.',
      'Design a limiter that allows at most `limit` requests from a client in any 60-second stretch. `boolean allow(int time)` returns whether a request at that time is accepted; accepted requests count toward the limit. Times never decrease.',
    ]) {
      const rungs = ladder(statement);
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/fallen out of the window/);
    }
  });

  it('hand out the smallest released id before a fresh one', () => {
    for (const statement of [
      'A print server numbers its jobs. Implement the `JobNumbers` class: `int take()` hands out the smallest available number, starting from `1`; `void giveBack(int number)` makes a number that was handed out available again. At most 10^5 calls are made.',
      'A cinema has `n` seats numbered `1` to `n`. Implement the `SeatDesk` class: `int reserve()` books the lowest-numbered unreserved seat and returns its number, and `void unreserve(int seat)` frees a booked seat so it can be booked again.',
      'A car park has bays numbered from `1` upward with no end. Implement the `BayDesk` class: `int park()` gives out the lowest-numbered empty bay and marks it used, and `void leave(int bay)` empties bay `bay` again if it is used.',
    ]) {
      const rungs = ladder(statement);
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/given back/);
      expect(rungs[1]).toMatch(/counter/);
    }
  });

  it('walk a tree of letters for stored words and their beginnings', () => {
    for (const statement of [
      'Implement the `Glossary` class: `void add(String term)` stores a term, `boolean has(String term)` returns whether the term was stored, and `boolean anyStartsWith(String start)` returns whether some stored term starts with the given letters. All terms are lowercase English letters.',
      'Design a phone book for names. `insert(name)` adds a name, `exists(name)` says whether it was added, and `countPrefix(p)` returns how many added names begin with the letters `p`.',
    ]) {
      const rungs = ladder(statement);
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/child per next letter/);
      expect(rungs[2]).toMatch(/missing child/);
    }
  });

  it('keep the best so far beside every entry of a stack that reports its extreme', () => {
    for (const [statement, constraints] of [
      [
        'Design a stack of plates that can also report its lightest plate. Implement `PlateStack` with `void push(int weight)`, `void pop()`, `int top()` and `int lightest()`, each in constant time.',
        undefined,
      ],
      [
        'You are given N operations on a stack of boxes, each of one of three types: `1 x` puts a box of height x on top, `2` removes the top box, and `3` prints the height of the tallest box in the stack.',
        ['1 <= N <= 10^5'],
      ],
    ] as const) {
      const rungs = ladder(statement, constraints && [...constraints]);
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/beside every entry/);
    }
  });

  it('refuse a booking by looking only at its neighbours in order of start', () => {
    const rungs = ladder(
      'Implement the `CourtBookings` class for a tennis court. `boolean reserve(int from, int to)` adds the booking for the half-open time range from `from` to `to` and returns `true`, unless it would overlap a booking already accepted, in which case nothing is added and it returns `false`.',
    );
    expectSound(rungs);
    expect(rungs[1]).toMatch(/starts just before/);
  });

  it('keep only the k largest for a running k-th largest', () => {
    const rungs = ladder(
      'Implement the `Leaderboard` class: `Leaderboard(int k, int[] points)` starts with the points already scored, and `int add(int p)` adds a new score and returns the k-th largest score so far.',
    );
    expectSound(rungs);
    expect(rungs[1]).toMatch(/k largest/);
  });

  it('keep the general design ladder, with what each structure keeps, for a class of no known kind', () => {
    const rungs = ladder(
      'Implement the `Playlist` class. `void add(int song)` appends a song at the end, `void remove(int song)` removes it wherever it is, and `int next()` returns the song after the one played last, wrapping around to the first. Every call must run in constant time.',
    );
    expectSound(rungs);
    expect(rungs[1]).toMatch(/^Give every call the structure that makes it fast/);
    expect(rungs[1]).not.toMatch(/order of use|lower half|child per next letter|beside every entry/);
  });
});
