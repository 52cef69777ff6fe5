/*
 * An order promised in words rather than by a bound or the word "sorted": each item set against the
 * one before it ("each reading is higher than the one before it", "no lower than the previous
 * one"), or a list that only moves one way ("the readings only ever rise", "the price never
 * drops"). Each sentence arrives already known to promise something (promises.ts).
 */

/** How an item can stand to its neighbour: above it, or below it. */
const ABOVE =
  '(?:higher|greater|larger|bigger|later|taller|longer|heavier|more|warmer|deeper|further|farther|older|wider|louder|stronger|above)';
const BELOW =
  '(?:lower|smaller|less|fewer|earlier|shorter|lighter|cooler|colder|younger|narrower|quieter|weaker|below)';
const ADJECTIVE =
  '(?:high|great|large|big|late|tall|long|heavy|much|warm|deep|old|wide|small|low|early|short)';
/** The neighbour named: "the one before it", "the previous one", "the reading after it", "its predecessor". */
const NEIGHBOUR =
  '(?:the |its |that of the )?(?:(?:one|\\w+) )?(?:before it|after it|before|preceding(?: it)?|previous(?: one| \\w+)?|following(?: one)?|next(?: one)?|that (?:precedes|follows) it|predecessor|successor|just before)';
/** A neighbour's comparison made by each item: no ties allowed. */
const STRICT_STEP = new RegExp(
  String.raw`\b(?:each|every)\b(?:[^.]{0,60}?)\b(?:strictly )?(?:${ABOVE}|${BELOW}) than ${NEIGHBOUR}\b`,
);
/** The same with ties allowed: "at least as high as the one before", "no lower than the previous one". */
const LOOSE_STEP = new RegExp(
  String.raw`\b(?:each|every)\b(?:[^.]{0,60}?)\b(?:at least as ${ADJECTIVE} as|(?:no|not) (?:${ABOVE}|${BELOW}) than|(?:${ABOVE}|${BELOW}) than or equal to|the same as or (?:${ABOVE}|${BELOW}) than) ${NEIGHBOUR}\b`,
);
/** A list that only ever moves one way: "only ever rise", "never drop", "can only go up". */
const ONE_WAY =
  /\b(?:only (?:ever )?|can only |always )(?:rises?|rose|increases?|increased|grows?|grew|climbs?|goes up|went up|falls?|fell|decreases?|decreased|drops?|dropped|declines?|declined|goes down|went down)\b|\b(?:never|do not|does not|did not) (?:falls?|fell|drops?|dropped|declines?|declined|goes? down|went down|dips?|rises?|rose|goes? up|went up|climbs?)\b(?! (?:below|under|above|over|past|beyond|to)\b)/;
/** A relative clause that defines what the question looks for ("a stretch in which each reading is higher"): no promise. */
const DEFINES_A_PART =
  /\b(?:in which|where|whose|such that|so that|for which) (?:each|every|the|all)\b|\b(?:stretch|run|subarray|segment|substring|subsequence|window|streak|period)\b/;
/** A step of a set size ("climbs one metre more than the day before"): a rule of the story, not an order of the input. */
const SET_STEP = new RegExp(
  String.raw`\b(?:\d+|one|two|three|four|five|ten|twice|double|half|a (?:few|bit|little)|\w+ times) (?:\w+ )?(?:${ABOVE}|${BELOW}) than\b`,
);
/** Both ways in one breath ("can rise and fall", "up and down"): no order. */
const BOTH_WAYS =
  /\b(?:rises?|rose|go(?:es)? up|increases?|climbs?) and (?:falls?|fell|drops?|go(?:es)? down|decreases?|dips?)\b|\bup and down\b|\b(?:may|can|might|could|sometimes) (?:fall|drop|dip|decrease|go down|rise|go up|increase)\b/;

/** The order the sentences promise by comparing neighbours: strict (no ties), loose, or none. */
export function orderInProse(sentences: readonly string[]): 'strict' | 'loose' | null {
  let found: 'strict' | 'loose' | null = null;
  for (const sentence of sentences) {
    if (DEFINES_A_PART.test(sentence) || BOTH_WAYS.test(sentence) || SET_STEP.test(sentence)) continue;
    if (LOOSE_STEP.test(sentence)) found ??= 'loose';
    else if (STRICT_STEP.test(sentence)) return 'strict';
    else if (ONE_WAY.test(sentence)) found ??= 'loose';
  }
  return found;
}
