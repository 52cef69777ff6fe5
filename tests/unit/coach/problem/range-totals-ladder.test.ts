import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import type { ProblemContext } from '@/lib/extract/context';

function page(statement: string, constraints: string[]): ProblemContext {
  return {
    kind: 'problem',
    site: 'cses',
    url: 'https://cses.fi/problemset/task/1646',
    id: '1646',
    title: 'A Story',
    statement,
    examples: [],
    constraints,
    tags: [],
    hints: [],
    source: 'dom',
  };
}

const ladder = (statement: string, constraints: string[]) => {
  const analysis = analyzeProblem(page(statement, constraints));
  return { lead: analysis.patterns[0]?.id, hints: analysis.hints.map((hint) => hint.text).join(' ') };
};

describe('questions about ranges of a list that never changes', () => {
  it('are answered by one subtraction each, with no branch for counting ranges the page never asks', () => {
    const { lead, hints } = ladder(
      'A weather station logged the rainfall of n consecutive days. Farmers send q questions: each asks how much rain fell in all from day a to day b, both included. Answer every question.',
      ['1 <= n, q <= 2 * 10^5', '0 <= x_i <= 10^9', '1 <= a <= b <= n'],
    );
    expect(lead).toBe('prefix-sum');
    expect(hints).toMatch(/one subtraction/);
    expect(hints).not.toMatch(/count(?:ing)? ranges|in a map|how often/);
  });

  it('are not read into spans that only mark the list, with no question asked', () => {
    const { hints } = ladder(
      'A train has n carriages labelled 1 to n. reservations[i] = [first_i, last_i, seats_i] reserves seats_i seats in each carriage from first_i through last_i (inclusive). Return an array answer of length n, where answer[i] is the total number of seats reserved in carriage i + 1.',
      [
        '1 <= n <= 2 * 10^4',
        '1 <= reservations.length <= 2 * 10^4',
        '1 <= first_i <= last_i <= n',
        '1 <= seats_i <= 10^4',
      ],
    );
    expect(hints).not.toMatch(/between the questions/);
  });

  it('keep the counting ladder when the page counts stretches with a given total', () => {
    const { lead, hints } = ladder(
      'You are given an array of n integers a_1, ..., a_n, possibly negative. Count the contiguous subarrays whose sum is exactly k.',
      ['1 <= n <= 2 * 10^5', '-10^9 <= a_i, k <= 10^9'],
    );
    expect(lead).toBe('prefix-sum');
    expect(hints).toMatch(/how often it appeared/);
  });
});
