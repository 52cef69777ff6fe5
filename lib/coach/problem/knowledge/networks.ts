import { orderedFacts } from './ordered-facts';
import type { Trigger } from './trigger';

/**
 * Some of the links kept (repaired, built, chosen) so that every place still reaches every other:
 * the cheapest such set is a spanning tree, not a route.
 */
export const KEEP_ALL_JOINED =
  /\b(?:only )?(?:some|a subset) of the (?:roads|cables|pipes|links|edges|wires|bridges|lines|tunnels|connections)\b[^.]{0,120}\b(?:every|each|all|any) (?:\w+ ){0,5}(?:reach|connected|joined|linked)\b/;

/** One link too many: a network that was a tree got one more link, and one must come out again. */
const ONE_LINK_TOO_MANY =
  /\b(?:one|an) (?:more|extra|additional|redundant) (?:\w+ ){0,2}(?:pipe|cable|edge|road|link|wire|connection|bridge|line|tunnel)\b|\bexactly one (?:\w+ ){0,2}(?:ring|loop|cycle|circuit)\b/;
const TAKE_ONE_OUT = /\b(?:remov|take[sn]? out|unplug|delet|cut|drop|disconnect)\w*\b/;

/**
 * Pairs declared alike ("x==y", the same colour) beside pairs declared apart, and the question
 * whether all can hold: likeness is transitive, so it groups the items, and each "apart" pair must
 * straddle two groups.
 */
const ALIKE_AND_APART =
  /\b[a-z] ?== ?[a-z]\b[\s\S]{0,300}\b[a-z] ?!= ?[a-z]\b|\b(?:the same|equal)\b[^.]{0,80}\b(?:different|differ|not (?:the same|equal))\b[\s\S]{0,300}\b(?:possible|consistent|contradict\w*|all (?:be )?(?:true|hold)|(?:every|each|all) (?:\w+ ){0,2}(?:is|are|be|holds?) (?:true|right|correct|satisfied|kept))\b/;

/**
 * Links only ever added, and questions between them whether two items are joined yet: each answer
 * is whether they share a group, so groups merged as links arrive answer every question.
 */
const JOINED_SO_FAR =
  /\b(?:whether|if)\b[^.]{0,80}\b(?:walk|travel|get|go|drive|sail|reach|connected|joined|linked)\b[^.]{0,80}\b(?:so far|until now|by then|up to (?:now|then|that (?:moment|point)))\b/;

/** Networks kept joined with as little as possible: spanning trees and the one link too many. */
export const NETWORK_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'union-find',
    pattern: JOINED_SO_FAR,
    weight: 3,
    why: 'links only arrive and each question asks whether two items are joined by the links so far: merge groups as links arrive (a disjoint-set forest) and compare the groups of the two',
    when: (scene) => !scene.grid && !scene.design,
    also: ['graph'],
  },
  {
    technique: 'union-find',
    pattern: ALIKE_AND_APART,
    weight: 3,
    why: 'being alike passes along a chain, so the alike pairs join items into groups (a disjoint-set forest), and every pair said to differ must lie in two groups',
    // Facts that put one item over another speak of the values an order is about ("no two the same height"), not of pairs to join.
    when: (scene) => !scene.grid && !scene.design && !orderedFacts(scene.body),
    also: ['graph'],
  },
  {
    technique: 'union-find',
    pattern: KEEP_ALL_JOINED,
    weight: 3.5,
    why: 'the cheapest links that still join every place form a spanning tree: take the links from cheapest up and keep each one that joins two groups not yet joined (Kruskal, with a disjoint-set forest)',
    when: (scene) => !scene.grid && !scene.design,
    also: ['sorting', 'greedy'],
  },
  {
    technique: 'union-find',
    pattern: ONE_LINK_TOO_MANY,
    weight: 3.5,
    why: 'a tree with one link added has exactly one cycle: add the links in order to a disjoint-set forest, and the link whose two ends are already in one group closes it',
    when: (scene) => TAKE_ONE_OUT.test(scene.body) && !scene.grid && !scene.design,
    also: ['graph', 'depth-first-search'],
  },
];
