import type { PointerWalk } from '../pointer-walks';
import type { TechniqueId } from '../types';
import type { Ladder } from './ladder';

/**
 * Ladders for the structures two pointers walk (pointer-walks.ts), in the page's own items: the
 * first rung asks what the order of the {items} has to do with the answer and names no method.
 */
export type PointerVariant =
  | 'pair-ends'
  | 'pair-lists'
  | 'triple-ends'
  | 'read-write'
  | 'mirror-ends'
  | 'lists-side-by-side'
  | 'walls-inward'
  | 'chain-paces';

export const POINTER_LADDERS: Record<PointerVariant, Ladder> = {
  'pair-ends': [
    'Does the sum (or gap) of two {items} depend on which of them comes first in the input? If you had the {items} in order of value, what would you know about the partners of the smallest and of the largest one?',
    'Put the values in order and keep one pointer at each end. Comparing the two ends with the bound tells you which end can never pair better, so one of them moves inward each step.',
    'Sort. Start at both ends: if the two values fit the bound, the left one fits with every value up to the right one (count them all, or keep the best), then move the left pointer on; otherwise move the right pointer back. Stop when the pointers meet.',
  ],
  'pair-lists': [
    'One of the {items} comes from each list. If both lists were in order, and the current pair is too large, which of the two could you replace by a smaller one without missing a better pair?',
    'Order both lists and keep one pointer in each, one walking up the first list and one walking down (or up) the second, moving the pointer whose move brings the pair toward the bound.',
    'Sort both lists. Walk the first from its smallest value while the pointer in the second only moves one way: for each value of the first, move the other pointer until the pair just fits, then count or compare what it reaches. Each pointer passes its list once.',
  ],
  'triple-ends': [
    'Fix the smallest of the three {items}. What is left is a question about two {items} and a smaller bound: have you answered that one faster than trying every pair?',
    'Sort. For each choice of the first {item}, the other two are found by two pointers closing in from both ends of the {items} after it.',
    'Sort. For each index i, put one pointer just after i and one at the end: while they have not met, if the three fit the bound, every value between the pointers pairs with the left one (add them up) and the left pointer moves on; otherwise the right one moves back.',
  ],
  'read-write': [
    'You may not build a second copy of {input}. As you read the {items} from the front, where could the next {item} that must stay be written without overwriting one you have not read yet?',
    'Keep two positions inside {input}: a read position that visits every {item} and a write position behind it (or two ends that swap toward each other), so every {item} is moved at most once.',
    'Walk the read position from the front. When the {item} under it belongs in the result, copy it to the write position and advance that; otherwise skip it. When the read position reaches the end, the {items} before the write position are the answer; fill or return the rest as the statement asks.',
  ],
  'mirror-ends': [
    'Which two {items} of {input} must agree (or trade places) first: the first and the last that count? Once they are settled, what is left to look at?',
    'Keep one position at the front and one at the back. Each skips the {items} that do not count, then the two are compared (or swapped) and both step inward.',
    'Start one position at the first {item} and one at the last. Move each inward past {items} that do not take part; when both rest on ones that do, compare them as the statement says (or swap them) and step both inward. Stop when they meet: every pair was settled once, with no copy of {input}.',
  ],
  'lists-side-by-side': [
    'Both lists already come in order. Looking at the first {item} of each, which one can you settle for good right now, and why can it never matter again?',
    'Keep one position in each list. Compare the two {items} under them, handle the one the answer needs (equal ones, the smaller one, the overlap of the two), and move past whichever is behind; no lookup table and no sort.',
    'Start both positions at the front. While neither list has run out, compare the two current {items}: record what the question asks of them (a match, the next in merged order, a shared stretch, the gap between them), then advance the position of the one that comes first or ends first. Each list is read once, so the walk costs their two lengths added.',
  ],
  'walls-inward': [
    'The pair farthest apart is the widest. If you give up some width, which of its two ends is worth replacing, and which one could never do better with any nearer partner?',
    'Start from the two outermost {items} and move inward: the lower of the two limits every narrower pair that keeps it, so that end moves, and each step keeps the best seen.',
    'Keep a position at each end. Work out the worth of the pair (the lower of the two times the distance between them) and keep the best. Move the position at the lower {item} one step inward (either one on a tie) and repeat until they meet: n - 1 steps in all.',
  ],
  'chain-paces': [
    'You can only walk the list from its head, and its length is unknown. If two walkers started from the head at once, how could their speeds, or a lead of a few links, tell you where the one you want stands?',
    'Two positions on the list: one that moves two links per step while the other moves one (the middle, or whether the walk ever comes back round), or one sent k links ahead before both move together (the k-th from the end).',
    'For the middle, move a fast position two links and a slow one one link until the fast one reaches the end: the slow one is in the middle. For a loop, keep going; they meet only if the list comes back round. For the k-th from the end, send one position k links ahead, then move both until the leader falls off: the other is the answer. One pass, no extra memory.',
  ],
};

/** The ladder of the structure the statement has, when two pointers lead. */
export function pointerVariant(
  walk: PointerWalk | null | undefined,
  lead: TechniqueId | undefined,
): PointerVariant | undefined {
  if (!walk || lead !== 'two-pointers') return undefined;
  if (walk.shape === 'mirror') return 'mirror-ends';
  if (walk.shape === 'side-by-side') return 'lists-side-by-side';
  if (walk.shape === 'walls') return 'walls-inward';
  if (walk.shape === 'chain') return 'chain-paces';
  if (walk.shape === 'in-place') return walk.lists ? undefined : 'read-write';
  if (walk.triple) return 'triple-ends';
  return walk.lists ? 'pair-lists' : 'pair-ends';
}
