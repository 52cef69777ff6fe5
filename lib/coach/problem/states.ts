import type { Variable } from './constraints';
import { FEWEST_MOVES_ASKED, numberMoves, POURING } from './knowledge/state-moves';
import type { NameUsage } from './usage';

/** More states than a method visits one by one within the time budget: a magnitude, not a count. */
const MOST_STATES = 1e7;
/** The question counts moves between positions, each costing the same. */
const FEWEST_MOVES =
  /\b(?:minimum|fewest|smallest|least|shortest) (?:number of )?(?:moves|steps|jumps|presses|button presses|clicks|pushes|hops|turns|trips|rides)\b/i;
const BOARD = /\b(?:chess ?board|board|grid)\b/i;
const SQUARE = /\bsquare\b|\b([a-z]) ?[x*] ?\1\b/i;

const isLetter = (name: string) => /^[a-z]$/i.test(name);
/** Where a walk starts and where it must end. */
const ENDS = /^(?:src|dst|source|destination|start|goal|target|begin|end|from|to|home|origin|pos|position)$/i;
/** A plain name for one number ("floors", "piers"), not an element or a length. */
const isScalar = (name: string) => /^[a-z][a-z]*$/i.test(name);

/**
 * A number the method walks through is a size even when the input lists nothing: the answer is
 * built up to it ("the n-th ugly number", "a ribbon whose length is n", "n stairs"), or it bounds
 * the positions a search moves between ("1 <= s, g <= F" floors and the fewest presses; a knight's
 * squares on a board of side n). The method visits each of its states once, so it drives the time.
 */
export function promoteWalkedNumbers(variables: readonly Variable[], usage: NameUsage, text: string): void {
  const moves = FEWEST_MOVES.test(text);
  for (const v of variables) {
    const [name] = v.names;
    // A count the answer must reach ("make m bouquets") is a goal, never a state walked through.
    if (v.role !== 'value' || v.goal || !name || !v.names.every(isScalar)) continue;
    if (v.upper === undefined || v.upper < 2 || v.upper > MOST_STATES) continue;
    const letter = name.toLowerCase();
    // A letter bounding anything a fewest-moves question names ("1 <= s, g <= F") counts positions;
    // a word only when what it bounds are the start and the goal ("1 <= src, dst <= piers").
    const ends = (other: Variable) => v.names.every(isLetter) || other.names.some((n) => ENDS.test(n));
    const positions =
      moves &&
      variables.some((other) => other !== v && other.boundedBy?.toLowerCase() === letter && ends(other));
    // A letter may be walked ("the n-th"); a word only bounds positions.
    if (!positions && !(v.names.every(isLetter) && usage.walked.has(letter))) continue;
    v.role = positions && BOARD.test(text) && SQUARE.test(text) ? 'dimension' : 'size';
  }
  promoteOperatedNumber(variables, text.toLowerCase());
}

/**
 * Only numbers are given and operations change one of them ("double it or subtract one", "walk to
 * x - 1 or ride to 2x"), and the fewest operations are asked: every number up to the bound is a
 * state the search or table visits once, so the largest bound is the size the time is counted in.
 */
function promoteOperatedNumber(variables: readonly Variable[], text: string): void {
  if (variables.some((v) => v.role === 'size' || v.role === 'dimension')) return;
  if (!FEWEST_MOVES_ASKED.test(text)) return;
  const pouring = POURING.test(text);
  if (!pouring && !numberMoves(text)) return;
  const walkable = variables.filter(
    (v) =>
      (v.role === 'value' || v.role === 'param') &&
      !v.goal &&
      v.names.every(isScalar) &&
      v.upper !== undefined &&
      v.upper >= 2 &&
      v.upper <= MOST_STATES,
  );
  const largest = walkable.sort((a, b) => (b.upper ?? 0) - (a.upper ?? 0));
  // Poured between two containers, a state is what each holds: both capacities count.
  for (const v of largest.slice(0, pouring ? 2 : 1)) {
    v.role = 'size';
    v.operated = true;
  }
}
