import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treeSearch } from '@/lib/coach/problem/knowledge/search-trees';

describe('where one value falls among a search tree’s keys', () => {
  const letter = fc.constantFrom(...'abcdefghjkmpqrstuvwxyz'.split(''));
  const noun = fc.constantFrom('price', 'key', 'number', 'minute', 'height', 'value');
  const asked = (n: string, x: string) => [
    `return the ${n} closest to ${x}`,
    `return the smallest ${n} greater than ${x}`,
    `find the largest ${n} that is at most ${x}`,
    `return the earliest ${n} not before ${x}`,
  ];

  it('reads any letter and any noun the question names, and the balance the statement promises', () => {
    fc.assert(
      fc.property(letter, noun, fc.nat(3), (x, n, which) => {
        const question = asked(n, x)[which];
        const body = `the ${n}s are stored in a binary search tree. given the root and ${x}, ${question}.`;
        expect(treeSearch(body)).toBe('any');
        expect(treeSearch(`${body} the tree is height-balanced.`)).toBe('balanced');
        // The same question over a tree with no order between its subtrees is no search.
        expect(treeSearch(body.replace('binary search tree', 'binary tree'))).toBeNull();
      }),
    );
  });

  it('leaves questions over the whole tree out', () => {
    expect(
      treeSearch('given the root of a binary search tree, return the sum of all values in [low, high].'),
    ).toBeNull();
    expect(
      treeSearch('given the root of a binary search tree, return whether it is a valid bst.'),
    ).toBeNull();
  });
});
