import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { callRoles } from '@/lib/coach/problem/knowledge/calls';
import { problemContext } from '../../../support/problem-context';

/*
 * Call demands read from wordings the common table does not spell (knowledge/call-wordings.ts):
 * how many distinct keys the latest stretch holds, a window of time closing at the call's moment,
 * a new range refused when it meets a kept one, the member nearest a pile's only open end, and a
 * member taken out by a verb of its own ("unload", "takes ... out of"). Statements written for
 * these tests, each beside a near miss that must keep its old reading.
 */
const page = (statement: string, constraints: string[]) =>
  analyzeProblem(
    problemContext({
      site: 'leetcode',
      url: 'https://leetcode.com/problems/call-wordings/description/',
      statement,
      constraints,
    }),
  );
const CALLS = ['At most 10^5 calls in total will be made.', '1 <= id, weight <= 10^9'];
const lead = (statement: string, constraints = CALLS) => page(statement, constraints).patterns[0]?.id;
const demands = (statement: string) => callRoles(statement).map(({ demand }) => demand);

const RECENT_KINDS = `Implement the Jukebox class:
Jukebox(int k) sets how many of the latest plays to look at.
void play(int song) records a play of song.
int variety() returns the number of distinct songs among the last k plays.`;
const ALL_KINDS = `Implement the Jukebox class:
Jukebox() starts with no plays.
void play(int song) records a play of song.
int variety() returns the number of distinct songs played so far.`;
const TIME_WINDOW = `Implement the HitMeter class:
HitMeter(int w) sets the width of the window.
int hit(int t) records a hit at second t and returns how many hits have times in [t - w + 1, t].
The values of t never decrease.`;
const BOOKINGS = `Implement the Calendar class:
Calendar() starts empty.
boolean book(int start, int end) asks for the hall from start up to end. If it does not share any minute with a booking already accepted, keep it and return true; otherwise return false.`;
const UNLOADED = `Implement the Hold class:
Hold() starts with an empty hold.
void load(int id, int weight) puts crate id of the given weight into the hold.
void unload(int id) takes crate id out of the hold.
int heaviest() returns the id of the heaviest crate in the hold.`;
const NEVER_UNLOADED = `Implement the Hold class:
Hold() starts with an empty hold.
void load(int id, int weight) puts crate id of the given weight into the hold.
int heaviest() returns the id of the heaviest crate loaded so far.`;
const ONE_OPEN_END = `Carts stand in a dead-end siding, one behind another. Process q events, each of one of three kinds:
1 w: a cart of load w enters at the open end.
2: the cart nearest the open end leaves.
3: print the smallest load among the carts in the siding.`;

describe('call demands read from further wordings', () => {
  it('reads distinct keys among the latest entries as a map of counts beside a queue of the stretch', () => {
    expect(demands(RECENT_KINDS)).toContain('distinctRecent');
    expect(lead(RECENT_KINDS)).toBe('hash-table');
    expect(
      page(RECENT_KINDS, CALLS)
        .patterns.slice(0, 3)
        .map((p) => p.id),
    ).toContain('queue');
  });

  it('keeps distinct keys over everything ever seen a plain count, with no queue', () => {
    expect(demands(ALL_KINDS)).not.toContain('distinctRecent');
    expect(
      page(ALL_KINDS, CALLS)
        .patterns.slice(0, 3)
        .map((p) => p.id),
    ).not.toContain('queue');
  });

  it('reads a range of times closing at the call as a window, so a queue leads', () => {
    expect(demands(TIME_WINDOW)).toEqual(['window']);
    expect(lead(TIME_WINDOW, ['1 <= w, t <= 10^9', 'At most 10^5 calls are made to hit.'])).toBe('queue');
  });

  it('reads any window letter in a range closing at t', () => {
    fc.assert(
      fc.property(fc.constantFrom('w', 'd', 'len', 'span'), fc.boolean(), (width, plusOne) => {
        const range = `[t - ${width}${plusOne ? ' + 1' : ''}, t]`;
        return demands(`int hit(int t) returns how many hits have times in ${range}.`).includes('window');
      }),
    );
  });

  it('reads a booking refused when it meets an accepted one as a free-range question', () => {
    expect(demands(BOOKINGS)).toContain('rangeFree');
    expect(lead(BOOKINGS, ['0 <= start < end <= 10^9', 'At most 10^4 calls will be made to book.'])).toBe(
      'binary-search',
    );
  });

  it('reads unloading as leaving, so the heaviest held needs a heap with lazy removals', () => {
    expect(demands(UNLOADED)).toEqual(['givenRemoval', 'extreme']);
    expect(lead(UNLOADED)).toBe('heap-priority-queue');
    expect(page(UNLOADED, CALLS).complexityTarget).toBe('O(log n)');
  });

  it('keeps the heaviest of a pool nothing leaves a running value', () => {
    expect(demands(NEVER_UNLOADED)).toEqual([]);
    expect(lead(NEVER_UNLOADED)).not.toBe('heap-priority-queue');
  });

  it('reads the member nearest the only open end as the latest, so its minimum is kept on a stack', () => {
    expect(demands(ONE_OPEN_END)).toEqual(['latest', 'pileExtreme']);
    expect(lead(ONE_OPEN_END, ['1 <= q <= 10^6', '1 <= w <= 10^9'])).toBe('stack');
  });

  it('reads a numbered kind set in bold, which the math reads as a power', () => {
    const bold = ONE_OPEN_END.replace('1 w:', '**1 w**:').replace('2:', '**2**:').replace('3:', '**3**:');
    expect(lead(bold, ['1 <= q <= 10^6', '1 <= w <= 10^9'])).toBe('stack');
  });
});
