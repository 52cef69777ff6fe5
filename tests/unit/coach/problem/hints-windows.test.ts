import { describe, expect, it } from 'vitest';
import { expectSoundLadder as expectSound, hintLadder as ladder } from '../../../support/hint-ladder';
import { analyse, topThree } from '../../../support/statement';

const LIMITS = ['1 <= k <= n <= 10^5', '-10^4 <= values[i] <= 10^4'];

describe('windows are coached by what they keep', () => {
  it('keep the largest or smallest item of each run of k with a deque, whatever the items are called', () => {
    for (const statement of [
      'A sensor logs one temperature per hour. A shift covers exactly k consecutive hours, and a new shift starts every hour. Return the highest temperature of every shift.',
      'A shop recorded the price p_i of flour on each of n days. For every stretch of d consecutive days, find the lowest price in that stretch, and print the sum of these lowest prices.',
      'You hang a banner across k adjacent shelves, above the tallest of them. Return the smallest possible value of the tallest shelf among k adjacent shelves.',
    ]) {
      const limits = statement.includes(' d ') ? ['1 <= d <= n <= 10^5', '1 <= p_i <= 10^9'] : LIMITS;
      const rungs = ladder(statement, limits);
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/double-ended queue/);
      expect(rungs.join(' '), statement).not.toMatch(/running summary/);
      expect(topThree(analyse(statement, limits)), statement).toContain('queue');
    }
  });

  it('keep a run within a spread with the same deques, not a running sum', () => {
    const rungs = ladder(
      'Find the length of the longest segment of consecutive measurements in which the strongest and the weakest measurement differ by at most d.',
      LIMITS,
    );
    expectSound(rungs);
    expect(rungs[1]).toMatch(/double-ended queue/);
  });

  it('slide a total, an average or a count over runs of exactly k one item in and one out', () => {
    for (const statement of [
      'A stretch of k consecutive days is busy when the loaves sold in it average at least t per day. Count the busy stretches.',
      'A camera films exactly k consecutive lamps. Find the largest total brightness the camera can film.',
    ]) {
      const rungs = ladder(statement, LIMITS);
      expectSound(rungs);
      expect(rungs[1], statement).toMatch(/window of exactly k/);
      expect(rungs.join(' '), statement).not.toMatch(/double-ended queue|shrink it from the left/);
    }
  });

  it('read a run of k told by where its items stand as a window of exactly k', () => {
    const statement =
      'A bakery sets out n cupcakes in a row; the flavour of the i-th is values[i]. A tray holds k cupcakes standing next to each other. For every tray, from left to right, report how many different flavours it holds.';
    expect(analyse(statement, LIMITS).patterns[0]?.id).toBe('sliding-window');
    expect(ladder(statement, LIMITS)[1]).toMatch(/window of exactly k/);
  });

  it('leave a median of each run, a length the question asks for and the whole list alone', () => {
    const median = ladder(
      'For every run of k consecutive days, report the middle value of the readings once they are sorted, or the average of the two middle ones when k is even.',
      LIMITS,
    );
    expect(median.join(' ')).not.toMatch(/window of exactly k|double-ended queue/);
    const asked = ladder(
      'Find the largest L such that the string holds two pieces of L consecutive letters that are equal and do not overlap. Print the largest such L.',
      ['2 <= n <= 5000'],
    );
    expect(asked.join(' ')).not.toMatch(/window of exactly k|double-ended queue/);
    const whole = analyse(
      'A microphone recorded the loudness of n consecutive minutes. For each of q questions, find the largest loudness among minutes l through r.',
      ['1 <= n, q <= 5 * 10^5'],
    );
    expect(whole.hints.map((hint) => hint.text).join(' ')).not.toMatch(/double-ended queue/);
  });
});
