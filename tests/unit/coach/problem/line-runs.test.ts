import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { withoutLineRuns } from '@/lib/coach/problem/line-runs';
import { readProblem } from '@/lib/coach/problem/reading';
import { statementOn } from '../../../support/problem-context';

/*
 * Runs of the line a list of spans lies on ("the maximal runs of consecutive days on which the
 * canal is closed"): the spans come in any order, so the run words neither forbid a sort nor make
 * a window over the input. Near misses keep their reading: a run of the items themselves, spans
 * on the positions of a list, a window over daily values with no spans at all.
 */

const CLOSURES = ['1 <= N <= 2 * 10^5', '1 <= L_i <= R_i <= 10^9'];
const read = (statement: string, constraints: string[]) =>
  readProblem(statementOn('atcoder', statement, constraints)).scene;
const lead = (statement: string, constraints: string[]) =>
  analyzeProblem(statementOn('atcoder', statement, constraints)).patterns[0]?.id;

describe('runs of the line spans lie on', () => {
  const canal =
    'The canal authority published N notices; the i-th notice closes the canal on every day from day L_i to day R_i, inclusive. Notices may repeat or overlap. Print the maximal runs of consecutive days on which the canal is closed, from the earliest to the latest.';

  it('leave the order of the spans free and lead to a sort by start', () => {
    const scene = read(canal, CLOSURES);
    expect(scene.runsAlongTheLine).toBe(true);
    expect(scene.ordered).toBe(false);
    expect(lead(canal, CLOSURES)).toBe('sorting');
  });

  it('read in other units and wordings: blocks of hours, stretches of closed kilometres', () => {
    const watches =
      'Volunteer i keeps the lamp during every hour from s_i to e_i inclusive. A watch is a contiguous block of hours in which at least one volunteer is on duty and which cannot be extended. How many watches does the season have?';
    const road =
      'The i-th work order closes every kilometre from kilometre A_i to kilometre B_i. Drivers want the maximal stretches of consecutive closed kilometres, nearest first. Print them.';
    for (const [statement, constraints] of [
      [watches, ['1 <= n <= 2 * 10^5', '0 <= s_i <= e_i <= 10^9']],
      [road, ['1 <= N <= 2 * 10^5', '1 <= A_i <= B_i <= 10^9']],
    ] as const) {
      expect(read(statement, [...constraints]).runsAlongTheLine).toBe(true);
      expect(lead(statement, [...constraints])).toBe('sorting');
    }
  });

  it('never slide a window, even where the statement asks for the longest run', () => {
    const longest =
      'Request i asks for the telescope during every minute from l_i to r_i. Print the length of the longest stretch of consecutive minutes in which the telescope works.';
    const analysis = analyzeProblem(
      statementOn('codeforces', longest, ['1 <= n <= 2 * 10^5', '0 <= l_i <= r_i <= 10^9']),
    );
    expect(analysis.patterns.map((p) => p.id)).not.toContain('sliding-window');
  });

  it('leave a run of the items themselves to a window over their order', () => {
    const sensors =
      'A pipe has n sensors in order; sensor i reports a range from lo_i to hi_i degrees. Find the longest run of consecutive sensors whose ranges all share one temperature.';
    const scene = read(sensors, ['1 <= n <= 2 * 10^5', '0 <= lo_i <= hi_i <= 10^9']);
    expect(scene.runsAlongTheLine).toBe(false);
    expect(scene.ordered).toBe(true);
    expect(lead(sensors, ['1 <= n <= 2 * 10^5', '0 <= lo_i <= hi_i <= 10^9'])).toBe('sliding-window');
  });

  it('leave spans on the positions of a list, and daily values with no spans, as they were', () => {
    const visitors =
      'A museum counted a_i visitors on each of n consecutive days. For each of q questions l, r, print the total over the consecutive days l to r.';
    expect(
      read(visitors, ['1 <= n, q <= 2 * 10^5', '0 <= a_i <= 10^9', '1 <= l <= r <= n']).runsAlongTheLine,
    ).toBe(false);
    const rain =
      'rain_i millimetres fell on day i of n consecutive days. Print the length of the longest stretch of consecutive days whose total rainfall is at most K.';
    expect(read(rain, ['1 <= n <= 2 * 10^5', '0 <= rain_i <= 10^4', '0 <= K <= 10^9']).runsAlongTheLine).toBe(
      false,
    );
    expect(lead(rain, ['1 <= n <= 2 * 10^5', '0 <= rain_i <= 10^4', '0 <= K <= 10^9'])).toBe(
      'sliding-window',
    );
  });
});

describe('the words of a run of the line', () => {
  const units = ['days', 'minutes', 'hours', 'seconds', 'kilometres'];
  const shapes = [
    (u: string) => `runs of consecutive ${u}`,
    (u: string) => `a contiguous block of ${u}`,
    (u: string) => `stretches of consecutive closed ${u}`,
    (u: string) => `consecutive ${u} (it is a subarray)`,
  ];

  it('are taken out whole, whatever the unit, the shape or the text around them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...units),
        fc.constantFrom(...shapes),
        fc.stringMatching(/^[a-z ]{0,30}$/),
        (unit, shape, around) => {
          const left = withoutLineRuns(`${around} ${shape(unit)} ${around}`);
          expect(left).not.toMatch(/\bconsecutive\b|\bcontiguous\b|\(it is a subarray\)/);
        },
      ),
    );
  });

  it('leave runs of anything else in place', () => {
    expect(withoutLineRuns('a run of consecutive sensors')).toContain('consecutive sensors');
    expect(withoutLineRuns('a block of consecutive books')).toContain('consecutive books');
  });
});
