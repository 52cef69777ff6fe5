/**
 * The structures two pointers are the method for, read from what the statement asks of its items,
 * not from story words:
 *
 * - `ends`: two (or three) items of a list, or one from each of two lists, judged by their sum or
 *   their gap against a bound ("whose total weight is at most K", "the largest sum that does not
 *   exceed K", "the difference of their heights as small as possible"). Which item comes first does
 *   not matter, so the list may be sorted, and two pointers from both ends (or one per list) meet
 *   in one walk. An exact sum counts only where the input comes sorted: in free order a map of
 *   complements is the method, and the original order of the indices asked would be lost.
 * - `in-place`: one array or string changed where it lies ("in place", "constant extra memory",
 *   "return the new length"): a read position runs ahead of a write position, or two ends swap
 *   toward each other.
 *
 * - `mirror`: a string read from both ends at once: whether it reads the same both ways (marks
 *   skipped or not), or one kind of its letters reversed while the others keep their places.
 * - `side-by-side`: two lists handed over sorted and walked together, one position in each (what
 *   both hold, one merged list, a free time both share, the nearest two across them).
 * - `walls`: two items whose worth is the lower of the two times the distance between them; the
 *   outermost pair is the widest, and only moving the lower end inward can help.
 * - `chain`: a linked list walked by two positions at different paces or a fixed distance apart
 *   (its middle, the k-th from its end, whether it loops back).
 *
 * Vetoes: a run of consecutive items is a window (sliding-window), not a pair; a grid, a graph
 * and a class have walks of their own; a palindrome made by deleting, inserting or rearranging
 * letters, or counted among substrings, is a table over spans or a count of letters; the k-th of
 * two sorted lists asked in logarithmic time is a halving search.
 */
import type { Guarantee } from './guarantees';
import type { PairCondition } from './pair-counts';
import { type OtherWalk, type OtherWalkShape, readChainWalk, readOtherWalk } from './pointer-shapes';
import { sentencesOf } from './sentences';
import type { InputKind } from './types';

/** How the two items are tied: a sum or a gap inside a bound, or a sum equal to one number. */
export type PairTie = 'sum-window' | 'sum-exact';

export interface PairBySum {
  tie: PairTie;
  /** Three items, not two ("three parcels", "triplets"): one fixed, two pointers for the rest. */
  triple: boolean;
  /** One item from each of two lists ("one coat and one hat", "one player from each team"). */
  lists: boolean;
  /** The sentence the reading rests on, quoted in reasons. */
  words: string;
}

export type PointerWalk =
  | ({ shape: 'ends'; sorted: boolean } & PairBySum)
  | { shape: 'in-place'; words: string; lists: boolean }
  | OtherWalk;

/** Two or three items taken together: "two children", "a pair", "one coat and one hat". */
const TAKEN =
  /\b(?:two|both|pairs?|exactly two|one \w+ and (?:exactly )?one|(?<!at most )one (?:\w+ )?from each)\b/;
/**
 * Not a pair judged by value: a group of up to two (pairings.ts), neighbours in a line or an
 * arrangement, a gap counted in positions, the two closest of a chosen set (a search over the answer),
 * a node's two subtrees whose heights a balanced tree keeps close (its shape, not two items taken).
 */
const NOT_A_PAIR =
  /\b(?:at most|at least|up to|no more than|not more than) (?:two|2)\b|\bover (?:all )?(?:the )?pairs\b|\b(?:difference|gap) between (?:the )?(?:totals?|sums?)\b|\bone (?:\w+ )?or (?:two|2)\b|\bnext to (?:each other|one another)\b|\bside by side\b|\badjacent\b|\bneighbou?rs?\b|\b(?:positions?|indices|places|seats|steps|days) apart\b|\b(?:two|pair of) (?:closest|nearest|farthest)\b|\bclosest two\b|\b(?:its|the|a node's) two subtrees\b|\bheights? of (?:its|the) (?:left and right )?subtrees\b/;
/** A line of the constraints ("1 <= gap <= 10^9") and an order between indices (`i <= j`) bound nothing. */
const INDEX_ORDER = /\b[a-z] ?[<>]=? ?[a-z]\b|\b[a-z]_[a-z] ?[<>]=? ?[a-z]_[a-z]\b/g;
const CONSTRAINT_LINE = /^\s*[-\d]/;
const THREE = /\b(?:three (?:different |distinct )?\w+|triplets?|triples?)\b/;
/** What the two are judged by together: their total, or how far apart they are. */
export const SUM = /\b(?:total|sum|sums|add(?:s|ed)? (?:up|together)|together|combined|altogether)\b/;
export const GAP = /\b(?:difference|differ|distance|apart|gap)\b/;
/** A bound on it: a cap, a floor, a range, or the closest to one. */
const BOUND =
  /\bas close to (?:\w+ ){1,3}as possible\b|\b(?:at most|at least|(?:does|do|must) not exceed|not exceeding|no more than|no less than|(?:strictly )?(?:less|more|greater|smaller|larger) than|within|between \w+ and|closest|as close as possible)\b|<=|>=/;
/**
 * The best sum or gap of the two ("the largest sum of the two cards"): a bound only where the
 * two are named in the same sentence, and a best gap only across two lists (in one list the
 * closest two are neighbours once sorted, and the widest smallest gap is a search over the answer).
 */
const BEST =
  /\b(?:smallest|largest|minimum|maximum|least|greatest) (?:possible )?(?:sum|total|difference|distance|gap)\b|\bas (?:small|large) as possible\b/;

/** A sum equal to one number. */
const EXACT = /\bexactly\b|\bequal(?:s)?(?: to)?\b|\badd(?:s)? up to\b|\bsums? to\b/;
/** One from each of two lists. */
const TWO_LISTS =
  /\bone \w+ and (?:exactly )?one \w+\b|(?<!at most )\bone (?:\w+ )?from each\b|\b(?:first|second) (?:team|list|array|group|shop|menu|row|set)\b/;
/** Many lists (k of them) merge through a heap, not two pointers. */
const MANY_LISTS = /\b[a-z] (?:sorted )?(?:lists|arrays|playlists|sequences|logs|files)\b/;

/** A run of consecutive items: a window, not a pair. */
const RUN =
  /\bcontiguous\b|\bconsecutive\b|\bsubarrays?\b|\bsubstrings?\b|\bstretch(?:es)?\b|\bsegments? of\b|\bfrom (?:\w+ )?[a-z](?:_[a-z])? (?:through|to) (?:\w+ )?[a-z](?:_[a-z])?\b/;

export const JUDGED = new RegExp(`${SUM.source}|${GAP.source}`);

/**
 * Two (or three) items, or one from each of two lists, tied by their sum or gap against a bound or
 * an exact number, in words or symbols. The sentence must judge them together (a total, a gap)
 * against the bound; the items may be named in the sentence before it.
 */
export function readPairBySum(body: string): PairBySum | null {
  if (RUN.test(body) || MANY_LISTS.test(body)) return null;
  const all = sentencesOf(body);
  for (const [at, sentence] of all.entries()) {
    const judged = sentence.search(JUDGED);
    if (judged < 0 || CONSTRAINT_LINE.test(sentence)) continue;
    const near = `${all[at - 1] ?? ''} ${sentence}`;
    const triple = THREE.test(near);
    if ((!TAKEN.test(near) && !triple) || NOT_A_PAIR.test(near)) continue;
    const lists = TWO_LISTS.test(near);
    // The bound follows what it bounds ("whose total weight is at most k"), or closes the sentence
    // ("spend at most k yen in total"); an order between indices (`i <= j`) bounds nothing.
    const rest = sentence.slice(judged).replace(INDEX_ORDER, ' ');
    const capped = BOUND.test(rest) || (/\b(?:in total|altogether)\b/.test(sentence) && BOUND.test(sentence));
    const best = BEST.test(sentence) && (TAKEN.test(sentence) || triple) && (SUM.test(sentence) || lists);
    const bounded = capped || best;
    // A gap judged exactly ("differ by exactly k") is a lookup of one partner, not a walk.
    // "Exactly two" counts the items, not their sum.
    const exact =
      !bounded && SUM.test(rest) && EXACT.test(rest.replace(/\bexactly (?:one|two|three|[123])\b/g, ' '));
    if (!bounded && !exact) continue;
    return {
      tie: bounded ? 'sum-window' : 'sum-exact',
      triple,
      lists,
      words: sentence.trim(),
    };
  }
  return null;
}

/** Changed where it lies: in place, with constant extra memory, or by returning the new length. */
export const IN_PLACE =
  /\bin[- ]place\b|\b(?:o\(1\)|constant) (?:extra |additional )?(?:space|memory)\b|\bwithout (?:making |creating |using |allocating )?(?:a copy|another array|a second array|a new array|extra (?:space|memory|arrays?))\b|\breturn (?:the )?new length\b|\b(?:back into|into|back in) the same (?:array|string)\b/;
/** What is done to the items: moved, removed, regrouped, merged, reversed, squeezed. */
const EDIT =
  /\b(?:remov\w*|delet\w*|mov\w*|rearrang\w*|arrang\w*|partition\w*|compress\w*|squeez\w*|merg\w*|revers\w*|shift\w*|rotat\w*|segregat\w*|(?:re)?writ\w*|overwrit\w*|push\w*|group\w*|sort\w*)\b/;

export interface WalkSetting {
  kinds: readonly InputKind[];
  guarantees: ReadonlySet<Guarantee>;
  grid: boolean;
  graph: boolean;
  design: boolean;
  /** The question counts moves of equal cost: two items in reach of each other are a graph's link. */
  moves: boolean;
  /** How a count over pairs ties them (pair-counts.ts): an order or an equality is no sum. */
  pairCondition?: PairCondition;
  /** The input is two lists whose sizes add (n and m), not a list and its questions. */
  twoLists?: boolean;
  /**
   * The input is promised in order of a key the question never names (spans by their start): no
   * halving search by it, but two lists in that order are still walked side by side.
   */
  ordered?: boolean;
}

/** The two-pointer structure the statement has, or null. */
export function readPointerWalk(body: string, setting: WalkSetting): PointerWalk | null {
  if (setting.grid || setting.graph || setting.design) return null;
  if (setting.kinds.includes('linked-list')) return readChainWalk(body);
  const sorted = setting.guarantees.has('sorted');
  const tiedOtherwise = setting.pairCondition !== undefined && !setting.pairCondition.startsWith('sum');
  const pair = setting.moves || tiedOtherwise ? null : readPairBySum(body);
  // In free order an exact sum is a map of complements; sorted, the two ends close in on it.
  if (pair && (pair.tie === 'sum-window' || sorted)) return { shape: 'ends', sorted, ...pair };
  const placed = sentencesOf(body).find((sentence) => IN_PLACE.test(sentence));
  if (placed && EDIT.test(body) && (setting.kinds.includes('array') || setting.kinds.includes('string')))
    return { shape: 'in-place', words: placed.trim(), lists: /\bmerg\w*\b/.test(body) };
  return readOtherWalk(body, {
    kinds: setting.kinds,
    sorted: sorted || (setting.ordered ?? false),
    twoLists: setting.twoLists ?? false,
  });
}

/** The walks of pointer-shapes.ts each pass their input once. */
const OTHER_WALK_FIGURES: Record<OtherWalkShape, [big: string, why: string]> = {
  'side-by-side': [
    'O(n + m)',
    'both lists come sorted, so one position in each moves past the smaller item, each list read once',
  ],
  mirror: ['O(n)', 'one position at each end steps inward, comparing or swapping, until they meet'],
  walls: [
    'O(n)',
    'the widest pair first, then the lower end moves inward, since no narrower pair keeping it holds more',
  ],
  chain: ['O(n)', 'two positions walk the list once, one twice as fast or one k links ahead of the other'],
};

/** The cost of the walk, and why. */
export function pointerWalkFigure(walk: PointerWalk): [big: string, why: string] {
  if (walk.shape !== 'ends' && walk.shape !== 'in-place') return OTHER_WALK_FIGURES[walk.shape];
  if (walk.shape === 'in-place' && walk.lists)
    return [
      'O(n + m)',
      'filled from the back, the larger of the two last unplaced items goes next, so nothing is overwritten before it is read',
    ];
  if (walk.shape === 'in-place')
    return ['O(n)', 'a read position runs ahead of a write position (or two ends swap inward) in one pass'];
  if (walk.triple)
    return [
      'O(n^2)',
      'sorted, each item fixed in turn leaves a pair that two pointers from both ends close in on',
    ];
  if (walk.lists)
    return walk.sorted
      ? ['O(n + m)', 'both lists come sorted, so one pointer in each walks them together once']
      : ['O(n log n + m log m)', 'sort both lists, then one pointer in each walks them together once'];
  return walk.sorted
    ? ['O(n)', 'the list comes sorted, so two pointers from both ends meet in one walk']
    : [
        'O(n log n)',
        'the order of the two does not matter: sort once, then two pointers from both ends meet in one walk',
      ];
}
