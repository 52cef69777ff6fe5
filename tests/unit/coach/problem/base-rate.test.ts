import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';

/** An original statement whose words point at no technique: only base rates put candidates forward. */
const analysis = analyzeProblem({
  kind: 'problem',
  site: 'leetcode',
  url: 'https://leetcode.com/problems/brightest-run/',
  id: 'brightest-run',
  title: 'Brightest Run',
  statement:
    'A row of n lamps has brightness levels levels[0..n-1], some of them negative. Return the largest product of the levels of a non-empty contiguous run of lamps.',
  constraints: ['1 <= n <= 2 * 10^4', '-10 <= levels[i] <= 10'],
  examples: [],
  tags: [],
  hints: [],
  source: 'dom',
});

describe('guesses no word of the statement points at', () => {
  it('are shown as candidates, marked as base rates', () => {
    expect(analysis.patterns.length).toBeGreaterThan(0);
    expect(analysis.patterns.some((p) => p.baseRateOnly)).toBe(true);
    expect(analysis.techniqueSure).toBe(false);
  });

  it('bring neither their traps nor their hints', () => {
    const text = [...analysis.edgeCases, ...analysis.hints.map((h) => h.text)].join('\n');
    // Hash-table traps and its first rung, which a base-rate hash-table guess used to bring.
    expect(text).not.toMatch(/finds its own entry|answered instantly/i);
  });
});
