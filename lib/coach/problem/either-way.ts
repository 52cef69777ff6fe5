import type { GreedyChoice } from './greedy-choices';
import type { TechniqueId } from './types';

/*
 * Every item takes one of exactly two options the statement names for it, and the answer is the
 * best over all items at once (a least total, a smallest spread, the most items placed). Which
 * item takes which option is settled by an exchange: two items whose choices are crossed can swap
 * them without making the answer worse, so in one order (by height, by how much one option saves
 * over the other, by position along the line) the choices change only once, or are made one item
 * at a time. Read from the two options and what is asked, never from a story word:
 *
 * - `shifted`: each value is moved once, up by one amount or down by the same amount, the gap
 *   between the largest and the smallest after the moves made least. Sorted, some smallest go up
 *   and the rest go down, so each split point is tried.
 * - `halves`: each item has a price of its own for each of two places (`cost[i][0]` or
 *   `cost[i][1]`, `a_i` or `b_i`) and each place takes exactly a fixed count. Moving one item
 *   across changes the total by its own difference alone: sorted by it, the first half go to one.
 * - `sides`: each item at a point of a line may lie over the stretch to its left
 *   (`[x_i - h_i, x_i]`) or to its right (`[x_i, x_i + h_i]`), no point shared, the most laid
 *   asked. Walked along the line, lying left whenever it fits never blocks a later item.
 *
 * Near misses stay out: options counted ("how many arrangements", modulo), options tied to the
 * neighbours' ("no three consecutive the same colour"), signs chosen to reach a target total, and
 * values moved again and again by operations (a least number of moves is a median or a formula).
 */

export type EitherWayShape = 'shifted' | 'halves' | 'sides';

/** An item's own quantity: x_i, cost[i]. */
const AT_I = String.raw`[a-z]+(?:_i\b|\[i\])`;

const UP = String.raw`(?:increas|rais|lift|add|grow|mov\w* up|push\w* up)\w*`;
const DOWN = String.raw`(?:decreas|lower|reduc|subtract|shrink|shrunk|mov\w* down|push\w* down)\w*`;
/**
 * Moved up or down by one amount the statement names once ("either increased by k or decreased
 * by k", "raised by d centimetres or lowered by d centimetres", "k is added to it or subtracted").
 */
const UP_OR_DOWN = new RegExp(
  [
    String.raw`\b${UP} (?:\S+ ){0,2}?by ([a-z])\b(?![_[])[^.]{0,60}?\bor (?:\w+ ){0,3}?${DOWN} (?:\S+ ){0,2}?by \1\b`,
    String.raw`\b${DOWN} (?:\S+ ){0,2}?by ([a-z])\b(?![_[])[^.]{0,60}?\bor (?:\w+ ){0,3}?${UP} (?:\S+ ){0,2}?by \2\b`,
    String.raw`\b([a-z]) is (?:added to|subtracted from)\b[^.]{0,60}?\bor\b[^.]{0,30}?\b\3 is (?:added to|subtracted from)\b`,
    String.raw`\beither (?:add|subtract)s? ([a-z]) (?:to|from)\b[^.]{0,40}?\bor (?:add|subtract)s? \4\b`,
    String.raw`\beither ([a-z]) is (?:added|subtracted)\b[^.]{0,40}?\bor\b[^.]{0,20}?\b(?:\5 is )?(?:added|subtracted)\b`,
    String.raw`(?:\+ ?([a-z]) or - ?\6|- ?([a-z]) or \+ ?\7)\b`,
  ].join('|'),
);
/** Moved over and over: operations counted, which is a median, a formula or a search. */
const REPEATED =
  /\bany number of (?:times|moves|operations)\b|\bin one (?:move|operation|step)\b|\boperations?\b|\b(?:number of|fewest|minimum) (?:moves|steps)\b/;
/** The gap between the largest and the smallest after the moves, made least. */
const SPREAD =
  /\b(?:difference|gap|spread|range|distance)\b (?:\w+ ){0,2}?between (?:the )?(?:\w+ ){0,2}?(?:\w+est|maximum|minimum|max|min)\b[^.]{0,40}\band (?:the )?(?:\w+ ){0,2}?(?:\w+est|maximum|minimum|max|min)\b/;

/** Two prices of one item, one for each place: "cost[i][0] ... or cost[i][1]", "a_i ... or b_i". */
const TWO_PRICES =
  /\b([a-z]+)\[i\]\[0\][^.]{0,100}?\bor\b[^.]{0,60}?\b\1\[i\]\[1\]|\b([a-z])_i\b[^.]{0,80}?\bor (?:\w+ ){0,3}?(?!\2_i)([a-z])_i\b/;
/** Each place takes exactly a fixed count: "exactly n drivers must be sent to each depot". */
const EXACT_COUNT =
  /\bexactly (?:[a-z]|half)\b(?! ?[_[(])[^.]{0,50}\b(?:each|every|both)\b|\b(?:each|every|both) (?:\w+ ){0,3}?(?:needs?|must (?:have|get|take|receive|hold)|gets?|has room for|holds?|takes?|receives?) exactly (?:[a-z]|half)\b(?! ?[_[(])/;

/** An item at a point lying over the stretch to its left, or to its right: [x_i - h_i, x_i], [x_i, x_i + h_i]. */
const LEFT_STRETCH = new RegExp(String.raw`\[ ?(${AT_I}) ?- ?${AT_I} ?, ?\1 ?\]`);
const RIGHT_STRETCH = new RegExp(String.raw`\[ ?(${AT_I}) ?, ?\1 ?\+ ?${AT_I} ?\]`);
/**
 * The items come in order along the line: "given in the order of ascending x_i", "x_1 < x_2 < …".
 * The scene's promise of a sorted input is kept for orders the question searches by, and a walk
 * along the line needs only the positions in order, so the shape reads it for itself.
 */
const ALONG_IN_ORDER = new RegExp(
  String.raw`\bin (?:the )?(?:order of )?(?:strictly )?(?:ascending|increasing) (?:order of )?(?:\w+ )?${AT_I}|\b([a-z])_1 ?< ?\1_2 ?<`,
);

/** The options counted, not chosen: a DP over the items. */
const COUNTED =
  /\bnumber of (?:different |distinct |good |valid )?(?:ways|arrangements|assignments|choices|configurations)\b|\bhow many (?:ways|of the|different|distinct|arrangements|assignments)\b|\bmodulo\b|\bmod 10\^9\b/;
/** An item's option tied to its neighbours': the choices interact along the row. */
const NEIGHBOURS_TIED =
  /\bno (?:two|three|\w+) (?:consecutive|adjacent|neighbou?ring)\b|\b(?:consecutive|adjacent|neighbou?ring) \w+ (?:may|must|can|should) not\b|\bsame (?:colou?r|option|side) as (?:its|the) (?:neighbou?r|previous|next)\b/;
/** Signs chosen to reach a total: a subset-sum table. */
const TARGET_TOTAL =
  /\b(?:sum|total|result)s? (?:\w+ ){0,3}?(?:equals?|is equal to|exactly|becomes?) (?:the )?(?:target|[a-z])\b|\bsigns?\b/;

const LEAST =
  /\b(?:least|minimum|smallest|lowest|minimal|cheapest)\b|\bminimi[sz]e\b|\bas (?:small|little|few) as possible\b/;
const MOST = /\b(?:largest|maximum|most|greatest|highest)\b|\bmaximi[sz]e\b|\bas many \w+ as possible\b/;

/** Reads an either-way choice, or null. */
export function readEitherWay(body: string, items: string | null): GreedyChoice | null {
  if (COUNTED.test(body) || NEIGHBOURS_TIED.test(body)) return null;
  const shift = body.match(UP_OR_DOWN);
  if (shift && SPREAD.test(body) && LEAST.test(body) && !REPEATED.test(body) && !TARGET_TOTAL.test(body))
    return { shape: 'shifted', items: items ?? 'values', partner: '', words: shift[0] };
  const prices = body.match(TWO_PRICES);
  if (prices && EXACT_COUNT.test(body) && (LEAST.test(body) || MOST.test(body)))
    return { shape: 'halves', items: items ?? 'items', partner: '', words: prices[0] };
  const left = body.match(LEFT_STRETCH);
  if (left && RIGHT_STRETCH.test(body) && MOST.test(body))
    return {
      shape: 'sides',
      items: items ?? 'items',
      partner: '',
      words: left[0],
      inOrder: ALONG_IN_ORDER.test(body),
    };
  return null;
}

/** What each shape is solved with, the deciding idea first, and why. */
export const EITHER_WAY_EVIDENCE: Record<
  EitherWayShape,
  { methods: readonly [TechniqueId, number][]; why: string }
> = {
  shifted: {
    methods: [
      ['greedy', 7],
      ['sorting', 3.5],
    ],
    why: 'every value moves once, up or down by the same amount: sorted, a value moved up above one moved down can swap with it without widening the gap, so some smallest go up and the rest down, and each split point is tried',
  },
  halves: {
    methods: [
      ['greedy', 7],
      ['sorting', 3.5],
    ],
    why: 'each item has its own price for each of two places and each place takes a fixed count: moving one item across changes the total by its own difference alone, so sorted by that difference the first ones go to one place',
  },
  sides: {
    methods: [
      ['greedy', 7],
      ['dynamic-programming', 3.5],
    ],
    why: 'each item lies to its left or to its right, no point shared, the most laid asked: walked along the line, lying left whenever it fits never blocks a later item, and right only when the next one leaves room (a DP over the last choice does the same)',
  },
};

/** The cost of each shape's walk, and why. */
export function eitherWayFigure(shape: EitherWayShape, sorted: boolean): [big: string, why: string] {
  switch (shape) {
    case 'shifted':
      return ['O(n log n)', 'sort the values once, then one pass tries every split point'];
    case 'halves':
      return ['O(n log n)', 'sort the items by the difference of their two prices once, then split'];
    case 'sides':
      if (sorted) return ['O(n)', 'the items come in order along the line, so one pass decides each'];
      return ['O(n log n)', 'sort the items along the line once, then one pass decides each'];
  }
}
