import { readBestRemaining } from './best-remaining';
import { type CoinSystemShape, readCoinSystem } from './coin-systems';
import { endsOf } from './coverage';
import { type EitherWayShape, readEitherWay } from './either-way';
import { type ExchangeOrderShape, readExchangeOrder } from './exchange-orders';
import { type GreedySweepShape, readGreedySweep } from './greedy-sweeps';
import { plural } from './hints/nouns';

/*
 * Greedy shapes beyond pairs and matchings (pairings.ts): a subset, a cover or an order whose
 * local choice an exchange argument proves safe, read from what is chosen, what is asked and the
 * freedom the statement gives, never from a story word alone.
 *
 * - `apart`: spans (from a_i to b_i) of which no two may clash, the most kept or the fewest
 *   removed. Sorted by end, each span that starts after the last kept end is kept. Spans that pay
 *   different amounts are a DP over the sorted ends and stay out.
 * - `stab`: the fewest points (checkpoints, arrows) so that every span holds one: sorted by end,
 *   a point at the end of the first span not yet hit.
 * - `pieces`: points on a line (leaks, houses, posts at x_i) covered by pieces of one fixed length
 *   or reach placed anywhere (a tarp from s to s + L, a lamp lighting everything within d), the
 *   fewest pieces asked: sorted, a piece starts at the leftmost point still uncovered. No spans
 *   are given, so the spans shapes above never see it.
 * - `cover`: the fewest spans whose union covers a whole line: from the point covered so far, the
 *   span reaching furthest among those that start within it. Counting the covers is a DP.
 * - `refuel`: the fewest stops on the way to a goal, each stop giving a supply that each distance
 *   takes: drive on, remember the stops passed in a max-heap and take the best only when stuck.
 * - `deadlines`: jobs of their own lengths, each due by its own time, the most finished: by due
 *   time, dropping the longest taken (a max-heap) whenever the clock passes a due time.
 * - `fraction`: goods that may be split, under a capacity, the most worth: by worth per unit.
 *   Goods taken whole or left are a knapsack and stay out.
 * - `cheapest`: a supply bought by the unit at stops passed in order, into a container that holds
 *   any amount, the least cost: each unit is best bought at the cheapest stop passed so far, a
 *   running minimum with no sort (the container bounds nothing, so no capacity is filled).
 * - `powers`, `canonical`: the fewest coins of a system the largest first is right for: worths
 *   1, K, K^2, … or worths the statement lists and coin-systems.ts checks. Worths given as input
 *   stay out: the largest first fails on some of them.
 * - `merge`: each step joins the two smallest items left, taken from a heap (best-remaining.ts).
 * - `regret`: each item met is taken, and the worst taken is given back from a heap when a running
 *   amount falls below zero (best-remaining.ts).
 * - `quickest`, `ratio`, `due`: every item served one at a time in a free order (exchange-orders.ts).
 * - `shifted`, `halves`, `sides`: every item takes one of two options the statement names (either-way.ts).
 */

export type GreedyChoiceShape =
  | 'apart'
  | 'stab'
  | 'pieces'
  | 'cover'
  | 'refuel'
  | 'deadlines'
  | 'fraction'
  | 'cheapest'
  | CoinSystemShape
  | 'merge'
  | 'regret'
  | ExchangeOrderShape
  | GreedySweepShape
  | EitherWayShape;

export interface GreedyChoice {
  shape: GreedyChoiceShape;
  /** The items as the page names them: "requests", "sprinklers". */
  items: string;
  /** What is placed, filled or reached: "checkpoints", "camel", "city". */
  partner: string;
  /** The words the reading rests on, quoted in reasons. */
  words: string;
  /** Whether a span holds its end, so one that starts there clashes with it: null when unsaid. */
  ends?: 'closed' | 'half-open' | null;
  /** The items come in order along their line, whatever the scene's promises say (either-way.ts). */
  inOrder?: boolean;
}

/** An item indexed by i: a_i, from_i, pos[i]. */
const AT_I = String.raw`[a-z]+(?:_i\b|_\{i\}|\[i\])`;
/** Items that run from a start to an end: "from time a_i to time b_i", "[left_i, right_i]". */
const SPANS = new RegExp(
  String.raw`\bfrom (?:\w+ ){0,2}?${AT_I} (?:up )?(?:to|until|till|through) (?:\w+ ){0,2}?${AT_I}|\b(?:starts?|begins?|opens?) (?:at|on) (?:\w+ ){0,2}?${AT_I}[^.]{0,40}\b(?:ends?|finish(?:es)?|closes?) (?:at|on) (?:\w+ ){0,2}?${AT_I}|\[\s*[a-z] ?- ?${AT_I}\s*,\s*[a-z] ?\+ ?${AT_I}\s*\]|\[\s*${AT_I}\s*,\s*${AT_I}\s*\]|\b(?:enters?|joins?|arrives?|gets? on|boards?) (?:at|on) (?:\w+ ){0,2}?${AT_I}[^.]{0,40}\b(?:leaves?|exits?|departs?|gets? off) (?:at|on) (?:\w+ ){0,2}?${AT_I}|${AT_I} ?<=? [a-z] ?<=? ${AT_I}|\bintervals?\b|\b[a-z]+\[i\] ?= ?\[\w+, ?\w+\]`,
);
/** Whether the items run from a start to an end, so an order by one end is theirs to take. */
export const spansIn = (body: string) => SPANS.test(body);
/** Two spans that share time cannot both be kept ("only one astronomer per night" says it too). */
const CLASH =
  /\boverlap\w*|\bclash\w*|\bconflict\w*|\bintersect\w*|\bshare (?:a|any|more than|some)\b|\bat the same time\b|\b(?:one|a single|only one) (?:\w+ ){0,2}at a time\b|\b(?:one|a single|only one) (?:\w+ ){0,2}(?:per|each|a) (?:night|day|hour|minute|second|moment|slot|time slot)\b/;
/** The spans kept or dropped are counted. */
const KEEP_OR_DROP =
  /\b(?:remov|cancel|delet|drop|discard|eras|reject|throw)\w*\b|\b(?:largest|maximum|most|greatest|highest) (?:possible )?number of\b|\bas many \w+ as\b/;
/** Items worth different amounts: the best total is a DP, whichever order is taken. */
const VALUED =
  /\b(?:profits?|pays?|paid|payments?|fees?|rewards?|money|earns?|earning|worth|prizes?|scores?)\b|\bvalues? (?:of|[a-z]_i\b)/;
/** The fewest of something asked. */
const FEWEST =
  /\b(?:smallest|minimum|fewest|least|minimal|lowest) (?:possible )?(?:total )?(?:number of )?(\w+)/;
/** Every span gets one of the placed points. */
const EVERY_SPAN_HIT =
  /\b(?:so that|such that|so) (?:every|each|all)\b[^.]{0,80}\b(?:at least (?:once|one)|is (?:hit|caught|checked|inspected|burst|pierced|visited))\b|\b(?:burst|hit|pierce|inspect|check|catch)\w* (?:all|every|each)\b|\b(?:every|each|all) \w+ whose \w+ (?:contains?|includes?|covers?)\b/;
/** Every point of a line is covered by a chosen span. */
const WHOLE_LINE =
  /\b(?:every|each|any) (?:\w+ ){0,2}(?:point|moment|minute|hour|second|instant)s? (?:\w+ ){0,5}at least one \w+ (?:is |are )?(?:on duty|on watch|present|working|open|awake)\b|\b(?:every|each|all|any) (?:\w+ ){0,2}(?:point|position|moment|minute|hour|second|metre|meter|kilometre|unit|part|inch|spot)s?\b[^.]{0,80}\b(?:covered|watered|lit|watched|guarded|served|staffed|monitored|heard|painted|reached)\b|\b(?:covers?|covering) (?:the )?(?:whole|entire|every|all)\b|\b(?:whole|entire) (?:\w+ )?(?:is|gets?|be) (?:covered|watered|lit|watched|guarded|served|staffed)\b/;
/** Points with positions of their own: "the i-th leak is at x_i", "house i stands at position p[i]". */
const POINTS_AT = new RegExp(
  String.raw`\b(?:is|are|stands?|sits?|lies?|located) (?:at|on) (?:the )?(?:\w+ ){0,2}?${AT_I}|\bat (?:positions?|coordinates?|distances?|points?) ${AT_I}|\bpositions? (?:of (?:the )?\w+ )?(?:is |are )?${AT_I}`,
);
/**
 * Pieces of one length or reach, placed anywhere: "each of length l", "covers from s to s + l",
 * "lights everything within distance d". One letter, not an item's own (l, not l_i).
 */
const ONE_LENGTH =
  /\b(?:each |all |every one )?(?:of |with |has |have )(?:the same |a fixed |fixed )?(?:length|width|reach|range|radius) (?:of )?[a-z]\b(?!_|\[)|\bfrom ([a-z]) to \1 ?\+ ?[a-z]\b(?!_|\[)|\[([a-z]), ?\2 ?\+ ?[a-z]\]|\bwithin (?:a )?(?:distance (?:of )?)?[a-z]\b(?!_|\[)(?: (?:of|from) (?:it|them|its)\b)?/;
/** Every point ends up under a piece. */
const EVERY_POINT =
  /\b(?:so that|such that|so) (?:every|each|all)\b|\b(?:covers?|cover all|lights?|reach(?:es)?|protects?) (?:every|each|all)\b/;

/** The count of ways is a DP, whatever the shape. */
const COUNT_WAYS =
  /\bnumber of (?:different |distinct )?(?:ways|pavings|tilings|sequences|arrangements)\b|\bhow many ways\b/;
/** A supply carried and spent along the way. */
const SUPPLY =
  /\b(?:fuel|gas|petrol|charge|battery|energy|oxygen|water|stamina)\b[^.]{0,120}\b(?:one|1|a) (?:unit|litre|liter|gallon) (?:per|for each|every)\b|\b(?:uses?|burns?|consumes?|costs?|spends?) (?:one|1|a) (?:unit|litre|liter|gallon)\b/;
/** Stops along the way that give some of it. */
const STOPS_THAT_GIVE =
  /\b(?:stations?|chargers?|depots?|pumps?|oases|oasis|wells?|springs?|stops?)\b[^.]{0,120}\b(?:adds?|gives?|provides?|refills?|holds?|has|with|lets?) (?:\w+ ){0,3}(?:units?|litres?|liters?|gallons?|fuel|charge)\b/;
/** The fewest stops to get there. */
const FEWEST_STOPS =
  /\b(?:fewest|minimum|least|smallest) (?:number of )?(?:stops?|refuel\w*|recharg\w*|times?|stations?|chargers?|depots?|pumps?|oases|wells?|springs?)\b/;
/** Jobs of lengths of their own, each due by a time of its own. */
const OWN_LENGTH = new RegExp(
  String.raw`\b(?:takes?|lasts?|needs?|requires?) ${AT_I} (?:hours?|days?|minutes?|seconds?|units?)`,
);
const OWN_DUE = new RegExp(
  String.raw`\bdeadlines?\b|\b(?:finished|done|completed|delivered) (?:by|before|no later than) (?:the end of )?(?:hour |day |time |minute )?${AT_I}`,
);
const MOST_DONE = /\b(?:largest|maximum|most|greatest) (?:possible )?number of\b|\bas many \w+ as\b/;
/** Goods that may be split, so that a part of one is worth its share. */
const SPLIT =
  /\b(?:can|may) be (?:split|divided|broken|cut|taken in part)\b|\b(?:any|a) (?:part|portion|fraction) of\b|\bfractions? of\b|\bpartially\b|\bany amount\b|\bnot necessarily (?:whole|integer|integral)\b/;
/** A bound on what is carried. */
const CAPACITY =
  /\b(?:carry|carries|hold|holds|capacity|fit|fits|load)\b|\bat most [a-z] (?:grams|kilograms|kg|litres|liters|units|tonnes|pounds)\b/;
/**
 * A container that holds whatever is put in it ("skins hold any amount", "a tank of unlimited
 * capacity") bounds nothing: the amount bought is set by what the way ahead needs, not by a load.
 */
const BOUNDS_NOTHING =
  /\b(?:carry|carries|hold|holds|fit|fits|load)\b (?:\w+ )?(?:any amount|any quantity|as much as|an unlimited amount|unlimited amounts?)\b|\b(?:unlimited|infinite|unbounded) capacity\b|\bcapacity is (?:unlimited|infinite|unbounded)\b/g;

/** The least money spent. */
const LEAST_COST =
  /\b(?:least|minimum|smallest|lowest|cheapest) (?:possible )?(?:total )?(?:number of )?(?:cost|coins|money|price|spend\w*)\b/;
/** A price by the unit: "sold at p_i coins per litre", "costs p_i per litre", "sells for P_i rupees per sack". */
const PER_UNIT =
  /\b(?:costs?|sells? (?:for|at)|sold (?:at|for)|priced at|charges?|prices?)\b[^.]{0,40}\b(?:per|a|each) (?!day\b|hour\b|minute\b|second\b|kilometre\b|kilometer\b|mile\b)[a-z]+\b/;

/** What a part is worth: a worth named, or an amount per unit of size. */
const WORTH =
  /\b(?:worth|value|price|profit)\w*\b|\b(?:each|per|every) (?:gram|kilogram|kg|litre|liter|unit|tonne|pound)\b/;
/** Reads which of these greedy shapes the page's answer has, or null. */
export function readGreedyChoice(body: string): GreedyChoice | null {
  if (COUNT_WAYS.test(body)) return null;
  const spans = body.match(SPANS);
  const fewest = body.match(FEWEST);
  const length = body.match(ONE_LENGTH);
  if (length && fewest && POINTS_AT.test(body) && EVERY_POINT.test(body) && !VALUED.test(body))
    return {
      shape: 'pieces',
      items: fewest[1] ?? 'pieces',
      partner: countedNoun(body) ?? 'points',
      words: length[0],
    };
  if (spans && !VALUED.test(body)) {
    const cover = body.match(WHOLE_LINE);
    if (cover && fewest) return { shape: 'cover', items: fewest[1] ?? 'spans', partner: '', words: cover[0] };
    const hit = body.match(EVERY_SPAN_HIT);
    if (hit && fewest)
      return { shape: 'stab', items: 'spans', partner: fewest[1] ?? 'points', words: hit[0] };
    const clash = body.match(CLASH);
    if (clash && KEEP_OR_DROP.test(body))
      return {
        shape: 'apart',
        items: countedNoun(body) ?? 'spans',
        partner: '',
        words: clash[0],
        ends: endsOf(body),
      };
  }
  const supply = body.match(SUPPLY);
  if (supply && STOPS_THAT_GIVE.test(body) && FEWEST_STOPS.test(body))
    return { shape: 'refuel', items: 'stops', partner: '', words: supply[0] };
  const due = body.match(OWN_DUE);
  if (due && OWN_LENGTH.test(body) && MOST_DONE.test(body) && !VALUED.test(body))
    return { shape: 'deadlines', items: countedNoun(body) ?? 'jobs', partner: '', words: due[0] };
  const split = body.match(SPLIT);
  const unbounded = body.match(BOUNDS_NOTHING);
  if (unbounded && LEAST_COST.test(body) && PER_UNIT.test(body))
    return { shape: 'cheapest', items: countedNoun(body) ?? 'stops', partner: '', words: unbounded[0] };
  if (split && CAPACITY.test(body.replace(BOUNDS_NOTHING, ' ')) && WORTH.test(body))
    return { shape: 'fraction', items: countedNoun(body) ?? 'goods', partner: '', words: split[0] };
  const items = countedNoun(body);
  return (
    readCoinSystem(body) ??
    readExchangeOrder(body, items) ??
    readBestRemaining(body, items) ??
    readGreedySweep(body, items) ??
    readEitherWay(body, items)
  );
}

/** An order a swap of neighbours settles, read alone: among few items the other shapes stand down. */
export const readOrderOfFew = (body: string) => readExchangeOrder(body, countedNoun(body));

/** Words that index or count something other than the items chosen. */
const NOT_ITEMS =
  /^(?:integers|numbers|lines|days|hours|minutes|cases|tests|queries|elements|values|entries|and|the|line|test|query|element|value|day|hour|minute|type|kind|position|index)s?$/;

/** The items the statement names: "meeting i" → "meetings", else "n booking requests" → "requests". */
function countedNoun(body: string): string | null {
  const indexed = body.match(/\b([a-z]{3,}) i\b(?! ?[=<>+-])/)?.[1];
  if (indexed && !NOT_ITEMS.test(indexed)) return plural(indexed);
  const counted = body.match(/\b[nm] (?:[a-z]+ )?([a-z]{3,}s)\b/)?.[1];
  return counted && !NOT_ITEMS.test(counted) ? counted : null;
}

/**
 * Items that come in order for the walk: promised sorted, or spans listed by an end even where the
 * question never names that end (an order by start still lets one pass keep, stab or cover).
 */
export function inWalkOrder(sorted: boolean, sortedBy: string | null): boolean {
  // Whole words: "sorted by total score" or "by topic" is no end of a span.
  return (
    sorted || /^(?:start|end|begin|finish|left|right|from|to)(?:s|es|ed|ing|ning)?\b/.test(sortedBy ?? '')
  );
}
