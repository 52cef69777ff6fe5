/*
 * A comparison the statement makes strict or not, which answers the generic doubt about equal
 * values: "the first teammate who is strictly taller" rules the equal one out, "at least as tall"
 * lets it in. The doubt then becomes the page's own rule, still a case worth testing.
 */

const COMPARATIVE = String.raw`(?:greater|larger|bigger|taller|higher|warmer|hotter|longer|heavier|louder|smaller|less|lower|shorter|cheaper|colder|cooler|lighter)`;
const STRICT = new RegExp(String.raw`\bstrictly (${COMPARATIVE})\b`);
const OR_EQUAL = new RegExp(
  String.raw`\b(${COMPARATIVE}) (?:than )?or equal\b|\b(at least as (?:tall|high|large|big|warm|long|heavy|great)|at most as (?:tall|high|large|big|warm|long|heavy|small))\b`,
);
/** A sentence that asks for another item by its place ("the first ... to the right", "the next day"). */
const ASKS_AN_ITEM =
  /\b(?:next|first|nearest|closest|previous|earlier|later|until)\b|\bto (?:the|its|their) (?:right|left)\b/;
/** The monotonic stack's generic doubt about equal neighbours. */
const EQUAL_NEIGHBOURS = /^Equal values side by side: pop on strictly greater or on greater-or-equal\?$/;

/** The page's rule for equal values, from the lower-cased body; undefined where it states none or both. */
export function equalRule(body: string): string | undefined {
  // Only the question's own comparison: "k is strictly less than n" in the bounds rules nothing.
  const asked = body.split(/(?<=[.?!;])\s+/).filter((sentence) => ASKS_AN_ITEM.test(sentence));
  const strict = asked.map((sentence) => STRICT.exec(sentence)).find(Boolean);
  const loose = asked.map((sentence) => OR_EQUAL.exec(sentence)).find(Boolean);
  if (strict && !loose)
    return `Equal values side by side: the statement asks for strictly ${strict[1]}, so an equal one is no answer`;
  if (loose && !strict) {
    const phrase = loose[1] ? `${loose[1]} or equal` : loose[2];
    return `Equal values side by side: the statement counts an equal one ("${phrase}") as an answer`;
  }
  return undefined;
}

/** The generic doubt about equal neighbours, in the statement's own rule where it states one. */
export function equalNeighboursLine(text: string, body: string): string {
  return EQUAL_NEIGHBOURS.test(text) ? (equalRule(body) ?? text) : text;
}
