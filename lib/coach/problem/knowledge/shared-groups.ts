import { GROUPS_COUNTED, PRECEDES, SPREADS_EACH_ROUND } from './graphs';
import { answersBetweenLinks, LINKS, ONE_WAY } from './joins';
import { GROUPS_OF_LINKED } from './searches';
import type { Scene, Trigger } from './trigger';

/**
 * Groups that two-way pairs join, asked about once: the input lists pairs of items (friends,
 * lanes, tubes, keys, "the two of each pair are from the same country"), and the statement says
 * that whatever holds for one item holds for everything joined to it through others ("and so on",
 * "directly or through a chain", "passes it on", "any number of times", "if a is with b and b
 * with c, a is with c"). The answer is then a fact of each group (how many, the largest, the
 * cheapest member, what can be rearranged inside one), which a disjoint-set forest or one search
 * per group reads off. The near misses keep their own readings: one-way links (a walk from a
 * start), a distance or an hour of arrival (a breadth-first search), an order (a topological
 * sort), a boss over each worker (a tree), and links that come with answers between them
 * (joins.ts).
 */

/**
 * What holds for one item passes to all it is joined to through others, however the story says
 * it: a chain of links, "and so on", "passes it on", swaps used again and again, or the chain
 * spelled out with three names.
 */
const PASSES_THROUGH_OTHERS = new RegExp(
  [
    String.raw`\bdirectly or (?:indirectly|through|via)\b`,
    String.raw`\band so on\b`,
    // A verb that hands something on, not the noun ("the highest pass on it").
    String.raw`\b(?:pass|hand|tell|carry|give|spread|send)s? (?:it|them|this|that|a copy|the \w+) (?:on|along|further)\b`,
    String.raw`\b(?:passe[sd]|hand(?:s|ed)|tells|told|carrie[sd]|gives|gave|spreads|sends|sent) (?:it |them )?(?:on|along|further)\b`,
    String.raw`\b(?:every|each|all|any) (?:\w+ ){0,2}(?:it|they|he|she) can (?:reach|pass it to|get to)\b`,
    String.raw`\bcan reach each other\b`,
    String.raw`\b(?:possibly |perhaps )?(?:through|via) (?:other|others|another|intermediate)\b`,
    String.raw`\b(?:chain|series|sequence) of (?:\w+ )?(?:links|friendships|acquaintances|pairs|roads|cables|pipes|tubes|lanes|swaps)\b`,
    String.raw`\b(?:swap|exchang|switch)\w*\b[\s\S]{0,200}?\b(?:any number of times|as many times as)\b`,
    String.raw`\b(?:any number of times|as many times as)\b[\s\S]{0,80}?\b(?:swap|exchang|switch)\w*`,
    String.raw`\bif ([a-z]) ([a-z ]{2,30}?) ([a-z]) and \3 \2 ([a-z]),? (?:then |so )?\1 \2 \4\b`,
    // Pairs said to be together; pairs that refuse or must not share a group are kept apart instead.
    String.raw`\bpairs?\b(?:(?!\b(?:not|never|refuse\w*|cannot|can't|different|apart)\b)[^.]){0,60}\b(?:from|of|in|belong to|members of|citizens of|live in) the same \w+`,
  ].join('|'),
);

/** The pairs are the input: an edge list, a link named between two labels, or a list of pairs of ids. */
const PAIRS_GIVEN =
  /\b(?:list|array|set) of pairs\b|\bpairs of (?:\w+ )?(?:ids|indices|positions|numbers|labels)\b|\b\w+\[i\] = \[[a-z]\w*, ?[a-z]\w*\]/;
const pairsGiven = (scene: Scene) =>
  scene.shape === 'graph' || LINKS.test(scene.body) || PAIRS_GIVEN.test(scene.body);

/**
 * Links with a direction ("from station a_i down to station b_i", "never back"): what passes
 * along them reaches forward only, so the question is a walk, not a group. A page that says the
 * links work both ways is undirected whatever its from and to.
 */
const FROM_TO =
  /\bfrom (?:\w+ ){0,2}[a-z](?:_i|\[i\])? (?:\w+ ){0,2}to (?:\w+ ){0,2}[a-z](?:_i|\[i\])?\b|\bnever back\b/;
/** Something passed one way and not back ("nothing b receives is passed back to a"). */
const NOT_BACK = /\b(?:not|never|nothing|no)\b[^.]{0,60}\bback\b/;
const BOTH_WAYS = /\bboth (?:ways|directions)\b|\btwo-way\b|\bundirected\b|\beach other\b/;
const directed = (body: string) =>
  ONE_WAY.test(body) || ((FROM_TO.test(body) || NOT_BACK.test(body)) && !BOTH_WAYS.test(body));

/** One item over others (a manager, a parent): the links form a tree walked from its root. */
const OVER_OTHERS =
  /\b(?:manager|boss|parent|ancestor|descendant|subordinate|supervisor|reports? to|children|child)\b/;

/** A link whose loss is asked about (critical, if it were cut): a search for bridges, not groups. */
const ONE_LINK_LOST =
  /\bcritical\b|\bif (?:it|that|the \w+|any \w+|one \w+|a single \w+) (?:is|were|was) (?:removed|cut|closed|broken|destroyed|taken away)\b|\b(?:cutting|removing|closing|losing|breaking|deleting) (?:it|that \w+|one \w+|a single \w+|any \w+)\b/;

/**
 * A route between two named items ("from s to t", "from city 1 to city n"): how it goes is asked,
 * not who is together. "Numbered from 1 to n" names the items, not a route.
 */
const BETWEEN_TWO_ENDS =
  /(?<!\b(?:numbered|labell?ed|indexed|ids?|values?)\s)\bfrom (?:\w+ )?[a-z0-9] to (?:\w+ )?[a-z0-9]\b/;

/**
 * A distance or a moment asked (the shortest, the first hour, the fewest steps): a search that
 * counts links, where the groups alone cannot say how far. The fewest of anything else (tables,
 * towers switched on) is a count of groups and stays.
 */
const HOW_FAR_OR_WHEN = new RegExp(
  [
    String.raw`\b(?:shortest|how far|distance|quickest|fastest|earliest)\b`,
    String.raw`\bfirst (?:hour|day|minute|second|time|round|moment|week|year)\b`,
    String.raw`\bhow (?:many|long) (?:days|hours|minutes|seconds|rounds|steps|moves)\b|\bhow few\b`,
    // The links (or steps) a route uses, counted or capped; new links to add are groups to join.
    String.raw`\b(?:fewest|minimum number of|least number of|smallest number of|minimum|least|smallest|at most\*? \*?\w+|no more than \w+|within \w+) (?!new |extra |additional |more )(?:\w+ )?(?:steps|moves|hops|rides|jumps|hours|days|minutes|seconds|rounds|passes|transfers|flights|edges|roads|lines|links|cables|hand-?overs|calls|relays|trails|bridges)\b`,
  ].join('|'),
);

/**
 * A value on each link (`[a, b, days]`, "three integers a, b and c", "a cable ... costs"): the
 * links are priced or timed, so the question is a cheapest tree or route, not who is together.
 */
const LINKS_CARRY_VALUES =
  /\b\w+\[i\] = \[\w+, ?\w+, ?\w+\]|\bthree integers\b|\b(?:cable|road|link|wire|pipe|edge|bridge|line|trail)s? (?:\w+ ){0,6}costs?\b|\bcosts? of (?:the )?(?:cables?|roads?|links?|wires?|pipes?|edges?|bridges?|lines?)\b/;

/** Two-way pairs given once, whose groups the question is about, and none of the near misses. */
export const groupsOfPairs = (scene: Scene) =>
  !scene.grid &&
  !scene.design &&
  !scene.weighted &&
  !scene.kinds.includes('tree') &&
  pairsGiven(scene) &&
  !directed(scene.body) &&
  !PRECEDES.test(scene.body) &&
  !OVER_OTHERS.test(scene.body) &&
  !HOW_FAR_OR_WHEN.test(scene.body) &&
  !SPREADS_EACH_ROUND.test(scene.body) &&
  !ONE_LINK_LOST.test(scene.body) &&
  !LINKS_CARRY_VALUES.test(scene.body) &&
  !BETWEEN_TWO_ENDS.test(scene.body) &&
  !answersBetweenLinks(scene.body) &&
  // A page that names its groups is already read as one walk per group (searches.ts): one page, one count.
  !GROUPS_OF_LINKED.test(scene.body) &&
  !GROUPS_COUNTED.test(scene.body);

export const SHARED_GROUP_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'union-find',
    pattern: PASSES_THROUGH_OTHERS,
    // As strong as the other readings of groups (joins.ts): the pairs and the passing-on together say it.
    weight: 3.5,
    why: 'the pairs join items both ways and what holds for one holds for everything joined to it through others, so the answer is a fact of each group: join the pairs in a disjoint-set forest (or search each group once) and read the count, size or cheapest member at each root',
    when: groupsOfPairs,
    also: ['depth-first-search', 'graph'],
  },
];
