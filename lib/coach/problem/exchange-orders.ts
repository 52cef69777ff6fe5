import type { GreedyChoice } from './greedy-choices';
import { plural, singular } from './hints/nouns';

/*
 * Every item is served, one at a time, in an order the answer chooses, and each item's cost is read
 * off the moment it is finished: the order is the whole choice, and swapping two neighbours
 * changes only their own two costs, so the order that wins every such swap is optimal (an
 * exchange argument). Which order wins is read from the quantities each item carries:
 *
 * - `quickest`: only a length of its own (the sum of finishing or waiting times, a reward of a
 *   target minus the finishing time, whose targets add up the same in every order): shortest first.
 * - `ratio`: a length and a charge per unit of time until it is finished: i before j exactly when
 *   t_i * w_j < t_j * w_i, so by length per unit of charge.
 * - `due`: a length and a due time of its own, the worst lateness made least (or every item on
 *   time): earliest due first.
 *
 * Items with a start and an end of their own are spans (greedy-choices.ts), items chosen or left
 * (the most finished, the best paid) are a selection, not an order, and stay out.
 */

export type ExchangeOrderShape = 'quickest' | 'ratio' | 'due';

/** An item's own quantity: t_i, fire[i], a_{i}. */
const AT_I = String.raw`[a-z]+(?:_i\b|_\{i\}|\[i\])`;
const TIME_UNIT = String.raw`(?:time )?(units?|hours?|days?|minutes?|seconds?|weeks?|months?)\b`;
/** One server, one item at a time: "one machine at a time", "one after another", "a single machine processes". */
const ONE_AT_A_TIME =
  /\b(?:a single|only one|just one) \w+ (?:\w+ )?(?:processes|serves|handles|works on|bakes|fires|repairs|prints|does|runs)\b|\bone (?:\w+ ){0,5}?at a time\b|\bonly one (?:\w+ )?(?:per|a|each) (?:day|hour|minute)\b|\bone after (?:another|the other)\b|\bbefore (?:starting|beginning) (?:the next|another)\b|\bas soon as the previous\b/;
/**
 * The order is fixed by the statement: "in the order they arrive", "in this order". Where nothing
 * fixes it, one server taking every item in turn is free to take them in any order, whether or not
 * the page says so ("in any order", "choose the order" are often left out).
 */
const ORDER_FIXED =
  /\bin (?:the )?(?:same |given )?order (?:given|listed|shown|of (?:the )?(?:input|arrival|their arrival|the list|indices)|in which they (?:arrive|are given|are listed|appear)|they (?:arrive|are given|are listed|appear))\b|\bin this order\b|\bin (?:the )?(?:given|input) order\b|\bfirst come,? first served\b/;
/**
 * Each item takes a time of its own: "needs t_i days", "stays in the kiln for fire[i] minutes",
 * "a duration d_i", "processing time p_i".
 */
const OWN_LENGTH = new RegExp(
  String.raw`\b(?:takes?|needs?|lasts?|requires?|for) ${AT_I} (?:\w+ )?${TIME_UNIT}|\b${AT_I} ${TIME_UNIT}(?: of work| to (?:\w+ ){1,2}(?:finish|complete|bake|cook|build|fire|fix|repair|serve|process|print))|\b(?:duration|processing time|length|service time)s? (?:of )?${AT_I}`,
);
const PER_TIME = String.raw`(?:for (?:every|each)|per|each) (?:day|hour|minute|second|unit|week|month)\b`;
/**
 * Each item charges for every unit of time until it is finished, the charge told before the time
 * ("f_i coins for every day until") or after it ("for each day of delay he pays s_i cents"), or a
 * weight its finishing time is multiplied by ("a weight w_i", "the sum of w_i * c_i").
 */
const OWN_RATE = new RegExp(
  String.raw`\b${AT_I} (?:([a-z]+) )?(?:\w+ ){0,2}(?:${PER_TIME}|a (?:day|hour|minute|week)\b)|\b${PER_TIME}[^.]{0,60}?\b(?:pays?|charges?|costs?|fines?|penalty|loses?)\b[^.]{0,20}?${AT_I} ([a-z]+)|\b(weight)s? (?:of )?${AT_I}|(?:${AT_I}) ?\* ?[a-z]+_i\b`,
);
/** Each item has a time it is due by: "promised for minute d_i", "due at d_i", "a deadline d_i". */
const OWN_DUE = new RegExp(
  String.raw`\b(?:due|promised|deadline|expected|needed|wanted)\w* (?:\w+ ){0,3}?${AT_I}`,
);
/** The worst item made as good as possible, or every item on time. */
const WORST_LATENESS =
  /\b(?:largest|maximum|greatest|worst|biggest) (?:\w+ )?lateness\b|\b(?:latest|last) \w+ (?:to be |is )?as (?:little|few|short) \w*\b|\b(?:every|each|all) \w+ (?:\w+ )?on time\b/;
/** A total over all items of what the order costs them, made least (or a total reward most). */
const TOTAL_ASKED =
  /\b(?:smallest|least|minimum|lowest|minimal|largest|most|maximum|greatest|highest) (?:possible )?(?:\w+ )?(?:sum|total|average)\b|\b(?:sum|total)\b[^.]{0,40}\bas (?:little|small|large|much) as possible\b|\bminimi[sz]e (?:the )?(?:\w+ )?(?:sum|total|average)\b|\b(?:sum|total|average)\b[^.]{0,100}\bminimi[sz]ed\b|\b(?:smallest|least|minimum|lowest|minimal) (?:possible )?(?:total |average )?(?:fines?|penalt\w*|waiting|completion)\b/;
/** Items chosen or left, not ordered: "the most finished", "pays only if", "skip". */
const SELECTION =
  /\b(?:largest|maximum|most|greatest) (?:possible )?number of\b|\bonly if\b|\bskip\w*\b|\bchoose (?:some|which|a subset)\b/;
/** Items with a start and an end of their own. */
const OWN_START = new RegExp(String.raw`\b(?:starts?|begins?|arrives?|from) (?:at )?(?:\w+ ){0,2}?${AT_I}`);

/** Reads an order of all items that an exchange of neighbours settles, or null. */
export function readExchangeOrder(body: string, items: string | null): GreedyChoice | null {
  if (!ONE_AT_A_TIME.test(body) || ORDER_FIXED.test(body) || SELECTION.test(body) || OWN_START.test(body))
    return null;
  const length = body.match(OWN_LENGTH);
  if (!length) return null;
  // The unit the lengths are told in names them in the hints: "the fewest days first".
  const told = length[1] ?? length[2] ?? 'units';
  const unit = told.endsWith('s') ? told : plural(told);
  const named = items ?? 'items';
  const due = body.match(OWN_DUE);
  if (due && WORST_LATENESS.test(body)) return { shape: 'due', items: named, partner: unit, words: due[0] };
  if (!TOTAL_ASKED.test(body)) return null;
  const rate = body.match(OWN_RATE);
  if (rate && rate.index !== length.index)
    return {
      shape: 'ratio',
      items: named,
      partner: `${unit} of work per ${rate[3] ? 'unit of weight' : `${singular(rate[1] ?? rate[2] ?? 'unit')} charged`}`,
      words: rate[0],
    };
  return { shape: 'quickest', items: named, partner: unit, words: length[0] };
}

/** Every exchange order is decided by one sort and a clock run through it. */
export const EXCHANGE_ORDER_EVIDENCE: Record<
  ExchangeOrderShape,
  { methods: readonly ['greedy' | 'sorting', number][]; why: string }
> = {
  quickest: {
    methods: [
      ['greedy', 7],
      ['sorting', 3.5],
    ],
    why: 'every item is served one at a time and each costs its finishing time: swapping a longer one ahead of a shorter neighbour only adds, so the shortest go first',
  },
  ratio: {
    methods: [
      ['greedy', 7],
      ['sorting', 3.5],
    ],
    why: 'every item is served one at a time and charges for each unit of time until it is finished: two neighbours are in the right order when length times the other charge is smaller, so order by length per unit of charge',
  },
  due: {
    methods: [
      ['greedy', 7],
      ['sorting', 3.5],
    ],
    why: 'every item is served one at a time, each due by its own time, the worst lateness made least: swapping two neighbours out of due order never makes the later of them worse, so the earliest due go first',
  },
};

export function exchangeOrderFigure(shape: ExchangeOrderShape): [big: string, why: string] {
  const key = shape === 'due' ? 'due time' : shape === 'ratio' ? 'length per unit of charge' : 'length';
  return ['O(n log n)', `sort by ${key} once, then one pass runs the clock and adds up each finishing cost`];
}
