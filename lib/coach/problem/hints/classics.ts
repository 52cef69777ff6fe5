import type { Ladder } from './ladder';

/**
 * Ladders for the classic shapes a technique takes when the statement is one of the well-known
 * patterns retold (issue 10 §2): items that meet and cancel, the middle of a stream, everything
 * but one's own, runs of values taken anywhere, a rotated sorted list, edits between two
 * sequences, packs bought again and again, many questions that each compare a bound with one list.
 */
export type ClassicVariant =
  | 'meet-and-cancel'
  | 'two-heaps'
  | 'both-ends'
  | 'value-runs'
  | 'search-rotated'
  | 'table-edits'
  | 'table-amounts'
  | 'worst-link'
  | 'search-per-question'
  | 'merge-heads'
  | 'k-best'
  | 'run-extremes'
  | 'circle-removal'
  | 'tree-search';

export const CLASSIC_LADDERS: Record<ClassicVariant, Ladder> = {
  'tree-search': [
    'Every key smaller than a node sits in its left subtree and every larger one in its right. Standing at the root and comparing its key with x, which of the two subtrees can no longer hold the answer?',
    'Walk down from the root as a binary search would: compare x with the node’s key, remember the node if it is the best answer so far, and go left when x is smaller, right when it is larger. Only one path from the root is visited.',
    'Start at the root with no answer yet. At each node, keep its key if it beats the answer so far (on a tie, keep the one the statement prefers); stop if the key equals x, else step to the left child when x is smaller and to the right child otherwise. When the walk steps off the tree, the answer kept is the one asked for. The walk is as long as the tree is high.',
  ],
  'circle-removal': [
    'The {items} still in the circle are passed over in the same order, round after round. If each one passed over went to the back of a line instead, who would stand at the front when it is time for the next to leave?',
    'Keep the {items} in a queue in circle order: for every one passed over, move the front to the back; then the front leaves. Counting on by k costs k - 1 moves per leaver, so n * k in all; when k is large too, a tree over who is still in (an order-statistic or Fenwick tree) finds the next to leave in log n.',
    'Fill the queue with the {items} in order. While it is not empty, move the front to the back once for each one skipped, then take the front out and write it down; the last one is written when the queue holds only it. If only the last one left is asked, no queue is needed: the one left among m is the one left among m - 1, moved on k places round the circle, so it follows from the circle of one upwards.',
  ],
  'merge-heads': [
    'Every list already stands in order. Which {items} could possibly come first in the combined list, and which could come next once that one is taken?',
    'Only the front of each list is ever a candidate: keep the k fronts in a min-heap, take the smallest, and put the next one of the same list in its place. Each of the n {items} passes once through a heap of at most k, so log k each, not log n (merging the lists in pairs, round after round, costs the same).',
    'Put the first {item} of every non-empty list into a min-heap, each with the list it came from and its position there. While the heap is not empty, take the smallest, write it out, and push the next {item} of its list if there is one. Empty lists add nothing, and equal values may come out in either order unless the statement says otherwise.',
  ],
  'k-best': [
    'Only k of the {items} matter for the answer. Reading the {items} one by one, which of those seen so far could still be among the best k, and which of them is the first to lose its place when a better one arrives?',
    'Keep the best k {items} seen so far in a heap ordered so that the weakest of them sits on top: a newcomer that beats the top takes its place, any other is dropped at once. The heap never holds more than k, so each newcomer costs log k, and its top is the k-th best at every moment.',
    'Push the first k {items}; for each later one, compare it with the top and, if it is better, pop the top and push the newcomer. Mind which way the ranking points (the nearest, the slowest, the heaviest) and whether equal values take separate places. Sorting all of them also fits but pays log n for each one; a quickselect partition averages linear time.',
  ],
  'run-extremes': [
    'There are about n^2 / 2 stretches, far too many to visit one by one. Turn the total around: for a single {item}, in how many stretches is it the one picked, and how far can such a stretch reach to its left and to its right?',
    'Each {item} stays the one picked (the smallest, or the largest) in every stretch that stops short of its nearest beater on each side. A stack of positions kept in order finds the previous and the next beater of every {item} in one pass each; the {item} then adds its value times the choices of left end times the choices of right end.',
    'Walk the {items} from the left, popping the stack while its top is beaten: what stays on top is the previous beater (or the start). Do the same from the right for the next one. Break ties on one side only (strictly beaten on the left, beaten or equal on the right) so that equal values are not counted twice. Add value * (i - left) * (right - i) for each, with the modulo if the statement asks for one; for a largest-minus-smallest spread, total the maxima and the minima apart and subtract.',
  ],
  'search-per-question': [
    'Every question compares a bound of its own with all the {items}, and the {items} never change. If they stood in a line from smallest to largest, where would the ones that pass a question sit?',
    'Sort the {items} once. A question is then one halving search for the first position past its bound: how many pass is read from that position, and the first value at least the bound stands there.',
    'Sort a copy of the values. For a bound x, find the first index whose value is greater than x (for "at most x") or at least x (for "less than x" or "the first at least x"); the answer is that index, the count after it, or the value there (none when the search runs off the end). After the sort each question costs log n, and no question scans the {items}.',
  ],
  'meet-and-cancel': [
    'Which {items} can ever meet: any two, or only one moving towards the other from the correct side?',
    'Walk the {items} in order and keep those still standing on a stack: a newcomer moving back towards them can only meet the most recent one still moving forward, so it fights the top until one of the two is gone.',
    'Read the {items} left to right. One moving forward, or one with nothing ahead to meet, is pushed. One moving back compares itself with the top while the top moves forward: the smaller is removed (both on a tie), and the newcomer is pushed only if it survives them all. The stack, bottom to top, is what remains.',
  ],
  'two-heaps': [
    'After each new {item}, only the middle of everything so far matters. Which two groups of {items} would keep the middle where you can see it?',
    'Two heaps: a max-heap for the lower half and a min-heap for the upper half, kept within one of each other in size, so the middle is on their tops.',
    'Push each new {item} into the lower heap, then move the lower top to the upper heap so every value below is at most every value above; if the upper heap grows larger, move its top back. The middle is the lower top, or the mean of both tops when the sizes are equal.',
  ],
  'both-ends': [
    'Everything except one position is everything before it together with everything after it. Could you know both of those for every position without starting again each time?',
    'Two passes: combine the {items} from the left into a running value for each prefix, and from the right for each suffix; each answer joins the prefix before a position with the suffix after it, with no division.',
    'Fill an array with the combined value of all {items} before each position (the empty prefix holds the neutral value: 1 for a product, 0 for a sum, an OR or a gcd, minus infinity for a largest). Walk back from the end with a running value of all {items} after the position, and combine the two into the answer as you go.',
  ],
  'value-runs': [
    'Where a value sits in {input} does not matter, only which values are present. From which values is it worth starting to count a run?',
    'Put every value in a hash set, and start counting only at a value whose predecessor is missing: walk up while the next value is present. Each value is visited a constant number of times, so no sort is needed.',
    'Build the set of values. For each value v whose v - 1 is absent, count how many of v + 1, v + 2, … are present and keep the longest count. Repeated values count once, and values that start no run cost nothing.',
  ],
  'search-rotated': [
    'The sorted list was cut once and its parts swapped. Looking at the middle {item} and one end, can you tell which half is still in order?',
    'Binary search that first finds the ordered half: compare the middle with an end; if the target lies within the ordered half keep it, otherwise keep the other half (for the smallest, keep the half where the order breaks).',
    'Keep a low and a high index. At the middle, if the low end is no larger than the middle, the left half is in order: keep it when the target lies between them, else move to the right; otherwise the right half is in order, and the same test runs on it. Stop when the bounds cross.',
  ],
  'table-edits': [
    'Look at the last {item} of {first} and the last {item} of {second}. Whatever the best edits are, what could have happened to those two last {items}?',
    'DP over both prefixes: entry (i, j) is the cost of turning the first i {items} of {first} into the first j of {second}, and it comes from three smaller pairs (insert, delete, replace), or from the pair before when the two last {items} already match.',
    'Fill a table with a row per prefix of {first} and a column per prefix of {second}; the first row and column are the cost of inserting or deleting everything. Each cell takes the cheapest of an insertion, a deletion and a replacement (free when the two {items} are equal). The answer is the bottom-right cell.',
  ],
  'table-amounts': [
    'The best price per unit fails on what is left over. If you knew the cheapest way to reach every smaller amount, how would one more pack extend it?',
    'DP over amounts (an unbounded knapsack): the best for each amount up to the target comes from that amount minus one pack of some kind, plus the pack, and a pack may be used again.',
    'Make a table from 0 up to the target, with 0 costing nothing and the rest unknown. For each amount, try every kind of pack: the amount minus its size (never below zero, since going over is allowed) plus its price. The entry at the target is the answer, or none if it stays unknown.',
  ],
  'worst-link': [
    'A route here is judged by its single worst step, not by its steps added up. If you guessed that worst step, how would you check whether the far end can be reached using only steps no worse than the guess?',
    'Settle the {items} in order of the best worst step that reaches them, taken from a heap (Dijkstra with the larger of two values in place of their sum). Halving the guess with a reachability check, or adding the links from best to worst into a union-find until both ends join, works too.',
    'Give the start a worst step of zero and every other {item} infinity. Take the {item} with the best record from the heap (skip it if the record is out of date); a move to a neighbour is worth the worse of that record and the move itself, and if that beats the neighbour’s record, record it and push it. The goal’s record when it is first taken is the answer.',
  ],
};
