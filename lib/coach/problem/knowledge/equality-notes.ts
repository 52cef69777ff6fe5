/**
 * Notes of two kinds about pairs of items, that two are alike (sat at the same table, share a
 * family name, keep one clock) and that two differ, and a question whether one grouping agrees
 * with every note. Sameness passes along chains, so the alike notes join items into groups and
 * each note of difference is checked against the groups: a disjoint-set forest, whatever the
 * story groups by. Read from how the page is built (a pair named by two letters, the two kinds,
 * a demand on all the notes at once), since setters word the demand every way: "agrees with all
 * the notes", "so that every note holds", "fits every note", "every entry is correct".
 *
 * Left alone: items split into exactly two groups (two sections, two shifts), where "different"
 * already says which group and a search colours each component (a two-colouring).
 */

/** Two items named by their letters: "students a and b", "guests `x` and `y`". */
const A_PAIR = /\b[a-z](?:_\{?\w+\}?)? and [a-z](?:_\{?\w+\}?)?\b/;

/** The alike kind, then the differing kind, then a demand that all the notes hold together. */
export const ALIKE_THEN_DIFFERENT =
  /\b(?:the same|one and the same|shares?|sharing)\b[\s\S]{0,300}\b(?:different|differ|differs|unequal|not the same|distinct)\b[\s\S]{0,400}(?:\b(?:agree|agrees|fit|fits|match|matches|keep|keeps|obey|obeys|respect|respects|meet|meets|honou?rs?|satisf\w+) (?:with )?(?:all|every|each)\b|\b(?:all|every|each) (?:of )?(?:the )?(?:\w+ ){0,2}?(?:holds?|(?:is|are|can be|be) (?:correct|true|right|kept|respected|satisfied))\b|\bcontradict\w*\b|\bconsistent\b)/;

/**
 * Exactly two groups the items fall into ("two sections", "two shifts"): a note of difference
 * then names the other group, which a two-colouring reads, not a forest of alike notes.
 */
const TWO_GROUPS =
  /\b(?:two|2) (?:groups|teams|sections|sides|shifts|camps|parties|colou?rs|halves|factions|pastures|squads|bands|houses)\b|\bbipartite\b/;

/** Whether the page notes pairs alike and different and asks that every note hold at once. */
export function equalityNotes(body: string): boolean {
  return A_PAIR.test(body) && ALIKE_THEN_DIFFERENT.test(body) && !TWO_GROUPS.test(body);
}
