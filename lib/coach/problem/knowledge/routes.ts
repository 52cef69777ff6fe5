import { KEEP_ALL_JOINED } from './networks';
import { type RouteAsk, routeAsk, ZERO_OR_ONE } from './paths';

const SETTLED_ELSEWHERE: readonly (RouteAsk | null)[] = ['few-legs', 'below-zero'];

import type { Scene, Trigger } from './trigger';

/** Each link carries its own cost: a third number per link, or a sentence that prices one. */
const PRICED_LINK =
  /[[(]\s*\w+\s*,\s*\w+\s*,\s*\w+\s*[\])]|\b(?:roads?|highways?|streets?|edges?|links?|ferr(?:y|ies)|flights?|cables?|tunnels?|rails?|railways?|lines?|trails?|bridges?|lanes?|pipes?)\b[^.]{0,80}\b(?:whose|with a|with an|and a|and its|has a|have a|costs?|takes?|needs?|charges?)\b[^.]{0,20}\b(?:toll|fare|price|cost|length|time|minutes|seconds|hours|coins|fuel)\b/;
/** Every link costs the same: then the fewest links are counted by a plain breadth-first search. */
const SAME_COST =
  /\b(?:every|each|all) (?:\w+ ){0,2}(?:takes?|costs?|has|have|lasts?) the same\b|\bunweighted\b|\bsame (?:time|cost|length|price)\b/;
/** The question asks for the least total of those costs along a route. */
const LEAST_ALONG =
  /\b(?:least|fewest|smallest|minimum|lowest|quickest|fastest|cheapest|shortest)\b (?:total |possible |overall )?(?:number of )?(?:minutes|seconds|hours|days|time|toll|tolls|fare|fares|cost|price|fuel|coins|distance|travel time|driving time)\b|\b(?:quickest|fastest|cheapest) (?:possible )?(?:journey|trip|route|ride|itinerary|way there)\b/;

/** What the story calls one route through the places or cells. */
const ROUTE = String.raw`(?:route|path|walk|journey|trip|chain|ride|trail|crossing|tour|itinerary|descent|drive|voyage)`;
/** A largest or smallest one of something, not a total of them. */
const EXTREME = String.raw`(?:largest|biggest|highest|maximum|max|greatest|worst|tallest|steepest|smallest|lowest|minimum|min|least|narrowest|weakest|thinnest)`;
/** A limit that holds on each link or cell crossed. */
const LIMIT_NOUN = String.raw`(?:limit|capacity|weight limit|load limit|height|clearance|width|rating|altitude|elevation|strength|tolerance)`;
/**
 * A route worth its worst link rather than the sum of them: "the strain of a walk is the biggest
 * climb on it", "a chain's rate is the smallest flow among its pipes", "the load can be no heavier
 * than the limit of any bridge it crosses", "some path whose cells are all no higher than t".
 */
const BOTTLENECK = new RegExp(
  [
    String.raw`\b(?:of|for) (?:a|the|any|each|one|every|his|her|their) (?:\w+ )?${ROUTE}s?\b(?: \w+){0,3}? (?:is|equals|is defined as|means)\b (?:the |its |equal to the )?(?:\w+ (?:of (?:the |its )?)?)?${EXTREME}\b(?! (?:total|sum|number|count|length)\b)`,
    String.raw`\b${ROUTE}'s \w+(?: \w+)? (?:is|equals|is defined as)\b (?:the |its )?(?:\w+ (?:of (?:the |its )?)?)?${EXTREME}\b(?! (?:total|sum|number|count|length)\b)`,
    String.raw`\bno (?:heavier|higher|larger|bigger|greater|taller|wider|more) than the (?:\w+ ){0,2}${LIMIT_NOUN}s? of (?:any|every|each|all|the) (?:\w+ ){0,2}(?:it|they|you|he|she|we) (?:crosses|cross|uses|use|passes|pass|takes|take|visits|visit|drives over|drive over)\b`,
    String.raw`\b(?:cannot|can ?not|must not|may not|never) (?:exceed|be (?:heavier|higher|larger|more) than) the (?:\w+ ){0,2}${LIMIT_NOUN}s? of (?:any|every|each|some) (?:\w+ ){0,2}(?:on|along|in) (?:the |its |that )?${ROUTE}\b`,
    String.raw`\b(?:some|a|one) ${ROUTE}\b[^.]{0,80}\b(?:has|with|having|contains) no (?:\w+ ){0,2}(?:higher|larger|greater|heavier|taller|steeper|bigger) than\b`,
  ].join('|'),
);

/**
 * Named units related by ratios ("1 mile = 8 furlong", "one euro buys 1.25 dollars", "a is worth
 * v units of b") and asked about pairs the facts never state: each fact is a link weighted by
 * its ratio one way and its inverse the other, and an answer multiplies the ratios along a route.
 */
const RATIO_FACTS = new RegExp(
  [
    String.raw`\b(?:one|1|a single) (?:unit of )?(?:currency |resource |unit )?[a-z]\w*(?:\[i\]|_i)? (?:buys|is worth|equals|is equal to|converts? (?:in)?to|exchanges? for|trades? for|is exactly|makes|yields|gives) (?:exactly )?(?:\w+(?:\[\w\])? ){0,2}(?:units?|of unit|of currency)\b`,
    String.raw`\b1 [a-z]+ = [a-z0-9_.]+ [a-z]+\b`,
    String.raw`\bexchange rates?\b|\bconversion (?:rates?|factors?)\b|\b[a-z] ?\/ ?[a-z] ?= ?(?:k|v|values?\[i\])\b`,
  ].join('|'),
);
/** Questions about pairs of units, answered by chaining facts, not only looking one up. */
const CHAINED =
  /\b(?:questions?|queries|query|asks?)\b[\s\S]{0,300}\b(?:how many|what|value|worth|buys?|convert|ratio)\b|\b(?:chain\w*|through (?:several|other|intermediate|a sequence of)|possibly through|in either direction|either way|both directions|inverse)\b/;
/** A cycle of trades that ends richer asks for a gaining cycle, not a ratio between two units. */
const GAINING_CYCLE =
  /\barbitrage\b|\bstrictly (?:larger|more|greater) amount\b|\bmore than (?:you|they|he|she|it) started\b/;

/** Ratios between named units, and questions about pairs of them the facts may only chain. */
export const ratioQuestions = (body: string) =>
  RATIO_FACTS.test(body) && CHAINED.test(body) && !GAINING_CYCLE.test(body);

/** A route worth its worst link (its largest step, its weakest bridge), not the sum of its links. */
export const worstLinkRoute = (body: string) => BOTTLENECK.test(body);

/** Places joined by links that each carry a cost, and the cheapest route asked between them. */
const pricedRoutes = (scene: Scene) =>
  (scene.weighted || PRICED_LINK.test(scene.body)) &&
  // Capped legs and costs below zero are Bellman-Ford's (paths.ts).
  !SETTLED_ELSEWHERE.includes(routeAsk(scene.body)) &&
  !SAME_COST.test(scene.body) &&
  !ZERO_OR_ONE.test(scene.body) &&
  !KEEP_ALL_JOINED.test(scene.body) &&
  !scene.grid &&
  !scene.design &&
  // A tree has one route between any two nodes: nothing to choose, so no search by cost.
  !scene.kinds.includes('tree') &&
  (scene.shape === 'graph' || scene.kinds.includes('graph'));

/** Places or cells a route walks between: a graph, told or listed, or a grid of cells. */
const walkable = (scene: Scene) =>
  (scene.grid || scene.shape === 'graph' || scene.kinds.includes('graph')) && !scene.design;

/** How a route's cost combines along its links: their sum (weighted roads) or its worst one. */
export const ROUTE_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'shortest-path',
    pattern: BOTTLENECK,
    weight: 4,
    why: 'a route is worth its worst link, not the sum of its links: Dijkstra still settles the places in order with max in place of plus (the place whose worst link so far is best comes off a heap), or the links go into a disjoint-set forest from best to worst until the two ends join',
    // A tree has one route between two nodes: no search chooses among them.
    when: (scene) => walkable(scene) && !scene.kinds.includes('tree'),
    also: ['heap-priority-queue', 'union-find'],
  },
  {
    technique: 'depth-first-search',
    pattern: RATIO_FACTS,
    weight: 3.5,
    why: 'each ratio is a link between two units, weighted by the ratio one way and its inverse the other, and a ratio never stated is the product of the weights along any route between the two units: a walk from one to the other per question, or a disjoint-set forest that keeps each unit’s ratio to its root',
    when: (scene) =>
      CHAINED.test(scene.body) && !GAINING_CYCLE.test(scene.body) && !scene.grid && !scene.design,
    also: ['graph', 'union-find'],
  },
  {
    technique: 'shortest-path',
    pattern: LEAST_ALONG,
    weight: 3.5,
    why: 'the links cost different amounts, so the fewest links is not the cheapest route: Dijkstra settles places in order of their total so far, taking the nearest from a heap',
    when: pricedRoutes,
    also: ['heap-priority-queue', 'graph'],
  },
  {
    technique: 'breadth-first-search',
    pattern: ZERO_OR_ONE,
    weight: 4,
    why: 'each move costs nothing or one, so a 0-1 breadth-first search settles places in order of cost: free moves go to the front of a deque and paid ones to the back, each place once, linear in the places and moves (no heap needed)',
    when: walkable,
    also: ['shortest-path', 'graph'],
  },
];
