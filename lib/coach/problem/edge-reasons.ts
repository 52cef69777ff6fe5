import type { ConstraintFacts } from './constraints';
import type { InputKind, TechniqueId } from './types';

/*
 * The awkward shapes of an input (knowledge/traps.ts, SHAPE_TRAPS) are canned: the same words on
 * every page of that kind. Each is listed only where the page gives a reason for it, in the
 * method it points at or the words of its question; without one it is filler an interviewer
 * skips, such as input in reverse order on a count that never looks at the order.
 */

/** What a canned line's reason is read from. */
export interface CannedPage {
  /** Statement, examples and constraints, normalised and lower-cased. */
  body: string;
  facts: ConstraintFacts;
  kinds: readonly InputKind[];
  /** The methods the checklist takes traps from, leading first. */
  methods: readonly TechniqueId[];
  /** The likely techniques, the first three: a sort among them is the first step of the method. */
  likely: readonly TechniqueId[];
}

/**
 * Methods whose work or answer follows the order the values arrive in: a stack that never pops or
 * pops everything, pointers or a window walking the given order, a greedy pass over it, a merge
 * that counts what is out of order, a halving search for a value. A method that sorts first,
 * searches over the answer or keeps a heap is indifferent to it.
 */
const ARRIVAL_ORDER: readonly TechniqueId[] = [
  'two-pointers',
  'monotonic-stack',
  'stack',
  'greedy',
  'sliding-window',
  'divide-and-conquer',
];
/** A question about the order of values (a longest increasing run, sorted output). */
const SPEAKS_OF_ORDER =
  /\b(?:increasing|decreasing|ascending|descending|sorted|non-decreasing|non-increasing|inversions?)\b/;

/** Methods that compare values with one another, where equal values are ties to settle. */
const COMPARES: readonly TechniqueId[] = [
  ...ARRIVAL_ORDER,
  'sorting',
  'binary-search',
  'heap-priority-queue',
  'hash-table',
  'backtracking',
  'line-sweep',
];
/**
 * A question that compares values: the largest, equal ones, distinct ones, pairs and their
 * differences, one taller or warmer than another, an order among them, or two elements set against each other (`a_j < a_i`).
 */
const COMPARED = new RegExp(
  [
    String.raw`\b(?:max(?:imum|imal)?|min(?:imum|imal)?|largest|smallest|greatest|least|highest|lowest|biggest|longest|shortest|equal|same|distinct|unique|different|differences?|duplicates?|repeated|pairs?|greater|less|larger|smaller|bigger|exceeds?|majority|frequen(?:t|cy)|most|fewest|peaks?|rank|k-th|kth|median|common|in order|once|twice|often|occurrences?)\b|\b\w+er than\b|\b(?:tall|short|heavi|light|warm|cold|cheap|old|young|fast|slow|high|low|long|bigg|small|near|clos|strong|weak)est\b`,
    String.raw`\b[a-z]\w*(?:_[a-z]|\[[a-z]\]) ?(?:[<>]=?|!=|==?) ?[a-z]\w*(?:_[a-z]|\[[a-z]\])`,
  ].join('|'),
);

/** A value looked up: a halving search for it assumes an order, which reverse order breaks. */
const LOOKS_UP = /\btarget\b|\bkey\b|\blook(?:s|ing)? (?:up|for)\b|\bsearch(?:es|ing)? for\b/;

const arrivalOrderMatters = ({ body, methods, likely }: CannedPage) =>
  SPEAKS_OF_ORDER.test(body) ||
  (methods.includes('binary-search') && LOOKS_UP.test(body)) ||
  (methods.some((id) => ARRIVAL_ORDER.includes(id)) && !likely.includes('sorting'));

const valuesCompared = ({ body, methods }: CannedPage) =>
  methods.some((id) => COMPARES.includes(id)) || COMPARED.test(body);

/**
 * The input is a number whose range the page bounds: then the ends of that range are its cases. A
 * number beside a collection (a target, a k) has its ends said by the bounds' own lines, and a
 * page that counts items (N rounds, M pairs, at most 10^5 calls) reads a collection, whatever
 * number its reading leads with.
 */
const numberBounded = ({ facts, kinds }: CannedPage) =>
  kinds[0] === 'number' &&
  facts.variables.some((v) => v.upper !== undefined) &&
  !facts.variables.some((v) => v.role === 'size' || v.role === 'dimension' || v.role === 'item-size');

/** Each canned line with a reason, and what that reason is. */
const REASONS: readonly [RegExp, (page: CannedPage) => boolean][] = [
  [/^values already in order\b/i, arrivalOrderMatters],
  [/^all values equal\b/i, valuesCompared],
  [/^the smallest and the largest allowed value\b/i, numberBounded],
];

/** Whether the page gives a reason for a canned line; a line no reason is asked of always has one. */
export function hasReason(text: string, page: CannedPage): boolean {
  const reason = REASONS.find(([line]) => line.test(text))?.[1];
  return !reason || reason(page);
}
