import { lastReading } from '../last-reading';
import { distancesBetweenPairs } from './distances';
import { joinAllCheapest } from './joins';
import { KEEP_ALL_JOINED } from './networks';
import type { Scene, Trigger } from './trigger';

/*
 * Routes through places (or cells) whose links cost different amounts, read from how the statement
 * hands the costs over and what it asks of them. Setters rarely say "weight" or "edge": a third
 * number on every link line, a grid of minutes per cell, fares or tolls beside the two ends. The
 * question then picks the method: the least total (Dijkstra), the best worst leg (Dijkstra with
 * max, or a sort and a union-find), every pair of few places (Floyd-Warshall), at most k legs or
 * costs below zero (Bellman-Ford's rounds), costs of only 0 and 1 (a deque). Moves that all cost
 * the same, a tree's one route and a layout that never loops back are searches or tables instead.
 */

/** What the story measures a link or a cell in. */
const AMOUNT = String.raw`(?:minutes?|seconds?|milliseconds?|hours?|days?|coins?|yen|dollars?|euros?|rupees?|silver|gold|credits?|tokens?|fuel|litres?|liters?|gallons?|tolls?|fares?|prices?|costs?|fees?|risk|danger|latency|delay|energy|effort|stamina|damage|metres?|meters?|kilometres?|kilometers?|km|miles?|units? of \w+)`;

/** Things a story links places with. */
const LINK = `(?:roads?|highways?|streets?|edges?|links?|ferr(?:y|ies)|flights?|cables?|tunnels?|rails?|railways?|trains?|lines?|trails?|tracks?|bridges?|lanes?|pipes?|pipelines?|channels?|canals?|routes?|portals?|tubes?|passages?|paths?|connections?|wires?|corridors?|vans?|buses?|bus routes?|hops?)`;

/**
 * Each link line carries a third number beside its two ends ("each of the next m lines contains
 * u_i, v_i and l_i", "flights[i] = [from, to, price]", a format line `a_1 b_1 c_1`).
 */
/** A letter that names a value of each line ("u", "l_i", "c_i"), not a word. */
const NAME = String.raw`[a-z](?:\w?_i|_\w)?\b`;
const THIRD_NUMBER = new RegExp(
  [
    String.raw`\b(?:each|every|the i-th)(?: of the (?:next|following))? (?:\w+ )?(?:lines?|rows?)\b[^.]{0,60}\b(?:three (?:integers|numbers|values)|${NAME}, ?${NAME},? (?:and )?${NAME})(?! ?,)`,
    String.raw`\b\w+\[i\] = [[(][a-z]\w{0,5}, ?[a-z]\w{0,5}, ?[a-z]\w*[\])]`,
    String.raw`\b([a-z])_1 ([a-z])_1 ([a-z])_1\b(?! [a-z]_1)`,
  ].join('|'),
);

/** A link priced in words: "one ride on it costs c_i yen", "a jeep burns c_i litres of fuel driving it". */
const PRICED_IN_WORDS = new RegExp(
  String.raw`\b${LINK}\b[^.]{0,120}\b(?:costs?|takes?|burns?|charges?|adds?|drains?|needs?|uses?|lasts?|has|with|of)\b[^.]{0,30}\b${AMOUNT}\b`,
);

/** Links that each carry an amount of their own. */
export const costedLinks = (scene: Scene) =>
  scene.weighted || THIRD_NUMBER.test(scene.body) || PRICED_IN_WORDS.test(scene.body);

/**
 * A grid whose cells cost different amounts to enter: "the number of minutes it takes to wade
 * into that square", "entering cell (i, j) costs snow[i][j] minutes".
 */
const CELL_COST = new RegExp(
  [
    String.raw`\b${AMOUNT}\b[^.]{0,30}\b(?:it )?(?:takes?|costs?|needs?) to (?:\w+ ){0,2}(?:into|onto|through|across|enter|cross|clear|shovel|wade|step|walk|pass)\b`,
    String.raw`\b(?:entering|stepping (?:on|onto|into)|moving (?:into|onto)|wading into|walking into|passing through|crossing|visiting|landing on) (?:a |the |that |each |any )?(?:cell|square|tile|plot|field|block|room)\b[^.]{0,40}\b(?:costs?|takes?|drains?|burns?|needs?)\b`,
    String.raw`\b(?:cells?|squares?|tiles?|plots?|blocks?)\b[^.]{0,60}\b(?:costs?|takes?|drains?|burns?|needs?) (?:\w+ ){0,3}${AMOUNT} to (?:enter|cross|pass|wade|walk|step)`,
    // A grid's value named by what entering a cell costs: "thorns[i][j] is the number of scratches
    // you get entering cell (i, j)", "the cost of stepping onto it".
    String.raw`\[[a-z]\]\[[a-z]\] is (?:the )?(?:\w+ ){0,6}?(?:entering|to enter|stepping (?:on|onto|into)|to step (?:on|onto|into)|crossing|to cross|wading into|to wade into|passing through|to pass through|visiting)\b|\bcost of (?:entering|stepping (?:on|onto|into)|crossing|visiting|passing through)\b`,
  ].join('|'),
);

/** Moves that may turn back (four ways, any side): then the cells' order is no table's order. */
export const MOVES_ANY_SIDE =
  /\bfour (?:cells|squares|directions|ways|neighbou?rs)\b|\bup, down, left,? (?:or|and) right\b|\bshares? a side\b|\bside-adjacent\b|\badjacent (?:cell|square)s?\b/;

/** The question asks for a least total or a least amount. */
const LEAST = new RegExp(
  String.raw`\b(?:least|fewest|minimum|minimal|smallest|lowest|cheapest|quickest|fastest|shortest)\b(?: total| possible| overall)? (?:number of )?(?:\w+ )?(?:${AMOUNT}|time|total|cost|price|sum|distance|route|trip|journey|voyage|way|path)\b|\bhow (?:many|much) ${AMOUNT}\b[^.?]{0,60}\bat the (?:least|most)\b|\bas (?:small|low|little|cheap) as possible\b|\b(?:least|minimum|smallest|lowest|cheapest)\b (?:total |possible )?[a-z]+ (?:from|between|needed|required|spent|paid|used|burned|burnt)\b`,
);

/**
 * When something spreading from a start along the links reaches the last (or every) place: each
 * place's moment is its least total time, and the answer the largest of them.
 */
const LAST_REACHED =
  /\b(?:minute|moment|time|second|hour|day) (?:at which|when) (?:the )?(?:last|every|all|each)\b|\bhow long (?:it takes )?(?:until|before|for) (?:all|every|the last)\b/;

/** Every link costs the same: the fewest links are a plain breadth-first search. */
const SAME_COST =
  /\b(?:every|each|all) (?:\w+ ){0,2}(?:takes?|costs?|has|have|lasts?) the same\b|\bunweighted\b|\bsame (?:time|cost|length|price)\b|\b(?:every|each) \w+ (?:takes?|costs?|lasts?) (?:exactly )?(?:one|1|a single) (?:second|minute|hour|day|coin|unit|step)\b/;

/**
 * At most k legs on the trip ("may use at most k flights", "riding at most k vans", "no more than
 * k stops"): the cheapest price is kept per number of legs, k rounds over every link.
 */
const FEW_LEGS = new RegExp(
  String.raw`\b(?:at most|no more than|not more than|up to|fewer than) k (?:\w+ ){0,2}?(?:${LINK}|legs?|stops?|layovers?|rides?|transfers?|changes?|steps?|tickets?|segments?|moves?)\b`,
);

/** Costs that may fall below zero: a rebate, energy given back, a bound below zero on the cost. */
const BELOW_ZERO =
  /\b(?:costs?|weights?|tolls?|prices?|amounts?|c_i|w_i|energy|time)\b[^.]{0,30}\b(?:may|can|might|could) be negative\b|\bnegative (?:costs?|weights?|tolls?|prices?|edges?)\b|\b(?:is|are) negative,? (?:and|which|so)\b[^.]{0,60}\b(?:gives?|earns?|pays?|returns?|refunds?)\b|\b(?:gives?|pays?) (?:\w+ ){0,3}back\b/;

/** Many pairs of places asked at once: "the sum of f(s, t) over all pairs", "for every pair". */
const EVERY_PAIR =
  /\bover (?:all|every) (?:the )?pairs\b|\bfor (?:all|every|each) pairs?\b|\bevery pair of\b|\b(?:between|for) all pairs\b/;
/** Few enough places that a table over every pair through every middle one fits (500^3 steps). */
const fewPlaces = (scene: Scene) => (scene.largest ?? Number.POSITIVE_INFINITY) <= 500;

/**
 * A route worth its worst leg in new words: "as strong as the weakest link of the chain", or a
 * limit each link sets ("only if h <= h_i") with the largest thing that gets through asked.
 */
const WORST_LEG = new RegExp(
  [
    String.raw`\bas (?:strong|wide|good|heavy|high|tall|fast|safe|much) as (?:the |its )?(?:weakest|narrowest|lowest|slowest|worst|thinnest|smallest|least)\b`,
    String.raw`\bonly if [a-z]\w* (?:<=|>=|<|>) [a-z]\w*_i\b[^]{0,200}\b(?:tallest|heaviest|widest|largest|biggest|highest|greatest)\b`,
  ].join('|'),
);

/** A move priced at nothing ("stepping along the arrow is free", "free to drive on", "costs 0"), not a free cell. */
const FREE_MOVE = String.raw`(?:free (?:to \w+|of charge)|for free|at no cost|costs? (?:nothing|0|zero)\b|(?:is|are) free,? (?:and|but|while|whereas)\b|(?:stepping|moving|walking|going|driving|travell?ing|passing|entering|following|using|crossing|riding)\b[^.]{0,80}\b(?:is|are) free\b|free if)`;
/** A move priced at exactly one unit ("costs one hammer blow", "a toll of one coin", "cost = 1"). */
const ONE_UNIT = String.raw`(?:costs? (?:=\s*)?(?:exactly )?(?:1|one)\b|(?:cost|toll|price|fee|fine) (?:=\s*|of )(?:1|one)\b|(?:pays?|costs?|with) (?:a toll of |a fee of )?(?:1|one) (?:coin|unit|blow|hammer blow|point|dollar|token)s?\b|with a toll if)`;
/**
 * Moves that are either free or cost one: free steps beside paid ones, walls to break on the way
 * (each one broken costs one, open cells nothing), or a sign followed for free and turned for one.
 */
export const ZERO_OR_ONE = new RegExp(
  [
    String.raw`\b${FREE_MOVE}[^]{0,160}?\b${ONE_UNIT}|\b${ONE_UNIT}[^]{0,160}?\b${FREE_MOVE}`,
    String.raw`\b(?:fewest|minimum number of|least number of|smallest number of|minimum) (?:walls|obstacles|blocks|rocks|barriers|boulders)\b[^.]{0,40}?\b(?:break|remove|destroy|demolish|clear|knock)`,
    String.raw`\b(?:break|remove|destroy|demolish|clear|knock down) the (?:fewest|least number of|minimum number of) (?:walls|obstacles|blocks|rocks|barriers|boulders)\b`,
    String.raw`\b(?:signs?|signposts?|arrows?)\b[^]{0,200}?\b(?:change|turn|modify|flip|rotate|redirect)\w*\b[^.]{0,60}?\b(?:at a cost of|with cost|costs?|for) (?:=\s*)?(?:1|one)\b`,
  ].join('|'),
);

/** Each link costs 0 or 1: a free link beside a paid one, or a third number said to be 0 or 1. */
const ZERO_OR_ONE_LINKS =
  /\b([a-z]) is (?:either )?(?:0 or 1|1 if\b[^.]{0,60}\b0 if)\b|\b[a-z] is 1 if\b[^.]{0,80}\band 0\b|\bis free,? but\b[^.]{0,80}\b(?:one|1|a single) \w+ (?:for|per|on) (?:every|each)\b/;

/** A tree: one route between any two places, nothing for a search by cost to choose. */
const ONE_ROUTE =
  /\bexactly one (?:\w+ ){0,2}(?:way|route|path|road|trail)\b[^.]{0,40}\bbetween (?:any|every|each) two\b|\bunique (?:path|route|way) between\b|\bonly one (?:way|route|path) between (?:any|every|each) two\b/;

/**
 * A layout that never loops back: every link goes from a lower number to a higher one, said in
 * words ("never come back", "water only runs downhill"): the places in number order are a table's order.
 */
const NEVER_BACK =
  /\b(?:can|could|will) never (?:come|go|get|return) back\b|\bno (?:loops|cycles)\b|\bonly (?:runs?|flows?|goes?|leads?) (?:downhill|downstream|forward)\b|\bacyclic\b/;
const LOWER_TO_HIGHER = /\b[a-z]\w*_i < [a-z]\w*_i\b|\bfrom a lower(?:-numbered)? \w+ to a higher\b/;

/** A tree: exactly one route between any two places. */
export const oneRoute = (body: string) => ONE_ROUTE.test(body);

/** Which places a start reaches, told by what arrives ("which stations a capsule can arrive at"). */
const ARRIVES_AT =
  /\b(?:which|how many|list)\b[^.]{0,80}\b(?:can|could)\b[^.]{0,50}?\b(?:arrive (?:at|in)|end up (?:at|in)|be (?:sent|carried|delivered) to)\b/;

/** What a route question over costed links asks for. */
export type RouteAsk = 'least' | 'worst-leg' | 'every-pair' | 'few-legs' | 'below-zero' | 'zero-one';

/**
 * The question over links of different costs, read from its words alone (for figures and hints).
 * The cost asks, the hints and four triggers' conditions ask it of one statement: read once.
 */
export const routeAsk = lastReading((body: string): RouteAsk | null => {
  if (SAME_COST.test(body)) return null;
  if (ZERO_OR_ONE_LINKS.test(body) || ZERO_OR_ONE.test(body)) return 'zero-one';
  if (WORST_LEG.test(body)) return 'worst-leg';
  if (!LEAST.test(body)) return null;
  if (FEW_LEGS.test(body)) return 'few-legs';
  if (BELOW_ZERO.test(body)) return 'below-zero';
  if (EVERY_PAIR.test(body) || distancesBetweenPairs(body)) return 'every-pair';
  return 'least';
});

/** Places joined by links of their own costs, with a route asked, and no other reading of it. */
const costedRoutes = (scene: Scene) =>
  scene.shape === 'graph' &&
  !scene.grid &&
  !scene.design &&
  costedLinks(scene) &&
  !ONE_ROUTE.test(scene.body) &&
  !(NEVER_BACK.test(scene.body) && LOWER_TO_HIGHER.test(scene.body)) &&
  !KEEP_ALL_JOINED.test(scene.body) &&
  !joinAllCheapest(scene.body);

const asked = (kind: RouteAsk) => (scene: Scene) => costedRoutes(scene) && routeAsk(scene.body) === kind;

/** A grid whose cells cost different amounts to enter, walked any way, least total asked. */
export const costedCells = (scene: Scene) =>
  scene.grid &&
  !scene.design &&
  CELL_COST.test(scene.body) &&
  MOVES_ANY_SIDE.test(scene.body) &&
  routeAsk(scene.body) === 'least';

export const PATH_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'shortest-path',
    pattern: LEAST,
    weight: 4,
    why: 'the links cost different amounts, so the route with the fewest links need not be the cheapest: settle the places in order of their total so far, the nearest taken from a heap (Dijkstra)',
    // Every pair of many places is still one search from each place asked about.
    when: (scene) => asked('least')(scene) || (asked('every-pair')(scene) && !fewPlaces(scene)),
    also: ['heap-priority-queue', 'graph'],
  },
  {
    technique: 'shortest-path',
    pattern: LAST_REACHED,
    weight: 4,
    why: 'the moment a place is reached is the least total time to it over links that take different times, so the last place reached is the largest of those least totals: Dijkstra from the start, then the largest',
    when: (scene) => costedRoutes(scene) && routeAsk(scene.body) === null,
    also: ['heap-priority-queue', 'graph'],
  },
  {
    technique: 'shortest-path',
    pattern: CELL_COST,
    weight: 4,
    why: 'each cell costs its own amount to enter and moves go every way, so a route may turn back and no row-by-row table holds: the cells are places of a graph, settled cheapest first from a heap (Dijkstra over cells)',
    when: costedCells,
    also: ['heap-priority-queue', 'matrix'],
  },
  {
    technique: 'shortest-path',
    pattern: WORST_LEG,
    weight: 4,
    why: 'a route is worth its worst leg, not the sum of its legs: Dijkstra with max in place of plus (the place whose worst leg so far is best comes off a heap), or the links joined from best to worst in a disjoint-set forest until the two ends meet',
    when: asked('worst-leg'),
    also: ['heap-priority-queue', 'union-find'],
  },
  {
    technique: 'shortest-path',
    pattern: FEW_LEGS,
    weight: 4.5,
    why: 'the trip may use only so many legs, so a dearer route with fewer legs can be the one that counts: keep the best cost per number of legs and relax every link once a round, k rounds (Bellman-Ford cut short)',
    when: asked('few-legs'),
    also: ['dynamic-programming', 'graph'],
  },
  {
    technique: 'shortest-path',
    pattern: BELOW_ZERO,
    weight: 4.5,
    why: 'a cost can be below zero, which breaks the rule that a place taken cheapest first is settled: relax every link V - 1 times (Bellman-Ford), and anything still improving after that lies on or past a loop that lowers the total without end',
    when: asked('below-zero'),
    also: ['graph'],
  },
  {
    technique: 'shortest-path',
    pattern: EVERY_PAIR,
    weight: 4.5,
    why: 'every pair of a few hundred places is asked about: improve every pair through each middle place in turn (Floyd-Warshall), then read the answers from the table',
    when: (scene) => asked('every-pair')(scene) && fewPlaces(scene),
    also: ['dynamic-programming', 'graph'],
  },
  {
    technique: 'breadth-first-search',
    pattern: ZERO_OR_ONE_LINKS,
    weight: 4.5,
    why: 'each link costs nothing or one, so a breadth-first search over a deque settles places in order of cost: free links go to the front, paid ones to the back, no heap needed',
    when: asked('zero-one'),
    also: ['shortest-path', 'graph'],
  },
  {
    technique: 'depth-first-search',
    pattern: ARRIVES_AT,
    weight: 2.5,
    why: 'links with no cost and only where a start can get to asked: one walk over the graph, marking what it reaches',
    when: (scene) => scene.shape === 'graph' && !scene.grid && !scene.design && !costedLinks(scene),
    also: ['breadth-first-search'],
  },
  {
    technique: 'depth-first-search',
    pattern: ONE_ROUTE,
    weight: 4,
    why: 'there is exactly one route between two places (a tree), so nothing is chosen: one walk from the start carries each distance down from parent to child',
    // A tree handed over as n - 1 lines may be sized as its n nodes alone: the words say it is one.
    when: (scene) => !scene.grid && !scene.design,
    also: ['graph'],
  },
  {
    technique: 'dynamic-programming',
    pattern: NEVER_BACK,
    weight: 4,
    why: 'every link leads from a lower number to a higher one, so no route loops back and the places in number order are already an order to fill a table in: each place’s best total is the best over the links into it',
    when: (scene) =>
      scene.shape === 'graph' &&
      !scene.grid &&
      !scene.design &&
      costedLinks(scene) &&
      LOWER_TO_HIGHER.test(scene.body) &&
      LEAST.test(scene.body),
    also: ['graph', 'topological-sort'],
  },
];
