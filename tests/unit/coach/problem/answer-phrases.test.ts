import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aboutNoun,
  chosen,
  fewestOf,
  freeOrder,
  mostOf,
  saidAbout,
  splitInTwo,
} from '@/lib/coach/problem/answer-phrases';

/**
 * Phrases of the shapes the answer's phrases are built of: a lookahead, lazy and bounded runs of
 * words, the noun twice, a span up to a full stop.
 */
const PHRASES = [
  String.raw`\b(?!(?:some|any) pairs? of)(?:some|any|a few) (?:\w+ ){0,2}?of (?:\w+ ){0,2}?\k<noun>\b`,
  String.raw`\b(?:fewest|most) (?:\w+ ){0,1}\k<noun>\b[^.]{0,12}?\b(?:can|to) (?:\w+ ){0,2}?(?:take|pack)\b`,
  String.raw`\b(?:each|every) \k<noun>\b[^.]{0,10}?\bor (?:not|off)\b|\bone \k<noun> of (?:each|every)\b`,
  String.raw`\b(?:lay|put) (?:all )?(?:the )?(?:\w+ )?\k<noun>\b[^.]{0,8}?\bin (?:a|one) row|\border of \k<noun>\b`,
];
/** Words and whole phrases, so that a text often holds a phrase twice or one inside another. */
const PIECES = [
  ...['some', 'any', 'pairs', 'of', 'a', 'few', 'the', 'fewest', 'most', 'can', 'to', 'take', 'pack', '.'],
  ...['each', 'every', 'or', 'not', 'off', 'one', 'lay', 'put', 'all', 'in', 'row', 'order', 'x1'],
  ...['some of the jars', 'any pairs of boxes', 'a few of the boxes', 'fewest jars you can take'],
  ...['most boxes to pack', 'each jar or not', 'one box of every', 'lay all the jars in a row'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((words) => words.join(' '));
const noun = fc.constantFrom('jar', 'jars', 'box', 'boxes', 'sticker packs', 'row');

describe('phrases about a noun', () => {
  it('find what a pattern written around the noun itself finds, at the same place', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PHRASES), noun, text, (phrase, name, said) => {
        const written = new RegExp(phrase.replaceAll(String.raw`\k<noun>`, name)).exec(said)?.[0] ?? null;
        expect(saidAbout(aboutNoun(phrase), name, said)).toBe(written);
      }),
      { numRuns: 2000 },
    );
  });

  it('read the noun the question names, not another one', () => {
    const text = 'find the fewest jars the cook can pack, or lay all the lids in one row.';
    expect(fewestOf(text, 'jars')).toBe('fewest jars the cook can pack');
    expect(fewestOf(text, 'lids')).toBeNull();
    expect(freeOrder(text, 'lids')).toBe('lay all the lids in one row');
    expect(chosen('she picks some of the songs.', 'songs')).toBe('picks some of the songs');
    // The first phrase in the text, as a search from its start finds it.
    expect(fewestOf('the fewest jars to pack. the most jars to take.', 'jars')).toBe('fewest jars to pack');
    // Under both its names: the plural where the items are split, one where each goes to a side.
    expect(splitInTwo('every sack goes on one of the two carts.', 'sacks', 'sack')).toBe(
      'every sack goes on one of the two',
    );
    expect(splitInTwo('split the sacks between two carts.', 'sacks', 'sack')).toBe(
      'split the sacks between two',
    );
    expect(splitInTwo('split the sacks between two carts.', 'crates', 'crate')).toBeNull();
    expect(mostOf('buy as many toys as possible.', 'toys')).toBe('as many toys as possible');
  });
});
