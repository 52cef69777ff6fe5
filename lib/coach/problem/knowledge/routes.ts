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

/** Places joined by links that each carry a cost, and the cheapest route asked between them. */
const pricedRoutes = (scene: Scene) =>
  (scene.weighted || PRICED_LINK.test(scene.body)) &&
  !SAME_COST.test(scene.body) &&
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
];
