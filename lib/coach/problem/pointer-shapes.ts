import { sentencesOf } from './sentences';
/**
 * The two-pointer walks read from what is asked of a sequence's two ends, of two sorted lists
 * together, of the lower of two walls, or of a linked list's far positions (pointer-walks.ts holds
 * the pairs judged by a sum and the edits in place). Each is read from the question's structure:
 * what is compared from both ends, what both lists are asked for, how two items' worth is made.
 */
import type { InputKind } from './types';

export type OtherWalkShape = 'mirror' | 'side-by-side' | 'walls' | 'chain';

/** One walk per shape, with the sentence the reading rests on, quoted in reasons. */
export type OtherWalk = { [S in OtherWalkShape]: { shape: S; words: string } }[OtherWalkShape];

const quoted = (body: string, pattern: RegExp) =>
  sentencesOf(body)
    .find((s) => pattern.test(s))
    ?.trim() ?? '';

/** Read the same both ways, in the words setters use for it. */
export const SAME_BOTH_WAYS =
  /\breads? the same (?:forwards? and backwards?|backwards? (?:and|as) forwards?|from (?:left to right|right to left) (?:as|and) (?:from )?(?:right to left|left to right)|in both directions|both ways|(?:from )?either end)\b|\bpalindrom(?:e|ic)\b/;
/** One kind of item reversed ("written in reverse order", "the first vowel trades with the last")... */
export const REVERSED =
  /\b(?:reverse|reversed|reverses|reversing)\b|\bin reverse order\b|\b(?:trades?|swaps?|switch(?:es)?) (?:places )?with the last\b/;
/** ...while the others keep their places. */
const OTHERS_STAY =
  /\b(?:stays?|remains?|keeps?|is kept|are kept) (?:at |in )?(?:exactly )?(?:where it is|where they are|its own (?:position|place)|their own (?:positions?|places?)|(?:the )?(?:same )?(?:position|place)s?(?: it had| they had)?|in place)\b|\bnever moves?\b|\b(?:do|does) not move\b/;
/**
 * A palindrome made, measured or counted is no walk from both ends: letters deleted, inserted or
 * rearranged, the longest one or how many, among subsequences or substrings.
 */
const MADE_OR_COUNTED =
  /\b(?:eras\w*|delet\w*|insert\w*|rearrang\w*|permut\w*|reorder\w*|fewest|minimum|longest|largest|how many|subsequences?|substrings?|partition\w*|any order)\b|\bnumber of (?!test cases)/;

/**
 * A palindrome reached by erasing or inserting the fewest letters anywhere: the letters kept are
 * the longest palindromic subsequence, a table over spans, which no walk from the ends can choose.
 */
export const MIRROR_MADE =
  /\b(?:eras\w*|delet\w*|insert\w*|remov\w*) as few\b|\b(?:fewest|minimum|least)(?: number of)? (?:letters|characters)\b[^.]{0,60}\b(?:eras|delet|insert|remov)\w*/;
export const madeMirror = (body: string) => MIRROR_MADE.test(body) && SAME_BOTH_WAYS.test(body);

/** Two lists named together, or two sizes n and m each bounding one list. */
const LIST_NOUNS =
  '(?:lists|arrays|playlists|timetables|calendars|schedules|sequences|logs|leaderboards|albums|rosters|ledgers|menus|catalogues|catalogs)';
const TWO_LISTS = new RegExp(
  `\\b(?:two|both) (?:\\w+ ){0,2}${LIST_NOUNS}\\b|\\beach (?:keep|keeps|publish|publishes|has|have)\\b`,
);
/** What is asked of both together: shared items, one merged order, a time both are free, the nearest pair across them. */
export const TOGETHER =
  /\b(?:on both|in both|both (?:of them |lists )?(?:hold|contain|have|are free)|in common|common to both|shared|merg\w*|combin\w*|interleav\w*|both (?:of them )?(?:are )?free|smallest (?:number of \w+ |difference |gap |distance )?between an?\b|minimum of (?:\|\w+\[i\] - \w+\[j\]\|))/;
/** Words of either reading of a string's two ends, for the trigger's gate. */
export const MIRRORED = new RegExp(`${SAME_BOTH_WAYS.source}|${REVERSED.source}`);
/** A halving search asked outright, or k lists: not two pointers walked side by side. */
const NOT_SIDE_BY_SIDE =
  /\blogarithmic\w*\b|\bo\(log\b|\b[a-z] (?:sorted )?(?:lists|arrays|sequences)\b|\bk-th\b|\bmedian\b/;

/** The lower of the two, times how far apart they stand. */
export const LOWER_OF_TWO =
  /\b(?:shorter|lower|smaller|lesser) of the two\b|\b(?:height|level|depth) of the (?:shorter|lower|smaller) (?:\w+ )?(?:one|wall|post|pillar|bar|line|tower|dam|side)\b|\bmin\(\w+\[i\], ?\w+\[j\]\)|\bthe (?:shorter|lower) one\b/;
const DISTANCE_APART = /\bdistance between\b|\bwidth\b|\bhow far apart\b|\(j - i\)/;

/**
 * A linked list's middle, its k-th from the end, or whether it loops back on itself: a walk comes
 * back *to* a node; items that "come back in the opposite order" are a list rebuilt, not a loop.
 */
export const FAR_POSITION =
  /\bmiddle\b|\b(?:places? |th |st |nd |rd )?from the (?:end|rear|back|tail)\b|\b(?:loops?|cycles?|leads? back|comes? back to|circles? back)\b/;
/**
 * The list rebuilt (reversed, in the opposite order, turned around, swapped, merged, split, added up
 * digit by digit) is the list's own work.
 */
const LIST_WORK =
  /\b(?:revers\w*|swap\w*|merg\w*|split\w*|rotat\w*|partition\w*|add\w* (?:the )?(?:two )?numbers)\b|\bopposite order\b|\bturn\w* (?:\w+ )?around\b/;

export interface OtherWalkSetting {
  kinds: readonly InputKind[];
  sorted: boolean;
  /** The input is two lists of sizes that add (n and m), not a list and its questions. */
  twoLists: boolean;
}

/** A string read from both ends, two sorted lists walked together, or two walls holding the most. */
export function readOtherWalk(body: string, setting: OtherWalkSetting): OtherWalk | null {
  const text = setting.kinds.includes('string');
  if (
    text &&
    !MADE_OR_COUNTED.test(body) &&
    !madeMirror(body) &&
    (SAME_BOTH_WAYS.test(body) || (REVERSED.test(body) && OTHERS_STAY.test(body)))
  )
    return { shape: 'mirror', words: quoted(body, SAME_BOTH_WAYS) || quoted(body, REVERSED) };
  if (
    setting.sorted &&
    (setting.twoLists || TWO_LISTS.test(body)) &&
    TOGETHER.test(body) &&
    !NOT_SIDE_BY_SIDE.test(body)
  )
    return { shape: 'side-by-side', words: quoted(body, TOGETHER) };
  if (LOWER_OF_TWO.test(body) && DISTANCE_APART.test(body))
    return { shape: 'walls', words: quoted(body, LOWER_OF_TWO) };
  return null;
}

/** Two positions on a linked list: one twice as fast, or one k links ahead. */
export function readChainWalk(body: string): OtherWalk | null {
  if (!FAR_POSITION.test(body) || LIST_WORK.test(body)) return null;
  return { shape: 'chain', words: quoted(body, FAR_POSITION) };
}
