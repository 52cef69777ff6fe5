import { repeatablePacks } from './knowledge/amounts';
import { AS_FAR_AS_POSSIBLE, BITONIC, LEAST_THAT_WORKS } from './knowledge/answer-searches';
import { type AnswerSetting, answerSetting } from './knowledge/answer-settings';
import { distancesBetweenPairs, singleEdits } from './knowledge/distances';
import { STRING_MATCHING } from './knowledge/families';
import { fillsInOrder } from './knowledge/fills';
import { alphabetFromList } from './knowledge/graphs';
import { type JoinShape, joinAllCheapest, joinShape } from './knowledge/joins';
import { KEEP_ALL_JOINED } from './knowledge/networks';
import { smallestOrderOfFacts } from './knowledge/ordered-facts';
import { consecutiveValuesAnywhere, meetAndCancel, middleSoFar } from './knowledge/orders';
import { INTERVAL_DP } from './knowledge/paradigms';
import { RANKED_PICK } from './knowledge/ranked-picks';
import { reachInOnePass } from './knowledge/reach';
import { worstLinkRoute } from './knowledge/routes';
import { extremesOfEveryRunTotalled } from './knowledge/run-extremes';
import { HELD_LIQUID, RUN_OF_INPUT } from './knowledge/runs';
import { treeSearch } from './knowledge/search-trees';
import { type SearchShape, SMALLEST_FIRST, searchShape } from './knowledge/searches';
import { insertsAndRemoves } from './knowledge/sequence-tables';
import { FEW_VALUES_IN_ORDER, K_SORTED_INTO_ONE } from './knowledge/sequences';
import { spreadsEachStep } from './knowledge/spreading-grids';
import { ORDERED_PAIRS_COUNTED } from './knowledge/structure';
import { NO_TWO_IN_LINE } from './knowledge/subsets';
import { allButItsOwn } from './knowledge/sweeps';
import { SUMMED_TUPLE } from './knowledge/windows';
import { readPairCount } from './pair-counts';
import { madeMirror } from './pointer-shapes';
import { promisesRotation } from './promises';
import { VALUE_ARITHMETIC } from './value-work';

/** What the question asks for, as far as the cost of the standard solution depends on it. */
export interface Asks {
  /** The k-th, the top k, the k closest: a heap of k, not a full sort. */
  kth: boolean;
  /** Merging k sorted lists. */
  mergeK: boolean;
  /** Values from a set of two or three put in order: counted (or partitioned) in one pass, not sorted. */
  fewValues: boolean;
  /** A greedy with nothing to sort: where to start on a loop, or how far positions let you advance. */
  onePassReach: boolean;
  /** Items packed in their fixed order, the next starting a fresh container when it does not fit. */
  fills: boolean;
  /** Every subset (or combination, or split into two groups) is a candidate. */
  subsets: boolean;
  /** Every ordering (or placement, or tour) is a candidate. */
  orders: boolean;
  /**
   * Pieces placed one per row where no two may share a column or a diagonal (n-queens): the
   * search prunes to far fewer boards than n!, so writing each one out adds no factor of n.
   */
  attacks: boolean;
  /** An order whose cost is paid between consecutive items (a tour, a path through every item). */
  tour: boolean;
  /** Each item is matched to exactly one partner or slot: an assignment, not an order. */
  assignment: boolean;
  /** The answer is a list the question wants in order ("return them in increasing order"). */
  sortedOutput: boolean;
  /**
   * The answer is the least (or greatest) value a check accepts, and the check only gets easier as
   * the value grows: the smallest speed to arrive on time, the least cap that fits, minimise the
   * maximum. A halving search over the answer's range, each guess checked in one pass.
   */
  answerSearch: boolean;
  /** The output lists every candidate, each costing its length to write. */
  lists: boolean;
  /** Locate a value or a boundary in sorted data. */
  lookup: boolean;
  /** One element larger than its neighbours (a peak) to find: the slope at the middle says which half holds one. */
  slope: boolean;
  /** A grid read row after row is one sorted list: each row starts above where the last one ended. */
  rowMajor: boolean;
  /** Work driven by the arithmetic of values: a gcd or lcm, digits, bits, powers, factorials. */
  arithmetic: boolean;
  /** A longest increasing (or non-decreasing) subsequence. */
  increasing: boolean;
  /** How many elements the answer combines (3 for triples, 4 for quadruples), or 0. */
  tuples: number;
  /** Order matters before choosing: sorting by a key first (intervals, deadlines, costs). */
  ordered: boolean;
  /** The smallest order among many valid ones (lexicographic), which needs a priority queue. */
  smallestOrder: boolean;
  /** Merging or removing so that neighbours change: a DP over ranges. */
  ranges: boolean;
  /** The cheapest set of links joining everything (a spanning tree). */
  spanning: boolean;
  /** A cycle that keeps gaining, or weights that may be negative. */
  negativeCycle: boolean;
  /** Distances between every pair of vertices. */
  allPairs: boolean;
  /** The longest palindromic substring, found by growing around every centre. */
  palindromes: boolean;
  /** Exclusive-or of values. */
  xor: boolean;
  /**
   * Pairs of values combined bit by bit (a bitwise AND, OR or XOR of any two, their bits or binary
   * digits compared): each bit is counted or decided over all pairs in a pass, a log A factor.
   */
  bitwisePairs: boolean;
  /** Matching a string against itself or a pattern (a prefix that is also a suffix, occurrences). */
  matching: boolean;
  /** Splitting linked items into two sides so that no link stays inside one side. */
  colouring: boolean;
  /** Which search over linked items the question asks for (knowledge/searches.ts), by its words. */
  search: SearchShape | null;
  /** Counting pairs (or triples) of positions i < j whose values compare a given way. */
  orderedPairs: boolean;
  /** Each move takes from either end of the sequence, so what remains is always one range. */
  ends: boolean;
  /** The items are cut into pieces, or each placed exactly once: every candidate is a whole split. */
  pieces: boolean;
  /** Water (or sand, or rain) held over each bar up to the lower of the highest bars on its two sides. */
  heldWater: boolean;
  /** An order of letters to work out from a list of words sorted by it. */
  alphabet: boolean;
  /** Items moving two ways along a line that meet, the smaller lost: a stack of survivors. */
  collisions: boolean;
  /** Every run of the input totalled by one of its items picked by a degree (its smallest, its tallest). */
  runExtremes: boolean;
  /** Something on some cells passes to the cells touching them each step of the story's clock. */
  spreads: boolean;
  /** The middle of everything that has arrived so far: two heaps. */
  runningMiddle: boolean;
  /** Each answer combines every other position but its own: passes from both ends. */
  allButOwn: boolean;
  /** A run of consecutive values taken from anywhere in the input: a set of the values. */
  valueRuns: boolean;
  /** A sorted list cut once and swapped, searched: one half is in order around every middle. */
  rotated: boolean;
  /** Where one value falls among a search tree's keys: one path from the root (knowledge/search-trees.ts). */
  treeSearch: 'balanced' | 'any' | null;
  /** One sequence turned into another by single insertions, deletions and replacements. */
  edits: boolean;
  /** Packs of each kind taken any number of times to reach at least an amount. */
  repeatablePacks: boolean;
  /** A route worth its worst link (its largest step, its weakest bridge), not the sum of its links. */
  worstLink: boolean;
  /**
   * How links join items into groups, when they do: arriving with questions between, leaving one
   * at a time, the first to close a loop, sameness stated, a field shared, the cheapest that join all.
   */
  joins: JoinShape | null;
}

/** Items picked in any order count once: "the order in which they are chosen does not matter" asks for sets. */
const PICKING_ORDER_IRRELEVANT =
  /\b(?:the )?order in which (?:\w+ ){0,3}(?:are |is )?(?:picked|chosen|selected|taken|added|bought|included)\b[^.]{0,20}\b(?:does not|doesn't|do not|don't|never|will not|won't) matters?\b/;

/** Values combined or compared bit by bit: a bitwise operation, or their bits or binary digits. */
const BITWISE =
  /\bbitwise\b|\bxor\b|\bexclusive[- ]or\b|\bbinary (?:digits?|representations?|codes?)\b|\bin binary\b|\bbits?\b/;
/** Any two of the values, not neighbours only: "any two guards", "all pairs i < j", "two different lockers". */
/**
 * The pair's result must equal a given value ("a_i xor a_j = x"): each value's partner is then fixed
 * (a_i xor x) and looked up in a map, one pass with no bit counted.
 */
const PARTNER_GIVEN = /(?<![<>!=])=\s?[a-z]\b(?!\s?[<>]=?)|\b(?:equals?|equal to|exactly) [a-z]\b/;
const PAIR_OF_VALUES =
  /\b(?:any|every|each|all) (?:two|pairs?)\b(?! (?:of )?(?:adjacent|neighbou?ring|consecutive|successive)\b)|\btwo (?:different|distinct)\b|\b[a-z] < [a-z]\b/;

const ANSWER_SEARCH = [
  /\bminimi[sz]e (?:the )?(?:maximum|largest)\b|\bmaximi[sz]e (?:the )?(?:minimum|smallest)\b/,
  AS_FAR_AS_POSSIBLE,
  /\b(?:shortest|smallest|minimum|least|largest|maximum) possible (?:length|value|size) of the (?:longest|largest|maximum|shortest|smallest|minimum)\b/,
  /\b(?:minimum|smallest|least|maximum|largest) (?:positive )?(?:integer )?(?:number of )?(?:\w+ )?(?:speed|capacity|time|days?|hours?|divisor|rate|size|length|distance|force|power|weight|cap|load|limit|threshold|budget|pace|quota)\b[^.]{0,150}\b(?:such that|so that|for which|to be able to|in order to|required for|needed (?:for|to)|at least|on time|within|still lets?|still allows?|in time)\b/,
  LEAST_THAT_WORKS,
];

/**
 * `setting` is the scene's reading of the one value searched (read once per statement); callers
 * with only a body get it read here.
 */
export function readAsks(body: string, setting: AnswerSetting | null = answerSetting(body)): Asks {
  return {
    kth:
      /\bk-?th\b|\bk [a-z]+est\b|\btop k\b|\bk [a-z]+s (?:closest|nearest)\b/.test(body) ||
      RANKED_PICK.test(body),
    mergeK:
      /\bmerge (?:the )?k sorted\b|\bk sorted (?:lists|arrays|linked lists|chains)\b/.test(body) ||
      K_SORTED_INTO_ONE.test(body),
    fewValues: FEW_VALUES_IN_ORDER.test(body),
    onePassReach: reachInOnePass(body),
    fills: fillsInOrder(body),
    subsets:
      /\bsubsets?\b|\bpower set\b|\bcombinations?\b|\bsets of\b|\bcommittees?\b|\b(?:two|both) (?:carts|groups|teams|halves)\b|\bincluding the empty set\b/.test(
        body,
      ) || PICKING_ORDER_IRRELEVANT.test(body),
    orders:
      /\bpermutations?\b|\borderings?\b|\barrangements?\b|\bplacements?\b|\bqueens?\b|\btours?\b|\bvisits? every (?:other )?\w+ exactly once\b|\border in which\b/.test(
        body.replace(PICKING_ORDER_IRRELEVANT, ''),
      ) || NO_TWO_IN_LINE.test(body),
    attacks: /\bqueens?\b/.test(body) || NO_TWO_IN_LINE.test(body),
    tour: /\btours?\b|\b(?:visit|photograph|inspect|check|deliver)\w* (?:all|every|each) (?:of )?(?:the )?(?:\w+ )?(?:sites?|cit(?:y|ies)|towns?|places?|points?|houses?|stops?|stations?|locations?|nodes?|rooms?)\b|\bstart(?:s|ing)? and end(?:s|ing)? at (?:the same|\w+ 0\b|the start)|\bvisits? (?:each|every|all) (?:other )?\w+ exactly once\b|\b(?:comes?|coming|go|goes|going|returns?|returning) back to (?:the )?(?:start|city|first|origin|\w+ 0)\b|\bstop(?:s|ping)? at (?:every|each|all)\b|\bseat(?:ing|ed)? (?:\w+ ){1,4}in a (?:single )?row\b|\b(?:neighbou?ring|adjacent|next) (?:chairs|seats)\b/.test(
      body,
    ),
    assignment:
      /\b(?:each|every) \w+ (?:and (?:each|every) \w+ )?(?:must )?(?:belongs?|(?:be |is )?assigned|(?:be |is )?matched|(?:be |is )?paired|gets?) (?:to|with)? ?exactly one\b|\bperfect matching\b|\b(?:each|every) \w+(?: \w+)? \w+ exactly one \w+ and (?:each|every) \w+ (?:is )?\w+ by exactly one\b|\bassign(?:s|ed|ing)? (?:each|every) (?:of (?:the )?)?(?:n )?\w+ to (?:exactly )?(?:one|an?|a different|a distinct)\b/.test(
        body,
      ),
    // What the answer is ordered by is a demand on the output, which costs a sort the input never
    // paid for: "return the list sorted by id", "the values should be returned in increasing order".
    sortedOutput:
      /\b(?:return|print|output|list)\b[^.]{0,80}\b(?:sorted|in (?:an? )?(?:increasing|decreasing|ascending|descending|non-decreasing|lexicographical|alphabetical) order)\b|\b(?:should|must|are to) be (?:returned|printed|listed|output) (?:sorted|in (?:increasing|decreasing|ascending|descending|lexicographical|alphabetical) order)\b|(?:^|[.;]\W*)sort\W+(?:the )?(?:names|result|answer|output|list|array|elements)\b/m.test(
        body,
      ),
    slope:
      BITONIC.test(body) ||
      /\b(?:index|position) of (?:a|any|one|the) peak\b|\b(?:find|return) (?:a|any|one|the) peak\b|\b(?:find|return) (?:the )?(?:index of )?(?:a|any|one) (?:element|value|cell) (?:that is )?(?:strictly )?greater than (?:all of )?its (?:adjacent )?neighbou?rs\b/.test(
        body,
      ),
    rowMajor:
      /\bfirst (?:integer|element|number|value) of (?:each|every|the i(?:-?th|\^th)?) row(?: \([^)]*\))? is (?:strictly )?greater than the last\b/.test(
        body,
      ),
    answerSearch:
      ANSWER_SEARCH.some((pattern) => {
        // The length of a run that satisfies something is a property of the run, found by a window
        // or running totals, not a setting every larger value of which also works.
        const match = pattern.exec(body);
        return match !== null && !RUN_OF_INPUT.test(match[0]);
      }) || setting !== null,
    lists:
      /\b(?:return|print|list|generate|output) (?:all|every)\b|\b(?:all|every) possible\b|\b(?:return|print|output) a list of (?:all|every)\b|\bfind all the (?:ways|possible)\b/.test(
        body,
      ),
    lookup:
      /\b(?:index|position) (?:of|where)\b|\bsearch(?:es)? for\b|\bfind (?:the )?target\b|\binsert(?:ed|ion)? position\b|\bfirst and last\b|\bpeak\b|\bwhether (?:the )?(?:number |value |element |target )?\w+ is present\b/.test(
        body,
      ),
    arithmetic: VALUE_ARITHMETIC.test(body),
    increasing:
      /\b(?:longest|largest|maximum) (?:\w+ ){0,3}(?:strictly )?(?:increasing|non-decreasing)\b|\b(?:strictly )?increasing subsequence\b|\b(?:strictly )?increasing\b.{0,60}\b(?:longest|largest number|maximum number|most)\b/.test(
        body,
      ),
    tuples:
      /\bquadruplets?\b|\bfour (?:distinct )?(?:indices|positions|integers|numbers|elements|values)\b/.test(
        body,
      ) || SUMMED_TUPLE.exec(body)?.[1] === 'four'
        ? 4
        : /\btriplets?\b|\bthree (?:distinct )?(?:indices|positions|integers|numbers|elements|values)\b/.test(
              body,
            ) || SUMMED_TUPLE.exec(body)?.[1] === 'three'
          ? 3
          : 0,
    ordered:
      /\bsort(?:ed|ing)?\b|\bintervals?\b|\bmeetings?\b|\bdeadlines?\b|\bearliest\b|\bstart(?:s|ing)? (?:time|point)\b|\bend(?:s|ing)? (?:time|point)\b/.test(
        body,
      ),
    smallestOrder: SMALLEST_FIRST.test(body) || smallestOrderOfFacts(body),
    ranges: INTERVAL_DP.test(body),
    spanning:
      KEEP_ALL_JOINED.test(body) ||
      joinAllCheapest(body) ||
      /\bminimum (?:total )?cost to (?:connect|join|link)\b|\bspanning tree\b|\bconnect all\b/.test(body),
    negativeCycle: /\bnegative (?:cycle|weight|edge)s?\b|\bstrictly larger amount\b|\barbitrage\b/.test(body),
    allPairs: distancesBetweenPairs(body),
    palindromes:
      madeMirror(body) ||
      /\blongest (?:palindromic|mirror)\b|\bpalindromic (?:substring|core)s?\b|\bsubstrings?\b[^.]{0,40}\b(?:(?:is|are) (?:a )?palindromes?|reads? the same (?:forward|backward|from left to right|from right to left))/.test(
        body,
      ),
    xor: /\bxor\b|\bexclusive[- ]or\b/.test(body),
    bitwisePairs: BITWISE.test(body) && PAIR_OF_VALUES.test(body) && !PARTNER_GIVEN.test(body),
    matching: STRING_MATCHING.test(body),
    orderedPairs: ORDERED_PAIRS_COUNTED.test(body) || readPairCount(body)?.condition === 'order',
    pieces:
      /\bsplit (?:it |the \w+ |\w+ )?into\b|\bpartition(?:s|ing)?\b|\b(?:used|placed|assigned) exactly (?:once|one time)\b/.test(
        body,
      ),
    ends: /\b(?:remove|take|pick|removes|takes|picks)\b[^.]{0,40}\b(?:beginning|start|front|left(?:most)?)\b[^.]{0,20}\bor\b[^.]{0,20}\b(?:end|back|right(?:most)?)\b/.test(
      body,
    ),
    heldWater: HELD_LIQUID.test(body),
    alphabet: alphabetFromList(body),
    collisions: meetAndCancel(body),
    runExtremes: extremesOfEveryRunTotalled(body),
    spreads: spreadsEachStep(body),
    runningMiddle: middleSoFar(body),
    allButOwn: allButItsOwn(body),
    valueRuns: consecutiveValuesAnywhere(body),
    rotated: promisesRotation(body),
    treeSearch: treeSearch(body),
    edits: singleEdits(body) || insertsAndRemoves(body),
    repeatablePacks: repeatablePacks(body),
    worstLink: worstLinkRoute(body),
    joins: joinShape(body),
    colouring:
      /\btwo (?:teams|groups|colou?rs|sets|sides)\b.{0,200}\b(?:different|opposite|never (?:in|on) the same)\b|\bbipartite\b/.test(
        body,
      ),
    search: searchShape(body),
  };
}
