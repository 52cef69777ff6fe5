import { describe, expect, it } from 'vitest';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { edgeCases } from '@/lib/coach/problem/edge-cases';
import type { InputKind } from '@/lib/coach/problem/types';
import { bodyOf } from '../../../support/statement';

/*
 * A grid drawn as lines of characters is read as text, but its single character is the grid's one
 * cell: the checklist names the board, not a string. Statements written for these tests.
 */
const SINGLE = 'A single character';
const listed = (statement: string, sizes: string[], kinds: InputKind[]) =>
  edgeCases({
    kinds,
    facts: parseConstraints(sizes, statement),
    body: bodyOf(statement, sizes),
    guarantees: new Set(),
    techniques: ['breadth-first-search'],
    sure: true,
  });

describe('a grid given as lines of characters', () => {
  it.each([
    [['1 <= n, m <= 1000'], ['string'] as InputKind[]],
    [['1 <= n <= 1000'], ['matrix', 'string'] as InputKind[]],
  ])('has no string case of a single character (%s)', (sizes, kinds) => {
    const statement =
      'A field has n rows and m columns. Each of the next n lines holds a string of m characters, each . or #. Count the regions of # cells that share a side.';
    expect(listed(statement, sizes, kinds)).not.toContain(SINGLE);
  });

  it('keeps the case for text that is one string', () => {
    expect(
      listed(
        'You are given a string s of lowercase letters. Count its distinct characters.',
        ['1 <= |s| <= 10^5'],
        ['string'],
      ),
    ).toContain(SINGLE);
  });
});
