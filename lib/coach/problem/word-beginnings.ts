import type { InputKind } from './types';

/**
 * Many words asked about by their beginnings: each of many asked strings against a list of words
 * ("how many names start with R_j", "the longest pattern that is a prefix of the address"), or the
 * words of a list against each other ("words that begin with arr[i]", "S_i is a prefix of S_j").
 * Shared beginnings stored once in a prefix tree answer every such question in one walk of its
 * letters, which neither a scan per question nor a table of whole words does. Three parts must
 * hold: the relation, a side that is many words, and a beginning that is itself one of the given
 * strings, not a fixed letter ("starts with a vowel", "begins with an integer"), not the answer
 * being built (the longest string that every string begins with), and not one string asked once.
 */

/** What each question wants of the beginnings it meets: how many words have it, or the longest or shortest one a word has. */
export type BeginningAsk = 'count' | 'longest' | 'shortest';

/** What a page that asks about many words by their beginnings wants of them. */
export interface WordBeginnings {
  ask: BeginningAsk;
}

/** The longest or shortest of the beginnings a word has: "the longest root that the word begins with". */
function askOf(clause: string): BeginningAsk {
  if (/\b(?:longest|largest|maximum length)\b/.test(clause)) return 'longest';
  if (/\b(?:shortest|smallest)\b/.test(clause)) return 'shortest';
  return 'count';
}

/** "X begins with Y", "X starting with Y", "X is prefixed by Y", "Y is a prefix of X", "X has Y as a prefix". */
export const BEGINNING_RELATION =
  /\b(?:begin(?:s|ning)?|start(?:s|ing)?) with\b|\bprefixed (?:by|with)\b|\bis (?:a |the )?prefix of\b|\bas (?:a |its |their )?prefix\b/g;

/**
 * A beginning that is one fixed letter or kind of token, which a look at the first letter settles,
 * or the same few first letters, which a map keyed by them counts ("start with the same three characters").
 */
const FIXED_BEGINNING =
  /^(?:exactly )?(?:(?:a|an|the|one|some|any|its|their|same) )?(?:(?:single|given|capital|small|lowercase|uppercase|lower-case|upper-case|english|latin|specific|certain|particular|same|first|last|two|three|four|five|[a-z]|\d+) )*(?:(?:vowels?|consonants?|letters?|characters?|chars?|digits?|integers?|numbers?|zeros?|spaces?|symbols?|bits?|keywords?|types?|kinds?|words? (?:add|find|query|insert))\b|[0-9]|['"`])/;

/**
 * A beginning the page gives as one of a collection: an indexed name, a member of a named list,
 * another word of the same list. Any other beginning (a pronoun, a bare name, "the given letters")
 * stands for one asked string, and counts only where the page asks many questions.
 */
const LISTED_BEGINNING =
  /^(?:[a-z]\w*(?:_[a-z]\b|\[[a-z]\]))|^(?:one or more|some|any|none|each|all|several) of (?:the|her|his|their|its|those)\b|^(?:some |any |an|the )?other\b|^another\b|^a different\b|^no \w+/;
/** The same, named just before "is a prefix of" or "as a prefix": "S_i is a prefix of", "the longest pattern that is". */
const LISTED_BEFORE =
  /(?:[a-z]\w*(?:_[a-z]|\[[a-z]\])|\b(?:that|which)|\b(?:no|another|other)(?: \w+){1,2})$/;

/** The page asks many questions, so a pronoun or a bare name stands for each asked string in turn. */
const MANY_QUESTIONS =
  /\bfor (?:each|every)\b|\bquer(?:y|ies)\b|\brequests?\b|\bquestions?\b|\b(?:q|k|m) times\b|\beach time\b|\b[a-z]_j\b|\[j\]/;

/** The side that begins is many words: counted, quantified, indexed, or a plural noun. */
const MANY_WORDS =
  /\bhow many\b|\bnumber of\b|\bcount\b|\b(?:every|each|all|other|any|some)\b|\b[a-z]\w*(?:_[a-z]\b|\[[a-z]\])|\b[a-z]{3,}(?<!ss|us|is|as|os|ys)s\b/;

/**
 * The sentence asks something of the relation: a count, the longest or shortest, an answer per
 * word. A rule that only uses it ("a code that is a prefix of another comes before it") defines an
 * order the question then checks, and asks nothing of the beginnings.
 */
const ASKED =
  /\b(?:how many|number of|count|find|print|return|report|longest|shortest|for (?:each|every)|(?:each|every) word)\b/;

/** The lines or operations of the input format begin with their type, not with a word asked about. */
const INPUT_LINES = /\b(?:lines?|quer(?:y|ies)|operations?|commands?|test cases?|rows?)$/;

/** The page holds a list of strings: an array or lines of them, or a bound on their total length. */
const LIST_OF_STRINGS =
  /\btotal length of\b|\b(?:strings|words|names) [a-z]_1\b|\b(?:array|list|register|roster|set|collection)s?\b[^.;]{0,30}\bof (?:\w+ ){0,3}(?:strings|words|names)\b|\b[a-z]\w*\[[a-z]\]\.(?:length|size\(\))|\|[a-z]_i\||\beach of the next \w+ lines contains? (?:a|an|one) (?!integer|number|pair|line|query|operation)[a-z]/;

/** The words just after the relation: the beginning, up to the clause's end. */
function clauseAfter(body: string, end: number): string {
  return (body.slice(end).match(/^\s*([^.,;:!?()\n]{0,60})/)?.[1] ?? '').trim();
}

/** The clause before the relation, back to the sentence's start: the side that begins. */
function clauseBefore(body: string, start: number): string {
  const before = body.slice(Math.max(0, start - 160), start);
  return (before.split(/[.!?\n](?:\s|$)/).at(-1) ?? before).trim();
}

/** A fixed kind of beginning named just before the relation ("has a vowel as its prefix"). */
const FIXED_BEFORE =
  /\b(?:vowels?|consonants?|letters?|characters?|chars?|digits?|integers?|numbers?|zeros?|spaces?|symbols?|itself)$|['"`]$|\b[0-9]+$/;

/**
 * What is asked when the statement asks about many words by their beginnings, else null.
 * "Y is a prefix of X" and "X has Y as a prefix" name the beginning before the relation; every
 * other form names it after.
 */
export function readWordBeginnings(page: string, kinds: readonly InputKind[]): WordBeginnings | null {
  // Names set in code or bold ("`queries[j]`", "**arr[i]**") read as the names themselves.
  const body = page.replace(/[`*]/g, '');
  if (!kinds.includes('string') || !LIST_OF_STRINGS.test(body)) return null;
  const manyQuestions = MANY_QUESTIONS.test(body);
  for (const match of body.matchAll(BEGINNING_RELATION)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const before = clauseBefore(body, start);
    const after = clauseAfter(body, end);
    if (!ASKED.test(`${before} ${after}`)) continue;
    if (/\bprefix(?: of)?$/.test(match[0])) {
      // "a string is a prefix of itself" defines the word; it asks nothing.
      if (/^itself\b/.test(after) || FIXED_BEFORE.test(before)) continue;
      const words = match[0].endsWith('of') ? after : before;
      if ((LISTED_BEFORE.test(before) || manyQuestions) && MANY_WORDS.test(words))
        return { ask: askOf(before) };
      continue;
    }
    if (!after || FIXED_BEGINNING.test(after) || INPUT_LINES.test(before)) continue;
    if ((LISTED_BEGINNING.test(after) || manyQuestions) && MANY_WORDS.test(before))
      return { ask: askOf(`${before} ${after}`) };
  }
  return null;
}
