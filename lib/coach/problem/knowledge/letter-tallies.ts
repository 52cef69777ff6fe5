import type { Trigger } from './trigger';

/**
 * Two texts (or two halves of one) compared by how often each letter occurs, told in words rather
 * than named an anagram: "two halves that contain the same letters, each letter the same number of
 * times", "every letter occurs as many times in the left half as in the right half", "the same
 * letters, each equally often". The order of the letters is dropped, so the work is a table of
 * counts per letter, not a comparison position by position ("the first half is the same string as
 * the second" keeps the order and is no tally).
 */
export const LETTER_TALLY = new RegExp(
  [
    String.raw`\bsame (?:letters|characters|symbols)\b[^.]{0,40}\b(?:(?:the )?same number of times|equally (?:often|many times)|as (?:many times|often))\b`,
    String.raw`\b(?:every|each) (?:letter|character|symbol) (?:occurs|appears|is used|shows up) (?:exactly )?(?:as many times|as often|the same number of times|equally often) in\b`,
  ].join('|'),
);

export const LETTER_TALLY_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'hash-table',
    pattern: LETTER_TALLY,
    weight: 3,
    why: 'the same letters the same number of times is a comparison of letter counts: tally each letter of both sides in a table and compare the tables',
    also: ['string'],
  },
];
