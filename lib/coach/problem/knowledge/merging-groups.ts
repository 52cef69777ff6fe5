import type { Trigger } from './trigger';

/** One item named in an event: "player a", "customer x", "company (a )", "village x_i". */
const ITEM = String.raw`(?:\w+ ){0,2}\(?\w+(?: ?\))?`;

/**
 * How a statement names the group an item is in: "the guild of player a", "the tribe that contains
 * village x", "the lab to which researcher a belongs", "the coalition u is in".
 */
const OF_ITEM = `(?:(?:of|that (?:contains|holds|has|includes)|containing|holding|including) ${ITEM}|(?:to which|that|which) ${ITEM} belongs(?: to)?|${ITEM} (?:is|was) (?:in|part of))`;

/** The group of one item beside the group of another, the same noun twice ("the club of u and the club of v"). */
const twoGroups = (group: number, joinedBy = 'and|with|takes over|absorbs|swallows') =>
  `\\b(\\w+) ${OF_ITEM},? (?:${joinedBy}) (?:the )?\\${group} ${OF_ITEM}\\b`;

/** The join said between the two groups: "the club of u merges with the club of v", "is joined with". */
const JOINED_WITH = `(?:is |are |gets |will be )?(?:merged|joined|united|combined|fused) with|(?:merges|unites|combines|fuses|joins)(?: with)?`;

const MERGE_VERB = String.raw`(?:merg|combin|unit|join|fus|amalgamat|allie|ally|absorb|take[sn]? over)\w*`;

/**
 * An event that makes the groups of two named items one group: a merge verb before the two
 * ("unites the alliance of a and the alliance of b"), the two before the result ("the guild of a
 * and the guild of b merge into one"), the same noun for both and for the result ("the drop that
 * contains i runs into the drop that contains j, and the two merge into one drop"), or both named at
 * once ("the teams of x and y combine").
 */
export const MERGES_TWO_GROUPS = new RegExp(
  [
    String.raw`\b${MERGE_VERB} (?:the )?${twoGroups(1)}`,
    String.raw`${twoGroups(2)}[^.]{0,60}\b(?:merge[sd]?|combine[sd]?|unite[sd]?|join(?:s|ed)?|fuse[sd]?)\b (?:now )?(?:into |as )?(?:one|a single)\b`,
    String.raw`${twoGroups(3)},? (?:are|get|will be|become) (?:\w+ )?(?:merged|joined|united|combined|fused)\b`,
    twoGroups(4, JOINED_WITH),
    String.raw`\bthe (\w+) (?:\w+ ){1,3}\(?[a-z]\w{0,3}(?: ?\))? [^.]{0,40}\bthe \5 (?:\w+ ){1,3}\(?[a-z]\w{0,3}(?: ?\))?[^.]{0,60}\b(?:one|a single) (?:\w+ )?\5\b`,
    String.raw`\bthe (?:\w+ )?(?:groups|teams|clubs|guilds|circles|sets|alliances|families|tribes|accounts|gangs|clans|factions|parties|companies|networks|components) (?:of|containing|holding|that contain) ${ITEM} and ${ITEM}\b,? (?:are |get |will be )?${MERGE_VERB}`,
    String.raw`\b${MERGE_VERB} the (?:\w+ )?(?:groups|teams|clubs|guilds|circles|sets|alliances|families|tribes|accounts|gangs|clans|factions|parties|companies|networks|components) (?:of|containing|holding|that contain) ${ITEM} and ${ITEM}\b`,
  ].join('|'),
);

/** Every item begins in a group by itself ("a guild of their own", "a team of one", "no ally"). */
export const STARTS_APART =
  /\b(?:of (?:its|their|his|her) own|(?:a|an) \w+ of one|on (?:its|their) own|alone|the only member|by (?:itself|themselves|themself)|no (?:ally|allies|friends?|partners?|teammates?)|singletons?)\b/;

/**
 * A question about the groups the events merge, named by the noun the merge uses ("guild"): how many
 * there are, the size, total or members of one, the largest, whether two items are in the same one
 * ("whether a and b are allies"). Words like "if" or "total" alone ask nothing of a group.
 */
export function asksAboutGroups(body: string): boolean {
  const noun = MERGES_TWO_GROUPS.exec(body)
    ?.slice(1)
    .find((word): word is string => !!word);
  const group = `(?:${noun ? `${noun}s?|` : ''}groups?|sets?|components?)`;
  return new RegExp(
    [
      String.raw`\b(?:how many|number of|count of) (?:\w+ ){0,2}?${group}\b`,
      String.raw`\b(?:size|sizes|total|balance|sum|members?|strength|population) of (?:the |each |every |its |their |his |her )?(?:\w+ )?${group}\b`,
      String.raw`\b(?:largest|biggest|smallest|richest|strongest) ${group}\b`,
      String.raw`\b(?:the )?same ${group}\b`,
      String.raw`\b(?:whether|if) ${ITEM} and ${ITEM} (?:are|belong|share|sit|stand|live|play|work)\b`,
      String.raw`\b${group} (?:of|containing|that contains) ${ITEM}\b[^.]{0,40}\b(?:has|holds|contains|counts|is)\b`,
    ].join('|'),
  ).test(body);
}

/**
 * Items that start apart and events that merge the groups of two of them, with questions between
 * the events: groups only ever merge, so a disjoint-set forest (union by size, path compression)
 * answers each event in near-constant time.
 */
export const MERGING_GROUP_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'union-find',
    pattern: MERGES_TWO_GROUPS,
    weight: 3.5,
    why: 'events merge the group of one item with the group of another, and groups never split: a disjoint-set forest (union by size, path compression) merges two groups and finds an item’s group in near-constant time, keeping a size or a total at each root',
    when: (scene) => !scene.grid && (STARTS_APART.test(scene.body) || asksAboutGroups(scene.body)),
  },
];

/**
 * Two items joined at a time into one whose size is their sum, the join costing that sum, until
 * one is left ("kneading two balls that weigh x and y takes x + y seconds and gives one ball of
 * x + y"): the least total joins the two smallest each time, which a min-heap hands out (Huffman).
 */
const JOINS_TWO_AT_THEIR_SUM =
  /\b(?:two|a pair of) \w+ (?:\w+ ){0,4}?(?:together|into one|at a time)\b[^.]{0,120}?\b(?:takes?|costs?|needs?|is|are) (?:exactly )?[a-z] ?\+ ?[a-z]\b/;
const ONLY_NEIGHBOURS = /\b(?:adjacent|neighbou?ring|next to each other|consecutive|side by side)\b/;
const LEAST_TOTAL = /\b(?:least|minimum|smallest|cheapest|lowest|minimal) (?:possible )?total\b/;

export const JOINED_BY_SUM_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'heap-priority-queue',
    pattern: JOINS_TWO_AT_THEIR_SUM,
    weight: 3.5,
    why: 'each join costs the two sizes joined, and the joined item is joined again later: joining the two smallest first keeps the large sizes out of repeated joins, so a min-heap hands out the two smallest each time',
    // Only neighbours joined (slimes in a row) is a table over ranges: the two smallest may not touch.
    when: (scene) =>
      LEAST_TOTAL.test(scene.body) && !ONLY_NEIGHBOURS.test(scene.body) && !scene.grid && !scene.design,
    also: ['greedy'],
  },
];
