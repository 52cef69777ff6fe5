import { proseSentencesOf } from '../sentences';
import { unitsWithinABudget, worstPartAfterTheAsk } from './answer-budgets';
import { RUN_OF_INPUT } from './runs';
import type { Trigger } from './trigger';

/**
 * The answer is one number chosen as the largest or smallest that passes a check: a bag size, a
 * hold, a pace, a moment, a cap, a gap. The check is a pass over the items (or a formula) for a
 * given value, and it only gets easier one way: a bigger hold never needs more trips, a later
 * moment never has fewer widgets. Read from how the ask is built, whatever the story calls it:
 *
 * - two opposite superlatives, one inside the other, with what "can" be reached ("the smallest
 *   thickness the thickest shelf can have", "the shortest the longest stretch can be made");
 * - one superlative on a setting tied to a condition ("the most sweets one bag can hold", "the
 *   first second by which the presses have stamped k widgets", "the smallest x that keeps the
 *   total no greater than r", "the largest cap for which the fund pays out at most b").
 *
 * Left alone: a best total over choices (a DP), a position in sorted data (a plain halving
 * search), a count of moves or chosen pieces, the length of a run (a window), the k-th of a list,
 * and checks that are not monotone (a length that divides every board, a count that must be exact).
 */

export interface AnswerSetting {
  /** 'most' when the answer is the largest value that passes, 'least' when the smallest. */
  way: 'most' | 'least';
  /** The worst part pushed as far as it goes, or a setting held to a condition. */
  form: 'minimax' | 'threshold';
  /** The answer in the statement's words ("the most sweets one bag can hold"), or '' where none quotes well. */
  phrase: string;
  /** Read from the worst part named after the ask, or from units a shared budget pays for (answer-budgets.ts). */
  by?: 'worst-part-after-the-ask' | 'units-within-a-budget';
}

const MOST =
  'largest|greatest|most|biggest|highest|longest|maximum|widest|latest|tallest|heaviest|thickest|farthest|furthest|fastest|deepest|strongest';
const LEAST =
  'smallest|least|fewest|lowest|shortest|minimum|earliest|first|slowest|narrowest|lightest|thinnest|nearest|closest|weakest';

/** A parameter's letter: never i (an index) nor n (the input's own size) nor a. */
const PARAMETER = '[b-hj-mo-z]';
/** Words that follow a comparison or a letter without naming a bound or the things counted. */
const NOT_A_NAME =
  '(?:one|two|three|four|five|six|ten|half|once|twice|zero|all|any|each|most|some|the|its|her|his|this|that|what|is|was|has|does|as|us|also)';

/** A sentence that asks for something, and the superlative it asks for. */
const ASK = new RegExp(
  String.raw`\b(?:return|print|output|find|report|determine|compute|calculate|what is|tell|say)\b[^.;!?]*?(?<!-th |\bk |second |third )\b(?:the )?(${MOST}|${LEAST})\b([^.;!?]*)`,
);

/** The inner superlative of the other way, and what can be reached with it. */
const INNER = (way: 'most' | 'least') =>
  new RegExp(
    String.raw`^ (?:(?!and\b|or\b)[\w\[\]_]+ ){0,6}?(?:${way === 'most' ? LEAST.replace('first|', '') : MOST})\b[^.;!?]{0,80}?\b(?:can|could|may|possible|will)\b`,
  );

/**
 * The worst part named and then pushed the other way: "the distance between the two closest shops
 * is maximized", "the longest day is as short as it can be".
 */
const SMALL_AS_IT_GOES =
  '(?:minimi[sz]ed|as (?:small|short|low|little|light|cheap|early) as (?:it can be|it could be|can be|possible))';
const LARGE_AS_IT_GOES =
  '(?:maximi[sz]ed|as (?:large|big|long|high|far|wide|great) as (?:it can be|it could be|can be|possible))';
const PUSHED = new RegExp(
  String.raw`\b(?:(${MOST})\b(?:(?!\band\b|\bor\b)[^.;!?]){0,60}?\b(?:is|be|becomes?) ${SMALL_AS_IT_GOES}|(?:${LEAST.replace('first|', '')})\b(?:(?!\band\b|\bor\b)[^.;!?]){0,60}?\b(?:is|be|becomes?) ${LARGE_AS_IT_GOES})`,
);

/**
 * Parts the page names by a parameter ("m shops", "k new benches", "exactly k days"), other than
 * the items themselves ("t boxes" where "the i-th box" is an item): what the items are split into
 * or what is placed among them.
 */
const PARTS_NAMED = new RegExp(
  String.raw`\b${PARAMETER} (?:(?![a-z-]+s )[a-z-]+ )?(?!${NOT_A_NAME}\b|(?:lines|integers|numbers|values|queries)\b)([a-z]{2,})s\b`,
  'g',
);
const ITEM_NAMED = /\bi-?th ([a-z]{3,})\b|\b(?!the\b|and\b|for\b|with\b)([a-z]{3,}) i\b/g;

function partsNamed(body: string): boolean {
  const items = [...body.matchAll(ITEM_NAMED)].map(([, before, after]) => before ?? after ?? '');
  return [...body.matchAll(PARTS_NAMED)].some(
    ([, part = '']) => !items.some((item) => part.startsWith(item)),
  );
}

/** Units a setting is measured in, which "the least number of" may count; other plurals are choices. */
const UNITS =
  'seconds?|minutes?|hours?|days?|weeks?|months?|years?|evenings?|nights?|mornings?|kilograms?|grams?|tonnes?|tons?|kilos?|litres?|liters?|metres?|meters?|centimetres?|centimeters?|kilometres?|kilometers?|miles?|pages?|layers?|levels?|units?|watts?|volts?';

/** A plural that counts things rather than measuring in a unit: "stalls", not "days". */
const COUNTED_ITEMS = new RegExp(String.raw`^(?:[a-z]+ )?(?!(?:${UNITS})\b)[a-z]+s\b`);

/** The setting, then what ties it to the check. */
const SETTING = new RegExp(
  String.raw`^ (?:(?:whole|integer|positive|possible|non-negative) )*(?:number of (?=(?:${UNITS})\b)|amount of )?((?:[\w\[\]_]+ ){0,3}?)(?:such that|so that|for which|with which|by which|on which|at which|after which|under which|when|(?:that|which) (?:still )?(?:lets?|allows?|keeps?|makes?|gets?|guarantees?|ensures?|suffices?|is enough|works?)\b|(?:one|a|an|the|each|every|any|its|his|her|their|this|that) (?:[a-z]+ )?[a-z]+ (?:can|could|must|needs? to|has to|have to|will|would)\b)([^.;!?]*)`,
);

/**
 * What a setting never is: a best total over choices (money earned or paid), a position, a count
 * of things chosen or moves made ("the largest number of flags", "the fewest moves").
 */
const NOT_A_SETTING =
  /\b(?:total|sum|costs?|price|profit|score|fee|gain|penalty|money|positions?|index|indices|moves|steps|jumps|hops|operations|swaps|changes|edits|flips|presses|elements|items|pairs|subsets?|sub-?arrays?|sub-?strings?|subsequences?|numbers|number of|cuts|pieces|coins|groups|teams)\b/;

/**
 * What the check compares with: a bound the page names ("at most d trips", "no greater than r",
 * "within the h evenings", "at least n oranges"), or a count of a named parameter to reach
 * ("have stamped k widgets", "make m bouquets"). Without one the superlative is a plain optimum.
 */
const COMPARED = String.raw`\b(?:at least|at most|within|no more than|no greater than|no less than|no fewer than|not more than|not less than|up to|exceed\w*)`;
const NAMED_BOUND = String.raw` (?:the |a total of |all )?(?!${NOT_A_NAME}\b)(?:[a-z](?:_\w+)?|[a-z]{2,4})\b(?! ?[-+*\/(])`;
const COUNT_TO_REACH = String.raw`\b(?:[a-z]+ed|make|makes|have|has|get|gets|produce|produces|give|gives|form|forms|fill|fills|finish|finishes|serve|serves|which) (?:[a-z]+ )?${PARAMETER} (?:[a-z]+ )?(?!${NOT_A_NAME}\b)[a-z]{2,}s\b`;
const BUDGET = new RegExp(`(?:${COMPARED}|<=|>=|<|>)${NAMED_BOUND}|${COUNT_TO_REACH}`);
/** The rules before the ask name their bound in words: "at least k pieces", "within d days". */
const BUDGET_IN_WORDS = new RegExp(`${COMPARED}${NAMED_BOUND}`);

/** "every singer" where the page has "k singers": the check must serve each of k named things. */
function everyOfParameter(text: string, body: string): boolean {
  for (const [, noun = ''] of text.matchAll(/\b(?:every|each|all(?: the)?) ([a-z]{3,}?)s?\b/g)) {
    if (new RegExp(`\\b${PARAMETER} ${noun}s\\b`).test(body)) return true;
  }
  return false;
}

/** Money paid or earned is a best total over choices, however little of it is asked for. */
const PAID = /^\s*(?:pay|spend|earn|collect|win|gain)\b/;

/** A check that fails for some values and passes for larger and smaller ones alike. */
const NOT_MONOTONE = /\bexactly\b|\bequal(?:s| to)?\b|\bdivid\w*\b|\bdivisible\b|\bmultiple of\b/;

/** The page asks for divisibility: a length that divides every board is a gcd, not a search. */
const DIVISIBILITY =
  /\b(?:nothing|none|no \w+) (?:is )?left over\b|\bwithout (?:a |any )?remainder\b|\bdivisible\b|\bevenly\b|\bcommon (?:divisor|factor|measure)\b|\bdivides? (?:each|every|all|both)\b/;

/**
 * A setting that is one letter the page also writes as a subscript ("the maximum j such that a_j >
 * a_i", "h[j]") is an index sought among the items, not a value chosen and checked.
 */
function subscriptOnPage(setting: string, body: string): boolean {
  const letter = /^([a-z]) $/i.exec(setting)?.[1];
  return letter !== undefined && new RegExp(String.raw`\w(?:_\{?${letter}\b|\[${letter}\])`).test(body);
}

/** The largest or smallest setting that passes a monotone check, when the ask is built that way. */
export function answerSetting(body: string): AnswerSetting | null {
  if (DIVISIBILITY.test(body)) return null;
  const all = proseSentencesOf(body);
  for (const [at, sentence] of all.entries()) {
    const pushed = PUSHED.exec(sentence);
    // Pushed over a split or a placement into a named number of parts ("m shops", "k days"), not
    // over one cell or seat picked, nor over pairs that every item joins.
    if (pushed && partsNamed(body)) {
      // What is pushed, as the clause names it: "the distance of his longest day".
      const subject =
        /\b(?:so that|such that|where|while|if)\s+(the [^,;]*?)\s+(?:is|be|becomes?) (?:as|minimi|maximi)/.exec(
          sentence,
        );
      return { way: pushed[1] ? 'least' : 'most', form: 'minimax', phrase: subject?.[1] ?? '' };
    }
    const ask = ASK.exec(sentence);
    if (!ask) continue;
    const [, superlative = '', rest = ''] = ask;
    const way = new RegExp(`^(?:${MOST})$`).test(superlative) ? 'most' : 'least';
    const phrase = `the ${superlative}${rest}`.replace(/,.*$/, '').replace(/\s+/g, ' ').trim();
    if (superlative !== 'first' && INNER(way).test(rest)) return { way, form: 'minimax', phrase };
    const setting = SETTING.exec(rest);
    if (!setting) continue;
    const [tied = '', noun = '', told = ''] = setting;
    // What follows a comma is another case ("or 0 if none works"), not the condition.
    const condition = told.replace(/,.*$/, '');
    if (
      NOT_A_SETTING.test(noun) ||
      PAID.test(condition) ||
      NOT_MONOTONE.test(condition) ||
      RUN_OF_INPUT.test(tied) ||
      subscriptOnPage(noun, body)
    )
      continue;
    // The bound may be told with the rules before the ask ("at least k pieces"), never by its constraints.
    const rules = all.slice(0, at).join(' ');
    // How many of the items a run defined before must hold ("the fewest stalls such a block can have").
    if (RUN_OF_INPUT.test(rules) && COUNTED_ITEMS.test(noun)) continue;
    if (
      BUDGET.test(condition) ||
      BUDGET_IN_WORDS.test(rules) ||
      everyOfParameter(`${rules} ${condition}`, body)
    )
      return { way, form: 'threshold', phrase };
  }
  return worstPartAfterTheAsk(body, partsNamed(body)) ?? unitsWithinABudget(all, body);
}

/** Values this large make every candidate answer too many to try one by one. */
const VALUES_BEYOND_A_LOOP = 10_000;

export const ANSWER_SETTING_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'binary-search',
    pattern: new RegExp(`${PUSHED.source}|${ASK.source}`),
    weight: 3,
    why: 'the answer is one value chosen as the largest or smallest that passes a check, and the check only gets easier one way: guess the value, check it in one pass (or by a formula), and halve the range of answers',
    when: (scene) =>
      !scene.design && (scene.largestValue ?? 0) >= VALUES_BEYOND_A_LOOP && (scene.setting ?? null) !== null,
    also: ['greedy'],
  },
];
