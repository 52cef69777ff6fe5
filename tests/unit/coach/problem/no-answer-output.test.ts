import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { contradictedBy } from '@/lib/coach/problem/contradictions';
import { noAnswerLine, noAnswerOutput } from '@/lib/coach/problem/stated-traps';
import { problemContext } from '../../../support/problem-context';

const GENERIC = 'No valid answer exists (return what the statement asks for then)';

describe('the output for no answer, in the statement’s own words', () => {
  it('quotes the judge’s word, -1 or an empty result from the sentence that states the case', () => {
    expect(
      noAnswerOutput(
        'Print three integers. If there are several solutions, you may print any of them. If there are no solutions, print IMPOSSIBLE.',
      ),
    ).toBe('print IMPOSSIBLE');
    expect(noAnswerOutput('Return an empty string "" if no such prefix exists.')).toBe(
      'return an empty string',
    );
    expect(noAnswerOutput('Return the fewest coins needed, or `-1` if it is impossible.')).toBe('return -1');
    expect(noAnswerOutput('If it is not possible, print "NO" (without quotes).')).toBe('print NO');
    // A lower-case word after "or" hides no output behind it.
    expect(noAnswerOutput('Find the fewest jumps to the end, or return -1 if it cannot be reached.')).toBe(
      'return -1',
    );
    expect(noAnswerOutput('If there is no such pair, the answer is 0.')).toBe('the answer is 0');
    expect(noAnswerOutput('For each person, find the first day they hear it, or -1 if they never do.')).toBe(
      'give -1',
    );
    // The condition written in capitals is the output, not the word printed when there is an answer.
    expect(noAnswerOutput('Print POSSIBLE if the rooms can be painted, and IMPOSSIBLE otherwise.')).toBe(
      'print IMPOSSIBLE',
    );
  });

  it('quotes nothing where the sentence names no output, or only prose', () => {
    // The case stated with no output of its own, and an output in lower-case prose.
    expect(
      noAnswerOutput('It is impossible to visit a city twice. Print the shortest route.'),
    ).toBeUndefined();
    expect(noAnswerOutput('If no such split exists, print impossible splits in words.')).toBeUndefined();
    // An output of a sentence that states no missing answer.
    expect(
      noAnswerOutput('Print the sum of all values. No such limit applies to the queries.'),
    ).toBeUndefined();
  });

  it('keeps the generic line where the page names no output, and rewrites only that line', () => {
    expect(noAnswerLine(GENERIC, 'Return the length. It is not possible to reuse a letter.')).toBe(GENERIC);
    expect(noAnswerLine(GENERIC, undefined)).toBe(GENERIC);
    expect(noAnswerLine('All values equal', 'If there are no solutions, print IMPOSSIBLE.')).toBe(
      'All values equal',
    );
  });

  it('names a -1 case that has an answer of its own instead of calling it no answer', () => {
    expect(
      noAnswerLine(
        GENERIC,
        'Find the index of a character whose removal makes a palindrome. If the string already reads the same both ways, print -1.',
      ),
    ).toBe('If the string already reads the same both ways: print -1, as the statement says');
    expect(noAnswerLine(GENERIC, 'Print the k-th smallest element, or -1 if k > n.')).toBe(
      'If k > n: print -1, as the statement says',
    );
    // Near misses: a condition that says nothing valid exists stays the no-answer line.
    expect(
      noAnswerLine(GENERIC, 'Return its position, or -1 if the station never recorded that value.'),
    ).toBe('No valid answer exists: return -1, as the statement says');
    expect(noAnswerLine(GENERIC, "Print -1 if the goal can't be reached.")).toBe(
      'No valid answer exists: print -1, as the statement says',
    );
    expect(noAnswerLine(GENERIC, 'Print -1 otherwise.')).toBe(
      'No valid answer exists: print -1, as the statement says',
    );
    // A named word for no answer is never a special case.
    expect(noAnswerLine(GENERIC, 'If the rooms cannot be painted, print IMPOSSIBLE.')).toBe(
      'No valid answer exists: print IMPOSSIBLE, as the statement says',
    );
  });

  it('holds only the case, not the quoted output, against the input’s promises', () => {
    const line = 'No valid answer exists: return an empty array, as the statement says';
    expect(contradictedBy(line, ['non-empty'])).toEqual([]);
    // The case itself still contradicts a promise that an answer exists.
    expect(contradictedBy(line, ['answer-exists'])).toEqual(['answer-exists']);
  });

  it('puts the page’s output in the panel’s checklist', () => {
    const page = problemContext({
      statement:
        'You are given an array of n integers and a number x. Pick three values at different positions whose sum is exactly x. Print the three positions. If there are no solutions, print IMPOSSIBLE.',
      constraints: ['1 <= n <= 5000', '1 <= x, a_i <= 10^9'],
    });
    const lines = analyzeProblem(page).edgeCases;
    expect(lines).toContain('No valid answer exists: print IMPOSSIBLE, as the statement says');
    expect(lines).not.toContain(GENERIC);
  });

  it('reads the word in capitals whatever it is, and never a lower-case word of prose', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('print', 'output', 'return'),
        fc.stringMatching(/^[A-Z]{2,12}$/),
        fc.constantFrom('If no solution exists', 'If it is impossible', 'When no such order exists'),
        (verb, word, condition) => {
          const output = noAnswerOutput(`Print the order. ${condition}, ${verb} ${word}.`);
          const prose = noAnswerOutput(`Print the order. ${condition}, ${verb} ${word.toLowerCase()}.`);
          return output === `${verb} ${word}` && (prose === undefined || prose.endsWith(' no'));
        },
      ),
    );
  });
});
