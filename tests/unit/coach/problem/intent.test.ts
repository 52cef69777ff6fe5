import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { readAsks } from '@/lib/coach/problem/asks';
import { readCostAsks } from '@/lib/coach/problem/costs';
import { sizesForIntent, tightness } from '@/lib/coach/problem/intent';
import { totalSteps } from '@/lib/coach/problem/limit';
import type { InputShape } from '@/lib/coach/problem/shape';
import { expectedComplexity } from '@/lib/coach/problem/target';
import type { TechniqueGuess } from '@/lib/coach/problem/types';
import type { SiteId } from '@/lib/extract/context';
import { problemContext } from '../../../support/problem-context';

/**
 * What the bounds say the setter intended (lib/coach/problem/intent.ts), on statements written for
 * these tests: a judge's tight bounds set the bar when the method is a guess, an interview site's
 * small n does not, and a clear method keeps its figure unless the bounds leave a whole power of n.
 */
const URLS: Partial<Record<SiteId, string>> = {
  codeforces: 'https://codeforces.com/problemset/problem/1/A',
  atcoder: 'https://atcoder.jp/contests/abc1/tasks/abc1_a',
  leetcode: 'https://leetcode.com/problems/example/',
  hackerrank: 'https://www.hackerrank.com/challenges/example/problem',
};
function analyse(statement: string, constraints: string[], site: SiteId = 'codeforces') {
  return analyzeProblem(problemContext({ site, url: URLS[site], id: 'x', statement, constraints }));
}

const one = (bound: number, tests = 1): InputShape => ({
  shape: { kind: 'one', n: { letter: 'n', name: 'n', bound }, square: false },
  tests,
  numbersOnly: false,
  largestValue: 1e9,
});

describe('how tightly the bounds fit the slowest complexity they allow', () => {
  it('calls n <= 300 snug for O(n^3) and n <= 5000 snug for O(n^2)', () => {
    expect(tightness(one(300), 'O(n^3)')).toBe('snug');
    expect(tightness(one(5000), 'O(n^2)')).toBe('snug');
  });

  it('calls n <= 1000 capped: O(n^2) is far under the budget, but O(n^3) only just misses it', () => {
    expect(tightness(one(1000), 'O(n^2)')).toBe('capped');
  });

  it("calls a first problem's n <= 100 loose, and many tests of n <= 50 each, whatever their total", () => {
    expect(tightness(one(100), 'O(n^3)')).toBe('loose');
    expect(tightness(one(50, 2000), 'O(n^2)')).toBe('loose');
  });
});

describe('the bar tight bounds set on a judge', () => {
  const twoTunes =
    'Two choirs each bring a sheet of notes, written as strings a and b of lowercase letters. For the finale they must sing one tune together. A choir may leave out any notes of its own sheet, but it must sing the notes it keeps in the order they are written. What is the greatest number of notes the joint tune can have?';
  const tunesBounds = ['1 <= |a| <= 3000', '1 <= |b| <= 3000'];

  it('reads two texts of at most 3000 letters as a table over both', () => {
    expect(analyse(twoTunes, tunesBounds).complexityTarget).toBe('O(n * m)');
  });

  it('leaves the same bounds alone on LeetCode, whose setters size n loosely', () => {
    // The bar from a judge's bounds is not set on LeetCode; a method the page points at may still
    // give the same figure (a table over both texts), so the reason is what tells them apart.
    const analysis = analyse(twoTunes, tunesBounds, 'leetcode');
    expect(analysis.complexityReason).not.toMatch(/a judge sizes its bounds/);
  });

  it('reads n <= 300 pieces glued two neighbours at a time as O(n^3)', () => {
    const analysis = analyse(
      'There are n pieces of rope in a row with lengths a_1, ..., a_n. Repeatedly tie two neighbouring pieces into one; tying costs the length of the new piece. Print the least total cost.',
      ['1 <= n <= 300', '1 <= a_i <= 10^9'],
    );
    expect(analysis.complexityTarget).toBe('O(n^3)');
  });

  it("keeps a clear method's figure where the bounds are sized for it: a window on n <= 2 * 10^5", () => {
    const analysis = analyse(
      'Given n positive integers a_1, ..., a_n and an integer k, find the length of the longest contiguous subarray whose sum is at most k.',
      ['1 <= n <= 2 * 10^5', '1 <= a_i <= 10^9', '1 <= k <= 10^14'],
    );
    expect(analysis.patterns[0]?.id).toBe('sliding-window');
    expect(analysis.complexityTarget).toBe('O(n)');
    expect(analysis.techniqueSure).toBe(true);
  });

  it("keeps a one-pass answer on a first problem's n <= 100", () => {
    const analysis = analyse(
      'Over n days a town recorded temperatures t_1, ..., t_n. A day is a record if it is strictly hotter than every earlier day. Count the record days.',
      ['1 <= n <= 100', '-50 <= t_i <= 50'],
    );
    expect(analysis.complexityLimit).toBe('O(n^3)');
    expect(analysis.complexityTarget).toBe('O(n)');
  });

  it('marks a sure family leader overruled when the bounds set the bar, so the panel says not sure', () => {
    const twoTexts: InputShape = {
      shape: {
        kind: 'add',
        n: { letter: 'n', name: '|a|', bound: 3000 },
        other: { letter: 'm', name: '|b|', bound: 3000 },
      },
      tests: 1,
      numbersOnly: false,
      largestValue: 1e9,
    };
    const leader: TechniqueGuess = { id: 'string', confidence: 0.6, reason: '' };
    const expected = expectedComplexity({
      techniques: ['string'],
      input: twoTexts,
      limit: 'O(n * m)',
      asks: { ...readAsks(''), ...readCostAsks('') },
      guarantees: new Set(),
      sure: true,
      guesses: [leader],
      sizedLimits: true,
      items: true,
    });
    expect(expected.target).toBe('O(n * m)');
    expect(expected.reason).toContain(
      'both |a| <= 3000 and |b| <= 3000 point at O(n * m), a table over both',
    );
    expect(expected.overrules).toBe(true);
  });

  it('overrules one pass of a clear method where the question counts pairs on bounds snug for them', () => {
    const analysis = analyse(
      'There are n lanterns on a straight road; lantern i stands at coordinate x_i. Count the pairs of lanterns (i, j) with i < j whose distance |x_i - x_j| is a perfect square.',
      ['2 <= n <= 2000', '0 <= x_i <= 10^9'],
    );
    expect(analysis.complexityTarget).toBe('O(n^2)');
    expect(analysis.complexityReason).toContain('the question is about pairs');
    expect(analysis.techniqueSure).toBe(false);
  });

  it('keeps a clear method on snug bounds: a window over n <= 5000 stays linear', () => {
    const analysis = analyse(
      'You are given an array a of n integers. Find the length of the longest subarray in which every element is strictly larger than the one before it.',
      ['1 <= n <= 5000', '1 <= a_i <= 10^9'],
    );
    // One phrase points at the window, too little for the panel to call it sure, but the figure
    // is still sized for the leader rather than for the O(n^2) the bounds would allow.
    expect(analysis.patterns[0]?.id).toBe('sliding-window');
    expect(analysis.complexityTarget).toBe('O(n)');
  });

  it('never sets a bar slower than the limit, whatever n the judge allows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 300_000 }), (n) => {
        const analysis = analyse(
          'Print the value described below for the given numbers a_1, ..., a_n after the procedure of the legend ends.',
          [`1 <= n <= ${n}`, '1 <= a_i <= 10^6'],
        );
        const input = one(n);
        expect(totalSteps(analysis.complexityTarget, input)).toBeLessThanOrEqual(
          totalSteps(analysis.complexityLimit, input),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('few items each taken or left', () => {
  it('reads a decision per item as a choice of the items, on any site', () => {
    for (const site of ['codeforces', 'leetcode'] as const) {
      const analysis = analyse(
        'A hiker packs for a trip. For every one of the n items on her list she decides whether to pack it; item i weighs w_i and is worth v_i. Find the largest total worth she can carry with at most W kilograms.',
        ['1 <= n <= 20', '1 <= w_i, v_i <= 10^9', '1 <= W <= 10^18'],
        site,
      );
      expect(analysis.complexityTarget).toMatch(/2\^n/);
    }
    const eaten = readCostAsks('takahashi eats each dish or skips it, within x calories.');
    expect(eaten.takenOrLeft).toBe(true);
  });

  it('reads no choice into a state each item is given in', () => {
    expect(
      readCostAsks('each seat is either taken or free, given as a binary array seats.').takenOrLeft,
    ).toBe(false);
    const analysis = analyse(
      'A tower has n windows; each window is either lit or dark, given as a string s of 0 and 1. Count the lit windows with a dark window directly to their left.',
      ['1 <= n <= 20'],
    );
    expect(analysis.complexityTarget).toBe('O(n)');
  });

  it('counts few chosen items by their number, not as a graph, when the input lists pairs that clash', () => {
    const analysis = analyse(
      'A club has n members. Some pairs of members quarrel: the m pairs are given as u_i v_i. The club decides for each member whether to invite them to the gala, and no quarrelling pair may both come. Count the ways to invite a non-empty group.',
      ['1 <= n <= 20', '0 <= m <= 190', '1 <= u_i, v_i <= n'],
    );
    expect(analysis.complexityLimit).toBe('O(n * 2^n)');
    expect(analysis.complexityTarget).toMatch(/2\^n/);
  });
});

describe('a warm-up, whose bounds only keep the input small', () => {
  const warmer =
    'A thermometer logged the temperature on n days: t_1, ..., t_n. Count the days that were warmer than the day before them.';
  const warmerBounds = ['1 <= n <= 1000', '-50 <= t_i <= 50'];
  const page = (site: SiteId, url: string, id: string, difficulty?: 'Easy' | 'Medium') =>
    analyzeProblem(
      problemContext({
        site,
        url,
        id,
        statement: warmer,
        constraints: warmerBounds,
        ...(difficulty ? { difficulty } : {}),
      }),
    );

  it("takes a judge's n <= 1000 as sized for pairs on a later task", () => {
    const later = page('codeforces', 'https://codeforces.com/problemset/problem/2123/C', '2123C');
    expect(later.complexityLimit).toBe('O(n^2)');
    expect(later.complexityTarget).toBe('O(n^2)');
  });

  it("keeps the pass on a contest's opening task and on a challenge marked Easy", () => {
    expect(
      page('codeforces', 'https://codeforces.com/problemset/problem/2123/A', '2123A').complexityTarget,
    ).toBe('O(n)');
    expect(
      page('atcoder', 'https://atcoder.jp/contests/abc402/tasks/abc402_b', 'abc402_b').complexityTarget,
    ).toBe('O(n)');
    const easy = page('hackerrank', 'https://www.hackerrank.com/challenges/warmer/problem', 'warmer', 'Easy');
    expect(easy.complexityTarget).toBe('O(n)');
    expect(easy.complexityLimit).toBe('O(n^2)');
  });

  it('tells warm-ups apart by the task and the difficulty the page shows', () => {
    expect(sizesForIntent({ site: 'codeforces', id: '2123A' })).toBe(false);
    expect(sizesForIntent({ site: 'codeforces', id: '2123B' })).toBe(true);
    expect(sizesForIntent({ site: 'atcoder', id: 'abc402_a' })).toBe(false);
    expect(sizesForIntent({ site: 'atcoder', id: 'abc402_c' })).toBe(true);
    expect(sizesForIntent({ site: 'atcoder', id: 'arc180_a' })).toBe(true);
    expect(sizesForIntent({ site: 'hackerrank', id: 'x', difficulty: 'Medium' })).toBe(true);
    expect(sizesForIntent({ site: 'hackerrank', id: 'x', difficulty: 'Easy' })).toBe(false);
    expect(sizesForIntent({ site: 'leetcode', id: 'x', difficulty: 'Hard' })).toBe(false);
  });
});
