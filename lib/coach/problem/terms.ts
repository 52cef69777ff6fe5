import type { Guarantee } from './guarantees';
import { indefinite } from './hints/nouns';

/**
 * Setters (AtCoder always, Codeforces often) define a standard term instead of using it: "a string
 * obtained by deleting zero or more characters of S, keeping the order of the rest" is a
 * subsequence, "a non-empty contiguous part" a subarray, "reads the same from left to right and
 * from right to left" a palindrome, "contains each of 1, ..., N exactly once" a permutation. The
 * reading names the term beside its definition, and puts it in place of a name the statement
 * coins for it ("is called a remnant"), so every trigger and the learned model read the term.
 */

interface Definition {
  /** The term, chosen from the sentence and the statement (substring for text, subarray else). */
  term: (text: string, sentence: string) => string;
  /** The words that already name it: a sentence holding one needs no gloss. */
  family?: RegExp;
  pattern: RegExp;
}

const TEXT = /\bstrings?\b|\bcharacters?\b|\bletters?\b|\bwords?\b/i;

/** A LaTeX or Markdown wrapper around a formula in the raw statement ("\(a, a+1, \dots, b\)"). */
const WRAP = String.raw`[$\\()]*`;
const ELLIPSIS = String.raw`(?:\.\.\.|…|\\[lc]?dots)`;

/**
 * A run told by its ends: a start, an end no earlier ("a later one", "the same or later") and
 * everything between taken; the consecutive positions written out ("l, l+1, ..., r"); or the i-th
 * to the j-th of items that stand one after another.
 */
const STRETCH_BY_ENDS = new RegExp(
  [
    String.raw`\b(?:start|begin)s?\b[^.;]{0,60}?\blater\b[^.;]{0,60}?\b(?:every|each|all)(?:one|thing)?\b[^.;]{0,40}?\b(?:in )?between(?: them| the two| both)?\b`,
    String.raw`\b([a-z])${WRAP}, ?${WRAP}\1 ?\+ ?1${WRAP}, ?${WRAP}${ELLIPSIS}${WRAP},? ?${WRAP}[a-z]\b`,
    String.raw`\b(?:one after another|back-to-back|next to each other|side by side)\b[^.]{0,80}?\bfrom the [a-z]-th (\w+) to the [a-z]-th \2\b`,
  ].join('|'),
  'gi',
);

const DEFINITIONS: readonly Definition[] = [
  {
    term: () => 'subsequence',
    family: /\bsubsequence/i,
    pattern:
      /\b(?:obtained|formed|made|derived|got(?:ten)?)\b[^.\n]{0,40}?\bby (?:deleting|removing|erasing|crossing out|taking out|dropping)\b[^.\n]{0,60}?\b(?:without changing|keeping|preserving|maintaining|not changing)\b[^.\n]{0,20}?\border\b/gi,
  },
  {
    term: () => 'subsequence',
    family: /\bsubsequence/i,
    pattern:
      /\bobtained from \w+ by (?:the )?(?:deletion|removal|deleting|removing) of (?:several|some|zero or more|any number of)\b[^.\n]{0,40}?\b(?:elements|characters|letters|terms)\b(?!(?:[^.\n]|\.\.\.){0,40}\bfrom the (?:beginning|start)\b)/gi,
  },
  {
    term: () => 'subsequence',
    family: /\bsubsequence/i,
    pattern:
      /\b(?:choosing|picking|selecting|taking) (?:some|any number of|zero or more|several)\b[^.\n]{0,60}?\b(?:in (?:their|the same) (?:original )?order|keeping (?:their|the) (?:relative )?order|without (?:changing|reordering) (?:their|the) order)\b/gi,
  },
  {
    term: (text, sentence) =>
      /\barrays?\b|\blists?\b|\bsequences?\b/i.test(sentence)
        ? 'subarray'
        : TEXT.test(sentence) || TEXT.test(text)
          ? 'substring'
          : 'subarray',
    family: /\bsub(?:array|string)s?\b/i,
    pattern:
      /\b(?:non-empty )?(?:contiguous|consecutive) (?:part|segment|portion|block|piece|range|stretch|run|subsequence|sequence of (?:elements|characters))\b|\b(?:runs?|blocks?|stretch(?:es)?|segments?|streaks?|spans?|windows?|sequences?|series) of (?:one or more |two or more |several |some |at least (?:one|two) |(?:exactly )?k )?(?:consecutive|contiguous|adjacent|neighbou?ring|back-to-back) (?!(?:[a-z]+ ){0,2}(?:integer|number|value|cell|square|node|vert(?:ex|ice)|cit(?:y|ie)|room|pixel)s?\b)[a-z]+|\b(?:group|set) of (?:one or more |two or more |several |some )?(?:contiguous|adjacent|neighbou?ring) (?!(?:[a-z]+ ){0,2}(?:integer|number|value|cell|square|node|vert(?:ex|ice)|cit(?:y|ie)|room|pixel)s?\b)[a-z]+|\bby (?:deleting|removing|deletion of|removal of) (?:some|several|zero or more)\b[^.\n]{0,40}?\bfrom the (?:beginning|start)\b[^.\n]{0,40}?\bfrom the end\b/gi,
  },
  {
    // A stretch told by its two ends rather than named ("a walk starts at one marker and ends at a
    // later one, covering every part between"; "the days a, a+1, ..., b"): a subarray, whatever
    // the story calls it.
    term: (_text, sentence) => (TEXT.test(sentence) ? 'substring' : 'subarray'),
    family: /\bsub(?:array|string)s?\b/i,
    pattern: STRETCH_BY_ENDS,
  },
  {
    term: () => 'palindrome',
    family: /\bpalindrom/i,
    pattern:
      /\breads? the same (?:forwards?|backwards?|from (?:the )?left to (?:the )?right|from (?:the )?right to (?:the )?left|in both directions|left to right|right to left|either way)\b|\b(?:is )?(?:equal|identical) to its (?:own )?revers(?:e|al)\b|\bthe same (?:string |sequence )?when (?:it is )?(?:reversed|read backwards?)\b/gi,
  },
  {
    term: () => 'permutation',
    family: /\bpermutation/i,
    pattern:
      /\b(?:contains?|includes?|has|holds?|uses?) each (?:of )?(?:the )?(?:integers? |numbers? |values? )?(?:from |of )?1\b(?:[^.\n]|\.\.\.){0,40}?\bexactly once\b|\beach (?:integer|number|value) (?:from|between|of) 1\b(?:[^.\n]|\.\.\.){0,30}?\b(?:appears|occurs|is used)\b[^.\n]{0,20}?\bexactly once\b/gi,
  },
];

/**
 * "is called a remnant", "we call such a string good", "let's call it a mirror", "A segment is a
 * non-empty contiguous part", "A trip runs from day a to day b": the name the statement coins for
 * what it defines.
 */
const COINED =
  /^\s*(?:an? |the )?([a-z][a-z-]{2,24}) (?:is|means) (?:an?|any|the) |^\s*(?:an? |the )?(?:[a-z]+ )?([a-z][a-z-]{2,24}) (?:starts|begins|runs|covers) |\b(?:is|are) called (?:an? |the )?([a-z][a-z-]{2,24})\b|\bwe (?:will )?call (?:it|them|such an? \w+|an? \w+|\w+) (?:an? |the )?([a-z][a-z-]{2,24})\b|\blet(?:'s| us) call (?:it|them|such an? \w+|an? \w+|\w+) (?:an? |the )?([a-z][a-z-]{2,24})\b/i;

/**
 * Subjects that are the input's own kind or a standard term, never a name coined for the term: "A
 * string is a palindrome if …" defines the property, and renaming "string" would lose the input.
 */
const GENERIC =
  /^(?:a|an|the|it|them|one|good|bad|strings?|phrases?|words?|sentences?|sequences?|arrays?|lists?|numbers?|integers?|rows?|columns?|values?|sub(?:array|string|sequence)s?|permutations?|palindrom\w*)$/;

/** The sentences of a text, each with its line breaks kept. */
function sentences(text: string): string[] {
  // "1, 2, ..., N exactly once": an ellipsis ends no sentence.
  return text.split(/(?<=[^.][.!?])\s+(?=[A-Z$\\(])|\n{2,}/);
}

/**
 * The statement (first) and its constraints with every standard definition named beside it, and
 * the names the statement coins replaced by the term in all of them.
 */
export function nameDefinedTerms(texts: readonly string[]): string[] {
  const [text = '', ...rest] = texts;
  const coined = new Map<string, string>();
  let out = text;
  for (const sentence of sentences(text)) {
    let glossed = sentence;
    for (const { term, pattern, family } of DEFINITIONS) {
      pattern.lastIndex = 0;
      if (!pattern.test(sentence)) continue;
      const named = term(text, sentence);
      const name = COINED.exec(sentence)?.slice(1).find(Boolean)?.toLowerCase();
      if (name && name !== named && !GENERIC.test(name)) coined.set(name, named);
      // A statement that names the term as it defines it ("a palindrome reads the same …") needs no gloss.
      if ((family ?? new RegExp(`\\b${named}`, 'i')).test(sentence)) continue;
      pattern.lastIndex = 0;
      glossed = glossed.replace(pattern, (definition) => `${definition} (it is a ${named})`);
    }
    if (glossed !== sentence) out = out.replace(sentence, glossed);
  }
  const named = (part: string) => {
    let renamed = part;
    for (const [name, term] of coined) {
      renamed = renamed.replace(
        new RegExp(`\\b(?:(an?) )?${name}(s?)\\b`, 'gi'),
        (_, article: string | undefined, plural: string) => `${article ? indefinite(term) : term}${plural}`,
      );
    }
    // "a subsequence of both S and T" is their common subsequence, whatever the question calls it.
    return renamed.replace(
      /\b(?<!common )(subsequence|substring|subarray|prefix|suffix)(es|s)? (?:of|in|to) (?:both|each of|all of)\b/gi,
      'common $1$2 of both',
    );
  };
  return [out, ...rest].map(named);
}

/**
 * What a named term promises about the input: a permutation ("P is a permutation of 1, ..., N",
 * or one the statement defined in words) holds each value once, so its values are distinct.
 */
export function termPromises(promises: string): Guarantee[] {
  // "a permutation of an array base" may repeat what base repeats: only one of 1..n (or 0..n-1) is distinct.
  const ofValues =
    /(?<!\bit )\b(?:is|are|be|given) (?:an? )?permutations?(?: of (?:length|size) \w+| of (?:the )?(?:first \w+ (?:positive )?integers|(?:integers |numbers )?(?:from )?[[(]?[01]\b)|(?=[.,;:)]|\s*$|\s+(?:and|where|with|that|in)\b))/m;
  return ofValues.test(promises) ? ['distinct'] : [];
}
