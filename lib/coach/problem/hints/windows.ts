import { fixedWindow, SPREAD_RUN, TAKEN_FROM_ENDS, windowExtreme } from '../knowledge/windows';
import type { Ladder } from './ladder';

/**
 * A window's ladder by what it keeps: the run left when items are taken only from a row's two ends;
 * the largest or smallest item of each overlapping run, or of a run kept within a spread (a deque,
 * since no running figure can be undone for an extreme); or a total, average or count over runs of
 * exactly k (one in, one out).
 */
export type WindowVariant = 'window-kept-run' | 'window-extremes' | 'window-fixed';

/** What a run of exactly k is asked for when a running figure answers it: a total, a mean, a count. */
const RUNNING_FIGURE = /\b(?:total|sum|average|mean|count|number of|how many|distinct)\b/;
/** A middle or a rank inside each run, which no running figure keeps (two heaps or an ordered set do). */
const RANK_IN_RUN =
  /\bmedian\b|\bmiddle (?:value|one|element|reading|number)s?\b|\bk-th (?:largest|smallest)\b/;

/** The window's ladder the statement asks for, if one of its own. */
export function windowVariant(body: string): WindowVariant | undefined {
  if (TAKEN_FROM_ENDS.test(body)) return 'window-kept-run';
  if (windowExtreme(body) || SPREAD_RUN.test(body)) return 'window-extremes';
  return fixedWindow(body) && RUNNING_FIGURE.test(body) && !RANK_IN_RUN.test(body)
    ? 'window-fixed'
    : undefined;
}

export const WINDOW_LADDERS: Record<WindowVariant, Ladder> = {
  'window-kept-run': [
    'Whatever you take from the two ends, look at what is left in the middle. What shape does it always have?',
    'What stays is always one contiguous run, so choosing what to take is choosing which run to leave: after k takes it is a run of all but k items, and when the takes must add up to an amount it is a run holding the total of everything minus that amount.',
    'Slide a window across {input} with a running total: of fixed length when the number of takes is fixed (the best take leaves the run with the least total), or grown on the right and shrunk on the left when the run must hold a given total (the longest such run means the fewest takes). No sort or heap: the order of the row is the question.',
  ],
  'window-extremes': [
    'When a new {item} arrives, which earlier {items} that are still in play can never again be the largest (or the smallest) of any later stretch?',
    'Keep a double-ended queue of positions whose values only fall from front to back (only rise, for a minimum): a newer {item} that beats those at the back removes them, a position that has left the window leaves from the front, and the front is always the extreme of the window.',
    'Walk through {input} once. Before adding the current position, remove from the back every position whose value it beats, then add it at the back. Remove the front while it lies outside the window. The value at the front is now the extreme of the window: record it, or compare it with the other extreme when the window must keep within a spread. Each position enters and leaves once, so the whole pass is linear, with no heap and no rescanning.',
  ],
  'window-fixed': [
    'Two runs of k {items} that start one position apart share all but two {items}. What changes when the run moves one step?',
    'Slide a window of exactly k over {input} with a running summary (a total, or a count per value): add the {item} that enters and remove the one that leaves.',
    'Build the summary of the first k {items}. For each next position, add the entering {item}, remove the leaving one, and check the window against the condition (compare a total with the threshold times k rather than dividing). Every window then costs constant time, one pass in all.',
  ],
};
