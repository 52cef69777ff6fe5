import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { type Coverage, coverageFigure, readCoverage } from '@/lib/coach/problem/coverage';
import { coverageLadder } from '@/lib/coach/problem/hints/coverage';
import { normalizeMath } from '@/lib/coach/problem/normalize';

/** The reading over a statement and its constraint lines, lower-cased as the scene's body is. */
const read = (statement: string, constraints: readonly string[], sorted = false) => {
  const facts = parseConstraints(constraints, statement);
  const sizes = facts.variables.filter((v) => v.role === 'size' && v.upper !== undefined);
  const largest = sizes.length > 0 ? Math.max(...sizes.map((v) => v.upper ?? 0)) : undefined;
  const body = normalizeMath([statement, ...constraints].join('\n')).toLowerCase();
  return readCoverage(body, facts, sorted, largest);
};
/** A reading the test expects to exist. */
const sure = (coverage: Coverage | null): Coverage => {
  if (!coverage) throw new Error('no spans on a line read');
  return coverage;
};

describe('spans on a line and what the question counts over them', () => {
  it('reads the most spans alive at one moment over ends up to 10^9 as a sort of the ends', () => {
    const campers = read(
      'N campers visited a campsite. Camper i stayed every night from night A_i up to and including night B_i. For each night, consider the number of campers there. Find the maximum of this number over all nights.',
      ['1 <= N <= 2 * 10^5', '1 <= A_i <= B_i <= 10^9'],
    );
    expect(campers).toMatchObject({ ask: 'most', line: 'wide', ends: 'closed', item: 'camper' });
    expect(coverageFigure(sure(campers))?.[0]).toBe('O(n log n)');
    const pool = read(
      'visits[i] = [arrive, leave]: the swimmer is in the pool from minute arrive up to, but not including, minute leave. Return the largest number of swimmers in the pool at the same moment.',
      ['1 <= visits.length <= 10^5', '0 <= arrive < leave <= 10^9'],
    );
    expect(pool).toMatchObject({ ask: 'most', ends: 'half-open' });
  });

  it('reads the points held by at least k spans, in a length, a count or a first moment, as a threshold', () => {
    const cameras = read(
      'Camera i records the road from kilometre from_i to kilometre to_i. A part is safe when at least two cameras record it. Return the total length of the safe parts.',
      ['1 <= cameras.length <= 10^5', '0 <= from_i < to_i <= 10^9'],
    );
    expect(cameras).toMatchObject({ ask: 'threshold', line: 'wide', item: 'camera' });
    const guards = read(
      'Guard i is on duty from moment a_i to moment b_i, both included. The castle is safe when at least k guards are on duty. Find the first moment when the castle is safe.',
      ['1 <= k <= n <= 2 * 10^5', '1 <= a_i <= b_i <= 10^9'],
    );
    expect(guards).toMatchObject({ ask: 'threshold', words: '1 <= a_i <= b_i <= 10^9' });
    const meetings = read(
      'Booking i is meetings[i] = [start_i, end_i]. Return the total number of minutes during which two or more meetings were held.',
      ['1 <= meetings.length <= 10^5', '0 <= start_i < end_i <= 10^9'],
    );
    expect(meetings?.ask).toBe('threshold');
  });

  it('reads "exactly one" as a threshold, and one span enough where "exactly" qualifies something else', () => {
    const once = read(
      'Sprinkler i waters the lawn from metre a_i to metre b_i. How many metres are watered by exactly one sprinkler?',
      ['1 <= n <= 10^5', '0 <= a_i <= b_i <= 10^9'],
    );
    expect(once?.ask).toBe('threshold');
    const telescope = read(
      'Request i asks for the telescope from minute l_i to minute r_i. The telescope works exactly in the minutes that at least one request asks for. How many minutes does it work in total?',
      ['1 <= n <= 2 * 10^5', '0 <= l_i <= r_i <= 10^9'],
    );
    expect(telescope?.ask).toBe('union');
  });

  it('reads a start and a length, or a centre and a reach, as the two ends of a span', () => {
    const players = read(
      'Player i played on days a_i, a_i + 1, ..., a_i + b_i - 1. For every k from 1 to n, find the number of days on which exactly k players played.',
      ['1 <= n <= 2 * 10^5', '1 <= a_i, b_i <= 10^9'],
    );
    expect(players).toMatchObject({ ask: 'threshold', line: 'wide' });
    const torches = read(
      'There are n torches. The i-th torch stands at point x_i and lights every point at distance at most r_i from it. Find the total length lit by at least one torch.',
      ['1 <= n <= 2 * 10^5', '1 <= r_i <= 10^9'],
    );
    expect(torches).toMatchObject({ ask: 'union', line: 'wide' });
  });

  it('reads the points no span holds as a gap', () => {
    const radio = read(
      'Programme i is given as arr[i] = [start, end]. Find the length of the longest stretch of the day during which no programme is on air.',
      ['1 <= n <= 10^5', '0 <= start < end <= 10^9'],
    );
    expect(radio).toMatchObject({ ask: 'gap', line: 'wide', item: 'programme' });
  });

  it('reads the fewest resources that each hold one span at a time as rooms, a heap whatever the line', () => {
    const bays = read(
      'Bus i plugs in at minute a_i and unplugs at minute d_i. A charging bay serves one bus at a time. Find the smallest number of charging bays the depot needs.',
      ['1 <= n <= 10^5', '0 <= a_i < d_i <= 10^9'],
    );
    expect(bays).toMatchObject({ ask: 'rooms', item: 'bus' });
    expect(coverageFigure(sure(bays))?.[0]).toBe('O(n log n)');
    const halls = read(
      'Exam i starts at time s[i] and finishes at time f[i]. An exam needs a hall to itself. Find the minimum number of halls needed.',
      ['1 <= n <= 2 * 10^5', '0 <= s[i] < f[i] <= 10^9'],
    );
    expect(halls?.ask).toBe('rooms');
  });

  it('reads how far the line runs: positions a size bounds, a few points, or values no array holds', () => {
    const houses = read(
      'There are n houses numbered from 1 to n. The i-th crew repaired every house from l_i to r_i. Count the houses repaired by at least k different crews.',
      ['1 <= n, m <= 2 * 10^5', '1 <= l_i <= r_i <= n'],
    );
    expect(houses).toMatchObject({ ask: 'threshold', line: 'positions', item: 'crew' });
    // The technique's own figure counts a difference array in the page's letters.
    expect(coverageFigure(sure(houses))).toBeNull();
    const minutes = read(
      'sessions[i] = [login_i, logout_i]: an agent was logged in during every minute t with login_i <= t < logout_i. Return the number of minutes of the day during which no agent was logged in.',
      ['1 <= sessions.length <= 10^5', '0 <= login_i < logout_i <= 1440'],
    );
    expect(minutes).toMatchObject({ ask: 'gap', line: 'few', item: 'session' });
    expect(coverageFigure(sure(minutes))?.[0]).toBe('O(n)');
  });

  it('reads spans the statement already orders by start as one pass', () => {
    const diary = read(
      'Meeting i lasts from hour s_i to hour e_i. The meetings are listed in increasing order of their start. Find the longest free time between two consecutive meetings.',
      ['1 <= n <= 2 * 10^5', '0 <= s_i < e_i <= 10^9'],
      true,
    );
    expect(diary).toMatchObject({ ask: 'gap', sorted: true });
    expect(coverageFigure(sure(diary))?.[0]).toBe('O(n)');
  });

  it('leaves a merged list, which is the spans themselves, to sorting', () => {
    expect(
      read(
        'Closure i shuts the road from kilometre l_i to kilometre r_i. Closures that share at least one point are announced together. Print the announced closures in increasing order.',
        ['1 <= n <= 2 * 10^5', '1 <= l_i < r_i <= 10^9'],
      ),
    ).toBeNull();
  });

  it('leaves the most spans one person can take, a choice among them, to a greedy by end', () => {
    expect(
      read(
        'Talk i starts at minute s_i and ends at minute e_i. Maya can be in one room at a time. What is the largest number of talks she can attend?',
        ['1 <= n <= 10^5', '0 <= s_i < e_i <= 10^9'],
      ),
    ).toBeNull();
  });

  it('leaves a window over an array of values, with no spans, to a sliding window', () => {
    expect(
      read(
        'arr[i] people came in during hour i. Find the largest number of visitors in any k consecutive hours.',
        ['1 <= k <= n <= 10^5', '0 <= arr[i] <= 10^4'],
      ),
    ).toBeNull();
  });

  it('reads no spans from bounds that order two sizes, with no item behind them', () => {
    expect(
      read('Find the first moment when at least k of the n machines are idle.', ['1 <= k <= n <= 2 * 10^5']),
    ).toBeNull();
  });
});

describe('a measure taken in total over spans that may repeat a place', () => {
  it('reads the length held by any span as their union', () => {
    for (const statement of [
      'Report i says the bank is flooded from kilometre a_i to kilometre b_i. Reports may describe the same place more than once. How many kilometres of the bank are flooded in total?',
      'Painter i paints the fence from metre l_i to metre r_i, and some metres are painted twice. How many metres are painted altogether?',
    ])
      expect(
        read(statement, ['1 <= n <= 2 * 10^5', '0 <= a_i < b_i <= 10^9', '0 <= l_i < r_i <= 10^9']),
        statement,
      ).toMatchObject({
        ask: 'union',
      });
  });

  it('leaves spans that are each a question of their own alone', () => {
    const rounds = read(
      'Takahashi scored A_i points in round i. Aoki asks Q questions. The i-th question is: how many points in total did you score from round L_i through round R_i?',
      ['1 <= N, Q <= 2 * 10^5', '1 <= L_i <= R_i <= N'],
    );
    expect(rounds?.ask).not.toBe('union');
  });
});

describe('the ladders of a union and of the gaps', () => {
  const union = sure(
    read(
      'Report i says the bank is flooded from kilometre a_i to kilometre b_i. Reports may describe the same place more than once. How many kilometres of the bank are flooded in total?',
      ['1 <= n <= 2 * 10^5', '0 <= a_i < b_i <= 10^9'],
    ),
  );

  it('speak of covered blocks merged for a union, never of holes at the ends', () => {
    const rungs = coverageLadder(union, 'O(n log n)');
    expect(rungs[1]).toMatch(/count once/);
    expect(rungs.join(' ')).not.toMatch(/\bholes?\b/);
  });

  it('keep the holes at both ends for the gaps', () => {
    const rungs = coverageLadder({ ...union, ask: 'gap' }, 'O(n log n)');
    expect(rungs[1]).toMatch(/Holes before the first start/);
  });
});
