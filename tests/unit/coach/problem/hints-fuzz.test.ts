import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { codeIn, namedTechnique } from '@/lib/coach/problem/library/spoilers';
import { problemContext } from '../../../support/problem-context';

/**
 * Statements shaped like the ones whose ladders quote the page (two sequences' names, an amount's
 * name, a search's nouns), with names a page may use, camelCase and snake_case among them.
 */
const TEMPLATES: readonly { statement: string; constraints: string[]; tags: string[] }[] = [
  {
    statement: 'Given two strings `A` and `B`, return the length of their longest common subsequence.',
    constraints: ['1 <= A.length, B.length <= 1000'],
    tags: ['Dynamic Programming'],
  },
  {
    statement:
      'You are given coin values `A` and an integer `B`, each coin usable as many times as you like. Return the fewest coins that add up to exactly `B`.',
    constraints: ['1 <= A.length <= 12', '1 <= B <= 10^4'],
    tags: ['Dynamic Programming'],
  },
  {
    statement:
      'Each step changes one letter of the word, and every word passed must be in the list `A`. Return the fewest steps from `B` to the last word.',
    constraints: ['1 <= A.length <= 5000'],
    tags: ['Breadth-First Search'],
  },
  {
    statement:
      'There are `n` N. N `i` and N `j` know each other when `A[i][j] = 1`. Return the number of groups of N who know each other directly or not.',
    constraints: ['1 <= n <= 200'],
    tags: ['Union Find'],
  },
  {
    statement:
      'Implement the `A` class, which stores at most `B` entries and drops the least recently used one when full: `get(key)` and `put(key, value)`.',
    constraints: ['At most 10^5 calls will be made.'],
    tags: ['Design'],
  },
];

const NAME = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,9}$/);
// A page's noun that is itself a technique's name, alone or plural ("df" → "dfs"), would be quoted
// back rightly and still read as naming the technique, so the property leaves such nouns out.
const NOUN = fc
  .stringMatching(/^[a-z]{2,9}$/)
  .filter((noun) => namedTechnique(noun) === null && namedTechnique(`${noun}s`) === null);

describe('ladders that quote the page', () => {
  it('never hold code, never leave a placeholder, and open with a question that names no technique', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATES), NAME, NAME, NOUN, (template, a, b, noun) => {
        const fill = (text: string) => text.replaceAll('A', a).replaceAll('B', b).replaceAll('N', noun);
        const { hints } = analyzeProblem(
          problemContext({
            statement: fill(template.statement),
            constraints: template.constraints.map(fill),
            tags: template.tags,
          }),
        );
        expect(hints.map((hint) => hint.level)).toEqual([1, 2, 3]);
        expect(hints[0]?.text).toMatch(/\?$/);
        expect(namedTechnique(hints[0]?.text ?? '')).toBeNull();
        for (const { text } of hints) {
          expect(codeIn(text), text).toBeNull();
          expect(text).not.toMatch(/\{[a-z]+\}/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
