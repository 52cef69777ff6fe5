import { COMES_FIRST, waits } from './dependencies';
import { GROUPS_COUNTED, graphScene, PRECEDES } from './graphs';
import { answersBetweenLinks, groupsOverTime } from './joins';
import { factsAllHold, factsForceOneOrder, loopAmongFacts, smallestOrderOfFacts } from './ordered-facts';
import type { Scene, Trigger } from './trigger';

/**
 * Which search a question over linked things asks for, read from what it asks rather than from
 * the story's nouns: everything one start reaches, the groups a network given once falls into,
 * a loop among one-way links, the farthest pair of a tree, a split in two with every link across,
 * an order of prerequisites with the smallest free item first, and the links counted at each end.
 * An interviewer names the method; "a graph" only says what the input is. Links that arrive with
 * questions between them (joins.ts), a price on each link (routes, Dijkstra) and the fewest moves
 * (graphs.ts) keep their own readings.
 */

/** What a link may be called in a story, one or several. */
const LINK_NOUN =
  '(?:street|road|path|trail|tunnel|route|flight|cable|wire|pipe|bridge|edge|link|line|corridor|passage|friendship|connection|track|door|dut(?:y|ie)|rule)s?';

/**
 * The links go one way: "one-way", "but not back", "nothing b receives is passed back to a",
 * "never the other way", "reading goes one way". "Exactly one way between any two" is a tree's
 * promise, not a direction, so the bare words "one way" do not count.
 */
export const ONE_WAY_LINKS =
  /\bone-way\b|\bdirected\b|\b(?:not|never|nothing)\b (?:\w+ ){0,6}?(?:the other way(?: round| around)?|back)\b|\bonly (?:in )?one direction\b|\b(?:goes|go|runs?|works?|flows?|travels?) (?:only )?one way\b/;

/**
 * The question asks what one start reaches: which or how many items will (eventually) receive,
 * hear or be reached, or whether one can arrive at another. "In which" (or "through which") opens
 * a description, not a question: "a network in which every computer could reach every other" says
 * what the links are.
 */
const REACH_ASKED =
  /(?<!\b(?:in|on|at|by|through|from|to|of|for|with|along|under|over) )\b(?:which|how many|whether|number of|count|decide if|determine if|check if)\b[^.?]{0,80}?\b(?:receives?|hears?|reach(?:es)?|arrives?|gets? to|learns?|visit|enter|be (?:reached|told|informed|notified|visited))\b|\bcan (?:it|they|he|she|the \w+|a \w+)\b[^.?]{0,60}?\b(?:receive|hear|reach|arrive|get to|visit|enter)\b[^.?]{0,60}\?/;

/** How far, at what cost, or in how few moves: a search by distance, not a walk that marks. */
const HOW_FAR =
  /\b(?:fewest|shortest|minimum number of|least number of|smallest number of|how far|distance|quickest|fastest|cheapest|earliest|within)\b|\bas few\b|\b(?:least|minimum|smallest) (?:total )?(?:time|cost|price)\b/;

/** Groups named in a story about links rather than cells: circles of friends, networks, clans. */
export const GROUPS_OF_LINKED =
  /\b(?:how many|number of|count(?: the| all)?) (?:separate |distinct |different |disjoint |independent |isolated )?(?:\w+ ){0,2}?(?:groups|circles|networks|components|clusters|communities|clans|factions|families|cliques|clubs|provinces|kingdoms)\b/;

/**
 * A tree handed over as links: n - 1 of them, exactly one way between any two items, or said to
 * form a tree.
 */
const TREE_OF_LINKS = new RegExp(
  String.raw`\b[a-z] ?- ?1\b (?:\w+ ){0,2}?${LINK_NOUN}\b|\bexactly one (?:\w+ ){0,2}?(?:way|route|path|road|walk|trail|chain)s?\b[^.]{0,60}\bbetween (?:any|every|each) (?:two|pair)\b|\bbetween (?:any|every|each) two\b[^.]{0,60}\bexactly one\b|\bforms? an? tree\b|\bis an? tree\b`,
);

/** The farthest pair asked: the largest distance between two items, or the two farthest apart. */
const FARTHEST_PAIR =
  /\b(?:farthest|furthest|most distant|longest|largest|greatest|maximum|biggest)\b[^.?]{0,80}?\b(?:apart|between (?:any |some |two |a pair|the two)|from one \w+ to another|of any two|over all pairs|among all pairs)\b|\b(?:apart|between)\b[^.?]{0,40}\b(?:most distant|farthest|furthest)\b|\bdiameter\b/;

/** Everything split between two sides ("into two shifts", "a day crew and a night crew", "only two paints"). */
const TWO_SIDES =
  /\b(?:split|divide|separate|partition|assign|put|place|seat|paint|colou?r)\w*\b[^.]{0,60}?\b(?:into|in|between|among|to|with|using)\b (?:exactly |just |only )?(?:two\b|(?:a|the) (?:\w+ )?(\w+) (?:and|or) (?:a|the) (?:\w+ )?\1\b)|\btwo (?:paints|colou?rs|sides|parties|shifts|crews|camps)\b/;
/** Each item sent to one of two places ("to one of the two dining halls", "one of two shifts"). */
const ONE_OF_TWO = /\b(?:to|in|into|on|at) one of (?:the )?two (?:\w+ )?\w+s\b/;

/** …with every link across the split: linked items never share a side. */
const KEPT_APART =
  /\b(?:never|not|cannot|must not|may not|no two|no such (?:pair|two)|refuses?)\b[^.]{0,60}\b(?:same|together|shares?|sharing)\b|\b(?:different|opposite|other) (?:\w+ )?(?:crews?|teams?|sides?|groups?|colou?rs?|paints?|shifts?|halves|parties|rooms?|tables?|camps?)\b/;

/**
 * A loop among one-way links asked about: an item caught in a loop, waiting for its own value,
 * depending on itself.
 */
const LOOP_ASKED =
  /\b(?:caught|stuck|trapped|locked) in (?:a |an |such a |some )?(?:loop|cycle|circle)\b|\b(?:loop|cycle|circle) of (?:\w+ )?(?:reads|references|waits|dependencies|links|requirements|rules|calls)\b|\bwait(?:s|ing)? for (?:its|their) own\b|\b(?:depends?|relies|waits?) on (?:itself|its own)\b|\bback to (?:itself|where it (?:started|began))\b/;

/**
 * The smallest free item goes first: "the lexicographically smallest order", "whenever several
 * could be taught next, the one with the smallest number".
 */
export const SMALLEST_FIRST =
  /\blexicographically (?:smallest|first|earliest)\b|\b(?:whenever|when|if) (?:\w+ ){0,4}?(?:several|more than one|two or more|many|multiple)\b[^.]{0,80}\b(?:smallest|lowest|least)(?:[- ]numbered| number| index| label| id)?\b/;

/** The links counted at each end: how many meet at an item, or items with so many links. */
const LINKS_AT_EACH_END = new RegExp(
  String.raw`\b(?:how many|number of)\b (?:\w+ ){0,3}?(?:${LINK_NOUN}|arms)\b[^.]{0,30}\b(?:meet|end|start|touch|leave|enter)s?\b|\b(?:each|every) (?:\w+ ){0,2}?${LINK_NOUN} (?:that|which) (?:meets?|ends?|starts?|touch(?:es)?) (?:there|at it|in it|here)\b|\b(?:at least|exactly|at most) (?:\w+ )${LINK_NOUN} (?:meet|end|start)\b`,
);

/** Items joined by links, whether the input lists them or the story tells them. */
const linked = (scene: Scene) => !scene.design && graphScene(scene);
/** Some items must come before others, in any of the words setters use. */
const mustPrecede = (body: string) => PRECEDES.test(body) || COMES_FIRST.test(body) || waits(body);
/** A question asked once about links handed over whole, by no price. */
const givenOnce = (scene: Scene) =>
  linked(scene) &&
  !scene.grid &&
  !scene.weighted &&
  !groupsOverTime(scene) &&
  !answersBetweenLinks(scene.body);

/** Two sides with every link across, however the split is worded (TWO_SIDES, ONE_OF_TWO). */
const TWO_COLOURING: Omit<Trigger, 'pattern'> = {
  technique: 'breadth-first-search',
  weight: 3.5,
  why: 'two sides with every link across them is a two-colouring: a search gives each neighbour the other side and fails on a link whose ends already share one (a loop of odd length)',
  when: (scene) => givenOnce(scene) && KEPT_APART.test(scene.body),
  also: ['depth-first-search'],
};

export const SEARCH_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'depth-first-search',
    pattern: REACH_ASKED,
    weight: 3,
    why: 'what one start can reach along the links is found by one walk from it that marks every item it gets to; no distance is asked, so any order of visiting will do',
    when: (scene) => givenOnce(scene) && !HOW_FAR.test(scene.body),
    also: ['breadth-first-search'],
  },
  {
    technique: 'depth-first-search',
    pattern: GROUPS_OF_LINKED,
    weight: 4.5,
    why: 'the links are given once and only the groups are asked: each item not yet seen starts a walk that marks its whole group, so the walks started are the groups (a disjoint-set union over the links is as standard)',
    when: (scene) => givenOnce(scene) && !ONE_WAY_LINKS.test(scene.body),
    also: ['breadth-first-search'],
  },
  {
    technique: 'depth-first-search',
    pattern: GROUPS_COUNTED,
    weight: 4.5,
    why: 'the links are given once and only the groups are asked: each item not yet seen starts a walk that marks its whole group, so the walks started are the groups (a disjoint-set union over the links is as standard)',
    when: (scene) =>
      givenOnce(scene) && !ONE_WAY_LINKS.test(scene.body) && !GROUPS_OF_LINKED.test(scene.body),
    also: ['breadth-first-search'],
  },
  {
    technique: 'union-find',
    pattern: GROUPS_OF_LINKED,
    // Below the walks: merging the groups is as standard, but a walk is what an interviewer names first.
    weight: 2,
    why: 'merging the two ends of every link in a disjoint-set union and counting the roots left gives the same groups, as standard as the walks',
    when: (scene) => givenOnce(scene) && !ONE_WAY_LINKS.test(scene.body),
  },
  {
    technique: 'depth-first-search',
    pattern: FARTHEST_PAIR,
    weight: 4,
    why: 'on a tree the farthest pair is found in two walks: the item farthest from any start is one end of it, and the item farthest from that end is the other',
    when: (scene) =>
      !scene.grid &&
      (scene.shape === 'graph' || scene.kinds.includes('tree')) &&
      TREE_OF_LINKS.test(scene.body),
    also: ['breadth-first-search'],
  },
  { ...TWO_COLOURING, pattern: TWO_SIDES },
  { ...TWO_COLOURING, pattern: ONE_OF_TWO },
  {
    technique: 'depth-first-search',
    pattern: LOOP_ASKED,
    weight: 3.5,
    why: 'a loop among one-way links is a cycle in a directed graph: a depth-first walk that meets an item still on its own path has found one (or a topological order that cannot place every item)',
    when: (scene) =>
      linked(scene) && (ONE_WAY_LINKS.test(scene.body) || mustPrecede(scene.body)) && !groupsOverTime(scene),
    also: ['topological-sort'],
  },
  {
    technique: 'topological-sort',
    pattern: SMALLEST_FIRST,
    weight: 3,
    why: 'an order that respects every requirement, taking the smallest item that is free each time: a topological order whose ready items wait in a min-heap',
    when: (scene) => !scene.design && mustPrecede(scene.body),
    also: ['heap-priority-queue'],
  },
  {
    technique: 'hash-table',
    pattern: LINKS_AT_EACH_END,
    weight: 3,
    why: 'the links at an item are counted, not followed: one pass over the links adds one at each end (an array by item), and no walk is needed',
    // The words name links meeting at an item, whatever shape the sizes were read as.
    when: (scene) => !scene.design && !scene.grid,
    also: ['graph'],
  },
];

/** Which of the searches above a statement asks for, read from its words alone (for the hints). */
export type SearchShape =
  | 'smallest-order'
  | 'forced-order'
  | 'facts-hold'
  | 'loop'
  | 'farthest'
  | 'two-sides'
  | 'groups'
  | 'ends'
  | 'reach';

export function searchShape(body: string): SearchShape | null {
  if ((SMALLEST_FIRST.test(body) && mustPrecede(body)) || smallestOrderOfFacts(body)) return 'smallest-order';
  if (factsForceOneOrder(body)) return 'forced-order';
  if ((LOOP_ASKED.test(body) && (ONE_WAY_LINKS.test(body) || mustPrecede(body))) || loopAmongFacts(body))
    return 'loop';
  if (factsAllHold(body)) return 'facts-hold';
  if (FARTHEST_PAIR.test(body) && TREE_OF_LINKS.test(body)) return 'farthest';
  if ((TWO_SIDES.test(body) || ONE_OF_TWO.test(body)) && KEPT_APART.test(body)) return 'two-sides';
  if (GROUPS_OF_LINKED.test(body) || GROUPS_COUNTED.test(body)) return 'groups';
  if (LINKS_AT_EACH_END.test(body)) return 'ends';
  if (REACH_ASKED.test(body) && !HOW_FAR.test(body)) return 'reach';
  return null;
}
