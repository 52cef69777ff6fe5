import { LINK_WORDS } from '../links';
import type { Scene, Trigger } from './trigger';

/**
 * One item of a kind waits for another of the same kind, told in the story's own words: "dish
 * B_i cannot be started until dish A_i is finished", "chore y may only begin once chore x is
 * done", "module a cannot ship until module b has shipped". Naming the same kind of thing on both
 * sides is what makes it a list of links between items, not a queue where each job follows the
 * one before it.
 */
const WAITS_FOR =
  /\b(?<kind>[a-z]+?)s? (?:\w+ ){1,2}?(?:cannot|can ?not|can't|may not|must not|can only|may only|must only|is only allowed to|is not allowed to)\b(?: \w+){0,4}? (?:start|begin|be started|be begun|be worked on|be cooked|be built|be taken|be installed|be run|be compiled|be processed|be assembled|be painted|be tested|run|ship|open|happen)\b[^.]{0,40}?\b(?:until|after|once|before)\b (?:the )?\k<kind>s? (?:\w+ ){1,2}?(?:is|has|have|are) (?:been )?(?:done|finished|completed|ready|shipped|built|installed|over|taken|cooked)\b/;

/**
 * Two items of one kind, each named by its own label, one placed before the other: "subject a_i
 * must be taken at some point before subject b_i", "step a must be finished on an earlier day than
 * step b", "part a cannot be made until part b is finished". The same noun on both sides with
 * labels of its own is a list of links between items; i, j and k are positions in a list instead.
 */
const ONE_KIND_ORDER =
  /\b(?<kind>[a-z]{3,}?)s? (?![ijk]\b)[a-z](?:_i)? (?:\w+ ){1,6}?(?:before|after|until|once|an? (?:earlier|later) (?:\w+ ){0,2}than) (?:the )?\k<kind>s? (?![ijk]\b)[a-z](?:_i)?\b/;

/** The same waiting told as a requirement: "x requires y to be finished first", "y must wait for x". */
const REQUIRES_FIRST =
  /\brequires? (?:\w+ ){1,3}to (?:be )?(?:done|finished|completed|built|installed|taken|shipped) (?:first|beforehand)\b|\b(?:must|has to|have to) wait (?:for|on|until)\b(?:[^.]|\.{3}){0,80}\b(?:done|finished|completed|ready)\b/;

/** A waiting that no chain of waits turns back on itself: the statement promises a DAG in words. */
const NO_CIRCLE =
  /\bwait(?:s|ing)? (?:on|for) (?:each other|itself|themselves) in a (?:circle|loop|cycle)\b|\bnever (?:force|make)s? (?:a|an|any) \w+ (?:to )?wait\b[^.]{0,40}\bfor itself\b|\bwait(?:s|ing)?,? (?:directly or (?:indirectly|through \w+ \w+),? )?(?:on|for) itself\b/;

/** The question asks for a length of time or a count of rounds: the longest chain of waits decides it. */
const EARLIEST_ALL =
  /\b(?:smallest|least|minimum|fewest|earliest)\b (?:number of )?(?:hours|days|minutes|weeks|rounds|semesters|terms|time|moment)\b|\bearliest (?:time|moment|day|hour)\b/;

/**
 * The question is whether following the links from item to item can lead back to where it began:
 * a task that depends on itself through a chain, a circular reference.
 */
const LEADS_BACK =
  /\b(?:depends?|relies?|waits?) (?:directly or indirectly )?on itself\b|\bcircular (?:dependenc\w+|references?|waits?)\b/;
/**
 * The same question in looser words ("ends up in the same circle", "comes back to the first
 * town"), which also tell of bikes that end up in their own racks and pages that end up holding
 * the same text: a cycle only where the page links its items to one another.
 */
const ENDS_UP_BACK =
  /\b(?:ends? up|comes? back to|leads? back to|turns? back to)\b[^.]{0,40}\b(?:(?:its|their) own|itself|themselves|the (?:same|first|starting) \w+)\b/;
/** Items the page links to one another: a graph's words, waits, references, pairs of friends. */
const LINKED_ITEMS = /\b(?:refers? to|referring to|points? to|pointing to|linked|connected|friends?)\b/i;
const linksItems = (scene: Scene) =>
  scene.shape === 'graph' ||
  waits(scene.body) ||
  LINK_WORDS.test(scene.body.toLowerCase()) ||
  LINKED_ITEMS.test(scene.body);

/**
 * Each item takes a time of its own ("job i takes T_i minutes", "module i takes C_i seconds to
 * compile"): with the waits, the time everything takes is the longest chain of those times.
 */
const OWN_DURATION =
  /\b(?:takes?|lasts?|needs?|requires?) [a-z]\w*(?:_i|_\{i\}|\[i\]|\[i - 1\]) (?:\w+ ){0,2}?(?:minutes|hours|days|seconds|weeks|months|units of time|time units)\b/;

/** One item may only run after another has finished ("can only be compiled after ... has finished"). */
const PRECEDES_IN_TIME =
  /\b(?:can|may) only (?:be \w+|start|begin|run)\b[^.]{0,20}\bafter\b[^.]{0,40}\b(?:has|have|is|are) (?:been )?(?:finished|completed|done)\b/;

/** The statement tells of items waiting for others, in any of those words. */
export const waits = (body: string) =>
  WAITS_FOR.test(body) || REQUIRES_FIRST.test(body) || NO_CIRCLE.test(body);

/** Dependencies retold: an order of the items, and the longest chain of waits for the time it takes. */
export const DEPENDENCY_TRIGGERS: readonly Trigger[] = [
  ...[LEADS_BACK, ENDS_UP_BACK].map(
    (pattern): Trigger => ({
      technique: 'depth-first-search',
      pattern,
      weight: 3,
      why: 'following the links until one leads back is a cycle in a directed graph: a depth-first walk that meets an item still on its own path has found one (or an order that cannot place every item)',
      when: (scene) => !scene.grid && !scene.design && (pattern === LEADS_BACK || linksItems(scene)),
      also: ['topological-sort', 'graph'],
    }),
  ),
  {
    technique: 'topological-sort',
    pattern: WAITS_FOR,
    weight: 3.5,
    why: 'each item waits for others of its kind: the waits are directed links, and an order that respects them all is a topological order (repeatedly take an item with nothing left to wait for)',
    also: ['graph'],
  },
  {
    technique: 'topological-sort',
    pattern: ONE_KIND_ORDER,
    weight: 3,
    why: 'each rule puts one item before another of its kind: the rules are directed links, and an order that keeps every one is a topological order',
    also: ['graph'],
  },
  {
    technique: 'topological-sort',
    pattern: REQUIRES_FIRST,
    weight: 3,
    why: 'an item that needs others finished first is a directed link from each of them, and an order that respects every link is a topological order',
    also: ['graph'],
  },
  {
    technique: 'topological-sort',
    pattern: NO_CIRCLE,
    weight: 2.5,
    why: 'the statement promises no circle of waits: a directed acyclic graph, which always has an order that respects every wait',
    also: ['graph'],
  },
  {
    technique: 'dynamic-programming',
    pattern: EARLIEST_ALL,
    weight: 2.5,
    why: 'in that order each item is ready one step (or its own duration) after the latest of those it waits for: the longest chain of waits, a DP over the order',
    when: (scene) => waits(scene.body) && !scene.design,
    also: ['topological-sort'],
  },
  {
    technique: 'dynamic-programming',
    pattern: OWN_DURATION,
    weight: 3,
    why: 'each item ends its own time after the latest of those it waits for ends, so the whole takes the longest chain of times: a DP over a topological order (a longest path), each item and each wait handled once',
    when: (scene) => (waits(scene.body) || PRECEDES_IN_TIME.test(scene.body)) && !scene.design && !scene.grid,
    also: ['topological-sort', 'graph'],
  },
];

/** Pairs that say which item comes first: "has to be taught before", "earlier than", "an order in which". */
export const COMES_FIRST =
  /\b(?:has|have|needs?|must) to be \w+ (?:earlier|before|first)\b|\b(?:earlier|sooner) than\b|\b(?:any|a valid|an?) order in which\b/;

const ORDER_OF_PAIRS =
  'pairs that say which item comes first form a directed graph, and an order of all of them is its topological order';

/** The same pairs told with a noun between: "taught in an earlier lesson than", "on a later day than". */
const EARLIER_NOUN_THAN = /\ban? (?:earlier|later) (?:\w+ ){1,2}than\b/;

/**
 * Which item comes before which, told as pairs ("has to be taught before") or as a wait for all of a
 * list: kept at their place in the classic patterns' table (PATTERN_TRIGGERS spreads them), written
 * here beside the other waits.
 */
export const ORDER_OF_PAIRS_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'topological-sort',
    pattern: COMES_FIRST,
    weight: 3,
    why: ORDER_OF_PAIRS,
    when: (scene) =>
      scene.shape === 'graph' || /\[[a-z]\w*(?:_i)?, ?[a-z]\w*(?:_i)?\]|\bpairs?\b/.test(scene.body),
    also: ['graph', 'breadth-first-search'],
  },
  {
    technique: 'topological-sort',
    pattern: EARLIER_NOUN_THAN,
    weight: 3,
    why: ORDER_OF_PAIRS,
    // Only over pairs of numbered items: "sell on a later day than you buy" in a list of prices is no order of items.
    when: (scene) => scene.shape === 'graph',
    also: ['graph', 'breadth-first-search'],
  },
  {
    technique: 'topological-sort',
    pattern:
      /\b(?:can|may) (?:only )?(?:start|begin|run|be (?:started|taken|built))\b (?:only )?(?:once|after|when) (?:every|all|each)\b/,
    weight: 3,
    why: 'an item waits for all of a list of others: those waits are the edges of a directed graph, worked through in topological order',
    when: (scene) => !scene.design,
    also: ['graph', 'dynamic-programming'],
  },
];
