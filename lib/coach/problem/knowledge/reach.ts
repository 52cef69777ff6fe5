import { lastReading } from '../last-reading';
import { lapFromAStart } from './choices';
import { fillsInOrder } from './fills';
import { SPANS } from './spans';
import type { Scene, Trigger } from './trigger';

/**
 * Greedy problems that read like DP, told in a story's own words: positions that each let you
 * advance up to a distance of their own (can you reach the end, in how few moves), and the fewest
 * points that touch every span. A start on a loop of stops that give and take is in choices.ts.
 */

/**
 * Position i lets you advance to any position up to i + a[i] ("from i + 1 up to i + H_i", "as far
 * as post i + R_i", "any j with i < j <= i + leap[i]", "at most power[i] cells").
 */
export const ADVANCE_UP_TO =
  /\b(?:up to|as far as|at most|no further than)\b[^.]{0,30}\bi ?\+ ?[a-z]\w*(?:\[i\]|_i\b|_\{i\})|\bi < j <= i ?\+ ?[a-z]\w*(?:\[i\]|_i\b)|\b(?:up to|at most|no more than) [a-z]\w*(?:\[i\]|_i\b) (?:\w+ )?(?:cells|steps|positions|places|pads|stones|squares|indices|posts|piers|tiles|rungs|spaces)\b/;
/** Asked about the far end: whether it can be reached, or in how few moves. */
const TO_THE_END =
  /\b(?:reach|get to|arrive at|arrives? at|land on|make it to|end (?:up )?(?:at|on)|gets? to|(?:its|the|their|his|her) way to|(?:takes?|brings?|sends?|carr(?:y|ies)) (?:\w+ ){1,2}to)\b (?:\w+ ){0,2}?(?:n|n ?- ?1|the (?:last|final|far|end)\b)/;

/**
 * The fewest points (shots, pictures, sweeps, visits) that each touch every span containing them,
 * until every span is touched: sorted by end, each point goes at the first untouched span's end.
 */
const FEWEST_POINTS =
  /\b(?:fewest|minimum number of|least number of|smallest number of)\b (?:\w+ ){0,3}?(?:that|to|which|needed to|so that|you need to)\b[^.]{0,40}\b(?:catch|cover|hit|burst|photograph|capture|stab|pierce|touch|pop|shoot|reach)\w*\b[^.]{0,30}\b(?:every|all|each)\b/;
const notDesign = (scene: Scene) => !scene.design;

/**
 * A greedy answered in one pass with nothing to sort: a start on a loop that never runs out, or
 * the far end reached from positions that each let you advance up to a distance of their own, or
 * items packed in their fixed order, each starting a fresh container when it does not fit (fills.ts).
 */
export const reachInOnePass = lastReading(
  (body: string) =>
    lapFromAStart(body) || (TO_THE_END.test(body) && ADVANCE_UP_TO.test(body)) || fillsInOrder(body),
);

/** The fewest moves asked, not only whether the end can be reached. */
const FEWEST_MOVES = /\b(?:fewest|minimum number of|least number of|smallest number of|minimum|least)\b/;
const advances = (scene: Scene) =>
  notDesign(scene) && scene.shape !== 'graph' && !scene.grid && ADVANCE_UP_TO.test(scene.body);

export const REACH_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'greedy',
    pattern: TO_THE_END,
    weight: 3,
    why: 'only the farthest position reachable so far matters: one pass keeps it, and where the current move’s reach ends marks one more move (the layers a breadth-first search would find)',
    when: (scene) => advances(scene) && FEWEST_MOVES.test(scene.body),
    also: ['breadth-first-search'],
  },
  {
    technique: 'greedy',
    pattern: TO_THE_END,
    weight: 3,
    why: 'only the farthest position reachable so far matters: one pass keeps it, where a table of reachable positions would look back over every jump',
    when: (scene) => advances(scene) && !FEWEST_MOVES.test(scene.body),
    also: ['dynamic-programming'],
  },
  {
    technique: 'greedy',
    pattern: FEWEST_POINTS,
    weight: 3,
    why: 'sorted by end, the first span not yet touched is best touched at its end, which touches as many later spans as any point can',
    when: (scene) => notDesign(scene) && !scene.grid && scene.shape !== 'graph' && SPANS.test(scene.body),
    also: ['sorting'],
  },
];
