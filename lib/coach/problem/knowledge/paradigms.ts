import { asksFewestCoins, canonical, listedWorths } from '../coin-systems';
import { jumpArray } from './graphs';
import { cutIntoFewByTotals } from './runs';
import { triedOneByOne } from './subsets';
import type { Scene, Trigger } from './trigger';

/** Only magnitudes are bounded: a count of ways over n <= 10^18 is a formula, not a table. */
const hasInput = (scene: Scene) => scene.shape !== 'values' || (scene.largest ?? 0) <= 1e7;

/** Coins whose worths the statement lists, and whether the largest that fits first is right for them. */
const canonicalCoins = (scene: Scene) => canonical(listedWorths(scene.body) ?? []);
const nonCanonicalCoins = (scene: Scene) => !!listedWorths(scene.body) && !canonicalCoins(scene);

/**
 * Merging or removing items so that who is adjacent changes, or cutting at given points: the
 * cost of a stretch then depends on both its ends, which is a DP over ranges.
 */
export const INTERVAL_DP =
  /\b(?:presses|merges?|combines?|joins?|joined|merged|combined|glued|fused)\b.{0,80}\b(?:adjacent|neighbou?ring)\b|\b(?:adjacent|neighbou?ring)\b.{0,80}\b(?:into one|merged|combined|joined)\b|\bcurrently\b.{0,30}\bneighbou?rs?\b|\bneighbou?rs?\b.{0,60}\bcurrently\b|\bcuts? (?:in any order|at (?:given )?positions)\b|\bperform the cuts in any order\b/;

/** Problem-solving strategies: tables over subproblems, greedy choices, backtracking, halving. */
export const PARADIGM_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'dynamic-programming',
    pattern:
      /\b(?:number of|count (?:the )?(?:number of )?|how many) (?:distinct |different |possible |unique |valid )?(?:ways|paths|sequences|decodings|messages)\b|\bin how many (?:distinct |different )?ways\b|\bcount the ways\b/,
    weight: 3,
    why: 'counting ways is adding up the counts of smaller choices',
    // The ways to cut a row into two or three pieces of equal totals are cut points, not choices to add up.
    when: (scene) => hasInput(scene) && !triedOneByOne(scene) && !cutIntoFewByTotals(scene.body),
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\blongest (?:common|increasing|strictly increasing|non-decreasing) (?:subsequence|substring)\b|\bedit distance\b|\bminimum number of (?:operations|edits)\b.{0,40}\b(?:turn|convert|transform|into)\b|\binsert(?:s)? one character, delete(?:s)? one character\b|\bknapsack\b|\bbackpack\b|\b(?:split|partition|divided?)\b.{0,60}\b(?:two )?(?:groups|subsets|halves)\b.{0,40}\bequal (?:sums?|totals?)\b|\bequal sums?\b.{0,40}\btwo (?:groups|subsets)\b|\bword break\b|\binterleaving (?:of|string)\b|\bis an interleaving\b|\bregular expression\b|\bwildcard matching\b|\bdecod/,
    weight: 3,
    why: 'the best answer for the whole is built from the best answers for prefixes',
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\b(?:adjacent|neighbou?ring|next to each other|two consecutive)\b.{0,80}\b(?:cannot|can't|not allowed|may not|share an alarm)\b|\b(?:cannot|can't|may not|not allowed to|never) (?:\w+ ){0,6}(?:adjacent|neighbou?ring|next to (?:each other|one another)|two consecutive|side by side|back to back)\b/,
    weight: 3,
    why: 'each choice rules out the next one, so the best total is a recurrence over positions',
    when: (scene) => !triedOneByOne(scene),
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\b(?:fewest|minimum number of|smallest number of|as few) (?:\w+ ){0,2}(?:coins|stamps|tokens|squares|perfect squares|notes|terms|bills)\b.{0,80}\b(?:add up|sum|make up|total|exactly|worth)\b|\b(?:exactly|worth exactly) \w+\b.{0,80}\b(?:as few|fewest|minimum number of) (?:\w+ )?(?:coins|stamps|tokens|squares|notes)\b/,
    weight: 3,
    why: 'the fewest pieces for an amount is built from the fewest pieces for smaller amounts',
    when: (scene) => !canonicalCoins(scene),
    also: ['breadth-first-search'],
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\b(?:largest|maximum|max|greatest) (?:possible )?sum of (?:a |any )?(?:non-empty )?(?:contiguous )?(?:subarray|sub-array|segment)\b|\bsubarray with the (?:largest|maximum) sum\b|\b(?:strictly )?increasing\b[^.]{0,80}\.? ?[^.]{0,40}\b(?:largest number|longest|maximum number)\b|\b(?:largest number|longest|maximum number)\b[^.]{0,80}\b(?:strictly )?increasing\b/,
    weight: 3,
    why: 'the best run or sequence ending at each position extends the best one ending just before',
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\b(?:largest|maximum|max|greatest) (?:possible )?sum of (?:a |any )?(?:non-empty )?(?:contiguous )?(?:subarray|sub-array|segment)\b|\bsubarray with the (?:largest|maximum) sum\b/,
    weight: 0.5,
    why: 'dropping a running sum as soon as it turns negative is the greedy view of the same recurrence',
    also: ['greedy'],
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\bincreasing\b.{0,80}\b(?:keeping their order|keeping the order|subsequence)\b|\bkeeping their order\b.{0,120}\bincreasing\b/,
    weight: 0.5,
    why: 'the best increasing-sequence ends are kept sorted, so each new item is placed by a halving search',
    also: ['binary-search'],
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\b(?:jump|move|go|step)s? (?:from (?:stone|step|index|position) \w+ )?to (?:stone|step|index|position)? ?\w+ ?\+ ?1 or\b.{0,80}\bcost|\bminimum (?:total )?cost\b.{0,80}\b(?:reach|climb|get to)\b|\bminimum (?:total )?cost of all the cuts\b|\bcost is the length of the piece\b/,
    weight: 3,
    why: 'the cheapest way to reach each position comes from the cheapest ways to reach the ones before it',
  },
  {
    technique: 'dynamic-programming',
    pattern: INTERVAL_DP,
    weight: 3,
    why: 'when merging or removing changes who is adjacent, the cost of a stretch depends on its ends: a DP over ranges',
    also: ['prefix-sum'],
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\b(?:non-overlapping|do not overlap)\b.{0,120}\b(?:largest|maximum|most) (?:total )?(?:profit|value|weight|pay)\b|\b(?:largest|maximum|most) (?:total )?(?:profit|value|pay)\b.{0,120}\b(?:non-overlapping|do not overlap|one \w+ at a time)\b/,
    weight: 3,
    why: 'choosing non-overlapping jobs for the most value is a DP over jobs sorted by end',
    also: ['binary-search', 'sorting'],
  },
  {
    technique: 'dynamic-programming',
    pattern: /\bstamps?\b|\bcoins?\b|\bdenominations?\b/,
    weight: 1.5,
    why: 'coin systems that are not canonical need the amounts below, not the largest coin first',
    when: nonCanonicalCoins,
  },
  {
    technique: 'greedy',
    pattern:
      /\bgas station\b|\bfuel stations?\b.{0,120}\b(?:circle|circuit|circular|around)\b|\bcompletes? (?:the|a) (?:whole )?(?:circle|circuit)\b/,
    weight: 3,
    why: 'keeping only the farthest reach (or the running surplus) decides each step on its own',
  },
  {
    technique: 'greedy',
    pattern:
      /\b(?:reach|get to|arrive at|land on|make it to) the (?:last|final|far|top) (?:\w+ )?(?:index|stone|position|square|pad|step|cell|tile|platform|rock|island|rung|stair)\b|\b(?:reach|get to) the end\b|\bfewest (?:jumps|hops|leaps)\b|\b(?:minimum|least|smallest) number of (?:jumps|hops|leaps)\b/,
    weight: 3,
    why: 'keeping only the farthest reach decides each jump on its own',
    when: (scene) => jumpArray(scene),
  },
  {
    technique: 'greedy',
    pattern:
      /\bminimum number of (?:arrows|platforms|boats|intervals to remove|taps)\b|\bfewest (?:arrows|intervals (?:you must )?(?:to )?remove)\b|\bmaximum number of (?:non-overlapping|events|meetings|requests)\b|\blargest number of (?:requests|meetings|events|children|intervals)\b|\bremove so that the rest do not overlap\b|\barrows?\b.{0,80}\bburst\b/,
    weight: 3,
    why: 'sorted by end, taking whatever still fits (or shooting at the earliest end) is never worse',
    also: ['sorting'],
  },
  {
    technique: 'greedy',
    pattern: /\bdeadlines?\b.{0,120}\b(?:finish|finished|can every)\b/,
    weight: 3,
    why: 'taking the earliest deadline first never hurts',
    also: ['sorting', 'two-pointers'],
  },
  {
    technique: 'greedy',
    pattern:
      /\bgroups of exactly\b.{0,60}\bconsecutive\b|\bconsecutive (?:integers|values)\b.{0,60}\bgroups of\b/,
    weight: 3,
    why: 'the smallest card left must start a group, so groups are built from the smallest up',
    also: ['sorting', 'hash-table'],
  },
  {
    technique: 'greedy',
    pattern:
      /\b(?:buy|sell)\b.{0,120}\b(?:any number of|each day you may|as many transactions|every rise|hold at most one)\b/,
    weight: 3,
    why: 'every rise from one day to the next can be taken on its own, so the profit is the sum of the rises',
    also: ['dynamic-programming'],
  },
  {
    technique: 'monotonic-stack',
    pattern:
      /\berase (?:exactly )?k\b.{0,40}\bdigits\b|\bremove k digits\b|\bsmallest number you can obtain\b|\b(?:exactly |at most )?k (?:of (?:the |its |his |her |their )?)?digits\b[\s\S]{0,200}\b(?:smallest|largest|biggest|greatest|least|minimum|maximum) (?:possible )?(?:number|integer|value)\b/,
    weight: 3,
    why: 'dropping a larger digit as soon as a smaller one follows is never a mistake, and the digits kept so far form a rising stack',
    also: ['greedy', 'stack'],
  },
  {
    technique: 'greedy',
    pattern:
      /\b(?:reconstruct|rebuild) the (?:queue|line)\b|\bin front of (?:them|him|her|it)\b.{0,60}\b(?:taller|height (?:was |is )?(?:greater|at least)|greater)\b/,
    weight: 3,
    why: 'one locally best choice at each step can be shown never to hurt',
    also: ['sorting'],
  },
  {
    technique: 'greedy',
    pattern: /\bcoins?\b|\bnotes?\b|\bbills?\b/,
    weight: 3,
    why: 'for the coin worths listed, taking the largest coin that fits is optimal (no amount below the two largest together needs fewer coins)',
    // Numbers listed beside "note" in an example's explanation ("Note: blast sites 1, 3 and 5") are
    // no coin system: one is read only where the fewest coins that pay are asked.
    when: (scene) => canonicalCoins(scene) && asksFewestCoins(scene.body),
  },
  {
    technique: 'greedy',
    pattern:
      /\bminimum number of moves\b.{0,80}\b(?:regular|balanced|valid) bracket\b|\bgreedily\b|\blexicographically (?:smallest|largest) (?:string|number)\b/,
    weight: 2,
    why: 'the best move at each step is decidable on its own',
  },
  {
    technique: 'backtracking',
    pattern:
      /\b(?:all|every)(?: possible| the| valid| unique| distinct)* (?:combinations|permutations|subsets|orderings|arrangements|placements|partitions|letter combinations|(?:ip )?addresses|configurations)\b|\bgenerate (?:all|every)\b|\bpower set\b|\bn-?queens\b|\bqueens?\b.{0,60}\battack\b|\bsudoku\b|\bword search\b|\bevery possible (?:ordering|arrangement|subset|combination)\b/,
    weight: 3,
    why: 'listing every valid arrangement means building choices one by one and undoing them',
  },
  {
    technique: 'backtracking',
    pattern:
      /\b(?:may )?contains? duplicates\b.{0,120}\b(?:subsets|combinations|permutations)\b|\b(?:subsets|combinations|permutations)\b.{0,120}\b(?:may )?contains? duplicates\b/,
    weight: 1,
    why: 'sorting first puts equal values side by side, so equal choices at one depth are skipped',
    also: ['sorting'],
  },
  {
    technique: 'backtracking',
    pattern:
      /\b(?:visits?|visiting) every (?:other )?(?:town|city|node) exactly once\b|\b(?:sets|subsets) of \w+ (?:including the empty set|whose total)\b|\bcount the (?:non-empty )?(?:sets|subsets|committees|teams)\b|\bevery (?:box|item|element) goes on exactly one\b/,
    weight: 2.5,
    why: 'with so few items, every subset or order can be tried',
    when: (scene) => (scene.largest ?? Number.POSITIVE_INFINITY) <= 20,
  },
  {
    technique: 'divide-and-conquer',
    pattern:
      /\bmerge sort\b|\bquick ?select\b|\bdivide and conquer\b|\bcount of smaller numbers\b|\breverse pairs\b|\binversions?\b|\bpairs? (?:\(i, ?j\) )?with i < j and a_i > a_j\b|\bout of order pairs?\b|\bclosest pair\b|\bdifferent ways to add parentheses\b|\bconstruct (?:a |the )?(?:binary )?tree from\b|\bsorted array to (?:a )?(?:height[- ]balanced )?(?:binary search tree|bst)\b/,
    weight: 2.5,
    why: 'solving each half and combining the answers is cheaper than the whole at once',
    also: ['segment-tree', 'sorting'],
  },
  {
    technique: 'divide-and-conquer',
    pattern:
      /\b(?:raise|raised) to (?:the |an )?(?:integer )?power\b|\bx\^n\b|\bpow\(|\bfast (?:power|exponentiation)\b|\bk-?th (?:smallest|element)\b.{0,40}\btwo sorted\b/,
    weight: 2,
    why: 'halving the problem at each step (the exponent, or both lists) gives a logarithmic answer',
  },
];
