import { describe, expect, it } from 'vitest';
import { panelOf } from '../../../support/statement';

/*
 * A ladder's step that finds no answer says what the page prints then, as the checklist does:
 * "print IMPOSSIBLE" where the output rule names it, a plain "answer no" where it names nothing.
 * Statements written for these tests.
 */
const SIZES = ['1 <= n <= 10^5', '0 <= m <= 2 * 10^5', '1 <= a, b <= n'];
const split = (output: string) =>
  `A club has n members and m pairs of members who quarrel. Put every member in one of two rooms so that each quarrelling pair sits in different rooms.\n\nThe first line has n and m. Each of the next m lines has a and b: members a and b quarrel.\n\nPrint n integers: the room (1 or 2) of each member. ${output}`;

describe('the step that finds no answer', () => {
  it.each([
    ['If it cannot be done, print IMPOSSIBLE.', 'print IMPOSSIBLE'],
    ['If there is no way to do it, print -1.', 'print -1'],
  ])('says the page’s output: %s', (output, said) => {
    const outline = panelOf(split(output), SIZES).hints[2] ?? '';
    expect(outline).toContain(`same colour, ${said}.`);
    expect(outline).not.toMatch(/answer no\b/);
  });

  it('keeps a plain "answer no" where the page names no output for it', () => {
    const outline = panelOf(split('Any valid answer is accepted.'), SIZES).hints[2] ?? '';
    expect(outline).toContain('same colour, answer no.');
  });
});
