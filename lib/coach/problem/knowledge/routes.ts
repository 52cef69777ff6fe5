import { KEEP_ALL_JOINED } from './networks';
import type { Scene, Trigger } from './trigger';

/** Each link carries its own cost: a third number per link, or a sentence that prices one. */
const PRICED_LINK =
  /[[(]\s*\w+\s*,\s*\w+\s*,\s*\w+\s*[\])]|\b(?:roads?|highways?|streets?|edges?|links?|ferr(?:y|ies)|flights?|cables?|tunnels?|rails?|railways?|lines?|trails?|bridges?|lanes?|pipes?)\b[^.]{0,80}\b(?:whose|with a|with an|and a|and its|has a|have a|costs?|takes?|needs?|charges?)\b[^.]{0,20}\b(?:toll|fare|price|cost|length|time|minutes|seconds|hours|coins|fuel)\b/;
/** Every link costs the same: then the fewest links are counted by a plain breadth-first search. */
const SAME_COST =
  /\b(?:every|each|all) (?:\w+ ){0,2}(?:takes?|costs?|has|have|lasts?) the same\b|\bunweighted\b|\bsame (?:time|cost|length|price)\b/;
/** The question asks for the least total of those costs along a route. */
const LEAST_ALONG =
  /\b(?:least|smallest|minimum|lowest|quickest|fastest|cheapest|shortest)\b (?:total |possible |overall )?(?:number of )?(?:minutes|seconds|hours|days|time|toll|tolls|fare|fares|cost|price|fuel|coins|distance|travel time|driving time)\b|\b(?:quickest|fastest|cheapest) (?:possible )?(?:journey|trip|route|ride|itinerary|way there)\b/;

/** A move priced at nothing ("stepping along the arrow is free", "free to drive on", "costs 0"), not a free cell. */
const FREE_MOVE = String.raw`(?:free (?:to \w+|of charge)|for free|at no cost|costs? (?:nothing|0|zero)\b|(?:is|are) free,? (?:and|but|while|whereas)\b|(?:stepping|moving|walking|going|driving|travell?ing|passing|entering|following|using|crossing|riding)\b[^.]{0,80}\b(?:is|are) free\b|free if)`;
/** A move priced at exactly one unit ("costs one hammer blow", "a toll of one coin", "cost = 1"). */
const ONE_UNIT = String.raw`(?:costs? (?:=\s*)?(?:exactly )?(?:1|one)\b|(?:cost|toll|price|fee|fine) (?:=\s*|of )(?:1|one)\b|(?:pays?|costs?|with) (?:a toll of |a fee of )?(?:1|one) (?:coin|unit|blow|hammer blow|point|dollar|token)s?\b|with a toll if)`;
/**
 * Moves that are either free or cost one: free steps beside paid ones, walls to break on the way
 * (each one broken costs one, open cells nothing), or a sign followed for free and turned for one.
 */
const ZERO_OR_ONE = new RegExp(
  [
    String.raw`\b${FREE_MOVE}[^]{0,160}?\b${ONE_UNIT}|\b${ONE_UNIT}[^]{0,160}?\b${FREE_MOVE}`,
    String.raw`\b(?:fewest|minimum number of|least number of|smallest number of|minimum) (?:walls|obstacles|blocks|rocks|barriers|boulders)\b[^.]{0,40}?\b(?:break|remove|destroy|demolish|clear|knock)`,
    String.raw`\b(?:break|remove|destroy|demolish|clear|knock down) the (?:fewest|least number of|minimum number of) (?:walls|obstacles|blocks|rocks|barriers|boulders)\b`,
    String.raw`\b(?:signs?|signposts?|arrows?)\b[^]{0,200}?\b(?:change|turn|modify|flip|rotate|redirect)\w*\b[^.]{0,60}?\b(?:at a cost of|with cost|costs?|for) (?:=\s*)?(?:1|one)\b`,
  ].join('|'),
);

/** Places joined by links that each carry a cost, and the cheapest route asked between them. */
const pricedRoutes = (scene: Scene) =>
  (scene.weighted || PRICED_LINK.test(scene.body)) &&
  !SAME_COST.test(scene.body) &&
  !ZERO_OR_ONE.test(scene.body) &&
  !KEEP_ALL_JOINED.test(scene.body) &&
  !scene.grid &&
  !scene.design &&
  // A tree has one route between any two nodes: nothing to choose, so no search by cost.
  !scene.kinds.includes('tree') &&
  (scene.shape === 'graph' || scene.kinds.includes('graph'));

/** Weighted roads retold: travel times, tolls, fares per link. */
export const ROUTE_TRIGGERS: readonly Trigger[] = [
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
    when: (scene) =>
      (scene.grid || scene.shape === 'graph' || scene.kinds.includes('graph')) && !scene.design,
    also: ['shortest-path', 'graph'],
  },
];
