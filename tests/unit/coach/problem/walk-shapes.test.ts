import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemContext } from '../../../support/problem-context';

/**
 * The figures of the shapes a walk reads (shape/walks.ts), in the letters of the labels README: a
 * word ladder pays m for each candidate word it builds, and questions about two places of a small
 * graph each take a walk of their own.
 */
function figures(statement: string, constraints: string[]) {
  const analysis = analyzeProblem(problemContext({ statement, constraints }));
  return {
    lead: analysis.patterns[0]?.id,
    target: analysis.complexityTarget,
    limit: analysis.complexityLimit,
    because: analysis.complexityLimitReason,
  };
}

const LADDER =
  'You are given two words, start and goal, and a dictionary words. In one step you may change exactly one letter of the current word, but the result must be a word in the dictionary. Return the fewest steps that turn start into goal, or -1.';

describe('moves over words', () => {
  it('costs each candidate word its m letters: O(n * m^2), the limit where every pair of words is too many', () => {
    const { lead, target, limit, because } = figures(LADDER, [
      '1 <= start.length <= 10',
      'goal.length == start.length',
      '1 <= words.length <= 5000',
      'words[i].length == start.length',
    ]);
    expect(lead).toBe('breadth-first-search');
    expect(target).toBe('O(n * m^2)');
    expect(limit).toBe('O(n * m^2)');
    expect(because).toContain('O(n * m^2) fits (about 5 * 10^5 steps) and O((n * m)^2) does not');
  });

  it('lets every pair of words be compared when the dictionary is small', () => {
    const { target, limit } = figures(LADDER, [
      '1 <= start.length <= 5',
      'goal.length == start.length',
      '1 <= words.length <= 100',
      'words[i].length == start.length',
    ]);
    expect(target).toBe('O(n * m^2)');
    expect(limit).toBe('O((n * m)^2)');
  });
});

const RATES =
  'A desk knows n exchange rates: one unit of currency from[i] buys rate[i] units of currency to[i], and the inverse the other way. Customers ask q questions; question j asks how many units of b[j] one unit of a[j] buys, possibly through several exchanges. Return every answer, or -1.';

describe('a walk per question', () => {
  it('walks the ratios once per question when the questions and rates are few', () => {
    const { target, limit, because } = figures(RATES, [
      '1 <= n <= 100',
      '1 <= q <= 100',
      '0.1 <= rate[i] <= 1000',
    ]);
    expect(target).toBe('O(q * (V + E))');
    expect(limit).toBe('O(q * (V + E))');
    expect(because).toContain('E = n <= 100 edges and q <= 100 questions');
  });

  it('keeps an input and its questions when a walk per question would not fit', () => {
    const { target, limit } = figures(RATES, [
      '1 <= n <= 2 * 10^4',
      '1 <= q <= 2 * 10^4',
      '0.1 <= rate[i] <= 1000',
    ]);
    expect(target).not.toBe('O(q * (V + E))');
    expect(limit).not.toBe('O(q * (V + E))');
  });

  it('walks one-way links once per question on a small graph', () => {
    const { target, limit } = figures(
      'A park has V junctions and E one-way trails; trail i leads from junction u[i] to junction v[i]. Rangers ask q questions: question j asks whether a hiker at junction a[j] can reach junction b[j] following the trails. Return 1 or 0 for each question.',
      ['1 <= V <= 100', '1 <= E <= 300', '1 <= q <= 100', '1 <= u[i], v[i], a[j], b[j] <= V'],
    );
    expect(target).toBe('O(q * (V + E))');
    expect(limit).toBe('O(q * (V + E))');
  });
});
