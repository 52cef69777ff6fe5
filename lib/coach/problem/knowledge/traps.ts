import { CLOSED_ENDS, HALF_OPEN_ENDS, HALF_OPEN_LISTED, RETAKEN_AT_ONCE } from '../coverage';
import type { Guarantee } from '../guarantees';
import type { InputKind, TechniqueId } from '../types';
import { LAP_FROM_A_START } from './choices';
import { AROUND_A_CIRCLE } from './circles';
import { PAIRED_LOOKUP } from './pairs';
import { ADVANCE_UP_TO } from './reach';
import { BALANCED_TREE } from './search-trees';
import { FEW_VALUES_IN_ORDER } from './sequences';
import { SPREAD_FROM_EVERY_SOURCE } from './spreads';
import { FIXED_WINDOW, TIME_WINDOW } from './windows';

/** The statement settles whether spans that touch at an end overlap. */
export const ENDS_SAID = new RegExp(
  `${CLOSED_ENDS.source}|${HALF_OPEN_ENDS.source}|${HALF_OPEN_LISTED.source}|${RETAKEN_AT_ONCE.source}`,
);
/**
 * The input is promised well formed ("expr is well formed", "s is a valid parentheses string", "it
 * is guaranteed that the brackets are balanced"); a question whether it is ("return true if s is
 * valid") promises nothing.
 */
const WELL_FORMED =
  /(?<!\b(?:if|whether|check|determine|decide)\b[^.]{0,40})\b(?:is|are) (?:always |guaranteed to be )?(?:well[- ]formed|balanced|properly nested|a valid (?:\w+ ){0,2}(?:expression|string|sequence))\b(?! (?:when|if|iff|means|exactly)\b)|\bguaranteed (?:to be )?(?:well[- ]formed|balanced|valid)\b/;

/** The statement counts alike items apart: "even if the crates weigh the same", "equal scores count separately". */
const COUNTED_APART =
  /\beven (?:if|when|though) (?:\w+ ){0,3}(?:weigh|have|has|are|is|look|hold|holds|show|carry|cost)s? (?:the same|equal)\b|\bcounts? (?:as )?(?:separately|apart)\b/;

/**
 * The tuples the answer lists must not repeat: "all the unique quadruplets", "must not contain
 * duplicate triplets", "each combination only once". "Pairs of indices i < j" and "two different
 * items" count positions, where equal values are different answers.
 */
const TUPLE = String.raw`(?:pairs?|triplets?|triples?|quadruplets?|tuples?|combinations?)`;
const TUPLES_UNREPEATED = new RegExp(
  String.raw`\b(?:unique|distinct) (?:\w+ )?${TUPLE}\b|\b(?:duplicate|repeated) (?:\w+ )?(?:${TUPLE}|answers?)\b|\b${TUPLE}\b[^.]{0,40}\b(?:must not (?:contain|repeat)|without (?:duplicates|repetition)|only once)\b`,
);

/**
 * The question lists or counts selections of the items themselves ("return all subsets", "count
 * the ways to choose crates"), or answers it wants told apart by value ("every different word the
 * tiles spell"): only then can equal items make one answer twice, and whether they should is worth
 * asking. A search for the best choice or a yes or no has nothing to repeat, nor has a list of
 * cuts or letters by position; "equal words count as different words" settles it outright.
 */
const SELECTION = String.raw`(?:ways|subsets?|combinations?|permutations?|arrangements?|orderings?|selections?|sets?|bags?|teams?|groups?|committees?|multisets?|triplets?|quadruplets?)`;
const VALUE = String.raw`(?:${SELECTION}|words?|strings?|spellings?|sequences?|lists?|numbers?|outcomes?)`;
const ANSWERS_LISTED = new RegExp(
  String.raw`^(?![\s\S]*\bcounts? as (?:different|distinct|separate)\b)[\s\S]*?(?:\b(?:distinct|different|unique) (?:\w+ ){0,2}?${VALUE}\b|\bduplicates?\b|\b(?:count|how many|number of|all|every|each|list|print|return|output|find) (?:\w+ ){0,3}?${SELECTION}\b)`,
  'i',
);

/**
 * Things that are opened and later closed: brackets, tags, nested blocks. A stack that keeps
 * plates, trays, pages or collisions has nothing left open and nothing closed too early.
 */
const OPENED_AND_CLOSED =
  /\b(?:brackets?|parenthes[ie]s|braces?|tags?|opening|closing|opens?|closes?|opened|closed|nested|nesting|unmatched)\b/i;

/** An input worth testing, and the guarantees that make it impossible (then it is not listed). */
export interface Trap {
  text: string;
  unless?: readonly Guarantee[];
  /** Listed only when some value may be negative. */
  negatives?: boolean;
  /** Listed only when some value the input gives may be zero (no lower bound of 1 or more). */
  zero?: boolean;
  /** Listed only when the statement speaks of this (values that change, for a trap about updates). */
  mentions?: RegExp;
  /** Listed only when the statement does not say this (a question it already settles). */
  silent?: RegExp;
  /**
   * A doubt about the method itself ("greedy may fail"): false where the page's structure proves
   * the method (an exchange argument) or Sparring's notes name it as the standard solution.
   */
  doubtsMethod?: boolean;
  /** A case of choosing between items: a sweep that only stretches a reach has no choice to make. */
  choice?: boolean;
  /** A case of a window whose length moves: a window of one given length never shrinks. */
  movingWindow?: boolean;
  /** A case of two routes to one node: a tree has one path between any two nodes. */
  cycles?: boolean;
  /**
   * Listed only when the bounds let a total of the values (or also a product of two) pass 2^31, or
   * give no bound to check: 10^5 values of at most 10^4 never overflow.
   */
  overflow?: 'sum' | 'sum-or-product';
}

/** The answer is a path or a chain of nodes, which may start below the root. */
const ANSWER_IS_A_PATH =
  /\bpaths?\b|\bchains?\b|\bdiameter\b|\broutes?\b|\bbranch\w*\b|\bbetween (?:any )?two nodes\b|\bnot (?:only|necessarily) (?:at |from |through )?the root\b|\bany node\b/;

/** The statement changes values after they are stored. */
const CHANGES = /\bupdat|\breplac|\bchang|\bmodif|\bassign|\bincrease|\bdecrease/;

/**
 * The inputs each technique is known to get wrong on a first attempt: what an interviewer
 * tries first when they read a solution built on it.
 */
export const TECHNIQUE_TRAPS: Partial<Record<TechniqueId, readonly Trap[]>> = {
  'sliding-window': [
    { text: 'A window that has to shrink all the way before it is valid again', movingWindow: true },
    { text: 'The best window is the whole input, or ends at the last position', movingWindow: true },
  ],
  'two-pointers': [
    // Three markers partitioning a few values: the value swapped in from the back is unread.
    {
      text: 'After a swap with the back marker the value brought in is still unchecked: look at it before moving on',
      mentions: FEW_VALUES_IN_ORDER,
    },
    {
      text: 'Only one or two of the few values present (all the same, or one missing)',
      mentions: FEW_VALUES_IN_ORDER,
    },
    { text: 'The two pointers meet on the same element: may one element count twice?' },
    // Only where the answer lists tuples of values that must not repeat: a count of pairs of
    // positions counts equal values apart, and one pair promised or a best pair repeats nothing.
    {
      text: 'Equal values next to each other, which must be skipped to avoid repeated answers',
      unless: ['distinct'],
      mentions: TUPLES_UNREPEATED,
    },
  ],
  'binary-search': [
    // Only where a value is looked up: a search over the answer has no target to fall outside.
    {
      text: 'A target smaller than every element, or larger than every element',
      mentions: /\btarget\b|\bkey\b|\blook(?:s|ing)? (?:up|for)\b|\bsearch(?:es|ing)? for\b/,
    },
    { text: 'The answer sits at the very first or the very last candidate (off-by-one at the bounds)' },
    // Said with what it assumes, so a promised answer visibly rules it out.
    {
      text: 'Every candidate passes the check, or none does and there is no answer',
      unless: ['answer-exists'],
    },
  ],
  'hash-table': [
    { text: 'An element pairing with itself when the lookup finds its own entry', mentions: PAIRED_LOOKUP },
    { text: 'The same value appearing more than once, with different positions', unless: ['distinct'] },
  ],
  'prefix-sum': [
    { text: 'A range that starts at the first position (count the empty prefix as 0)' },
    { text: 'Running totals that pass 2^31 before any range is subtracted', overflow: 'sum' },
  ],
  // A nesting the statement promises well formed has nothing left open and nothing closed early.
  stack: [
    { text: 'Items still open when the input ends', mentions: OPENED_AND_CLOSED, silent: WELL_FORMED },
    {
      text: 'A closing item arriving when nothing is open',
      mentions: OPENED_AND_CLOSED,
      silent: WELL_FORMED,
    },
  ],
  'monotonic-stack': [
    {
      text: 'Equal values side by side: pop on strictly greater or on greater-or-equal?',
      unless: ['distinct'],
    },
    // On a circle one pass leaves items waiting whose answer lies past the wrap.
    {
      text: 'Items that never find their answer and are still on the stack at the end',
      silent: AROUND_A_CIRCLE,
    },
    {
      text: 'Items still waiting after one pass, whose answer lies past the wrap, and the largest, which has none anywhere on the circle',
      mentions: AROUND_A_CIRCLE,
    },
  ],
  // A window's extreme lengths are cases only where the input sets its length (k consecutive items);
  // a window the statement fixes (the last five minutes) is tested at its far end instead.
  queue: [
    { text: 'A window of size 1, and one as long as the whole input', mentions: FIXED_WINDOW },
    {
      text: 'An event exactly one window-length old, at the window’s far end: is it still in?',
      mentions: TIME_WINDOW,
    },
    { text: 'Several events at the same moment, which leave the window together', mentions: TIME_WINDOW },
  ],
  'heap-priority-queue': [
    { text: 'Ties between equal keys: which one leaves the heap first, and does it matter?' },
    { text: 'Stale entries left in the heap after their item changed', mentions: CHANGES },
  ],
  // Something spreading from every source at once has no start and no goal: its cases are nothing
  // left to reach, and an item never reached (the output rule's no-answer line says that one).
  'breadth-first-search': [
    {
      text: 'The start is already the goal, so the answer needs no moves at all',
      silent: SPREAD_FROM_EVERY_SOURCE,
    },
    {
      text: 'The goal cannot be reached at all',
      unless: ['answer-exists', 'connected'],
      silent: SPREAD_FROM_EVERY_SOURCE,
    },
    {
      text: 'Nothing left to reach at the start, so not a single round passes',
      mentions: SPREAD_FROM_EVERY_SOURCE,
    },
  ],
  'depth-first-search': [
    { text: 'A long chain that makes recursion as deep as the input', silent: BALANCED_TREE },
    { text: 'Visiting a node twice through two different paths', cycles: true },
  ],
  backtracking: [
    // Only answers told apart by value can repeat; items the statement counts apart however alike
    // ("even if the crates weigh the same") are different answers, not the same one twice.
    {
      text: 'Equal items in the input that produce the same answer twice',
      unless: ['distinct'],
      mentions: ANSWERS_LISTED,
      silent: COUNTED_APART,
    },
    { text: 'The smallest input, where the only answer is the trivial one' },
  ],
  'dynamic-programming': [
    { text: 'The smallest inputs that only the base cases cover' },
    { text: 'A state that cannot be reached, which must not count as 0 by mistake' },
  ],
  greedy: [
    { text: 'Less gained than spent around the whole loop: no start works', mentions: LAP_FROM_A_START },
    {
      text: 'A position that lets you advance 0 before the end, where the farthest reach stops and the end cannot be reached',
      unless: ['answer-exists'],
      mentions: ADVANCE_UP_TO,
    },
    {
      text: 'Ties between equal choices: does taking one rather than the other change the answer?',
      choice: true,
    },
    { text: 'A case where the locally best first choice blocks a better total', doubtsMethod: true },
  ],
  'union-find': [
    { text: 'A link between two items already in the same group' },
    { text: 'Items never mentioned in any link, each a group of its own', unless: ['connected'] },
  ],
  'topological-sort': [
    // An order promised to exist has no cycle to block it.
    { text: 'A cycle, which makes any order impossible', unless: ['acyclic', 'answer-exists'] },
    { text: 'Items with no dependencies at all, which may come first in any order' },
  ],
  'shortest-path': [
    // Only where the bounds let a link cost nothing: a value, not a size, may be zero ("0 <= m"
    // says there may be no links at all, not that one is free).
    {
      text: 'Edges of weight zero, and a cheaper path that takes more steps',
      unless: ['positive'],
      zero: true,
      mentions:
        /\b0 <= [a-z]\w*(?:\[i\]|_i)?(?:, [a-z]\w*)* <=|\bzero (?:weight|cost|length|time)\b|\bcost(?:s)? nothing\b/,
    },
    { text: 'A node that cannot be reached from the start', unless: ['connected', 'answer-exists'] },
  ],
  'linked-list': [
    { text: 'The change touches the head, so the list starts at a different node' },
    // Slow and fast pointers find a middle, a cycle or a place counted from the end; a list only
    // relinked in batches or by value has no pointers to meet.
    {
      text: 'Exactly two nodes, where slow and fast pointers meet early',
      mentions: /\bmiddle\b|\bcycles?\b|\bloops?\b|\bfrom the end\b|\bhal(?:f|ves)\b|\bpalindrom/,
    },
  ],
  'binary-tree': [
    // A tree promised balanced has no long path; an answer that is one key, not a path, runs through nothing.
    { text: 'A tree that is one long path (every node has one child)', silent: BALANCED_TREE },
    { text: 'The answer runs through a node other than the root', mentions: ANSWER_IS_A_PATH },
  ],
  graph: [
    { text: 'Several separate components: start from every unvisited node', unless: ['connected'] },
    { text: 'An edge from a node to itself', unless: ['no-self-loops'] },
  ],
  'bit-manipulation': [
    {
      text: 'Negative numbers, whose highest bit is set in two’s complement',
      unless: ['non-negative', 'positive'],
      negatives: true,
    },
    { text: 'The value 0, which has no set bit', unless: ['positive'], zero: true },
    // Every value of n bits, 0 among them, whatever the bound on n: a case of the output, not the input.
    // 2^n values the input lists (`a_1 ... a_{2^n}`) are given, not every value of n bits.
    {
      text: 'The value 0 (no set bit), which the output includes whatever n is',
      mentions: /\b2\^n\b/,
      silent: /_\{2\^n\}|\[2\^n\]|\b(?:line|input) (?:contains|has|holds) 2\^n\b/,
    },
  ],
  sorting: [
    {
      text: 'Equal values or equal keys: does their relative order matter to the answer?',
      unless: ['distinct'],
    },
  ],
  'line-sweep': [
    { text: 'An end and a start at the same point: touching or overlapping?', silent: ENDS_SAID },
    {
      text: 'A span ending where another starts: the statement counts both ends, so they overlap there (starts before ends at a tie)',
      mentions: CLOSED_ENDS,
      silent: HALF_OPEN_ENDS,
    },
    {
      text: 'A span ending where another starts: the end frees its place for the start, so they do not overlap (ends before starts at a tie)',
      mentions: HALF_OPEN_ENDS,
    },
    { text: 'One interval containing all the others' },
  ],
  math: [
    { text: 'The largest allowed values, where intermediate results overflow', overflow: 'sum-or-product' },
    {
      text: 'The smallest allowed values, where a formula can break down (a division, a logarithm, an empty range)',
    },
  ],
  string: [
    { text: 'Upper-case letters, digits or spaces mixed in', unless: ['lowercase-only', 'fixed-alphabet'] },
    { text: 'Every character the same', unless: ['distinct'] },
  ],
  design: [
    { text: 'Operations called on an empty structure' },
    // Only a store of keys has a key to write twice; a stack or a counter has none.
    { text: 'The same key updated again after it was stored', mentions: /\bkeys?\b/ },
  ],
  'divide-and-conquer': [{ text: 'Odd lengths, where the halves are not the same size' }],
  'segment-tree': [
    { text: 'An update followed at once by a query over the same position', mentions: CHANGES },
    {
      text: 'A range covering the whole array, and one of a single position',
      mentions: /\bquer|\branges?\b/,
    },
  ],
  trie: [{ text: 'A word that is a prefix of another word' }, { text: 'The same word inserted twice' }],
  matrix: [{ text: 'Cells on the border and in the corners, where neighbours are missing' }],
};

/** Shapes of input that break first attempts, whatever the technique. */
export const SHAPE_TRAPS: Record<InputKind, readonly Trap[]> = {
  array: [
    { text: 'All values equal', unless: ['distinct'] },
    // A rotated list is never in reverse order.
    { text: 'Values already in order, and in reverse order', unless: ['sorted', 'rotated'] },
  ],
  string: [{ text: 'A single character', unless: ['min-two', 'grid-min-two'] }],
  intervals: [
    {
      text: 'Intervals that only touch at an end point (is [1,2] with [2,3] an overlap?)',
      silent: ENDS_SAID,
    },
    { text: 'Intervals given out of order', unless: ['sorted'] },
  ],
  tree: [{ text: 'A single node', unless: ['min-two'] }],
  graph: [
    { text: 'A node no edge touches: a component of its own', unless: ['connected'] },
    { text: 'Repeated edges between the same two nodes', unless: ['no-repeated-edges'] },
  ],
  'linked-list': [{ text: 'A single node', unless: ['min-two'] }],
  matrix: [{ text: 'A single row or a single column', unless: ['grid-min-two'] }],
  number: [{ text: 'The smallest and the largest allowed value' }],
};
