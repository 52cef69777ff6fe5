import type { JoinShape } from '../knowledge/joins';
import type { Ladder } from './ladder';

/**
 * Ladders for the shapes in which links join items into groups (knowledge/joins.ts). The generic
 * union-find ladder says how the forest works; these say what the page does with it: when to
 * answer, which way to read time, which link to stop at, what to join and what to check.
 */
export type JoinVariant =
  | 'groups-arriving'
  | 'groups-leaving'
  | 'groups-closing'
  | 'groups-alike'
  | 'groups-shared'
  | 'groups-cheapest';

export const JOIN_VARIANTS: Record<JoinShape, JoinVariant> = {
  arriving: 'groups-arriving',
  leaving: 'groups-leaving',
  closing: 'groups-closing',
  alike: 'groups-alike',
  shared: 'groups-shared',
  cheapest: 'groups-cheapest',
};

export const JOIN_LADDERS: Record<JoinVariant, Ladder> = {
  'groups-arriving': [
    'Links are only ever added. When a question comes, does it matter which links joined two {items}, or only which group each {item} is in by then?',
    'Keep the groups as they grow in a disjoint-set forest: a new link joins the groups of its two {items}, and every question reads the groups as they are at that moment (same root or not, the size or count kept at each root).',
    'Start with every {item} alone, a size of one at each and a count of groups equal to the number of {items}. For a link, find both roots; if they differ, hang the smaller group under the larger, add the sizes and lower the count. For a question, find the roots it needs and answer from them. Compress paths while finding, so the whole run stays close to linear.',
  ],
  'groups-leaving': [
    'Links only disappear here, and groups that split are hard to keep. What would the same story look like told from its last day back to its first?',
    'Read time backwards: start from the {items} with every link already gone, add the links back in the reverse of the order they disappear, and keep the groups in a disjoint-set forest; the answer for each day is what the groups say just before that day’s link goes back in.',
    'Mark the links that are never taken away (if any) and join them first. Then walk the removals from the last to the first: record the answer for that moment from the groups (a count, a sum of sizes, whether two {items} share a root), then join the two {items} of that link. Reverse the recorded answers before printing them.',
  ],
  'groups-closing': [
    'Add the links in their order. At the moment a link closes a loop, what must already be true of its two {items}?',
    'Keep the groups in a disjoint-set forest as the links arrive: a link closes a loop exactly when its two {items} are already in one group, so stop at the first link whose two ends share a root.',
    'Start with every {item} alone. For each link in order, find the roots of its two {items}: if they are the same, this link is the answer; otherwise join the two groups and go on. If every link joins two different groups, no loop ever forms, so report that case as the statement asks.',
  ],
  'groups-alike': [
    'If a is the same as b and b is the same as c, what do you know about a and c? Which statements could then clash?',
    'Sameness passes along chains, so the statements that two {items} are the same join them into groups (a disjoint-set forest); only a statement that two {items} differ can clash, and it clashes exactly when both are already in one group.',
    'First go through every "same" statement and join the groups of its two {items}. Then go through every "different" statement and check the roots of its two {items}: equal roots mean the statements cannot all hold. Doing the joins first matters, since a "different" read early may be contradicted by a later "same".',
  ],
  'groups-shared': [
    'Two {items} belong together when they share a value, and belonging passes along. How do you find, for each value, another {item} that already has it without comparing every pair?',
    'Keep a map from each value to the first {item} seen with it; every later {item} with that value is joined to that one in a disjoint-set forest, so chains of shared values end up in one group.',
    'Walk the {items} once. For each of its values, look it up in the map: if it is there, join this {item} with the one stored; if not, store this {item} under it. When all are read, the groups are the answer (count the distinct roots, or collect each group’s members by its root).',
  ],
  'groups-cheapest': [
    'Every {item} has to end up joined to every other at the least total price. Which link would you be happy to take first, and when is a link a waste?',
    'Sort the links by price and take them from the cheapest up, keeping a link only when its two ends are still in different groups of a disjoint-set forest (Kruskal); a link inside one group would only close a loop.',
    'Sort the links by price. Start with every {item} in its own group and a running total of zero. For each link, find the roots of its ends; if they differ, join them and add its price. Stop once one group holds every {item}; if the links run out first, the {items} cannot all be joined. Keep the total in a 64-bit integer.',
  ],
};
