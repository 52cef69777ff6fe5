/*
 * An order promised in words rather than by a bound or the word "sorted": each item set against the
 * one before it ("each reading is higher than the one before it", "no lower than the previous
 * one"), or a list that only moves one way ("the readings only ever rise", "the price never
 * drops"), or by its two ends ("listed from cheapest to most expensive"). Each sentence arrives already known to promise something (promises.ts).
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
  String.raw`\b(?:each|every)\b(?:[^.]{0,60}?)(?:(?:\bat least|>=) as ${ADJECTIVE} as|\b(?:no|not) (?:${ABOVE}|${BELOW}) than|\b(?:${ABOVE}|${BELOW}) than or equal to|\bthe same as or (?:${ABOVE}|${BELOW}) than) ${NEIGHBOUR}\b`,
);
/** A list that only ever moves one way: "only ever rise", "never drop", "can only go up". */
const ONE_WAY =
  /\b(?:only (?:ever )?|can only |always )(?:rises?|rose|increases?|increased|grows?|grew|climbs?|go(?:es)? up|went up|falls?|fell|decreases?|decreased|drops?|dropped|declines?|declined|go(?:es)? down|went down)\b|\b(?:never|do not|does not|did not) (?:falls?|fell|drops?|dropped|declines?|declined|go(?:es)? down|went down|dips?|rises?|rose|go(?:es)? up|went up|climbs?)\b(?! (?:below|under|above|over|past|beyond|to)\b)/;
/**
 * An order told by its two ends: "listed from cheapest to most expensive", "ordered from the
 * smallest to the largest", "arranged from the tallest to the shortest".
 */
const END_TO_END =
  /\b(?:is|are|was|were|comes?|arrives?)? ?(?:given|listed|ordered|sorted|arranged|written|recorded|numbered|placed|ranked|stored) from (?:the )?(?:\w+est|(?:most|least) \w+) (?:\w+ )?to (?:the )?(?:\w+est|(?:most|least) \w+)\b/;
/** A relative clause that defines what the question looks for ("a stretch in which each reading is higher"): no promise. */
const DEFINES_A_PART =
  /\b(?:in which|where|whose|such that|so that|for which) (?:each|every|the|all)\b|\b(?:stretch|run|subarray|segment|substring|subsequence|window|streak|period)\b/;
/** A step of a set size ("climbs one metre more than the day before"): a rule of the story, not an order of the input. */
const SET_STEP = new RegExp(
  String.raw`\b(?:\d+|one|two|three|four|five|ten|twice|double|half|a (?:few|bit|little)|\w+ times) (?:\w+ )?(?:${ABOVE}|${BELOW}) than\b`,
);
/** A move or an order on a condition ("only grows when it rains", "when ranked from highest to lowest"): no order of the input. */
const ON_A_CONDITION = /\b(?:when|whenever|each time|every time|until|after each|once)\b/;
/** An order someone wants ("want the numbers listed from the smallest to the largest"): a demand, not a promise. */
const WANTED = /\b(?:wants?|wanted|would like|wish(?:es)?|asks? for|requests?)\b/;
/** Both ways in one breath ("can rise and fall", "up and down"): no order. */
const BOTH_WAYS =
  /\b(?:rises?|rose|go(?:es)? up|increases?|climbs?) and (?:falls?|fell|drops?|go(?:es)? down|decreases?|dips?)\b|\bup and down\b|\b(?:may|can|might|could|sometimes) (?:fall|drop|dip|decrease|go down|rise|go up|increase)\b/;

/** The order the sentences promise by comparing neighbours: strict (no ties), loose, or none. */
export function orderInProse(sentences: readonly string[]): 'strict' | 'loose' | null {
  let found: 'strict' | 'loose' | null = null;
  for (const sentence of sentences) {
    if ([DEFINES_A_PART, BOTH_WAYS, SET_STEP, WANTED].some((veto) => veto.test(sentence))) continue;
    const conditional = ON_A_CONDITION.test(sentence);
    if (LOOSE_STEP.test(sentence)) found ??= 'loose';
    else if (STRICT_STEP.test(sentence)) return 'strict';
    else if (!conditional && (ONE_WAY.test(sentence) || END_TO_END.test(sentence))) found ??= 'loose';
  }
  return found;
}
