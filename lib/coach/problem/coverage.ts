import type { ConstraintFacts } from './constraints';
import { sentencesOf } from './sentences';

/*
 * Spans on a line and what the question counts over the points they cover: read from the input's
 * own pairs of ends and from what the answer aggregates, not from story words.
 *
 * The input holds spans when each item has two ends the constraints put in order
 * (`1 <= l_i <= r_i <= n`, `0 <= from_i < to_i <= 10^9`, `lamps[i][0] < lamps[i][1]`) or a start and
 * a length (`a_i, a_i + 1, ..., a_i + b_i - 1`). The question is over the line when it counts, at
 * points of the line, how many spans hold them:
 *
 * - `most`: the most spans alive at one moment (the peak of a running count);
 * - `rooms`: the fewest resources when each holds one span at a time (the same peak, or a heap);
 * - `threshold`: the points held by at least (or exactly) some number of spans, measured as a
 *   length, a count, the longest stretch or the first moment;
 * - `union`: the points held by at least one span (their merged length);
 * - `gap`: the points no span holds (the longest silence, the empty minutes).
 *
 * Near misses stay out: a merged list is the spans themselves, the most spans one person can take
 * is a choice among them, and changes asked about between questions are range updates.
 */

export type CoverAsk = 'most' | 'rooms' | 'threshold' | 'union' | 'gap';

/**
 * How far the line runs: `positions` when a size bounds the ends (houses 1..n: an array over
 * them), `few` when a value no larger than the number of spans does (the 1440 minutes of a day
 * against 10^5 sessions: an array over them costs no more than reading the input), `points` when
 * the line runs past the spans but an array still holds it (coordinates up to 10^6 against 10^5
 * spans: a difference array over the points, O(n + m)), `wide` otherwise (10^9): then the 2n ends
 * are sorted.
 */
export type CoverLine = 'positions' | 'few' | 'points' | 'wide';

export interface Coverage {
  ask: CoverAsk;
  line: CoverLine;
  /** The spans come ordered by their start (the statement promises it). */
  sorted: boolean;
  /** Whether a span holds both its ends, or stops just before its second: null when unsaid. */
  ends: 'closed' | 'half-open' | null;
  /** What a span is, as the page names it: "camera", "guard". */
  item: string;
  /** The statement's words for the two ends, quoted in reasons. */
  words: string;
}

/** An item's two ends put in order by a constraint: `0 <= from_i < to_i <= 10^9`, `open[i] <= close[i]`. */
const ORDERED_ENDS =
  /(?:^|\n|,\s*)\s*-?[\w^*. ]+? <=? ([a-z]\w*?)((?:_i|\[i\])?|\[i\]\[0\]) (<=?) ([a-z]\w*?)((?:_i|\[i\])?|\[i\]\[1\]) <=? ([\w^*. ]+?)\s*(?=$|\n|,)/gm;
/**
 * A start and a length ("days a_i, a_i + 1, ..., a_i + b_i - 1"), or a centre and a reach ("every
 * point at distance at most r_i from x_i", "from x_i - r_i to x_i + r_i").
 */
export const START_AND_LENGTH =
  /\b([a-z]\w*)_i, \1_i \+ 1, \.\.\., \1_i \+ ([a-z]\w*)_i - 1\b|\b(?:at )?(?:a )?distance (?:of )?(?:at most|up to|no more than|<=) [a-z]_i from\b|\b([a-z])_i - ([a-z])_i\b[^.]{0,40}\b\3_i \+ \4_i\b/;

/** Sentences that ask for the answer. */
const QUESTION = /\b(?:return|find|print|output|count|compute|determine|decide|what is|how many|report)\b/;
/** The answer is the spans themselves or a choice among them: a merge, a schedule. */
const CHOICE_OF_SPANS =
  /\b(?:attend|choose|select|pick|keep|schedule|accept|remove|delete|erase|cancel)\b|\b(?:print|return|output) (?:the |all )?(?:\w+ ){0,2}(?:list|roster|closures|intervals?|spans?|bookings|shifts|segments|slots?)\b|\b(?:merge|merged|combine|combined|announced together)\b/;
/** The most of something: the peak the question asks for. */
const SUPERLATIVE = /\b(?:largest|maximum|greatest|most|peak|highest|busiest|best|brightest|fullest)\b/;
/** At one point of the line: the same moment, one night, the hour at which, simultaneously. */
const AT_A_POINT =
  /\b(?:at|during|on|in) (?:the same|one|a single|any single|any one|any) (?:time|moment|minute|hour|second|instant|day|night|date|year|point|spot)\b|\bat once\b|\bsimultaneously\b|\bconcurrently\b|\bover all (?:integers? |integer values of |possible |real )?(?:[a-z]\b|\w+s\b)|\b(?:hour|year|day|minute|moment|point|night|second|time|spot)s? (?:at|in|on|during) which\b|\b(?:best|most)[- ]\w+ (?:point|spot|moment|minute|hour|day|night)\b|\bin progress\b|\bthe [a-z]+ (?:that|which) the (?:most|largest number of|greatest number of|highest number of) [a-z]+\b/;
/** The fewest resources when each holds one span at a time. */
const FEWEST = /\b(?:fewest|minimum|smallest|least) (?:possible )?(?:number of )?([a-z]{3,})\b/;
const ONE_AT_A_TIME =
  /\b(?:serves?|holds?|takes?|seats?|hosts?|fits?) (?:only )?one \w+ at a time\b|\bone \w+ at (?:a|any|the same) (?:time|moment|minute|instant)\b|\b(?:to|by) (?:itself|themselves|himself|herself)\b|\bcannot be shared\b|\bno two \w+ (?:may |can )?(?:share|use|overlap)\b|\bnever (?:\w+ ){0,2}waits?\b|\bno \w+ (?:ever )?waits?\b/;
/** A capacity the spans alive at once must fit: "the bus has c seats", "a capacity of k". */
const CAPACITY =
  /\b(?:has|have|with) [a-z] (?:seats|places|beds|slots|spots|rooms)\b|\bcapacity\b|\bholds? at most\b/;
/** A question answered yes or no. */
const YES_OR_NO =
  /\b(?:decide|determine) (?:whether|if)\b|\bwhether\b|\bis it possible\b|\b(?:print|output|return) (?:yes|true)\b/;
/** Points the spans leave empty. */
const EMPTY =
  /\b(?:no|nobody|no one|none of the|not a single)\b (?:\w+ ){0,2}?(?:is|was|were|are|has|had)\b|\bno [a-z]{3,} [a-z]+(?:ed|es|s)\b|\b(?:free|idle|uncovered|unlit|empty|silen(?:t|ce))\b/;
/** What the question measures along the line. */
const MEASURE =
  /\b(?:length|lengths|how many (?:days|minutes|hours|points|moments|seconds|nights|houses|positions|metres|meters|kilometres|kilometers)|number of (?:days|minutes|hours|points|moments|seconds|nights|houses|positions|metres|meters|kilometres|kilometers|stops)|longest|first|earliest|total|stretch|part|count the)\b/;

/** A measure taken over the whole line, not per span. */
const IN_TOTAL = /\bin total\b|\baltogether\b|\bat all\b/;
/** Spans that are questions, each answered on its own. */
const ASKED_PER_SPAN = /\bquer(?:y|ies)\b|\bquestions?\b|\brequests?\b/;

/** Reads spans on a line and what the question counts over them, or null. */
export function readCoverage(
  body: string,
  facts: ConstraintFacts,
  sorted: boolean,
  largest: number | undefined,
): Coverage | null {
  const spans = spanEnds(body, facts, largest);
  if (!spans) return null;
  const sentences = sentencesOf(body);
  const questions = sentences.filter((s) => QUESTION.test(s));
  if (questions.length === 0 || questions.some((s) => CHOICE_OF_SPANS.test(s))) return null;
  const item = itemOf(body) ?? 'span';
  const asked = questions.join(' ');
  const ask = askOf(asked, body, item) ?? (CAPACITY.test(body) && YES_OR_NO.test(asked) ? 'most' : null);
  if (!ask) return null;
  return { ask, line: spans.line, sorted, ends: endsOf(body), item, words: spans.words };
}

function askOf(asked: string, body: string, item: string): CoverAsk | null {
  const fewest = FEWEST.exec(asked);
  if (fewest && fewest[1] !== item && !fewest[1]?.startsWith(item) && ONE_AT_A_TIME.test(body))
    return 'rooms';
  if (SUPERLATIVE.test(asked) && AT_A_POINT.test(asked)) return 'most';
  const count = countedBy(body, item);
  if (count && MEASURE.test(asked)) return count === 'one' ? 'union' : 'threshold';
  // A measure "in total" with no count of spans asked is held by any one of them: "how many
  // kilometres of the bank are flooded in total", where reports may repeat a place. Not where each
  // span is a question of its own ("how many points in total from round l_i through r_i").
  if (!count && IN_TOTAL.test(asked) && MEASURE.test(asked) && !ASKED_PER_SPAN.test(body)) return 'union';
  if (EMPTY.test(asked) && MEASURE.test(asked)) return 'gap';
  return null;
}

/** Measures along the line: a count of them is a length, not a number of spans. */
const MEASURES =
  /^(?:points?|minutes?|hours?|days?|nights?|seconds?|moments?|times?|metres?|meters?|kilometres?|kilometers?|units?|cells?|positions?|of|the|them)$/;

/**
 * How many spans must hold a point for it to count: "at least two cameras", "exactly k players",
 * "two or more meetings", "fixed exactly once"; 'one' when a single span is enough.
 */
function countedBy(body: string, item: string): 'one' | 'several' | null {
  const times = /\b(?:exactly|at least) (once|twice|\w+ times)\b/.exec(body);
  if (times) return times[1] === 'once' && /\bat least once\b/.test(body) ? 'one' : 'several';
  for (const [said, number = '', noun = ''] of body.matchAll(
    /\b(?:at least|exactly|no fewer than|more than) (\w+) (?:different |distinct |other )?([a-z]+)\b/g,
  )) {
    if (MEASURES.test(noun)) continue;
    if (noun.startsWith(item) || /s$/.test(noun) || /^(?:one|1)$/.test(number))
      // "Exactly one" is a threshold; an "exactly" elsewhere ("works exactly in the minutes asked for") is not.
      return /^(?:one|1)$/.test(number) && !said.startsWith('exactly') ? 'one' : 'several';
  }
  return /\b(?:two|three|four|[a-z2-9]) or more\b/.test(body) ? 'several' : null;
}

/**
 * Whether the input's items are spans on a line of their own (days, minutes, kilometres up to a
 * value), not on the positions of a list the input sizes: the spans come in any order along it.
 */
export function spansOnALine(body: string, facts: ConstraintFacts, largest: number | undefined): boolean {
  const spans = spanEnds(body, facts, largest);
  return spans !== null && spans.line !== 'positions';
}

/** The spans' ends and how far the line runs, or null when the items are not spans. */
function spanEnds(
  body: string,
  facts: ConstraintFacts,
  largest: number | undefined,
): { line: CoverLine; words: string } | null {
  for (const match of body.matchAll(ORDERED_ENDS)) {
    const [words, start = '', startMark = '', , end = '', endMark = '', upper = ''] = match;
    if (startMark !== endMark.replace('[1]', '[0]')) continue;
    if (start === end ? startMark === '' : startMark === '[i][0]') continue;
    // Ends without a subscript are a span only where the page writes the pair: `[arrive, leave]`.
    if (startMark === '' && !new RegExp(`\\[\\s*${start}\\s*,\\s*${end}\\s*\\]`).test(body)) continue;
    return { line: lineOf(upper.trim(), facts, largest), words: words.replace(/^[\n,\s]+/, '').trim() };
  }
  const started = START_AND_LENGTH.exec(body);
  if (started) return { line: 'wide', words: started[0] };
  return null;
}

function lineOf(upper: string, facts: ConstraintFacts, largest: number | undefined): CoverLine {
  const size = facts.variables.find(
    (v) =>
      (v.role === 'size' || v.role === 'dimension') && v.names.some((name) => name.toLowerCase() === upper),
  );
  if (size) return 'positions';
  const value = numberOf(upper);
  if (value === null) return 'wide';
  if (largest !== undefined && value <= largest) return 'few';
  return value <= ARRAY_POINTS ? 'points' : 'wide';
}

/** The most points of a line a difference array over them still holds and walks in time. */
const ARRAY_POINTS = 1_000_000;

function numberOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const scaled = /^(?:(\d+) ?\* ?)?10\^(\d+)$/.exec(text);
  return scaled ? Number(scaled[1] ?? 1) * 10 ** Number(scaled[2]) : null;
}

/** The item each span belongs to: "camera i", "the i-th crew". */
function itemOf(body: string): string | null {
  const named = /\b([a-z]{3,}) i\b(?! ?[=<>+-])|\bthe i-th ([a-z]{3,})\b|\b([a-z]{3,})s\[i\] = \[/.exec(body);
  const noun =
    named?.[1] ??
    named?.[2] ??
    named?.[3] ??
    /\b[mnk] ([a-z]{3,}?)s (?:were|are|was)\b|\bthere are [a-z] ([a-z]{3,}?)s\b/
      .exec(body)
      ?.slice(1)
      .find(Boolean);
  return noun && !/^(?:line|element|number|integer|value|query|test|index|item)$/.test(noun) ? noun : null;
}

/** A span stops just before its second end: "but not including", "a bus leaving at t frees its bay for one arriving at t". */
export const HALF_OPEN_ENDS =
  /\b(?:but not including|not included|excluded|exclusive|half-open)\b|\bfrees? (?:its|their|the) \w+ for\b|\b(?:left|leaving|ending|ends|finish\w*) at (?:minute |time |second |hour )?t (?:frees|lets|can host|can)\b|\bis free again\b|\bdoes not overlap\b|<= t < /;
/** A span holds both its ends: "both included", "up to and including", "occupies it during both". */
export const CLOSED_ENDS =
  /\b(?:both (?:ends |hours |days |minutes |moments )?included|inclusive|up to and including|both of these \w+|at both of these)\b/;

/**
 * A span's points listed up to one before its end, "start[i], start[i] + 1, ..., end[i] - 1", or
 * written "[l, r)": the end is not in it. A list from a constant ("0, 1, ..., n - 1") numbers
 * positions and says nothing of a span.
 */
const END_NAME = String.raw`[a-z]\w*(?:\[[a-z]\]|_\{?[a-z]\}?)?`;
export const HALF_OPEN_LISTED = new RegExp(
  String.raw`\b(${END_NAME}), \1 ?\+ ?1, ?(?:\.\.\.|…|\\ldots|\\dots),? ?(?!\1\b)${END_NAME} ?- ?1\b|\[${END_NAME}, ?(?!\d)${END_NAME}\)`,
);

/**
 * What one item frees is taken again at the same moment: "an oven emptied at minute t can take a
 * new loaf that goes in at minute t", "a room may host a meeting at the same minute as another one
 * ends". Touching items then share the resource, as a half-open span says; "cannot" says nothing.
 */
const MOMENT = '(?:minute |time |second |hour |moment |day |step )?';
export const RETAKEN_AT_ONCE = new RegExp(
  String.raw`\b(?:emptied|freed|released|vacated|cleared|(?:becomes?|is) (?:free|empty|available|idle)) (?:at|by) ${MOMENT}(?<freedAt>\w+),? (?:can|may)\b(?! not\b)[^.]{0,80}?\b(?:at|from) ${MOMENT}\k<freedAt>\b(?! ?[+-])|\b(?:can|may) (?!not\b)(?:\w+ ){0,4}?(?:at|in) the same (?:minute|moment|second|time|instant|hour|day) (?:as|that|when) (?:another|the previous|an? (?:earlier|other)) (?:\w+ ){0,2}?(?:comes? out|ends?|finish(?:es)?|leaves?|is (?:freed|emptied|done))\b`,
);

/** Whether a span holds its second end, as the statement says; null when it is silent. */
export function endsOf(body: string): Coverage['ends'] {
  if (HALF_OPEN_ENDS.test(body) || HALF_OPEN_LISTED.test(body) || RETAKEN_AT_ONCE.test(body))
    return 'half-open';
  return CLOSED_ENDS.test(body) ? 'closed' : null;
}

/**
 * The cost of the standard sweep over the spans this reading found, and why; null when the ends are
 * positions of a line the input sizes (a difference array over them, which the technique's own
 * figure counts in the page's letters).
 */
export function coverageFigure(coverage: Coverage): [big: string, why: string] | null {
  const items = `${coverage.item}s`;
  if (coverage.ask === 'rooms')
    return [
      'O(n log n)',
      `sorted by start, a min-heap of the moments the busy ones free up grows only when none is free: n pushes and pops`,
    ];
  if (coverage.sorted)
    return ['O(n)', `the ${items} come ordered by start, so one pass over them keeps the running count`];
  if (coverage.line === 'positions') return null;
  if (coverage.line === 'points')
    return [
      'O(n + m)',
      `the line has at most a million points (m), few enough for an array: +1 where a ${coverage.item} starts and -1 just after it stops, then one running sum over the points counts every point; sorting the 2n ends and sweeping them also passes`,
    ];
  if (coverage.line === 'few')
    return [
      'O(n)',
      `the line has few points, so a difference array over them (+1 where a ${coverage.item} starts, -1 where it stops) and one running sum count every point`,
    ];
  return [
    'O(n log n)',
    `the ends reach values no array holds, so the 2n ends are sorted once and swept with a running count of open ${items}`,
  ];
}
