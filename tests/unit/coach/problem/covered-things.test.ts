import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coveredThings } from '@/lib/coach/problem/covered-things';
import { analyse } from '../../../support/statement';

/**
 * Many items, each holding some of k <= 20 things, and the fewest or cheapest items that hold every
 * one of them (covered-things.ts): a table over the 2^k sets of things covered, O(n * 2^k), where
 * the items' own subsets are too many. Near misses: few items (their subsets are searched), many
 * things (no set of them is a state).
 */
const INPUT =
  '\n\nThe first line holds n and k. Each of the next n lines starts with c_i, followed by c_i distinct integers between 1 and k.';

describe('the fewest items covering every one of few things', () => {
  it('leads with a table over the sets of things, sized n * 2^k both ways', () => {
    const analysis = analyse(
      `A film crew needs k permits, numbered 1 to k. There are n agencies, and agency i can issue a set of the permits. Use as few agencies as possible so that each of the k permits is issued by at least one of them, or print -1.${INPUT}`,
      ['1 <= n <= 80', '1 <= k <= 18', '0 <= c_i <= k'],
    );
    expect(analysis.patterns[0]?.id).toBe('dynamic-programming');
    expect(analysis.patterns.slice(0, 3).map((p) => p.id)).toContain('bit-manipulation');
    expect(analysis.complexityTarget).toBe('O(n * 2^k)');
    expect(analysis.complexityLimit).toBe('O(n * 2^k)');
    expect(analysis.hints[0]?.text).toMatch(/agenc/);
    expect(analysis.hints[0]?.text).not.toMatch(/bitmask|dynamic|DP/);
    expect(analysis.hints[1]?.text).toMatch(/bitmask/);
  });

  it('reads the cheapest items, with the things named in the singular', () => {
    expect(
      coveredThings(
        'there are k spices and n jars; jar i costs p_i and holds some spices. find the lowest total price of jars that holds every spice at least once.\n1 <= n <= 100\n1 <= k <= 12',
      ),
    ).toMatchObject({ letter: 'k', bound: 12, noun: 'spice' });
  });

  it('leaves things too many for their sets, and a bound written as a power', () => {
    const many =
      'there are k skills and n workers. hire the fewest workers so that every one of the k skills is held by at least one of them.\n1 <= n <= 60\n1 <= k <= ';
    expect(coveredThings(`${many}40`)).toBeNull();
    expect(coveredThings(`${many}10^5`)).toBeNull();
  });

  it('reads any words around the things without throwing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'k skills',
            'every',
            'each of the',
            'skill',
            'at least one',
            'fewest',
            'k <= 20',
            'n <= 60',
            '.',
            '\n',
          ),
          {
            maxLength: 30,
          },
        ),
        (words) => {
          const read = coveredThings(words.join(' '));
          expect(read === null || read.bound <= 20).toBe(true);
        },
      ),
    );
  });
});
