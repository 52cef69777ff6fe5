import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { equalityNotes } from '@/lib/coach/problem/knowledge/equality-notes';
import { problemContext } from '../../../support/problem-context';

/**
 * Notes that two items are alike or that they differ, with a demand that every note hold at once
 * (knowledge/equality-notes.ts), in the words setters use for the demand; beside them the near
 * miss of exactly two groups, where a note of difference names the other group (a two-colouring).
 */
const analyse = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ statement, constraints }), null);

const SIZES = ['2 <= n <= 2 * 10^5', '1 <= m <= 2 * 10^5', '1 <= a, b <= n', 'a != b'];

describe('notes of alike and different, every one to hold', () => {
  it('leads with union-find where the grouping must agree with all the notes', () => {
    const analysis = analyse(
      'A crate of n jars, numbered 1 to n, was sorted into batches; there may be any number of batches. The inspector wrote m notes: a note "1 a b" says jars a and b came from the same batch, and a note "2 a b" says they came from different batches. Decide whether some sorting agrees with all the notes.\n\nInput: the first line holds n and m; each of the next m lines holds a note t, a, b.',
      SIZES,
    );
    expect(analysis.patterns[0]?.id).toBe('union-find');
    expect(analysis.complexityTarget).toBe('O(V + E)');
    expect(analysis.hints[1]?.text).toMatch(/disjoint-set forest/);
    expect(analysis.hints[0]?.text).not.toMatch(/union|disjoint/i);
  });

  it('reads a demand that every note holds, and sameness said as sharing', () => {
    const analysis = analyse(
      'There are n hikers. Each of m remarks says either that hikers a and b share a tent, or that the tents of a and b differ. Print YES if the hikers can be put in tents so that every remark holds, and NO otherwise.',
      SIZES,
    );
    expect(analysis.patterns[0]?.id).toBe('union-find');
  });

  it('leaves exactly two groups to a two-colouring', () => {
    const body =
      'the n dancers must be split into two teams. m pairs of dancers must be in different teams, and some pairs a and b must be in the same team. can the split agree with all the pairs?';
    expect(equalityNotes(body)).toBe(false);
    const analysis = analyse(
      'The n dancers must be split into two teams. For each of m pairs a and b, the dancers must be on different teams. Can the split agree with all the pairs?',
      SIZES,
    );
    expect(analysis.patterns[0]?.id).not.toBe('union-find');
  });

  it('never reads notes of one kind only as the two kinds', () => {
    expect(
      equalityNotes('pupils a and b sat at the same table. print the number of tables if every note holds.'),
    ).toBe(false);
  });

  it('reads any words around the two kinds without throwing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'a and b',
            'the same',
            'share',
            'different',
            'differ',
            'every',
            'note',
            'holds',
            'two teams',
            'agrees with all',
            ',',
            '.',
          ),
          {
            maxLength: 30,
          },
        ),
        (words) => {
          expect(typeof equalityNotes(words.join(' '))).toBe('boolean');
        },
      ),
    );
  });
});
