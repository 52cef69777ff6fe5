import { takenWholeUnderCapacity } from './amounts';
import { RUN_WIDTH_BUDGET } from './fixed-runs';
import type { Scene, Trigger } from './trigger';

/**
 * Triggers that read how a statement is built rather than the vocabulary of one problem: which
 * positions and values it compares, what it chooses again and again, what a range of the input is
 * worth, what the output enumerates. Pages rarely name a heap, a range tree, a monotonic stack or
 * a search over choices; they describe the situation these structures serve.
 */

/** A run of one sequence's terms written with an ellipsis: `a_l, a_l+1, ..., a_r`, `h[i+1], ..., h[j-1]`. */
const RUN = String.raw`\b([a-z]\w*)(?:_\w+|\[[^\]\s]+\])[^.\n]{0,60}?(?:\.\.\.|…|\\[lc]dots)[^.\n]{0,20}?\b\1(?:_\w+|\[[^\]\s]+\])`;
/** Two positions in input order, compared by their values: `i < j and nums[i] > 2 * nums[j]`. */
const ORDERED_PAIR = String.raw`\bi < j\b(?:[^.]|\.(?=\w)){0,60}?\b[a-z]\w*(?:\[i\]|_i) ?(?:<=|>=|<|>) ?(?:\d+ ?\* ?)?[a-z]\w*(?:\[j\]|_j)`;
/** A best item picked by rank: the heaviest, the shortest, the earliest… */
const EXTREME =
  '(?:heaviest|lightest|largest|smallest|biggest|shortest|longest|cheapest|dearest|earliest|latest|highest|lowest|greatest|least)';
const PICK = String.raw`\b(?:choose|chooses|chosen|pick|picks|take|takes|select|selects|process|processes|serve|serves|remove|removes|smash|smashes)\b`;
/** The pool the pick is made from changes: turn after turn, or as items become available. */
const AGAIN =
  /\b(?:each|every|on each|at each) (?:turn|step|round|move|time|day|second|minute)\b|\brepeatedly\b|\bwhenever\b|\buntil\b|\bavailable\b|\bidle\b|\bready\b/;

/** An item that arrives also ends: it finishes, leaves, takes a time to serve or has a deadline. */
const ENDS =
  /\b(?:ends?|ending|finish(?:es|ed|ing)?|leaves?|leaving|departs?|deadlines?|durations?|processing time|takes? (?:\w+ ){0,3}(?:time|minutes?|seconds?|hours?|days?|units?))\b/;

/** The question counts such pairs (or triples): how many earlier items beat each one. */
export const ORDERED_PAIRS_COUNTED = new RegExp(
  String.raw`\b(?:number|count) of (?:\w+ ){0,2}(?:pairs|triplets|triples)\b[\s\S]{0,200}?${ORDERED_PAIR}`,
);

/**
 * Three positions i < j < k whose values are ordered differently from the positions, neither
 * rising nor falling with them (`nums[i] < nums[k] < nums[j]`): the middle one must beat what
 * comes after it, which a stack of candidates answers in one pass.
 */
const TRIPLE_ORDER =
  /\bi < j < k\b[^.]{0,40}?\b([a-z]\w*)\[([ijk])\] ?([<>])=? ?\1\[([ijk])\] ?\3=? ?\1\[([ijk])\]/;
function zigzagTriple(body: string): boolean {
  const match = TRIPLE_ORDER.exec(body);
  if (!match) return false;
  const order = `${match[2]}${match[4]}${match[5]}`;
  return order !== 'ijk' && order !== 'kji';
}

const small = (scene: Scene) => (scene.largest ?? Number.POSITIVE_INFINITY) <= 20 && scene.shape !== 'values';
/** Sizes where every pair of items is too many, so pairs must be counted cleverly. */
const manyItems = (scene: Scene) => (scene.largest ?? 0) > 5000;

/** Each job goes to whichever server is free soonest: the earliest finish time among k, asked again per job. */
const FREE_SOONEST =
  /\b(?:becomes?|gets?|is|falls?) (?:free|available|idle|ready)(?: \w+){0,2} (?:first|earliest|soonest)\b|\b(?:first|earliest|soonest) (?:to become |to be )?(?:free|available|idle)\b|\bfrees? up first\b/;

/**
 * Each cost is paid either by one of a few passes that cover any cost whole, or by its amount out
 * of a budget ("one rope whatever the rise, or as many bags of chalk as the rise"): the passes
 * belong on the largest costs met so far, kept in a heap, and the budget pays the rest.
 */
const PASS_OR_AMOUNT =
  /\beither (?:use )?(?:one|a single|1) \w+\b[^.]{0,60}\bor (?:use )?(?:as many (?:\w+ ){1,3}?as|\(?[a-z]\w*\[i ?\+ ?1\] ?- ?[a-z]\w*\[i\]\)? \w+)/;

export const STRUCTURE_SHAPE_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'heap-priority-queue',
    pattern: PASS_OR_AMOUNT,
    weight: 3,
    why: 'the passes that cover a cost whole are best spent on the largest costs met so far: keep those in a min-heap as large as the number of passes, and pay the one pushed out of it from the budget',
    when: (scene) => !scene.design && !scene.grid,
    also: ['greedy'],
  },
  {
    technique: 'heap-priority-queue',
    pattern: FREE_SOONEST,
    weight: 3,
    why: 'each new item goes to the one that frees first: a heap keyed by when each becomes free hands it over in log time',
    when: (scene) => !scene.design,
  },
  {
    technique: 'heap-priority-queue',
    pattern: new RegExp(`${PICK}[^.]{0,60}?\\b${EXTREME}\\b`),
    weight: 3,
    why: 'the best item is taken again and again from a pool that changes, which a priority queue serves in log n',
    when: (scene) => AGAIN.test(scene.body) && !scene.design,
    also: ['greedy'],
  },
  {
    technique: 'heap-priority-queue',
    pattern:
      /\b(?:only|at most)\b(?: \w+)? one\b[^.]{0,40}\bat (?:a|any|the same) (?:time|day|moment)\b|\bone\b[^.]{0,20}\bat a time\b/,
    weight: 2.5,
    why: 'one thing at a time from items that open and close: sweep them in order and keep the open ones in a heap keyed by when they end',
    // Counting what fits, not weighing it: a best total of weighted items is a DP over them.
    when: (scene) =>
      !scene.design &&
      // Items that arrive and then end: letters that only arrive one at a time open nothing.
      (scene.kinds.includes('intervals') ||
        (/\benqueue|\bavailable\b|\barriv/.test(scene.body) && ENDS.test(scene.body))) &&
      !/\b(?:profits?|rewards?|values?|weights?|earn\w*|pays?)\b/.test(scene.body),
    also: ['greedy', 'sorting'],
  },
  {
    technique: 'heap-priority-queue',
    pattern:
      /\b(?:uses?|consumes?|spends?|burns?) (?:one|1|a|an) \w+ (?:of \w+ )?(?:per|for each|for every|every|each)\b[\s\S]{0,300}\b(?:refuel|refill|recharge|stops?)\b/,
    weight: 2.5,
    why: 'a resource spent as you go and topped up at stops: go as far as you can and, when stuck, take the best stop already passed from a heap',
    also: ['greedy'],
  },
  {
    technique: 'heap-priority-queue',
    pattern:
      /(?<!\b(?:differ\w*|vary|varies|apart) by )\b(?:at most|up to|exactly) [a-z]\b (?!(?:different|distinct)\b)(?:\w+ ){0,2}(?:\w+s|operation|time|move)\b[\s\S]{0,200}\b(?:maximi[sz]e|minimi[sz]e|maximum|minimum|largest|smallest)\b/,
    // A bound on how far apart two values are, or on how many different values stay, spends nothing.
    weight: 2,
    why: 'a budget of k moves, each best spent on the item that is currently largest (or smallest), which changes after every move: a heap keeps that item on top',
    // A capacity items are packed under whole is no budget of moves: the best worth is a knapsack.
    // Nor is a count of the items of one run ("exactly m adjacent lanterns"): fixed-runs.ts.
    when: (scene) =>
      !scene.ordered &&
      !scene.design &&
      scene.shape !== 'values' &&
      !takenWholeUnderCapacity(scene.body) &&
      !RUN_WIDTH_BUDGET.test(scene.body),
    also: ['greedy'],
  },
  {
    technique: 'two-pointers',
    pattern:
      /\b(?:rows?|each row)\b[^.]{0,60}\b(?:sorted|increas\w*|non-decreasing|ascending)\b[\s\S]{0,160}\b(?:columns?|each column)\b[^.]{0,60}\b(?:sorted|increas\w*|non-decreasing|ascending)\b|\bsorted\b[^.]{0,60}\b(?:rows? and columns?|columns? and rows?)\b/,
    weight: 3,
    why: 'with rows and columns both sorted, a walk from a corner rules out a whole row or column at each step',
    when: (scene) => scene.grid,
    also: ['binary-search'],
  },
  {
    technique: 'segment-tree',
    pattern: new RegExp(RUN),
    // As plain as naming the tree: the operation (a sum, an XOR, a minimum) is what it keeps.
    weight: 4,
    why: 'values change between questions about a run of the input, so each update and each question takes log n in a tree over the ranges',
    when: (scene) => scene.updates && !scene.design && scene.shape !== 'graph',
  },
  {
    technique: 'segment-tree',
    pattern: new RegExp(
      String.raw`\b(?:maximum|minimum|longest|largest|smallest|greatest|gcd|most|least)\b[^.]{0,80}?${RUN}|${RUN}[^.]{0,40}?\b(?:maximum|minimum|longest|largest|smallest|gcd)\b`,
    ),
    weight: 3,
    why: 'many questions about the best of a range cannot be answered by subtracting prefixes; a tree over the ranges merges O(log n) pieces',
    when: (scene) => scene.shape === 'add' && !scene.updates,
  },
  {
    technique: 'segment-tree',
    pattern: new RegExp(
      String.raw`\b(?:number|count) of (?:\w+ ){0,2}(?:pairs|triplets|triples)\b[\s\S]{0,200}?${ORDERED_PAIR}`,
    ),
    weight: 3,
    why: 'counting earlier items greater (or smaller) than each one is a prefix count in a tree over the values, or a merge sort',
    when: manyItems,
    also: ['divide-and-conquer', 'sorting'],
  },
  {
    technique: 'monotonic-stack',
    pattern: /\bi < j < k\b/,
    weight: 3,
    why: 'a triple whose values zigzag against their positions: keep candidates for the middle on a stack and the best last value popped so far',
    when: (scene) => zigzagTriple(scene.body),
  },
  {
    technique: 'monotonic-stack',
    pattern: new RegExp(String.raw`${ORDERED_PAIR}[\s\S]{0,160}?\bj ?- ?i\b`),
    weight: 3,
    why: 'the widest pair needs only the candidates that beat everything before them, kept on a stack in order',
    also: ['two-pointers'],
  },
  {
    technique: 'monotonic-stack',
    pattern: new RegExp(
      String.raw`\b(?:everybody|everyone|everything|all|every \w+|each \w+)\b (?:\w+ ){0,3}(?:in between|between them)\b[^.]{0,40}\b(?:shorter|smaller|lower|less|taller|larger|higher|greater)\b|\b(?:max|min)\(${RUN}`,
    ),
    weight: 3,
    why: 'what each item sees ends at its nearest taller (or smaller) neighbour, which a stack kept in order reveals',
  },
  {
    technique: 'monotonic-stack',
    pattern:
      /\b(?:strength|value|score|power|weight|cost|height) of (?:a|the|each|every) (?:\w+ )?(?:group|segment|subarray|window|range|block)\b (?:is|equals|is equal to|is defined as) (?:the )?(?:minimum|maximum|smallest|largest|min|max)\b|\b(?:min|max|minimum|maximum)\b[^.]{0,40}\branges? over (?:every|each|all)\b/,
    weight: 3,
    why: 'each value is the minimum (or maximum) of the runs that stop at its nearest smaller (or larger) neighbours, found with one stack',
    when: (scene) => scene.ordered,
  },
  {
    technique: 'monotonic-stack',
    pattern:
      /\b(?:remov|delet|eras|drop)\w*\b[\s\S]{0,160}?\b(?:smallest|largest|lexicographically smallest|lexicographically largest)\b (?:possible )?(?:\w+ ){0,2}(?:integer|number|string|result|sequence|subsequence|order)\b(?! of\b)|\b(?:smallest|largest) (?:possible )?(?:\w+ ){0,2}(?:integer|number|string|result|sequence|subsequence)\b[^.]{0,40}\b(?:after|by) (?:remov|delet|eras|dropp)\w*/,
    weight: 3,
    why: 'removing items to leave the smallest result, order kept: a larger item before a smaller one goes first, as a stack kept increasing shows',
    also: ['greedy'],
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\b(?:plays?|playing|play) optimally\b[\s\S]{0,300}\b(?:scores?|points|earns?|totals?|sums?|difference)\b|\b(?:scores?|points|earns?|totals?|sums?)\b[\s\S]{0,300}\b(?:plays?|playing|play) optimally\b/,
    weight: 3.5,
    why: 'a scored game over a listed sequence: the best margin from every remaining position is built from the positions one move later',
    when: (scene) => scene.shape === 'one' && (scene.largest ?? 0) <= 5000,
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\b(?:minimum|maximum|smallest|largest|least|most)\b (?:\w+ ){0,3}(?:sum|cost|total|score)\b[\s\S]{0,300}\b(?:next row|row \+ 1|directly below|down or right|right or down|only (?:move )?(?:down|right))\b|\b(?:next row|row \+ 1|directly below|down or right|right or down|only (?:move )?(?:down|right))\b[\s\S]{0,300}\b(?:minimum|maximum|smallest|largest|least|most)\b (?:\w+ ){0,3}(?:sum|cost|total|score)\b/,
    weight: 3,
    why: 'moves only go forward through the grid, so the best total into each cell is built from the cells that lead into it',
    when: (scene) => scene.grid,
  },
  {
    technique: 'dynamic-programming',
    pattern: /\b(?:longest|shortest|maximum|minimum|number of) (?:\w+ ){0,2}subsequences?\b/,
    weight: 2.5,
    why: 'a subsequence keeps the order but skips freely, so the best one for each prefix (or each range) is built from shorter ones',
  },
  {
    technique: 'depth-first-search',
    pattern:
      /\b(?:valid )?path (?:\w+ )?(?:exists|from)\b|\bcontains? a cycle\b|\b(?:has|have|is there) a cycle\b|\breachable\b|\bconnected components?\b/,
    weight: 2.5,
    why: 'whether one vertex reaches another, or a walk comes back to itself, is one traversal over the edge list',
    // A path whose edges carry lengths or costs is a shortest-path question first.
    when: (scene) => scene.shape === 'graph' && !scene.weighted,
    also: ['breadth-first-search', 'union-find'],
  },
  {
    technique: 'backtracking',
    pattern:
      /\b(?:return|find|list|print|output|generate)\b (?:\w+ ){0,3}?(?:all|every) (?:the )?(?:possible|valid|distinct|unique|different)\b/,
    weight: 3,
    why: 'the answer lists every possibility, and with so few items each is built one choice at a time and undone',
    when: small,
  },
  {
    technique: 'backtracking',
    pattern:
      /\b(?:each|every|all)\b[^.]{0,40}\b(?:used|placed|assigned|put|included|goes?)\b[^.]{0,20}\bexactly (?:once|one time)\b/,
    weight: 2.5,
    why: 'every item goes to exactly one place, and with so few items the assignments can be tried one by one with pruning',
    when: small,
    also: ['bit-manipulation', 'dynamic-programming'],
  },
];
