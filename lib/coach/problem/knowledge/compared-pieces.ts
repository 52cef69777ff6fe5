import type { Scene, Trigger } from './trigger';

/** What setters call a contiguous piece of a text. */
const PIECE = '(?:substrings?|pieces?|parts?|passages?|slices?|fragments?|segments?)';
/**
 * Two pieces of one text compared for equality, each named as a piece: "whether the piece s[l1..r1]
 * is exactly the same as the piece s[l2..r2]", "the part of length len starting at a is identical to
 * the part starting at b", "the passage t[l1..r1] coincides with the passage t[l2..r2]". A piece
 * compared with a value ("elements of the segment equal to x") is a count, not this. The dots of a
 * range (`s[l1..r1]`) end no sentence.
 */
export const COMPARED_PIECES = new RegExp(
  String.raw`\b${PIECE}\b(?:[^.]|\.{2,3}){0,120}?\b(?:exactly |letter for letter )?(?:the same as|equal to|identical to|coincides? with|matches) (?:the |that )?(?:\w+ )?${PIECE}\b`,
);

/**
 * Questions over spans (`1 <= l1 <= r1 <= n`) that compare two pieces of a text that never changes:
 * prefix hashes answer each in O(1), and the span bounds that look like point updates to
 * position-spans.ts are the second piece's ends.
 */
export const comparesFixedPieces = (scene: Scene): boolean =>
  !!scene.positionSpans && !scene.updates && !scene.design && COMPARED_PIECES.test(scene.body);

export const COMPARED_PIECE_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'string',
    pattern: COMPARED_PIECES,
    weight: 4,
    why: 'two pieces of a text that never changes are compared again and again: polynomial hashes of its prefixes give any piece’s hash by one subtraction, so each question is one comparison',
    when: comparesFixedPieces,
  },
];
