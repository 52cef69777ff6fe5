import type { ConstraintFacts } from './constraints';
import { spansOnALine } from './coverage';

/*
 * Runs of the line the spans lie on. Where the input is a list of spans (a start and an end each,
 * on days or minutes up to a value), "the maximal runs of consecutive days on which the canal is
 * closed" or "a contiguous block of hours with someone on duty" are stretches of that line: the
 * spans may come in any order, and sorting them by start is how the runs are found. Only a run
 * named in the line's own unit reads so; a run of the items themselves ("consecutive sensors",
 * "a block of consecutive requests") keeps the input's order.
 */

/** A unit a line of spans is measured in. */
const UNIT =
  '(?:days?|nights?|minutes?|hours?|seconds?|moments?|weeks?|months?|years?|metres?|meters?|kilometres?|kilometers?|miles?|points?|units?)';

/** Words that make a stretch of something unbroken, and the stretches they make. */
const UNBROKEN = '(?:consecutive|contiguous|continuous|successive|unbroken)';
const STRETCH = '(?:runs?|stretch(?:es)?|blocks?|periods?|intervals?|spans?)';
/** The gloss the defined terms add after a run's words, wherever it lands ("contiguous block (it is a subarray) of hours"). */
const GLOSS = String.raw`(?: \(it is a sub(?:array|string)\))?`;
/**
 * A run named in the line's unit ("consecutive days", "contiguous block of hours", "runs of closed
 * days", "stretch of consecutive minutes").
 */
export const LINE_RUN = new RegExp(
  String.raw`\b(?:(?:${UNBROKEN}${GLOSS} )?${STRETCH}${GLOSS} of (?:${UNBROKEN}${GLOSS} )?|${UNBROKEN}${GLOSS} (?:${STRETCH}${GLOSS} of )?)(?:\w+${GLOSS} )?${UNIT}\b${GLOSS}`,
);
/**
 * Every such run, with the name a statement coins for it, which the defined terms rename ("a
 * watch is a contiguous block of hours" reads "a subarray is …").
 */
const LINE_RUNS = new RegExp(
  String.raw`(?:\bsub(?:array|string)s? (?:is|are) (?:a |an )?)?${LINE_RUN.source}`,
  'g',
);
/** A run of something other than the line's unit: the items themselves ("consecutive sensors"). */
const ITEM_RUN = new RegExp(String.raw`\b${UNBROKEN} (?!${UNIT}\b)[a-z]+`);

/** The statement without the runs it names in the line's unit. */
export const withoutLineRuns = (body: string) => body.replace(LINE_RUNS, ' ');

/**
 * The items are spans on a line and every run the statement names is a run of that line: a
 * window over the input's order has nothing to slide along, and the order given is free.
 */
export function runsAlongTheLine(body: string, facts: ConstraintFacts, largest: number | undefined): boolean {
  return LINE_RUN.test(body) && spansOnALine(body, facts, largest) && !ITEM_RUN.test(withoutLineRuns(body));
}
