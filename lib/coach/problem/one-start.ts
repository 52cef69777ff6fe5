/**
 * Whether a page's search runs from one start: to every other place, between two named places,
 * or out of one place the story names. What such a search misses is a place it never reaches,
 * not another component to start from (edge-cases.ts).
 */

/** From one source ("from the given station") to all the rest ("so that every city receives it"). */
const FROM_ONE =
  /\bsingle[- ]source\b|\bfrom (?:the |a |one |node |vertex |its )?(?:given |starting )?(?:source|start|origin|router|server|station|city|node|vertex|hub|depot)\b/;
const TO_ALL =
  /\bsingle[- ]source\b|\bto (?:reach |get to |visit )?(?:all|every|each)\b|\b(?:all|every|each)(?: \w+){0,2} (?:receives?|is reached|are reached|hears?|gets? it)\b/;
/**
 * A route between two named places ("from town 1 to town n", "from city src to city dst"): one
 * search from the start as well. Indexed names ("from node u_i to node v_i") describe the links,
 * not the question, so only a number, a lone letter or a role name counts as a place.
 */
const PLACE = String.raw`(?:\d+|n(?: - 1)?|[a-hk-z]|src|dst|source|target|start|end|destination|home|goal|origin|away)`;
const ONE_PAIR = new RegExp(
  String.raw`\bfrom (?:the )?[a-z]+ ${PLACE} to (?:the )?[a-z]+ ${PLACE}(?!\w)|\bfrom (?:src|source|start|origin) to (?:dst|target|destination|goal|end)\b`,
);
/**
 * One named place everything starts from, however the story puts it: "starts at airport home",
 * "a courier in town 1 must bring a letter to town n", "it breaks out in village s", "tower origin
 * broadcasts", "lightning sets tree s alight", "a start node s". A search from it has nothing to
 * restart from.
 */
const ONE_START = new RegExp(
  [
    String.raw`\b(?:starts?|begins?|breaks? out|sets? off|departs?|leaves)\b (?:\w+ ){0,2}(?:at|in|from) (?:the )?[a-z]+ ${PLACE}(?!\w)`,
    String.raw`\b(?:in|at) (?:the )?[a-z]+ ${PLACE}(?!\w)[^.]{0,60}?\bto (?:the )?[a-z]+ ${PLACE}(?!\w)`,
    String.raw`\b[a-z]+ ${PLACE} (?:broadcasts|sends|transmits|emits)\b`,
    String.raw`\bsets? (?:the )?[a-z]+ ${PLACE} (?:alight|on fire|ablaze)\b`,
    String.raw`\b(?:start|starting|source) (?:node|vertex|city|town|station|airport|point) ${PLACE}(?!\w)`,
  ].join('|'),
);

export function fromOneStart(body: string): boolean {
  return (FROM_ONE.test(body) && TO_ALL.test(body)) || ONE_PAIR.test(body) || ONE_START.test(body);
}
