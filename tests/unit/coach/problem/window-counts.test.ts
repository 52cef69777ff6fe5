import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { withWindowCounts } from '@/lib/coach/problem/hints/window-counts';
import { problemContext } from '../../../support/problem-context';

const SLOTS =
  'drop the old ones, {window answer}{limiter rule}; record it{limiter step} and answer with {answer with}.';

describe('what a time window counts', () => {
  it('adds up the amounts a recording carries, and counts entries otherwise', () => {
    expect(
      withWindowCounts(
        SLOTS,
        'sell(int minute, int count) records that count tickets were sold at minute minute.',
      ),
    ).toBe(
      'drop the old ones, so the answer is a running total of the amounts in the queue, added on recording and taken off as entries leave; record it and answer with the running total.',
    );
    expect(withWindowCounts(SLOTS, 'ping(int t) records a ping and returns how many pings happened.')).toBe(
      'drop the old ones, so the count is the queue’s length; record it and answer with the length.',
    );
  });

  it('names the limiter’s rule only where the page limits calls, and hedges with no statement', () => {
    const limiter = withWindowCounts(
      SLOTS,
      'a request is accepted only if fewer than 3 were accepted in the last 10 seconds.',
    );
    expect(limiter).toMatch(/a limiter accepts a request/);
    expect(withWindowCounts(SLOTS, undefined)).toMatch(
      /\(for a limiter, only when fewer than the limit remain\)/,
    );
    expect(withWindowCounts(SLOTS, 'count the visits in the last five minutes.')).not.toMatch(/limiter/);
  });

  it('gives a counter of sold tickets the running total, with no limiter', () => {
    const analysis = analyzeProblem(
      problemContext({
        statement:
          'A ticket window shows how many tickets it sold during the last hour. Implement the TicketCounter class: TicketCounter() starts with no sales. `void sell(int minute, int count)` records that `count` tickets were sold at minute minute. int lastHour(int minute) returns the number of tickets sold at minutes t with minute - 60 < t <= minute. Every call gives a minute at least the minute of the call before it.',
        constraints: [
          '1 <= minute <= 10^9',
          '1 <= count <= 1000',
          'At most 10^4 calls will be made in total to sell and lastHour.',
        ],
      }),
    );
    const ladder = analysis.hints.map((hint) => hint.text).join('\n');
    expect(ladder).toMatch(/running total of the amounts/);
    expect(ladder).not.toMatch(/limiter|queue’s length/);
  });
});
