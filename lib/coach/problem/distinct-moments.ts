/**
 * A statement that promises no two of its moments coincide ("no two of the 2n moments are equal",
 * "all arrival and leaving times are distinct") has no ties in time: a pitfall about two events at
 * the same moment, spans that meet end to start or back-to-back meetings speaks of inputs the page
 * rules out, however true it is of the problem's other versions.
 */

/** What the promise is said of: the moments themselves, or the ends of the spans. */
const MOMENTS =
  '(?:moments|times|timestamps|instants|endpoints|end ?points|events|arrival and (?:leaving|departure) times|start and end times)';
const MOMENTS_DISTINCT = new RegExp(
  String.raw`\bno two (?:of (?:the |its |their |these |all )?)?(?:[\w']+ ){0,3}${MOMENTS}\b[^.;]{0,20}\b(?:are|is) (?:equal|alike|identical|the same)\b|\ball (?:the |of the )?(?:[\w']+ ){0,3}${MOMENTS} (?:are )?(?:pairwise )?(?:distinct|different|unique)\b`,
);

/** A line about two moments that coincide: a tie in time, an end meeting a start, back-to-back spans. */
const SPEAKS_OF_TIES =
  /\b(?:at|for) (?:the same|equal|one) (?:moment|time|instant|point in time)\b|\bequal (?:times|moments|timestamps)\b|\bback-to-back\b|\b(?:ends?|ending|ended) (?:exactly )?(?:where|when) (?:another|the next|a new) (?:one )?(?:starts|begins)\b|\bsame moment\b/i;

/** Whether the statement promises that no two of its moments coincide. */
export const momentsApart = (body: string): boolean => MOMENTS_DISTINCT.test(body);

/** Whether a line speaks of two moments that coincide. */
export const speaksOfTies = (line: string): boolean => SPEAKS_OF_TIES.test(line);

/** The lines a page whose moments never coincide can use: those about ties in time go. */
export function withoutTiesInTime(lines: readonly string[], body: string): string[] {
  return momentsApart(body) ? lines.filter((line) => !speaksOfTies(line)) : [...lines];
}
