import type { Scene, Trigger } from './trigger';

/** What a best route is measured in: its length, time or price. */
const ROUTE_COST =
  /\bhow far\b|\bdistance (?:is )?(?:<=|at most|no more than|within)|\bthreshold distance\b|\b(?:shortest|cheapest|fastest|quickest|least|minimum|smallest|lowest) (?:total )?(?:\w+ ){0,2}(?:distance|walk|route|path|fare|time|cost|price|drive|trip|journey|minute|hour|second|lag|delay|latency)s?\b|\bwalking distance\b|\bwithin \w+ (?:minutes|seconds|hours|km|kilometres|miles|coins)\b/;

/**
 * Distances asked from every node, or between any two of them, or in many questions about pairs:
 * every pair is needed, and on a few hundred nodes all of them come from one O(n^3) table.
 */
const EVERY_PAIR = new RegExp(
  [
    // The answer is a table indexed by both ends: "the entry in row i and column j is the quickest
    // time from station i to station j", "dist[i][j] ... from city i to city j".
    String.raw`\b(?:entry|cell|value|element|number)\b[^.]{0,40}\brow (?<row>[a-z])\b[^.]{0,20}\bcolumn (?<column>[a-z])\b[^.]{0,80}\bfrom \w+ \k<row> to \w+ \k<column>\b`,
    String.raw`\b(?:dist|answer|result|table|ans)\[i\]\[j\][^.]{0,80}\bfrom \w+ i to \w+ j\b`,
    String.raw`\bevery pair of (?:cities|nodes|vertices|towns)\b|\bshortest paths? between all pairs\b`,
    String.raw`\b(?:each|every) query\b.{0,80}\bshortest (?:path|distance)\b|\bq (?:queries|questions)\b.{0,120}\bshortest (?:path|distance|route)\b`,
    String.raw`\bfor (?:each|every|all) (?<from>[a-z]) and (?<to>[a-z])\b.{0,120}\bshortest (?:path|distance)s? from \w+ \k<from> to \w+ \k<to>\b`,
    String.raw`\b(?:sum|total),? over (?:all|every) pairs?\b|\bbetween every pair\b|\bfrom which the fewest\b|\bwithin a distance of at most\b|\bdistance between (?:every|each|all) (?:pairs?|two)\b(?! of (?:neighbou?ring|adjacent|consecutive))|\bevery pair of \w+`,
    String.raw`\bfrom (?:every|each) (?<place>\w+?)s? to (?:every|each) (?:other )?\k<place>s?\b|\bbetween any two \w+`,
    // "For each warehouse, count how many other warehouses ... within", "the city with the fewest
    // cities reachable within a distance": every source at once.
    String.raw`\b(?:smallest|largest|fewest|most|number of|how many) (?:\w+ ){0,3}(?:that are |which are )?reachable\b[^.]{0,60}\b(?:distance|cost|time)\b[^.]{0,20}(?:<=|at most|no more than|within)`,
    String.raw`\bfor (?:each|every) (?<source>\w+?)s?\b[^.]{0,60}\b(?:other|another) \k<source>s?\b`,
    // Many questions, each a pair of places, about how far apart they are.
    String.raw`\b(?:[q]|many|several) (?:questions|queries|requests)\b[^.]{0,60}\b(?:each )?(?:a )?pairs?\b`,
    String.raw`\bfor (?:each|every) (?:query|question|trip|request|journey|ticket|pair)\b[^.]{0,80}\b(?:shortest|cheapest|fastest|quickest|least|minimum)\b`,
  ].join('|'),
);

/** The bound on the count of places, `n <= 300`, whatever else (questions, links) is larger. */
const NODE_BOUND = /\b[0-9] <= n <= (\d+)\b/;

/**
 * A list whose every entry is a question about two places ("probes[j] = [s, t] asks for ..."). Kept
 * out of EVERY_PAIR: a trigger's pattern is the learned model's feature, so it changes only with
 * the weights rebuilt.
 */
const PAIR_ENTRIES =
  /\b\w+\[[a-z]\] = \[[a-z]\w{0,2}, ?[a-z]\w{0,2}\] (?:asks|is a (?:question|query|request))\b/;

/** Distances asked between every pair of places (or in many questions about pairs). */
export const distancesBetweenPairs = (body: string) =>
  (EVERY_PAIR.test(body) || PAIR_ENTRIES.test(body)) &&
  (ROUTE_COST.test(body) || /\bdistances?\b/.test(body));

/** Few enough places that a table over every pair through every middle one fits (500^3 steps). */
function fewNodes(scene: Scene): boolean {
  const bound = NODE_BOUND.exec(scene.body);
  const nodes = bound ? Number(bound[1]) : scene.largest;
  return (nodes ?? Number.POSITIVE_INFINITY) <= 500 || /\bn x n\b/.test(scene.body);
}

/** Links that each carry a cost of their own: a stated weight, or a third number per link. */
const COSTED_LINKS = (scene: Scene) =>
  scene.weighted || /[[(]\s*\w+\s*,\s*\w+\s*,\s*\w+\s*[\])]/.test(scene.body);

/** One place starts something that spreads over timed links until every node has it. */
const ONE_SOURCE_TO_ALL =
  /\b(?:after|in) how (?:many \w+|long)\b[^.?]{0,40}\b(?:has|have) (?:every|each|all)\b|\b(?:after|in) how (?:many \w+|long)\b[^.?]{0,40}\b(?:whole|entire|all|every)\b[^.?]{0,40}\b(?:infected|reached|informed|burning|lit|covered|flooded|notified)\b|\b(?:time|minutes|seconds|hours|days)\b[^.]{0,40}\bfor (?:all|every|each) (?:\w+ ){0,3}to (?:receive|hear|get|be reached|be informed|catch)\b|\b(?:minute|moment|time|second|day|hour)s? (?:at which|when) the last \w+ (?:catches|is reached|receives|hears|gets|learns|is informed|is lit)\b|\b(?:how (?:long|many \w+)|what time|the (?:time|moment))\b[^.]{0,80}\b(?:every|all|each) (?:\w+ ){0,2}(?:has|have|is|are)\b[^.]{0,30}\b(?:received|reached|heard|informed|notified|burning|infected|lit|got)\b|\b(?:until|before|when) (?:every|all|each) (?:\w+ ){0,2}(?:has|have) (?:received|heard|been (?:reached|informed|notified))\b/;

/** From every place to one fixed place: one search from that place, run backwards, reaches all. */
const EVERY_PLACE_TO_ONE =
  /\bfor (?:each|every) \w+\b[^.]{0,60}\b(?:smallest|least|cheapest|shortest|fastest|quickest|minimum|lowest)\b[^.]{0,80}\b(?:to|at|reach\w*|arriv\w* at) the (?!same\b|other\b|next\b)\w+\b/;

/** Every move takes one tick, so the fewest seconds are the fewest moves. */
const FEWEST_TICKS =
  /\b(?:fewest|minimum|least|smallest|shortest)\b (?:number of )?(?:seconds|minutes|hours|days|turns|ticks|time)\b/;
const ONE_MOVE_A_TICK =
  /\b(?:each|every|per|in one) (?:second|minute|hour|day|turn|tick)\b[^.]{0,80}\b(?:moves?|rolls?|steps?|walks?|goes|hops?|jumps?|travels?|crawls?|slides?)\b/;

/** Single-character edits: one inserted, one removed, one replaced, in any words. */
const INSERT = /\b(?:insert|add|splice in|type|put in)\w*\b/;
const DELETE = /\b(?:delet|remov|cut|drop|eras)\w*\b/;
const REPLACE = /\b(?:replac|swap|substitut|overwrit|rewrit|chang|alter|modif)\w*\b/;
const FEWEST_EDITS =
  /\b(?:fewest|least|minimum|smallest|lowest) (?:number of |total )?(?:[\w-]+ )?(?:changes|edits|operations|keystrokes|steps|cost|moves)\b|\bleast (?:total )?cost\b|\bcheapest\b/;
/** One sequence turned into another. */
const TURN_INTO =
  /\b(?:turn|transform|convert|rework|change|make|edit)\w* (?:\w+ ){0,4}(?:into|to)\b|\binto (?:the )?(?:\w+ ){0,2}\w+\b|\bmake \w+ (?:equal|identical) to\b/;

/**
 * Every step must land on a listed item ("every word you make must be in bank", "the result must
 * again be a word of the dictionary", "each password used must appear on the approved list"): the
 * items are the places of a graph whose links are single edits, not a table over two prefixes.
 */
const STEP_LISTED =
  /\b(?:must|has to|have to|should|needs? to)(?: \w+)? (?:be|appear|exist|lie|belong)\b (?:\w+ ){0,3}?(?:in|on|among|from|of|to) (?:the |a |your |that )?(?:given |allowed |approved |valid |same )?(?:list|bank|dictionary|wordlist|word ?list|vocabulary|lexicon|set of (?:allowed |valid )?words|allowed words|approved list)\b/;
/** A move changes one letter, or inserts or deletes one. */
const ONE_LETTER_MOVE =
  /\b(?:chang|replac|alter|modif|swap|substitut|insert|delet|remov|add)\w* (?:exactly |only |just )?(?:one|a single|1) (?:\w+ ){0,2}?(?:letter|character|char|symbol|digit)s?\b|\bdiffers? (?:\w+ ){0,4}?in exactly one (?:position|place|letter|character)\b|\bone (?:letter|character) at a time\b/;

/** Moves that change one letter of a word ("replacing one of its letters", "differs in exactly one letter"). */
export const oneLetterMoves = (body: string) => ONE_LETTER_MOVE.test(body);

/**
 * The same edits counted in the story's own unit ("the fewest passes through the printer"): the
 * inserting, deleting, replacing and turning-into are what make it an edit, whatever is counted.
 * A trigger of its own, so the classic edit ladder (`asks.edits`) keeps to the words it was written for.
 */
const FEWEST_IN_ANY_UNIT =
  /\b(?:fewest|least|minimum|smallest|lowest) (?:number of |total )?(?:[\w-]+ )?\w+s\b/;

/** One sequence turned into another by inserting, deleting and replacing single items, whatever is counted. */
const editsInAnyUnit = (body: string) =>
  !STEP_LISTED.test(body) &&
  INSERT.test(body) &&
  DELETE.test(body) &&
  REPLACE.test(body) &&
  TURN_INTO.test(body);

/** The same edits, at least cost in the words edits are counted in. */
export const singleEdits = (body: string) => editsInAnyUnit(body) && FEWEST_EDITS.test(body);

export const DISTANCE_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'breadth-first-search',
    pattern: ONE_LETTER_MOVE,
    weight: 3.5,
    why: 'every step is one edit that must land on a listed word, so the words are the places and single edits the links, all of one cost: a breadth-first search from the first word, each candidate edit looked up in a hash set of the list',
    when: (scene) => STEP_LISTED.test(scene.body) && !scene.grid && !scene.design,
    also: ['hash-table', 'string'],
  },
  {
    technique: 'shortest-path',
    pattern: EVERY_PAIR,
    // Above a graph told in prose: the links are the input, every pair's distance is the method.
    weight: 4,
    why: 'the best route is needed between every pair of a few hundred places: improve every pair through each middle place in turn (Floyd-Warshall), then answer from the table',
    when: (scene) =>
      ROUTE_COST.test(scene.body) &&
      fewNodes(scene) &&
      (COSTED_LINKS(scene) || /\bn x n\b|\bmatrix\b|\[i\]\[j\]|_\{?i,? ?j\}?\b/.test(scene.body)) &&
      !scene.design,
    also: ['dynamic-programming', 'graph'],
  },
  {
    technique: 'shortest-path',
    pattern: ONE_SOURCE_TO_ALL,
    weight: 3.5,
    why: 'each node hears it at its shortest distance from the source over the timed links, so the answer is the largest of those distances: Dijkstra, taking the closest node from a heap',
    when: (scene) => COSTED_LINKS(scene) && !scene.grid,
    also: ['heap-priority-queue', 'graph'],
  },
  {
    technique: 'shortest-path',
    pattern: EVERY_PLACE_TO_ONE,
    weight: 3.5,
    why: 'the best route from every place to one fixed place is one shortest-path search from that place over the costed links (Dijkstra, the closest place taken from a heap)',
    when: (scene) => COSTED_LINKS(scene) && !scene.grid && !scene.design,
    also: ['heap-priority-queue', 'graph'],
  },
  {
    technique: 'breadth-first-search',
    pattern: FEWEST_TICKS,
    weight: 3,
    why: 'every move to a neighbouring cell takes one tick, so the fewest ticks are the fewest moves: a breadth-first search from the start, ring by ring',
    when: (scene) => scene.grid && ONE_MOVE_A_TICK.test(scene.body) && !scene.weighted,
    also: ['queue', 'matrix'],
  },
  {
    technique: 'dynamic-programming',
    pattern: FEWEST_EDITS,
    weight: 3.5,
    why: 'turning one sequence into another one item at a time: the best for every pair of prefixes comes from the three smaller pairs (insert, delete, replace), a table over both',
    when: (scene) => singleEdits(scene.body) && (scene.largest ?? 0) <= 5000,
    also: ['string'],
  },
  {
    technique: 'dynamic-programming',
    pattern: FEWEST_IN_ANY_UNIT,
    weight: 3.5,
    why: 'turning one sequence into another one item at a time, however the story counts the steps: the best for every pair of prefixes comes from the three smaller pairs (insert, delete, replace), a table over both',
    when: (scene) =>
      editsInAnyUnit(scene.body) && !FEWEST_EDITS.test(scene.body) && (scene.largest ?? 0) <= 5000,
    also: ['string'],
  },
];
