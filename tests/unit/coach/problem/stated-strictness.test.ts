import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { equalNeighboursLine, equalRule } from '@/lib/coach/problem/stated-strictness';
import { problemContext } from '../../../support/problem-context';

const DOUBT = 'Equal values side by side: pop on strictly greater or on greater-or-equal?';

describe('the statement’s rule for equal values', () => {
  it('answers the doubt with a strict or a loose comparison the question makes', () => {
    expect(equalRule('for every player, the first teammate to the right who is strictly taller.')).toBe(
      'Equal values side by side: the statement asks for strictly taller, so an equal one is no answer',
    );
    expect(equalRule('for each day, the next day whose price is greater than or equal to it.')).toBe(
      'Equal values side by side: the statement counts an equal one ("greater or equal") as an answer',
    );
  });

  it('keeps the doubt where the question states no rule, or the strictness is of something else', () => {
    // Near misses: a strict bound on a parameter, no comparison word, both rules at once.
    expect(equalRule('print the answer for every value. k is strictly less than n.')).toBeUndefined();
    expect(equalRule('for every building, the first building to its right that is taller.')).toBeUndefined();
    expect(
      equalRule('the next strictly larger value, and the next value greater than or equal to it.'),
    ).toBeUndefined();
    expect(equalNeighboursLine('All values equal', 'the next strictly taller one.')).toBe('All values equal');
  });

  it('puts the rule in the panel’s checklist of a next-taller page', () => {
    const analysis = analyzeProblem(
      problemContext({
        statement:
          'The n members of a club stand in one line, the i-th of them h_i centimetres tall. For every member, how many places to the right stands the first member who is strictly taller? Print 0 if nobody to the right is taller.',
        constraints: ['1 <= n <= 2 * 10^5', '1 <= h_i <= 10^9'],
      }),
    );
    expect(analysis.edgeCases).toContain(
      'Equal values side by side: the statement asks for strictly taller, so an equal one is no answer',
    );
    expect(analysis.edgeCases).not.toContain(DOUBT);
  });

  it('reads only the sentence that asks for an item', () => {
    fc.assert(
      fc.property(fc.constantFrom('taller', 'smaller', 'cheaper', 'higher'), (word) => {
        const bound = equalRule(`print one number per line. the sum is strictly ${word} than 10^9.`);
        const asked = equalRule(`find the next item strictly ${word} than it.`);
        return bound === undefined && asked?.includes(`strictly ${word}`) === true;
      }),
    );
  });
});
