import { canonical, listedWorths } from '../coin-systems';
import { ANY_NUMBER_OF_EACH } from './amounts';
import type { Scene, Trigger } from './trigger';

/*
 * Answers built choice by choice along a sequence or up to a small total, where each choice
 * depends only on a short summary of those before it: how much of each string is used, the last
 * digits read, the total reached so far. Setters retell them (beads repainted, flags noted without
 * separators, counterweights on a pan, bags shared by two), so each is read from how the statement
 * is built: what the operations do, what the input is made of, what the question counts.
 */

/** The question asks for the fewest operations, steps or moves. */
const FEWEST_STEPS =
  /\b(?:fewest|minimum number of|smallest number of|least number of|minimum|fewest possible) (?:\w+ ){0,2}?(?:steps|operations|moves|edits|changes|minutes|jobs|actions|keystrokes|strokes)\b/;
/** One letter (or piece) taken out of the sequence, wherever it stands. */
const REMOVES_ONE =
  /\b(?:remove|delete|erase|unpick|scratch out|strike out|cross out|cut out|drop)s? (?:a |one |any |an? single |one single )?(?:\w+ )?(?:letter|character|char|bead|note|patch|symbol|item|element|digit|tile|card)s?\b|\b(?:a|one|any|a single) \w+ (?:off|out|away)\b/;
/** One letter put in anywhere, not only at an end. */
const INSERTS_ANYWHERE =
  /\b(?:a|one|a single) (?:new |single |extra )?\w+ (?:\w+ ){0,3}?(?:in |into )?(?:at )?(?:any (?:place|position|point|spot)|anywhere)\b/;
/** Taken out of either of two sequences until they match. */
const FROM_EITHER = /\bfrom either (?:string|word|sequence|list|side|one|of (?:them|the two))\b/;
/** The end state: one sequence turned into the other, or the two made equal. */
const INTO_THE_OTHER =
  /\b(?:turn|turns|convert|converts|transform|transforms|change|changes|make|makes)\b[^.]{0,40}\binto (?:exactly )?(?:the )?\w+\b|\b(?:equals?|equal to|the same as|identical to|exactly equal|are (?:exactly )?equal|become (?:exactly )?equal|read the same)\b/;
/** Order free: an anagram or a rearrangement compares letter counts, not positions. */
const ORDER_FREE = /\banagrams?\b|\brearrang\w*\b|\bin any order\b|\bpermutations? of\b/;
/** A dictionary the steps must pass through: a search over words, one letter changed at a time. */
const THROUGH_A_DICTIONARY =
  /\b(?:dictionary|word ?list|list of (?:words|signs|codes))\b|\bchanging one letter\b|\bone letter at a time\b/;

/**
 * Operations that take a letter out (and put one in anywhere, or take from either side) until one
 * sequence reads as the other: what is left to match depends only on how much of each is used, a
 * table over the two prefixes (edit distance, or the longest common subsequence kept).
 */
export function editsAlongTwoSequences(body: string): boolean {
  return (
    REMOVES_ONE.test(body) &&
    (INSERTS_ANYWHERE.test(body) || FROM_EITHER.test(body)) &&
    INTO_THE_OTHER.test(body) &&
    !ORDER_FREE.test(body) &&
    !THROUGH_A_DICTIONARY.test(body)
  );
}

/** The input is a string of digits. */
const DIGIT_STRING =
  /\b(?:only|of) digits\b|\bdigits only\b|\bstring of (?:\w+ ){0,2}digits\b|\bcontains? only digits\b/;
/** Written with nothing between the codes, so where one ends is for the reader to choose. */
const RUN_TOGETHER =
  /\bwithout (?:any )?(?:separators?|spaces|gaps|breaks|delimiters)\b|\bno (?:separators?|spaces|delimiters)\b|\bone after (?:another|the other)\b|\brun together\b/;
/** The question counts the readings. */
const COUNTS_READINGS =
  /\bhow many (?:different |distinct |possible )\w+|\bnumber of (?:different|distinct|possible) \w+|\bin how many (?:different |distinct )?ways\b|\bcount (?:the |all )?(?:different|distinct|possible) \w+|\bnumber of ways\b/;

/** Letters put in and taken out anywhere (edit distance), not only struck from either side (a common subsequence kept). */
export const insertsAndRemoves = (body: string) =>
  editsAlongTwoSequences(body) && INSERTS_ANYWHERE.test(body);

/** Codes of one or two digits written with no separator, and the readings counted. */
export const readingsOfDigits = (body: string) =>
  DIGIT_STRING.test(body) && RUN_TOGETHER.test(body) && COUNTS_READINGS.test(body);

/** The total asked for exactly, not at least or at most. */
const EXACT_TOTAL =
  /\b(?:add up to|adds up to|sum to|sums to|sum up to|total(?:s|ling|ing)?|weigh(?:s|ing)?|make up|makes up|worth|come to) exactly\b|\bexactly \w+ (?:grams|kilograms|units|cents|coins|points|metres|meters)\b/;
/** The fewest pieces for the total, or how many ways make it. */
const FEWEST_OR_WAYS =
  /\b(?:fewest|smallest number of|minimum number of|least number of|as few)\b|\b(?:number of|count (?:the )?(?:distinct |different )?|how many (?:distinct |different )?)(?:ways|combinations)\b/;
/**
 * The supply of each kind is said to have no end in the setter's own words: "as many cells of each
 * kind as anyone could want", "never runs out of boxes of any size", "no limit on how many tins of
 * each size". Times an operation repeats are no kinds of pieces.
 */
const NO_LIMIT_PER_KIND =
  /\bas many (?!times\b|operations?\b|moves?\b|steps?\b)(?:\w+ ){1,4}as (?:\w+ ){1,3}?(?:wants?|needs?|needed|likes?|asks? for|asked for|wish(?:es)?|requires?|desires?)\b|\bno limit (?:on|to) (?:how many|the number of)\b|\bnever runs? out of\b|\b(?:unlimited|endless|inexhaustible) (?:stock|supply|quantity)\b/;
/** The amount itself, named by its letter, is to be met exactly: "wants exactly K tickets", "exactly X units". */
const EXACTLY_THE_AMOUNT =
  /\bexactly (?:[a-z]|target|amount)\b(?! (?:times|operations?|moves?|steps?|of|distinct|different)\b)/;
/** A count of the different purchases, orders or selections, where the classic counting phrase is absent. */
const DIFFERENT_ONES_COUNTED =
  /\b(?:number of|how many|count(?: the| all)?) (?:different|distinct) [a-z]+s\b/;
/** The most amounts a table can run over in time: beyond it the amount is a magnitude. */
const MOST_AMOUNTS = 1e7;

/**
 * Pieces of each kind used as often as one likes, to make an amount exactly: the fewest pieces (or
 * the ways) for an amount come from those for the amounts one piece smaller, so a table runs over
 * every amount up to it; the largest piece first fails unless the worths are a canonical system.
 */
export function repeatablePiecesToAnExactTotal(scene: Scene): boolean {
  if (!(ANY_NUMBER_OF_EACH.test(scene.body) || NO_LIMIT_PER_KIND.test(scene.body))) return false;
  if (!(EXACT_TOTAL.test(scene.body) || EXACTLY_THE_AMOUNT.test(scene.body))) return false;
  if (canonical(listedWorths(scene.body) ?? [])) return false;
  return (scene.largestValue ?? Number.POSITIVE_INFINITY) <= MOST_AMOUNTS && !scene.design;
}

/** Each item goes whole to one of two sides. */
export const TO_ONE_OF_TWO =
  /\b(?:goes|go|given|loaded|put|placed|assigned|handed|sent)\b (?:\w+ ){0,2}?(?:to|onto|into|on|in) (?:exactly )?one of (?:the )?(?:two|them)\b|\bto one (?:\w+ )?or the other\b/;
/** The two sides' totals compared: equal, or as close as possible. */
export const TOTALS_COMPARED =
  /\b(?:exactly )?the same (?:number|total|amount|sum|weight|value)\b|\bequal (?:totals?|sums?|shares?|weights?|amounts?)\b|\bdifference between (?:the )?(?:two )?(?:totals?|sums?|weights?|total weights?)\b/;
/** Each item handed whole to one of two sides, and the two sides' totals compared. */
export const sharedWholeByTwo = (body: string) => TO_ONE_OF_TWO.test(body) && TOTALS_COMPARED.test(body);

/** The most sums a table of reachable totals holds. */
const MOST_SUMS = 1e6;

/**
 * Items each handed whole to one of two sides, judged by the two totals: the totals one side can
 * reach so far are the table's states, which fit only while the values add up to a small sum (a
 * subset-sum table); with values of 10^9 the few items are searched instead.
 */
export function sharedByTotals(scene: Scene): boolean {
  if (!sharedWholeByTwo(scene.body) || scene.design) return false;
  const sum = (scene.largest ?? Number.POSITIVE_INFINITY) * (scene.largestValue ?? Number.POSITIVE_INFINITY);
  return sum <= MOST_SUMS;
}

/**
 * A string to be cut into pieces that each come from a given list ("cut into pieces that are all
 * approved codes", "segmented into dictionary words", "made by writing some of the listed words one
 * after another"): whether a prefix can be cut depends only on the shorter prefixes a listed piece
 * ends before it.
 */
const CUT_INTO_LISTED =
  /\b(?:cut|split|broken|break|divided|segmented|partitioned|separated)\b (?:\w+ ){0,3}?into (?:\w+ ){0,2}?(?:pieces|parts|words|segments|codes|chunks|tokens|blocks)\b[^.]{0,60}\b(?:approved|allowed|valid|listed|given|known|dictionary|from the list|in the list|on the list)\b|\b(?:writing|putting|joining|concatenating|gluing|chaining) (?:together )?(?:some|any|several|one or more) of the (?:approved|allowed|valid|listed|given|known) \w+ (?:one after (?:another|the other)|end to end|back to back|together)\b/;

/**
 * The longest run of items two sequences both hold in the same order, others allowed in between
 * ("the longest list of steps both recipes perform in the same order, though each may do other
 * steps in between"): a common subsequence, told without the word.
 */
const BOTH_IN_ORDER =
  /\b(?:longest|largest|most|maximum)\b[^.]{0,80}\bboth\b[^.]{0,60}\b(?:in the same order|in (?:that|this|the same) sequence|in order)\b/;
const GAPS_ALLOWED =
  /\b(?:in between|in-between|between them|not (?:necessarily )?(?:consecutive|contiguous|adjacent|next to each other)|skip(?:ping)?|leav(?:e|ing) out|may do other|other \w+ (?:between|in between))\b/;

export const SEQUENCE_TABLE_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'dynamic-programming',
    pattern: FEWEST_STEPS,
    weight: 3.5,
    why: 'a letter can be taken out (or put in) anywhere until one sequence reads as the other, and what is left to do depends only on how much of each is used: a table over the two prefixes, where a search over the sequences the steps make has no end',
    when: (scene) => editsAlongTwoSequences(scene.body) && !scene.design,
    also: ['string'],
  },
  {
    technique: 'dynamic-programming',
    pattern: COUNTS_READINGS,
    weight: 3.5,
    why: 'the codes are written with nothing between them, so each reading of the first digits ends with a code of one digit or of two: the count for a prefix adds the counts for the two shorter prefixes',
    when: (scene) => readingsOfDigits(scene.body) && !scene.design,
    also: ['string'],
  },
  {
    technique: 'dynamic-programming',
    pattern: FEWEST_OR_WAYS,
    weight: 3.5,
    why: 'pieces of each kind can be used again and again to make an exact total: the answer for an amount comes from the amounts one piece smaller, a table over every amount up to the total, where the largest piece first can overshoot',
    when: repeatablePiecesToAnExactTotal,
  },
  {
    technique: 'dynamic-programming',
    pattern: DIFFERENT_ONES_COUNTED,
    weight: 3.5,
    why: 'pieces of each kind can be used again and again to make an exact total, and the different purchases are counted: taking the kinds one at a time, the ways to reach an amount add the ways to reach it one piece of this kind smaller, a table over every amount up to the total',
    when: (scene) => repeatablePiecesToAnExactTotal(scene) && !FEWEST_OR_WAYS.test(scene.body),
  },
  {
    technique: 'dynamic-programming',
    pattern: TOTALS_COMPARED,
    weight: 3.5,
    why: 'each item goes whole to one side, so what matters of the items placed so far is only the total one side has: a table of the reachable totals, item by item, up to half of everything',
    when: sharedByTotals,
  },
  {
    technique: 'dynamic-programming',
    pattern: CUT_INTO_LISTED,
    weight: 3.5,
    why: 'the string is cut into pieces that each come from the list, so a prefix can be cut when a listed piece ends it and the prefix before that piece can be cut: a table over the prefixes, each piece looked up in a set',
    // Words already separated by spaces or commas are only looked up, one by one.
    when: (scene) => !scene.design && !/\bseparated by\b/.test(scene.body),
    also: ['hash-table', 'string'],
  },
  {
    technique: 'dynamic-programming',
    pattern: BOTH_IN_ORDER,
    weight: 3.5,
    why: 'the longest run both sequences hold in the same order, with others between, is a common subsequence: the best for two prefixes comes from dropping the last item of one or the other, or keeping both when they match',
    when: (scene) => GAPS_ALLOWED.test(scene.body) && !scene.design,
    also: ['string'],
  },
];

/** Whether any of the class's tables reads this scene: the cues other readings of it give way to. */
export const readsAsSequenceTable = (scene: Scene) =>
  editsAlongTwoSequences(scene.body) ||
  readingsOfDigits(scene.body) ||
  repeatablePiecesToAnExactTotal(scene) ||
  sharedByTotals(scene);
