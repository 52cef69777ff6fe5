import type { Scene, Trigger } from './trigger';

/**
 * Facts that each put one item over another: "child a is taller than child b", "clerk a is senior
 * to clerk b", "runner a_i crossed the line ahead of runner b_i", "person a owes person b", "hen
 * a_i pecks hen b_i". What makes them an order is how the fact is built: two items named by
 * letters, usually under one noun, with a one-way relation between them (a comparison, a place
 * ahead or above, a verb that goes from the first to the second). Facts that two items are alike
 * ("a and b have the same height") have no direction and only join groups.
 */

/** An item named by a letter: a, b, a_i, x_1, a[i]. */
const ITEM = String.raw`[a-z](?:_(?:i|j|\d+|\{i\})|\[i\])?`;
/** A relation that goes one way between two items. */
const ONE_WAY_RELATION = String.raw`(?:is |was |are |were |stands |ranks |finished |came )?(?:(?:\w+er|more \w+|less \w+|earlier|later) than|(?:senior|junior|superior|inferior|prior) to|(?:\w+ ){0,3}?(?:ahead of|in front of|above|below|behind)|(?:has to|must|should) (?:be \w+ (?:in an? )?(?:earlier|later)(?: \w+)? than|(?:be \w+ |come |go |happen )?before)|owes|outranks|beats|defeats|pecks|precedes|dominates|outweighs|outscores|reports to|comes before|goes before)`;

/** One fact under one noun on both sides ("member a is stronger than member b"). */
const NAMED_FACT = new RegExp(
  String.raw`\b(?<kind>[a-z]{3,}?)s? ${ITEM} ${ONE_WAY_RELATION}\b(?: [a-z]+){0,2}? \k<kind>s? ${ITEM}\b`,
);
/** The same fact with bare letters ("x_1 owes x_2", "a is older than b"). */
const BARE_FACT = new RegExp(
  String.raw`\b${ITEM} ${ONE_WAY_RELATION}\b(?: (?:money|a favou?r|a debt) to)? ${ITEM}\b`,
);

/** The statement lists facts that each put one item over another. */
export const orderedFacts = (body: string) => NAMED_FACT.test(body) || BARE_FACT.test(body);

/** The question is whether the facts can all hold: a ranking that agrees with each, or a contradiction. */
const ALL_HOLD =
  /\bcontradict\w*\b|\bconsistent\b|\b(?:agrees?|agreeing) with (?:every|all|each)\b|\brespects? (?:every|all|each)\b|\bmakes? (?:every|all|each) \w+ (?:true|hold)\b|\b(?:can|could) all (?:be true|hold)\b|\b(?:all|every) (?:\w+ ){0,2}(?:can|could) (?:be true|hold)\b/;

/** The smallest of the orders is asked: the first in lexicographical order. */
const SMALLEST_ORDER = /\blexicographic(?:al(?:ly)?)?\b/;

/** The smallest order of items that facts put one over another: a heap of the ready items. */
export const smallestOrderOfFacts = (body: string) => SMALLEST_ORDER.test(body) && orderedFacts(body);

/** The question is whether the facts leave exactly one order. */
const ORDER_NOUN = String.raw`\w*(?:order|ordering|ranking|list|plan|sequence|arrangement|schedule)`;
const ONE_ORDER_ONLY = new RegExp(
  String.raw`\bexactly one (?:\w+ ){0,3}?${ORDER_NOUN}\b|\b(?:unique|only one|only possible|single possible) (?:\w+ )?${ORDER_NOUN}\b|\b(?:settles?|fix(?:es)?|forces?|determines?) (?:the )?(?:\w+ )?${ORDER_NOUN}(?: completely| uniquely)\b`,
);

/** A loop among the facts is looked for: each item over the next, and the last over the first. */
const LOOP_SOUGHT =
  /\b(?:find|finds|look\w* for|suspects?|detect|report|print)\b[^.]{0,60}\b(?:circle|cycle|loop)\b/;

/** The facts' own question, for the hints: whether they all hold, whether they force one order, a loop among them. */
export const factsAllHold = (body: string) => ALL_HOLD.test(body) && orderedFacts(body);
export const factsForceOneOrder = (body: string) => ONE_ORDER_ONLY.test(body) && orderedFacts(body);
export const loopAmongFacts = (body: string) => LOOP_SOUGHT.test(body) && orderedFacts(body);

/** Facts handed over as a list, not a story told on a grid or a class to build. */
const listedFacts = (scene: Scene) => !scene.design && !scene.grid && orderedFacts(scene.body);

export const ORDERED_FACT_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'topological-sort',
    pattern: ALL_HOLD,
    weight: 4,
    why: 'each fact puts one item over another, a directed link; the facts can all hold exactly when the links close no circle, which an order that keeps taking an item nothing left is over (Kahn) either completes or not',
    when: listedFacts,
    also: ['graph', 'depth-first-search'],
  },
  {
    technique: 'heap-priority-queue',
    pattern: SMALLEST_ORDER,
    weight: 3,
    why: 'the smallest of the orders that agree with the facts takes, at every step, the smallest item nothing left is over: the ready items wait in a min-heap inside a topological order',
    when: listedFacts,
    also: ['topological-sort', 'graph'],
  },
  {
    technique: 'queue',
    pattern: ONE_ORDER_ONLY,
    weight: 5,
    why: 'an order is forced exactly when, taking items nothing left is over one at a time, there is never a choice: the queue of ready items of a topological order never holds two at once',
    when: listedFacts,
    also: ['topological-sort', 'graph'],
  },
  {
    technique: 'depth-first-search',
    pattern: LOOP_SOUGHT,
    weight: 3.5,
    why: 'a loop among one-way facts is a cycle in a directed graph: a depth-first walk that meets an item still on its own path has found one, and the path back gives its members',
    when: listedFacts,
    also: ['graph'],
  },
];
