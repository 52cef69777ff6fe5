import { type CountShape, countShapes } from '../knowledge/count-methods';
import { textMatchCounted } from '../knowledge/table-questions';
import type { Scene } from '../knowledge/trigger';
import type { TechniqueId } from '../types';
import type { Ladder } from './ladder';

/**
 * Ladders for counting words that dress another method (knowledge/count-methods.ts), in the
 * page's items: a run of equals in a sorted list, a formula in the counts of the parities or of a
 * few kinds, groups that are runs of a sort, whole groups of equal values kept or removed, and one
 * text counted where it stands inside another (knowledge/table-questions.ts).
 */
export type CountVariant =
  | 'runs-of-equals'
  | 'parity-counts'
  | 'kind-counts'
  | 'groups-in-runs'
  | 'largest-groups-kept'
  | 'text-matches';

export const COUNT_LADDERS: Record<CountVariant, Ladder> = {
  'runs-of-equals': [
    'The {items} already come in order. Where do all the copies of one value stand, and what does that say about the memory you need to count them?',
    'Equal values stand side by side in a sorted list, so each value is one run: a single scan measures every run and keeps the longest, with no table of counts.',
    'Walk through {input} keeping the start of the current run. When the value changes, the run just closed has its length: compare it with the best so far (keeping the earlier value on a tie, if smaller ones win). Remember to close the last run after the walk ends.',
  ],
  'parity-counts': [
    'Does it matter which exact numbers you pick, or only something simpler about each of them?',
    'Only whether each value is even or odd decides the pick: count the even and the odd {items} in one pass, and the answer is a formula in those two counts, with no pair ever formed.',
    'Work out which parities make the sum (or product) come out as asked: two evens or two odds give an even sum, one of each an odd one; a product is odd only when both are odd. With e even and o odd {items}, e * (e - 1) / 2 counts the pairs of two evens, and e * o the mixed ones. Keep the total in a 64-bit integer.',
  ],
  'kind-counts': [
    'The {items} come in only a few kinds. Once you know how many of each kind there are, does the position of any one of them still matter?',
    'Only the kinds decide the pick: count each kind in one pass, and the number of picks is a product (or a sum of products) of those counts, with no search over the picks themselves.',
    'Count the {items} of every kind. Picks whose kinds are all different take one of each chosen kind, so multiply the counts of those kinds (and add over the choices of kinds, when there are more kinds than items picked). Picks of two of one kind number c * (c - 1) / 2 for a kind of c. Keep the result in a 64-bit integer.',
  ],
  'groups-in-runs': [
    'If the {items} stood in order of their values, what would every group look like, and where would a new one have to start?',
    'Sort the values: a group bounded by how far apart its members may be can always be taken as a run of neighbours, and starting each group at the smallest value not yet placed and stretching it as far as the bound allows never needs more groups.',
    'Sort. Open a group at the first {item} and remember its value; walk on, adding each {item} while it is within the bound of that first value, and open a new group at the first {item} that is not. The number of groups opened is the answer.',
  ],
  'largest-groups-kept': [
    'Only how many different values stay is limited. If one copy of a value stays, what does it cost you to keep the others with it?',
    'Whole groups of equal values go or stay together, so count each value in a map, sort the counts, and keep the largest groups allowed: every other {item} is removed.',
    'Count how many {items} carry each value. If no more different values are there than allowed, nothing goes. Otherwise sort the counts from largest to smallest, keep as many groups as allowed from the top, and add up the counts of the groups left over: that is the fewest removals.',
  ],
  'text-matches': [
    'Where can a copy of the shorter text start inside the longer one? And when a comparison fails partway through, how much of what you have just read could you reuse?',
    'Each start is a place where the shorter text agrees with the longer one letter for letter: a prefix function (or a Z-function, or a rolling hash) finds every such place, overlapping ones too, in one pass, with no count kept per letter or per word.',
    "Join the shorter text, a separator found in neither, and the longer text, and compute the prefix function of the joined string. Each position in the longer part where the value equals the shorter text's length ends one copy: count those, and overlapping copies come out on their own. Comparing letter by letter at every start costs the product of the two lengths, too slow at these sizes.",
  ],
};

/** Which shape's ladder each method leading the page takes. */
const LADDER_OF: readonly [CountShape, TechniqueId, CountVariant][] = [
  ['runsOfEquals', 'sorting', 'runs-of-equals'],
  ['parityPicks', 'math', 'parity-counts'],
  ['kindPicks', 'math', 'kind-counts'],
  ['groupsBySpread', 'sorting', 'groups-in-runs'],
  ['fewDifferentKept', 'greedy', 'largest-groups-kept'],
];

/** The ladder of the shape the statement is built on, when the method that answers it leads. */
export function countVariant(scene: Scene, lead: TechniqueId | undefined): CountVariant | undefined {
  if (!lead) return undefined;
  if (lead === 'string' && textMatchCounted(scene)) return 'text-matches';
  return LADDER_OF.find(([shape, method]) => method === lead && countShapes[shape](scene))?.[2];
}
