import { ALIKE_THEN_DIFFERENT, equalityNotes } from './equality-notes';
import { orderedFacts } from './ordered-facts';
import type { Scene, Trigger } from './trigger';

/**
 * Things that join into groups, read from how the links arrive and what is asked of them rather
 * than from a story's nouns: links added one at a time with questions between them, links taken
 * away one at a time, the first link that closes a loop, statements that two things are the same,
 * records that share a field, and the cheapest links that join everything. Each is a disjoint-set
 * forest; the near misses beside them (how far, in what order, along one-way links, a picture of
 * cells counted once) are searches and stay what they are.
 */

/** A short label of one item in an event: `a`, `b_i`, `x_j`, `u[i]`, `a_1`. */
const LABEL = String.raw`[a-z](?:_[a-z0-9]|\[[a-z]\])?`;
/** One item named in a link, with up to two words before its label ("booths a", "island a_i"). */
const NAMED = `(?:[a-z]+ ){0,2}?${LABEL}`;

/**
 * A link between two named items, whatever the story calls it: "a cable between booths a and b",
 * "joins islands u_i and v_i", "students a and b start studying together", "fits a pipe
 * between a and b", "a and b become friends".
 */
const LINK_BETWEEN_TWO = new RegExp(
  String.raw`\b(?:between|joins?|joining|links?|linking|connects?|connecting|unites?|merges?)\b (?:the )?${NAMED} and ${NAMED}\b|\b${LABEL} and ${LABEL} (?:[a-z]+ ){1,3}(?:together|friends|allies|partners|linked|joined|connected)\b`,
);

/** A list whose entries are two items (`roads[i] = [a_i, b_i]`, `cables[i] = [a, b]`): each entry links them. */
const PAIR_ENTRY = new RegExp(String.raw`\b\w+\[i\] = \[${LABEL}, ?${LABEL}\]`);
/** Links between two items, told in the story or spelled as a list of pairs. */
export const LINKS = new RegExp(`${LINK_BETWEEN_TWO.source}|${PAIR_ENTRY.source}`);

/** Links come over time: one after another, one a day, as events, commands or operations. */
const ARRIVE_OVER_TIME =
  /\bone (?:after (?:another|the other)|at a time|by one)\b|\b(?:one|a) (?:\w+ ){0,3}(?:per|each|every) (?:day|hour|minute|year|round|step)\b|\b(?:over|during|for|in) the (?:next|following|coming) \w+ (?:days|hours|years|weeks|rounds|steps|months|minutes)\b|\bon day [a-z]\b|\b(?:events?|commands?|operations?|queries|actions?|instructions?) (?:happen|come|arrive|follow|are (?:given|processed))\b|\bprocess (?:the )?\w+ (?:events|commands|operations|queries)\b|\bin (?:the )?order(?: given| they are (?:listed|given))?\b|\bat first\b|\binitially\b|\bat the start\b|\bno (?:\w+ )?(?:roads|cables|bridges|pipes|links|wires|edges|connections|friendships|tracks|paths|flights|tunnels) (?:yet|at all|between)\b/;

/**
 * An answer is due between the links, not once at the end: after each one, on the day it is
 * made, so far, at that moment, or for each step over the links up to it ("on or before day i").
 */
const ANSWER_BETWEEN_LINKS =
  /\b(?:right |just |immediately )?after (?:each|every)\b(?! test)|\b(?:right|just|immediately) after (?:the )?(?:\w+ ){0,3}[a-z]\b|\bat that (?:moment|time|point)\b|\bso far\b|\bat the moment (?:it is|they are|of)\b|\bon the day (?:it|they) (?:is|are)\b|\b(?:on or before|up to and including|up to|no later than|by the end of) (?:the )?(?:day|hour|minute|year|week|month|step|round|time|moment|event|query|operation|turn) [a-z]\b|\b(?:currently|by then|until now|at present|by now)\b|\bwhether\b[^.]{0,60}\b(?:now|still|yet|already)\b|\bqueries of the second type\b|\b(?:each|every) (?:query|question|call|command|event|line|operation) of (?:the second|type 2|the second kind)\b/;

/** The links have a direction: reach along them is a walk, not a shared group. */
export const ONE_WAY =
  /\bone-way\b|\bdirected\b|\b(?:but|and) not back\b|\bno way back\b|\bonly (?:in )?one direction\b|\bcannot be (?:followed|used|crossed|taken) (?:back|in reverse)\b/;

/** The question is how far apart, at what cost or in what order: a search, a heap or an order. */
export const HOW_FAR =
  /\b(?:fewest|shortest|minimum number of|least number of|smallest number of|how far|distance|quickest|fastest|earliest (?:time|arrival))\b|\b(?:least|minimum|smallest) (?:total )?(?:time|number of (?:steps|moves|hops|rides|jumps))\b/;

/**
 * Answers due between links that join things both ways, asking only who is together: no direction
 * to follow, no distance or price, no grid of cells, no class to design.
 */
const togetherBetweenLinks = (scene: Scene) =>
  !scene.grid &&
  !scene.design &&
  !scene.weighted &&
  ANSWER_BETWEEN_LINKS.test(scene.body) &&
  !ONE_WAY.test(scene.body) &&
  !HOW_FAR.test(scene.body);

/** Links added over time with questions between them. */
const arriveWithQuestions = (scene: Scene) =>
  togetherBetweenLinks(scene) && ARRIVE_OVER_TIME.test(scene.body);

/** Links taken away: cut, closed, swept away, destroyed, removed. */
const TAKEN_AWAY =
  /\b(?:cut|cuts|closes?|closed|removed?|removes|destroy(?:s|ed)?|collapses?|collapsed|swept away|sweeps away|delete[sd]?|break(?:s)? down|broken|blocked|demolishe[sd]|blown up|torn down|shut down|washed away|fails?|failed)\b/;
/** Each taken away in a known order, one at a time. */
const IN_KNOWN_ORDER =
  /\bone (?:after (?:another|the other)|at a time|by one)\b|\border(?: in which| given|\[|\b)|\bpermutation\b|\b(?:every|each) (?:day|year|spring|night|hour|minute|round|step)\b|\bon day [a-z]\b/;

/**
 * Links that come (or go) one at a time with an answer due between them: the links are a stream
 * of union and find operations over the items, counted as queries, not a graph handed over whole.
 */
export const answersBetweenLinks = (body: string) =>
  ANSWER_BETWEEN_LINKS.test(body) &&
  (ARRIVE_OVER_TIME.test(body) || (TAKEN_AWAY.test(body) && IN_KNOWN_ORDER.test(body)));

/**
 * Links between items that come or go one at a time with answers due between them: the two
 * labels of each are items joined, not the ends of a span of positions.
 */
export const joinedOverTime = (body: string) => answersBetweenLinks(body) && LINKS.test(body);

/**
 * Links only go away, one at a time in a known order, with a question after each: a disjoint-set
 * forest cannot split a group, but read backwards the links only arrive.
 */
const removedWithQuestions = (scene: Scene) =>
  togetherBetweenLinks(scene) && TAKEN_AWAY.test(scene.body) && IN_KNOWN_ORDER.test(scene.body);

/**
 * The first link, in the order they come, whose two ends were already joined, or after which a
 * loop exists: "the first road after whose building some town can be left and re-entered", "the
 * smallest i such that a_i and b_i can already be travelled between".
 */
const FIRST_CLOSING_LINK =
  /\b(?:first|earliest|smallest)\b[^.]{0,120}\b(?:cycle|loop|round trip|come back|comes back|back to (?:where|the start|itself)|re-?entered|returns? to (?:it|itself|the start))\b|\b(?:first|earliest|smallest)\b[^.]{0,120}\balready\b[^.]{0,40}\b(?:joined|connected|linked|reach\w*|travell?ed between|in the same)\b/;

/**
 * Pairs said to be the same (equal, `a == b`, "hold the same") beside pairs said to differ, and
 * the question whether every statement can hold: sameness passes along a chain, so the same-pairs
 * join items into groups and each differ-pair must straddle two.
 */
const SAME_AND_DIFFERENT =
  /(?:\b[a-z](?:_\w)? ?==? ?[a-z](?:_\w)?\b|\b(?:the same|equal)\b)[\s\S]{0,200}(?:\b[a-z](?:_\w)? ?!= ?[a-z](?:_\w)?\b|\b(?:different|differ|unequal|not (?:the same|equal))\b)[\s\S]{0,300}\b(?:possible|consistent|contradict\w*|(?:every|all|each) (?:\w+ ){0,3}(?:be |is |are |hold |holds )?(?:true|satisf\w+)|at once|simultaneously|all (?:be )?(?:true|hold))\b/;

/**
 * Records that belong together when they share a value of a field, and belonging together passes
 * along ("if i and j are in one household and j and k are, so are i and k"), or either of two
 * fields will do: a map from each value to the first record that had it joins the rest.
 */
const SHARED_FIELD_JOINS =
  /\b(?:belong to|are in|are part of|(?:are )?count(?:ed)? as|are|is|mean|refer to|stand for|describe) (?:the same|one) (?:\w+ )?\w+\b[^.]{0,40}\b(?:if|when|whenever)\b[^.]{0,60}\b(?:share|have the same|has the same|use the same|with the same|have (?:a|an|any) (?:\w+ )?in common)\b/;
const PASSES_ALONG =
  /\bpasses? along\b|\btransitive\b|\bchains? of\b|\bthrough (?:a chain|other|others|another)\b|\bdirectly or indirectly\b|\bso are\b|\bare too\b|\bor the same\b|\b(?:friends|partners|relatives) of (?:friends|partners|relatives)\b/;

/**
 * Links with a price (a cost, a length) to choose from, and every item to end up joined to every
 * other at the least total: the cheapest such set is a spanning tree, not a route.
 */
const PRICED_LINKS =
  /\b(?:costs?|length|price|pay)s? (?:[a-z](?:_i)?|\w+\[i\])\b|\b(?:costs?|length|price)s? (?:of )?(?:\w+ )?[a-z](?:_i)?\b|\bof length [a-z]\w*\b|\b[a-z](?:_i)? (?:coins|dollars|units|metres|meters)\b|\[\w+, ?\w+, ?(?:cost|price|length|weight|toll|fee)\w*\]/;
const EVERY_PAIR_JOINED =
  /\b(?:any|every|each|all) two\b[^.]{0,80}\b(?:exchange|reach|travel|pass|communicate|connected|joined|linked|talk|send|get)\b|\b(?:exchange|reach|travel|pass|communicate|talk|send|get|sail|drive|walk|flow)\b (?:\w+ ){0,3}between (?:any|every|each|all) (?:two|pairs?)\b|\b(?:every|each|all) (?:\w+ ){0,2}(?:is |are |be |gets? |can be )?(?:connected|joined|linked|reachable|powered) (?:to|with|from) (?:every|each|all|any) (?:\w+ )?other\b|\b(?:all|every) (?:\w+ ){0,2}(?:can|could|are|be) (?:all )?(?:connected|joined|linked)\b|\bcannot all be joined\b|\b(?:every|each|all) (?:\w+ ){0,2}can (?:\w+ ){1,3}(?:to|with|from) (?:every|each|all|any) (?:\w+ )?other\b/;
const LEAST_TOTAL =
  /\b(?:least|smallest|minimum|cheapest|lowest|minimal)\b (?:possible )?(?:total|overall|sum|combined)\b|\b(?:least|smallest|minimum|lowest) (?:total )?(?:cost|price|length|amount)\b/;
/** The same least total said the other way round: "the total cost is as small as possible". */
const AS_SMALL_TOTAL =
  /\btotal (?:cost|price|length|amount)\b[^.]{0,20}\bas (?:small|low|little) as possible\b/;

/** The cheapest links that still join every item to every other: a spanning tree. */
export const joinAllCheapest = (body: string) =>
  PRICED_LINKS.test(body) &&
  EVERY_PAIR_JOINED.test(body) &&
  (LEAST_TOTAL.test(body) || AS_SMALL_TOTAL.test(body)) &&
  !ONE_WAY.test(body) &&
  !/\bfrom (?:\w+ )?[a-z0-9]\w* to (?:\w+ )?[a-z0-9]\w*\b/.test(body);

/**
 * Groups that grow (or, read backwards, shrink) between the questions: a search per question
 * repeats the work the groups keep, so the searches give way (technique-signals.ts).
 */
export const groupsOverTime = (scene: Scene) =>
  (arriveWithQuestions(scene) || removedWithQuestions(scene)) && LINKS.test(scene.body);

/** Which of the shapes above a statement takes, read from its words alone (for the hints). */
export type JoinShape = 'cheapest' | 'leaving' | 'closing' | 'alike' | 'shared' | 'arriving';

export function joinShape(body: string): JoinShape | null {
  if (joinAllCheapest(body)) return 'cheapest';
  const linked = LINKS.test(body);
  if (linked && TAKEN_AWAY.test(body) && IN_KNOWN_ORDER.test(body) && ANSWER_BETWEEN_LINKS.test(body))
    return 'leaving';
  if (linked && FIRST_CLOSING_LINK.test(body)) return 'closing';
  if (SAME_AND_DIFFERENT.test(body) || equalityNotes(body)) return 'alike';
  if (SHARED_FIELD_JOINS.test(body) && PASSES_ALONG.test(body)) return 'shared';
  if (linked && ARRIVE_OVER_TIME.test(body) && ANSWER_BETWEEN_LINKS.test(body)) return 'arriving';
  return null;
}

/** The cheapest links that join everything, named by how the question words its least total. */
const cheapestJoin = (pattern: RegExp): Trigger => ({
  technique: 'union-find',
  pattern,
  // Above the greedy choice it implies, which a least total of chosen links raises on its own.
  weight: 6,
  why: 'the cheapest links that still join every item to every other form a spanning tree: take the links from cheapest up and keep each one that joins two groups not yet joined (Kruskal, with a disjoint-set forest)',
  when: (scene) => !scene.grid && !scene.design && joinAllCheapest(scene.body),
  also: ['sorting', 'greedy'],
});

/** The readings above, each a disjoint-set forest over the items the links join. */
export const JOIN_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'union-find',
    pattern: LINKS,
    weight: 3.5,
    why: 'links only arrive, one at a time, and questions about who is together come between them: merge the two groups as each link arrives (a disjoint-set forest with union by size, keeping counts at the roots) and read each answer off the groups as they are then',
    when: arriveWithQuestions,
    also: ['graph'],
  },
  {
    technique: 'union-find',
    pattern: TAKEN_AWAY,
    weight: 3.5,
    why: 'links only go away, in an order known from the start, with a question after each: groups cannot be split, but read backwards the links only arrive, so add them in reverse order to a disjoint-set forest and answer each question before its link goes in',
    when: (scene) => removedWithQuestions(scene) && LINKS.test(scene.body),
    also: ['graph'],
  },
  {
    technique: 'union-find',
    pattern: FIRST_CLOSING_LINK,
    weight: 3.5,
    why: 'a link closes a loop exactly when its two ends are already joined: add the links in their order to a disjoint-set forest and stop at the first whose two ends already share a group',
    when: (scene) => !scene.grid && !scene.design && !ONE_WAY.test(scene.body) && LINKS.test(scene.body),
    also: ['graph'],
  },
  {
    technique: 'union-find',
    pattern: SAME_AND_DIFFERENT,
    weight: 3.5,
    why: 'being the same passes along a chain, so the same-statements join items into groups (a disjoint-set forest), and every statement that two differ must then join two groups',
    // Facts that put one item over another speak of the values an order is about ("no two the same height"), not of pairs to join.
    when: (scene) => !scene.grid && !scene.design && !orderedFacts(scene.body),
    also: ['graph'],
  },
  {
    technique: 'union-find',
    pattern: SHARED_FIELD_JOINS,
    weight: 3.5,
    why: 'records that share a value are joined, and being joined passes along: a map from each value to the first record that had it joins every later record with it in a disjoint-set forest, and the groups left are the answer',
    when: (scene) => !scene.grid && !scene.design && PASSES_ALONG.test(scene.body),
    also: ['hash-table'],
  },
  {
    technique: 'union-find',
    pattern: ALIKE_THEN_DIFFERENT,
    weight: 3.5,
    why: 'notes say that two items are alike or that they differ, and all must hold at once: being alike passes along chains, so join the alike pairs into groups (a disjoint-set forest) and check that no note of difference falls inside one group',
    // The demand worded as the reading above words it is that reading's: one page, one count.
    when: (scene) =>
      !scene.grid && !scene.design && !SAME_AND_DIFFERENT.test(scene.body) && equalityNotes(scene.body),
    also: ['graph'],
  },
  // A least total said either way round: each wording is a trigger of its own, so its learned weight follows it.
  ...[LEAST_TOTAL, AS_SMALL_TOTAL].map(cheapestJoin),
  {
    technique: 'sorting',
    pattern: LEAST_TOTAL,
    weight: 1.5,
    why: 'the links are taken from the cheapest up, so they are sorted by price once before any is joined',
    when: (scene) => !scene.grid && !scene.design && joinAllCheapest(scene.body),
  },
  {
    technique: 'greedy',
    pattern: LEAST_TOTAL,
    weight: 1,
    why: 'keeping the cheapest link that still joins two groups is a choice no later link can beat (any spanning tree without it can swap it in at no extra cost)',
    when: (scene) => !scene.grid && !scene.design && joinAllCheapest(scene.body),
  },
];
