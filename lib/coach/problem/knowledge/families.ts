import type { Trigger } from './trigger';

/** A string matched against itself or against a pattern: prefix-function or rolling-hash work. */
export const STRING_MATCHING =
  /\bprefix\b.{0,40}\b(?:also|is) (?:a )?suffix\b|\bboth a (?:proper )?prefix and a suffix\b|\b(?:first|every|all) occurrences? of\b.{0,40}\b(?:in|inside)\b|\bfind (?:the )?(?:pattern|needle)\b|\brepeated substring pattern\b/;

/** The broad families a statement's subject names: bits, maths, strings. */
export const FAMILY_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'bit-manipulation',
    pattern:
      /\bxor\b|\bbitwise\b|\bbinary representation\b|\bset bits\b|\b1 bits\b|\bones in (?:the )?binary\b|\bhamming\b|\bbinary (?:forms?|notation|digits|writing|expansions?)\b|\bbit positions?\b|\bgray code\b|\bbit ?masks?\b|\bpower of (?:two|2|four|4)\b/,
    weight: 2.5,
    why: 'the answer lives in the binary digits of the numbers',
  },
  {
    technique: 'bit-manipulation',
    pattern:
      /\bappears? (?:exactly )?once\b.{0,80}\b(?:twice|three times)\b|\b(?:twice|three times)\b.{0,80}\b(?:appears?|occurs?) (?:exactly )?once\b|\b(?:pairs?|twins?|partners?|mates?)\b[\s\S]{0,200}?\b(?:except|but|apart from|save for)\b[^.]{0,60}\b(?:one|only one|a single)\b[^.]{0,60}\b(?:single|alone|lone|without|missing|unpaired|unmatched)\b/,
    weight: 3,
    // Values said to come in pairs but one ("every pair is complete except one, of which a single
    // ticket is left") are the same structure as "every value twice but one".
    why: 'pairs cancel under exclusive-or, leaving the odd one out',
  },
  {
    technique: 'bit-manipulation',
    pattern: /\bsubsets?\b|\bsets of\b|\bcommittees?\b|\bevery (?:box|item) goes on exactly one\b/,
    weight: 1.5,
    why: 'with so few items each subset is a bitmask: bit i says whether item i is in',
    when: (scene) => (scene.largest ?? Number.POSITIVE_INFINITY) <= 20,
  },
  {
    technique: 'math',
    pattern:
      /\bprimes?\b|\bdivisors?\b|\bdivides?\b|\bdivisible\b|\bgcd\b|\blcm\b|\bgreatest common\b|\bmultiples? of\b|\bfactorial\b|\bn!|\btrailing zero|\bends with\b.{0,30}\bzeros\b|\breverse (?:the )?(?:digits|integer)\b|\bdigits in reverse\b|\bpalindrome number\b|\broman\b|\bbase \d+\b|\bfractions?\b|\bperfect squares?\b|\bhappy number\b|\bugly number\b|\bfibonacci\b|\bbinomial\b|\bprobability\b|\bexpected value\b|\bangles?\b|\bmodulo\b.{0,40}\bprime\b/,
    weight: 2,
    why: 'a number-theory or arithmetic fact shortcuts the search',
    // Where operations walk a number through the states of a search ("divide it by 3 if it is a
    // multiple of 3"), dividing is a move, not a fact about the number (state-moves.ts).
    when: (scene) => !scene.numberStates,
  },
  {
    technique: 'math',
    pattern: /\bmissing (?:number|value|integer)\b|\bnumbers? from 1 to n\b.{0,80}\bmissing\b/,
    weight: 2.5,
    why: 'the sum (or the exclusive-or) of 1..n is known, so the missing value is the difference',
    also: ['bit-manipulation'],
  },
  {
    technique: 'math',
    pattern: /\bplays? optimally\b|\btakes? turns\b|\bwins?\b.{0,60}\b(?:game|optimally)\b/,
    weight: 3,
    why: 'an optimal-play game often has a winning pattern found from small cases',
  },
  {
    technique: 'string',
    pattern:
      /\bpalindromic (?:substring|core)\b|\blongest (?:palindromic|mirror)\b|\bmirror(?:ed)? substring\b|\bsubstrings?\b.{0,60}\b(?:consecutive|grouped|equal number)\b|\bbalanced (?:strings?|substrings?|pieces)\b|\bwords? (?:that )?(?:start|begin)s? with\b|\bcount (?:its |the )?(?:non-empty )?substrings\b/,
    weight: 2.5,
    why: 'the work is character by character inside one string',
  },
  {
    technique: 'string',
    pattern: STRING_MATCHING,
    weight: 3,
    why: 'matching a string against itself or a pattern in linear time is prefix-function (KMP) or rolling-hash work',
    also: ['hash-table'],
  },
  {
    technique: 'string',
    pattern:
      /\bstrings?\b|\bsubstrings?\b|\bcharacters?\b|\bletters?\b|\bwords?\b|\bsentences?\b|\blowercase\b/,
    weight: 1,
    why: 'the input is text, so character-level details matter',
  },
];
