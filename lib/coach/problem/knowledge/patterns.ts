import { answerSearch } from '../answer-object';
import { AS_FAR_AS_POSSIBLE, BITONIC, LEAST_THAT_WORKS } from './answer-searches';
import { ORDER_OF_PAIRS_TRIGGERS } from './dependencies';
import { FREE_ORDER, KEPT_APART } from './kept-apart';
import { NEAREST_BEATING_INDEX } from './nearest-beating';
import { onlyShrinks } from './state-moves';
import type { Scene, Trigger } from './trigger';

/**
 * The classic interview patterns, each read from what the statement asks, what its input is and
 * how large it may be, not from the name of one problem: a best answer over every subset of few
 * items, the fewest equal-cost moves between two states, the smallest setting that still works,
 * equal items kept apart, two inputs sorted by the key the output is sorted by.
 */

/** The question asks for the best of many candidates, not for all of them. */
const OPTIMISES =
  /\b(?:return|find|determine|compute|what is)\b (?:\w+ ){0,2}?(?:the )?(?:fewest|least|smallest|minimum|minimi[sz]e|shortest|cheapest|lowest|largest|maximum|maximi[sz]e|most|highest|longest)\b/;
/** The answer lists every candidate: the search is the output, not a table. */
const LISTS_ALL =
  /\b(?:return|list|print|output|generate|find) (?:\w+ ){0,2}(?:all|every)\b|\b(?:all|every) possible\b/;
/** Too many items to try every order (12! is about 5 * 10^8), few enough for a table over every subset. */
const SUBSET_TABLE = (scene: Scene) =>
  scene.largest !== undefined &&
  scene.largest > 10 &&
  scene.largest <= 20 &&
  scene.shape !== 'values' &&
  !scene.design &&
  OPTIMISES.test(scene.body) &&
  !LISTS_ALL.test(scene.body) &&
  // Some of the items judged by more than a total (every need met, no two rivals), each in or out,
  // are each subset checked once: a table over the subsets builds an order or a packing of every
  // item into groups by their totals, which such a choice never needs.
  !(answerSearch(scene.answer) === 'subsets' && !scene.answer?.additive);

/** The statement allows that no sequence of moves reaches the goal. */
const MAY_FAIL =
  /\bor -1\b|\breturn -1\b|\b-1 if\b|\bcannot be (?:reached|done|solved|made)\b|\bimpossible\b|\bno (?:sequence|series) of\b/;
/** Moves that each count one, between settings of the whole input (presses, flips, turns). */
const UNIT_MOVE_NOUNS =
  '(?:presses|button presses|clicks|taps|flips|toggles|moves|steps|turns|rotations|swaps|operations|transformations)';

/** The fewest moves of equal cost, each changing the whole input's setting. */
const FEWEST_MOVES = new RegExp(
  String.raw`\b(?:fewest|minimum|smallest|least)(?: number of| total)? (?:\w+ )?${UNIT_MOVE_NOUNS}\b`,
);
/** A start setting turned into a goal setting. */
const TURNED_INTO =
  /\b(?:turn|transform|convert|change|bring)s?\b[^.]{0,60}\binto\b|\bfrom (?:the )?start\w*\b[^.]{0,60}\bto (?:the )?(?:goal|target|end)\b/;
/** Moves of one cost from a start to a goal that may be out of reach, or is named as a setting to reach. */
const unreachable = (scene: Scene) =>
  (MAY_FAIL.test(scene.body) || TURNED_INTO.test(scene.body)) && !scene.weighted && !scene.design;

/** Each step changes one letter (digit, character) of a word: words one change apart are neighbours. */
const ONE_CHANGE =
  /\b(?:changes?|changing|replac\w+|alter\w*|mutat\w+|flips?)\s+(?:exactly\s+)?(?:one|a single)\s+(?:\w+\s+)?(?:letter|character|digit|symbol|position)\b|\bdiffer\w*\s+(?:in|by|at)\s+(?:exactly\s+)?(?:one|a single)\s+(?:letter|character|digit|symbol|position)\b|\b(?:one|a single)\s+(?:letter|character|digit|symbol)\s+at a time\b|\b(?:one|a)\s+(?:single\s+)?(?:letter|character|digit|symbol)\s+(?:is\s+)?changed\b/;
/** The words on the way must come from a given list: the list holds the search's nodes. */
const FROM_A_LIST =
  /\b(?:must|has to|have to|need to)\s+(?:all\s+)?(?:be|appear|exist)\s+in\b|\b(?:of|from)\s+(?:the\s+)?(?:list|dictionary|bank|set)\b[^.]{0,30}\b(?:valid|allowed|approved|words|codes)\b|\bshortest (?:chain|sequence|ladder|path) of (?:valid|allowed|approved)\b|\b(?:is|are) in (?:the )?(?:given )?\w*(?:list|dictionary|bank|set)\b/;

const SPACED_WHY =
  'equal items must be kept apart and the order is free: the most frequent item decides the answer, so count each and place the most plentiful first (a heap keeps it on top)';

/** A resource that serves one item at a time (a room, a hall, an ambulance, a machine). */
const ONE_AT_A_TIME = /\bone (?:\w+ ){0,2}at a time\b/;

/** Rooms, halls or machines counted: resources that each hold one item while it runs. */
const ROOMS =
  /\b(?:how many|minimum number of|fewest|least number of|smallest number of) (?:\w+ )?(?:halls|rooms|platforms|machines|servers|desks|classrooms|gates|lanes|courts)\b/;

/**
 * For each item, the next (or nearest) one that beats it in the story's own adjective, with no
 * "than" or against the item itself: "until a night that is strictly louder", "until an evening that
 * is warmer than it", "the nearest racer after them who was faster". Not a bar fixed in advance
 * ("warmer than 30", "than k"), and not a word that only ends like a comparative ("either").
 */
const LATER_ONE_THAT_BEATS =
  /\b(?:until|next|first|nearest|closest) (?:a |an |the )?(?:\w+ ){0,3}?(?:that|which|who|when) (?:is|was|are|were|gets?|becomes?) (?:strictly )?(?!(?:either|neither|other|another|never|ever|over|under|after|later|rather|together|whether|number|order)\b)(?:[a-z]{2,}er|more [a-z]+|less [a-z]+)\b(?! than (?:\d|[a-z]\b|the given|a given))/;

/**
 * The input is a list of timed items: each starts and ends, or holds something from one time to
 * another. A bare "from x to y" is not a span: "go from the first word to the last" is a search.
 */
const TIMED =
  /\bstart\w*\b[^.]{0,120}\bend\w*\b|\[start|\bfrom (?:(?:time|minute|hour|day|second|moment) \w+|\d+\w*) (?:up )?to\b|\b(?:runs?|lasts?|open|busy|booked|holds?|held|occup\w+|stays?|rents?|rented|parks?|parked|uses?|used)\b[^.]{0,30}\bfrom \w+ (?:up )?to\b/;

export const PATTERN_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'binary-search',
    pattern: LEAST_THAT_WORKS,
    weight: 3,
    why: 'if everything can be done by some value it can by any larger one: guess the value, check it in one pass, and halve',
    when: (scene) => !scene.design && scene.shape !== 'values',
    also: ['greedy'],
  },
  {
    technique: 'binary-search',
    pattern: AS_FAR_AS_POSSIBLE,
    weight: 3,
    why: 'the worst part is pushed as far as it goes, and a limit that can be met makes every looser one possible: guess the limit, check it greedily in one pass, and halve',
    when: (scene) => !scene.design && scene.shape !== 'values',
    also: ['greedy'],
  },
  {
    technique: 'prefix-sum',
    pattern:
      /\b(?:number of|count(?: of)?|how many|longest|shortest)\b (?:\w+ ){0,3}(?:subarrays?|sub-arrays?|substrings?)\b[^.]{0,100}\b(?:(?:an? )?(?:odd|even) (?:sum|number of times|total|count)|sum (?:is |that is )?(?:odd|even)|exactly k (?:odd|even|ones|zeros|distinct)?)\b/,
    weight: 2.5,
    why: 'a run judged by its total (a sum, a count, a parity) is the difference of two running totals, so count the totals seen so far',
    when: (scene) => !scene.design,
    also: ['hash-table'],
  },
  {
    technique: 'prefix-sum',
    pattern:
      /\b(?:first|left(?:most)?) (?:i|k|i ?\+ ?1) (?:elements|items|numbers|values)\b[^.]{0,80}\b(?:last|remaining|right(?:most)?)\b/,
    weight: 2.5,
    why: 'every index compares what lies before it with what lies after it: running totals from both ends answer each in O(1)',
    when: (scene) => !scene.design,
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\bexactly once\b|\b(?:each|every) \w+ (?:\w+ ){0,3}exactly one \w+|\bevery one of\b|\b(?:visit|photograph|inspect|check|deliver)\w* (?:all|every|each)\b|\bassign\w* (?:each|every) (?:of (?:the )?)?(?:n )?\w+ to\b|\bany (?:group|subset|set|selection) of\b|\b(?:split|divide|partition|group)\w* (?:\w+ ){0,3}into\b/,
    weight: 3,
    why: 'so few items that every subset fits in a table: the best answer for each set of items already used is built from smaller sets, a bit per item (a bitmask DP)',
    when: SUBSET_TABLE,
    also: ['bit-manipulation'],
  },
  {
    technique: 'breadth-first-search',
    pattern: FEWEST_MOVES,
    weight: 3,
    why: 'every setting of the few items is a state (one bit per item) and every move costs one, with no promise the goal is reachable: the fewest moves come from a breadth-first search over the states',
    when: (scene) =>
      unreachable(scene) && (scene.largest ?? Number.POSITIVE_INFINITY) <= 20 && scene.shape !== 'values',
    also: ['graph', 'bit-manipulation'],
  },
  {
    technique: 'breadth-first-search',
    pattern: FEWEST_MOVES,
    weight: 3,
    why: 'every value up to the bound is a state and every move costs one, with no promise the goal is reachable: the fewest moves come from a breadth-first search over the values',
    // Moves that only ever shrink the value never loop: a table from the smallest value up (state-moves.ts).
    // A value range of at most ten million states can be walked; beyond it the moves need a formula.
    when: (scene) =>
      unreachable(scene) &&
      scene.shape === 'values' &&
      (scene.largestValue ?? Number.POSITIVE_INFINITY) <= 1e7 &&
      !onlyShrinks(scene.body),
    also: ['graph'],
  },
  {
    technique: 'greedy',
    pattern: KEPT_APART,
    weight: 3,
    why: SPACED_WHY,
    when: (scene) => FREE_ORDER.test(scene.body),
    also: ['heap-priority-queue', 'hash-table'],
  },
  {
    technique: 'two-pointers',
    pattern:
      /\bmerg\w*\b|\b(?:one|a single) (?:\w+ ){0,2}(?:list|log|array|sequence|file)\b[^.]{0,80}\b(?:order|sorted)\b/,
    weight: 3,
    why: 'both inputs are sorted by the key the output is sorted by, so one index per input takes the smaller head each time',
    when: (scene) =>
      (scene.guarantees.has('sorted') || scene.sortedBy !== null) &&
      /\b(?:two|both|each) (?:of the )?(?:\w+ )?(?:lists|logs|arrays|sequences|files)\b|\beach (?:log|list|array)\b/.test(
        scene.body,
      ),
    also: ['sorting'],
  },
  {
    technique: 'binary-search',
    pattern:
      /\b(?:slowest|smallest|lowest|least|minimum|fastest|largest|greatest|maximum|highest)\b (?:(?:whole-number|whole|integer|possible|value of the|the)\s)*(?:\w+ ){0,2}?(?:rate|speed|capacity|load|width|limit|penalty|force|radius|threshold|budget|pace|quota)\b[^.]{0,120}\b(?:still|within|so that|such that|in time|enough|for (?:every|all|each))\b|\b(?:slowest|smallest|lowest|least|minimum|narrowest|shortest|earliest|fastest|largest|greatest|maximum|highest|widest|latest)\b (?!number\b|index\b|position\b)(?:\w+ ){1,2}(?:for|on|at|with) which\b[^.]{0,60}(?:\b(?:possible|can|could|works?|fits?|suffices?|exceeds?|at most|at least|within|no more|no less)\b|<=|>=)|\bhow (?:large|big|small|fast|slow|high|wide|long) (?:does|do|must|should) (?:[\w']+ ){1,4}(?:have to|need to|must) be\b/,
    weight: 3,
    why: 'if a setting works every larger one works too: guess it, check the guess in one pass, and halve the range of settings',
    when: (scene) => !scene.design,
    also: ['greedy'],
  },
  {
    technique: 'binary-search',
    pattern:
      /\bk-?th (?:smallest|largest|lowest|highest)\b[^.]{0,80}\b(?:among|of|over|from) (?:all |every )?(?:the )?(?:pairs|fractions|products|sums|distances)\b|\b(?:pairs?|for every i and j)\b[^.]{0,160}\bk-?th (?:smallest|largest)\b|\bk-?th (?:smallest|largest) (?:\w+ ){0,2}in (?:the|an?) (?:\w+ ){0,2}(?:m x n|n x n|multiplication)\b/,
    weight: 2.5,
    why: 'the candidates (every pair, every cell of a table) are too many to list, but how many lie below a guess is counted in one pass, so halve over the value',
    when: (scene) => !scene.design,
    also: ['two-pointers', 'sorting'],
  },
  {
    technique: 'binary-search',
    pattern:
      /\b(?:largest|latest|last|most recent|greatest)\b[^.]{0,40}\b(?:timestamp|time|version|revision|snapshot|snap_?id)\w*\b[^.]{0,30}(?:\b(?:not greater than|no later than|at or before|at most|not after|before or at)\b|<=)|\bas of (?:the )?(?:given )?(?:time|timestamp|version|revision|snapshot)\w*\b|\bwhen (?:the )?snapshot\b|\b(?:time|moment) (?:we|you) took (?:the )?snapshot\b|\b(?:timestamp|time|version|revision)\w* ?<= ?(?:timestamp|time|version|revision)\b|\b(?:value|state|text|contents?|price)\b[^.]{0,30}\bat (?:a|any|the|some) (?:given |certain |past |particular )?(?:timestamp|time|version|revision|snapshot)\b/,
    weight: 3,
    why: 'each key keeps its writes in the order they came, which is the order of their times: the value as of a time is found by halving that history',
    when: (scene) => scene.design,
    also: ['hash-table', 'design'],
  },
  {
    technique: 'binary-search',
    pattern: BITONIC,
    weight: 3,
    why: 'the values rise to one top and then fall, so comparing the middle with its neighbour says which side the top is on: halve towards it',
    when: (scene) => !scene.design && !scene.grid,
  },
  {
    technique: 'sorting',
    pattern:
      /\b(?:minimum|smallest|least|closest|minimal) (?:absolute )?(?:difference|gap|distance)s? between (?:any )?(?:two|a pair|pairs)\b|\bclosest (?:two|pair)\b/,
    weight: 2.5,
    why: 'once sorted, the closest two values sit next to each other, so one pass over neighbours finds them',
    when: (scene) => !scene.grid && !['graph', 'values'].includes(scene.shape) && !scene.design,
  },
  {
    technique: 'breadth-first-search',
    pattern:
      /\b(?:fewest|minimum|least|smallest|shortest)\b[^.]{0,40}\b(?:changes|moves|steps|mutations|transformations|chain|sequence|ladder)\b/,
    weight: 3,
    why: 'the allowed words are the nodes, two words one change apart share an edge, and every change costs one: the fewest changes are the length of a breadth-first search from the start word',
    when: (scene) =>
      ONE_CHANGE.test(scene.body) && FROM_A_LIST.test(scene.body) && !scene.design && !scene.weighted,
    also: ['hash-table', 'string'],
  },
  {
    technique: 'breadth-first-search',
    pattern:
      /\b(?:fewest|minimum|least|smallest|number of) (?:\w+ )?(?:steps|moves|distance)\b[^.]{0,40}\b(?:to|from) (?:any|the nearest|the closest)\b|\b(?:nearest|closest) (?:\w+ ){0,2}(?:cell|dock|exit|gate|station|land|water|building|hospital|shop|guard|fire)\b/,
    weight: 2.5,
    why: 'distances to the nearest of many sources come from one breadth-first search started at all of them at once',
    when: (scene) => (scene.grid || scene.shape === 'graph') && !scene.weighted,
    also: ['matrix'],
  },
  ...ORDER_OF_PAIRS_TRIGGERS,
  {
    technique: 'heap-priority-queue',
    pattern: /\b(?:how many|minimum number of|fewest|least number of|smallest number of)\b/,
    weight: 3,
    why: 'items that start and end each hold a resource serving one at a time: sorted by start, a heap of end times hands back the one that frees first, and its largest size is the answer',
    when: (scene) =>
      TIMED.test(scene.body) && (ONE_AT_A_TIME.test(scene.body) || ROOMS.test(scene.body)) && !scene.design,
    also: ['sorting', 'line-sweep'],
  },
  {
    technique: 'union-find',
    pattern:
      /\b(?:number of|how many) (?:separate |distinct |disjoint |different )?(?:groups|networks|clusters|components|circles|regions|islands)\b[^.]{0,80}\b(?:after (?:each|every)|right after|each time|as (?:each|every))\b|\b(?:after (?:each|every)|right after)\b[^.]{0,80}\b(?:number of|how many) (?:separate |distinct )?(?:groups|networks|clusters|components|islands)\b/,
    weight: 3.5,
    why: 'links are only ever added and the groups are counted after each: a disjoint-set forest merges two groups in near-constant time',
    also: ['graph'],
  },
  {
    technique: 'monotonic-stack',
    pattern: NEAREST_BEATING_INDEX,
    weight: 3.5,
    why: 'for each i the nearest index on one side whose value beats a_i: a stack of the indices still unanswered, kept in value order, finds every one in a single pass',
    when: (scene) => !scene.grid && scene.shape !== 'graph',
  },
  {
    technique: 'monotonic-stack',
    pattern:
      /\b(?:first|next|nearest|closest)\b (?:\w+ ){0,3}(?:with|that has|having|holding) (?:a |an )?(?:strictly )?(?:more|less|fewer|greater|higher|larger|smaller|lower|bigger)\b|\b(?:first|next|nearest|closest)\b (?:\w+ ){0,2}(?:on which|at which|in which|where|when|that is|which is) (?:[\w']+ ){0,5}(?:strictly )?(?:more|less|fewer|[a-z]+er) than\b(?! \d)|\bconsecutive\b[^.]{0,80}\b(?:ending|up to|backwards?|before)\b[^.]{0,80}\b(?:at most|no (?:more|higher|greater|less|lower) than|(?:less|greater) than or equal to|at least)\b[^.]{0,20}\b(?:that|this|the current|today)\b|\buntil\b (?:\w+ ){0,3}(?:first )?(?:falls?|drops?|dips?|rises?|climbs?|goes?|gets?) (?:below|above|under|over|past|higher|lower)\b/,
    weight: 3,
    why: 'the nearest later item that beats each one is what a stack of the items still waiting, kept in order, reveals',
    when: (scene) => !scene.grid && scene.shape !== 'graph',
  },
  {
    technique: 'monotonic-stack',
    pattern: LATER_ONE_THAT_BEATS,
    weight: 3,
    why: 'the nearest later item that beats each one is what a stack of the items still waiting, kept in order, reveals',
    when: (scene) => !scene.grid && scene.shape !== 'graph',
  },
  {
    technique: 'shortest-path',
    pattern:
      /\b(?:least|shortest|fastest|minimum|cheapest|smallest|lowest) (?:total )?(?:\w+ )?(?:time|distance|cost|delay|price|length|fare)s?\b[^.]{0,60}\b(?:from (?:\w+ )?([a-z]) to (?:\w+ )?([a-z])\b|from (?:every|each) \w+ to (?:every|each)\b|between (?:them|any two|every pair|each pair)\b)/,
    weight: 3,
    why: 'the best route between every pair of a few hundred nodes given as a matrix: improve every pair through every middle node (Floyd-Warshall)',
    // Every source at once, asked of the input itself or of a table of direct costs.
    when: (scene) =>
      /\bn x n\b|\bevery pair\b|\ball pairs\b/.test(scene.body) ||
      (/\bfrom (?:every|each) \w+ to (?:every|each)\b|\bbetween any two\b/.test(scene.body) &&
        /\bmatrix\b|\[i\]\[j\]|\bn rows\b/.test(scene.body)),
    also: ['dynamic-programming', 'graph'],
  },
];
