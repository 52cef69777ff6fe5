import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { edgeCases } from '@/lib/coach/problem/edge-cases';
import { readProblem } from '@/lib/coach/problem/reading';
import type { TechniqueId } from '@/lib/coach/problem/types';
import { problemContext } from '../../../support/problem-context';

/** The checklist beside Sparring's notes, whose pitfalls are `noted`. */
function checklist(statement: string, constraints: string[], techniques: TechniqueId[], noted: string[]) {
  const { kinds, facts, body, guarantees } = readProblem(problemContext({ statement, constraints }));
  return edgeCases({ kinds, facts, body, guarantees, techniques, sure: true, proven: techniques, noted });
}

const THREE =
  'You are given an array of n integers and a number x. Pick three values at different positions whose sum is exactly x, and print their positions.';
const RANGES =
  'A row of n counters starts at zero. You receive m instructions; each names two counter numbers a and b and an amount k, and raises every counter from a to b by k. Report the highest value any counter holds.';

describe('the checklist beside the notes', () => {
  it('leaves the 32-bit overflow to a pitfall of the notes that works it out', () => {
    const noted = ['Sums reach 3 * 10^9, past 32-bit integers.'];
    const bare = checklist(THREE, ['1 <= n <= 5000', '1 <= x, a_i <= 10^9'], ['two-pointers'], []);
    const beside = checklist(THREE, ['1 <= n <= 5000', '1 <= x, a_i <= 10^9'], ['two-pointers'], noted);
    expect(bare.some((line) => /past 2\^31/.test(line))).toBe(true);
    expect(beside.some((line) => /past 2\^31/.test(line))).toBe(false);
    // The method's own line about running totals goes too when a note says the sum overflows.
    const sums = checklist(
      RANGES,
      ['3 <= n <= 10^7', '1 <= m <= 2 * 10^5', '0 <= k <= 10^9'],
      ['prefix-sum'],
      ['Sums reach 2 * 10^5 additions of 10^9 each, about 2 * 10^14, which overflows a 32-bit integer.'],
    );
    const alone = checklist(
      RANGES,
      ['3 <= n <= 10^7', '1 <= m <= 2 * 10^5', '0 <= k <= 10^9'],
      ['prefix-sum'],
      [],
    );
    expect(alone.join('\n')).toMatch(/pass 2\^31|past 2\^31/);
    expect(sums.join('\n')).not.toMatch(/pass 2\^31|past 2\^31/);
  });

  it('keeps the overflow line where the notes warn of something else', () => {
    const noted = [
      'The positions printed are the original 1-based ones; sorting the values alone loses them.',
    ];
    const lines = checklist(THREE, ['1 <= n <= 5000', '1 <= x, a_i <= 10^9'], ['two-pointers'], noted);
    expect(lines.some((line) => /past 2\^31/.test(line))).toBe(true);
  });
});

describe('a split into two sides', () => {
  const GOAL = 'The goal cannot be reached at all';
  /** The checklist of the statement read whole, as the panel gives it. */
  const panel = (statement: string, constraints: string[]) =>
    analyzeProblem(problemContext({ statement, constraints })).edgeCases;

  it('lists no goal out of reach where the links are split into two teams, and keeps it for a way asked', () => {
    const teams = panel(
      'An office of V employees must be split into two project teams. Each entry [a, b] of pairs says employees a and b refuse to work together, so they must end up in different teams. Return true if such a split exists, otherwise false.',
      ['1 <= V <= 10^5', '0 <= pairs.size() <= 2 * 10^5', '0 <= a, b < V'],
    );
    const way = panel(
      'There are n cities and m two-way flights between them; flight i joins cities a_i and b_i. Find the fewest flights needed to travel from city 1 to city n, or print -1 if city n cannot be reached.',
      ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= a_i, b_i <= n'],
    );
    expect(teams).not.toContain(GOAL);
    expect(way).toContain(GOAL);
  });
});
