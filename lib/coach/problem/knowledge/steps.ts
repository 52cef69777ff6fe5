import type { Trigger } from './trigger';

/**
 * Two shapes of DP that stories hide: a choice made at every step under a rule that ties it to the
 * choice before (a table over the step and the last choice), and a walk whose every move goes to
 * something strictly lower, higher or smaller (it can never come back, so the best walk from each
 * place is computed once). Read from how the statement is built, never from one title.
 */

/** The steps a choice is made at: days, hops, posts, segments, meals, rounds. */
const STEP =
  '(?:day|night|week|month|hour|minute|round|turn|move|hop|jump|leap|step|stage|segment|leg|post|house|plot|meal|shift|lap|level|slot|position)';

/**
 * A choice made at every step: one of a few options ("either", "one of k paints", "by van, bike or
 * on foot"), or a table of what each step costs with each option (`cost[i][j]`, "song i in key j").
 */
const CHOICE_EACH_STEP =
  /\bone of\b|\beither\b|\bexactly one\b|\b\w+, \w+(?: \w+)?,? or \w+|\[i\]\[[a-z]\]|_\{?i, ?[a-z]\}?|\b[a-z]\w* [a-z] (?:in|with|by|using|on|at) (?:\w+ )?[a-z]\b/;

/**
 * A rule between a step's choice and the one just before it: never the same twice running, not
 * this after that, a change of at most one notch, a price or a lost step for switching.
 */
const TIED_TO_PREVIOUS = new RegExp(
  [
    String.raw`\b(?:same|identical) (?:\w+ ){0,3}?(?:on|in|at|for) (?:two|2|both) (?:consecutive|successive|neighbou?ring|adjacent|back-to-back) \w+`,
    String.raw`\b(?:two|2) (?:\w+ ){1,2}in a row\b|\b(?:twice|two \w+) running\b`,
    String.raw`\b(?:two|2) (?:neighbou?ring|adjacent|consecutive|successive) \w+ (?:must )?(?:never|not|cannot|can't|may not) (?:\w+ ){0,3}?(?:get|have|use|share|be)\b`,
    String.raw`\b(?:same|different) (?:\w+ ){0,4}?(?:as|than) (?:on |in |at )?the (?:\w+ )?(?:\w+ )?(?:just )?before\b`,
    String.raw`\bthe (?:\w+ )?${STEP} (?:just )?before\b[^.]{0,60}\b(?:same|different|not|never|cannot)\b`,
    String.raw`\b(?:after|following) (?:working |doing |using |taking )?(?:a|an|the) \w+ (?:\w+ )?[^.]{0,60}\b(?:on )?the (?:following|next) ${STEP}\b`,
    String.raw`\bafter (?:\w+ ){0,3}?(?:a|an|the|each) (?<step>\w+)\b[^.]{0,60}?\b(?:the )?(?:next|following) \k<step>\b`,
    String.raw`\bbetween (?:two|2|any two) (?:consecutive|successive|neighbou?ring|adjacent) \w+s?\b[^.]{0,80}\b(?:at most|only|by one|change|move)\b`,
    String.raw`\b(?:mov|switch|chang)\w* (?:the )?(?:\w+ ){0,2}from one (?:\w+ ){0,3}to the other\b[^.]{0,60}\b(?:takes|costs|loses|lose)\b`,
  ].join('|'),
);

/** The story says outright that the steps do not constrain each other. */
const STEPS_INDEPENDENT =
  /\b(?:whatever|regardless of what|no matter what) (?:\w+ ){0,2}(?:did|chose|picked|used|had)\b|\bno effect on (?:\w+ ){0,8}(?:other|next|previous|following)\b|\bindependent(?:ly)? of (?:each other|one another|the others?)\b/;

/** What the choices add up to: a best total, not a yes or no. */
const BEST_TOTAL =
  /\b(?:largest|smallest|lowest|highest|least|most|maximum|minimum|fewest|cheapest|best)\b(?: \w+){0,4} (?:total|sum|cost|time|pay|points?|worth|money|score|minutes)\b|\b(?:most|least|cheapest)\b[^.]{0,40}\b(?:can|could) (?:earn|make|collect|spend|pay|get)\b|\bmaximi[sz]e|\bminimi[sz]e/;

/** Where the statement names its steps: "every day", "two consecutive segments", "segment i". */
const STAGE = new RegExp(
  String.raw`\b(?:(?:each|every|consecutive|successive|neighbou?ring|adjacent) (${STEP})s?|(${STEP}) [a-z])\b`,
);

/** What the statement calls the steps a choice is made at, if it names them. */
export function stageNoun(body: string): string | undefined {
  const found = STAGE.exec(body.toLowerCase().replace(/[`*]/g, ''));
  return found?.[1] ?? found?.[2];
}

/** A choice at each step whose rule looks back one step: a table over (step, last choice). */
export const choiceTiedToPrevious = (body: string) =>
  CHOICE_EACH_STEP.test(body) &&
  TIED_TO_PREVIOUS.test(body) &&
  !STEPS_INDEPENDENT.test(body) &&
  BEST_TOTAL.test(body);

/**
 * A move, slide, leap or ride allowed only onto something strictly lower, higher, taller or
 * smaller than where it starts, or one that always runs from the higher end to the lower.
 */
const STRICT = String.raw`(?:less|more|\w{2,}er)`;
const ONE_WAY_MOVE = new RegExp(
  [
    String.raw`\b(?:mov|step|slid|jump|leap|hop|walk|ride|rid|roll|climb|go|goes|flow|run|runs|skis?|travel|put|fit|nest|stack)\w*\b[^.]{0,160}\b(?:only|provided|but only|when|if)\b[^.]{0,80}\bstrictly (?:\w+ )?${STRICT}\b`,
    String.raw`\bstrictly ${STRICT}\b[^.]{0,40}\b(?:in (?:all|every|each|both)|on (?:all|every|each|both)|than (?:the|its|their|that|it))\b`,
    String.raw`\b(?:always )?(?:runs?|goes|moves?|flows?) from the (?:higher|taller|upper|larger|bigger) (?:\w+ ){0,4}to the (?:lower|shorter|smaller)\b`,
  ].join('|'),
);

/** The question wants the longest or the best such walk, chain or trip. */
const LONGEST_WALK =
  /\b(?:longest|largest|most|maximum|greatest|highest|best|richest)\b(?: \w+){0,4} (?:number of|run|slide|route|trip|walk|path|chain|trail|descent|sequence|boxes|cells|squares|platforms|stones|plots|cables|coins|jumps|hops)\b/;

/** Something to walk over: a grid, a graph, a row of places, or items that fit in one another. */
export const oneWayWalk = (body: string) => ONE_WAY_MOVE.test(body) && LONGEST_WALK.test(body);

/** A choice at each step that the story frees from the steps around it: each step's best is taken on its own. */
export const independentChoices = (body: string) =>
  CHOICE_EACH_STEP.test(body) && STEPS_INDEPENDENT.test(body) && BEST_TOTAL.test(body);

export const STEP_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'greedy',
    pattern: STEPS_INDEPENDENT,
    weight: 3.5,
    why: "no choice limits another, so the best total is each step's best choice added up: one pass, no table",
    when: (scene) => independentChoices(scene.body) && scene.shape !== 'graph' && !scene.design,
  },
  {
    technique: 'dynamic-programming',
    pattern: TIED_TO_PREVIOUS,
    weight: 3.5,
    why: 'every step makes one choice and the rule only looks at the choice just before, so the best total ending with each choice at each step comes from the step before: a table over (step, last choice)',
    when: (scene) => choiceTiedToPrevious(scene.body) && scene.shape !== 'graph' && !scene.design,
  },
  {
    // On a grid or a graph the walk is a search: each place's best walk is found once and kept.
    technique: 'depth-first-search',
    pattern: ONE_WAY_MOVE,
    weight: 3.5,
    why: 'every move goes strictly one way, so a walk can never come back to a place: a depth-first search that remembers the best walk from each place visits each place and move once (or fill a table in order of the values)',
    when: (scene) => oneWayWalk(scene.body) && scene.grid && !scene.design,
    also: ['dynamic-programming', 'matrix'],
  },
  {
    technique: 'dynamic-programming',
    pattern: ONE_WAY_MOVE,
    weight: 3.5,
    why: 'every move goes strictly one way, so the places (or items) form a DAG: the best walk from each one comes from the best of those it can move to, each found once, memoised or in order of the values',
    when: (scene) => oneWayWalk(scene.body) && !scene.grid && !scene.design,
    also: ['depth-first-search'],
  },
];
