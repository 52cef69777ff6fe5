import type { TechniqueId } from '../types';
import type { Ladder } from './ladder';

/** Rungs for the techniques that walk over a sequence. */
export const SEQUENCE_LADDERS: Partial<Record<TechniqueId, Ladder>> = {
  'two-pointers': [
    'If you looked at {input} from both ends at once, what could you rule out after each comparison?',
    'Keep two positions in {input} and move one of them per step, so every {item} is visited at most once by each.',
    'Start one position at each end (or both at the start). Compare what they point at with the goal, move the one whose move can only help, and stop when they meet. The answer is updated as they move.',
  ],
  'sliding-window': [
    'When a contiguous run of {items} stops being valid, do you really need to start again from scratch?',
    'Use a window over {input}: grow it on the right, shrink it from the left while it breaks the rule, and keep a summary of what is inside.',
    'Keep a left edge and a right edge. Add the {item} at the right edge to a running summary (a count or a sum). While the window breaks the condition, remove the {item} at the left edge and move it on. After each step, compare the window with the best seen so far.',
  ],
  'binary-search': [
    'If someone told you a candidate answer, could you check quickly whether it is too big or too small?',
    'Halve the search space each step: either over the positions of {input} when it is sorted, or over the range of possible answers, with a yes/no check that only flips once.',
    'Set a low and a high bound that surely contain the answer. Look at the middle, run the check, and keep the half that can still hold the answer. Stop when the bounds meet; take care whether the middle itself stays in.',
  ],
  'hash-table': [
    'As you pass each {item}, what would you like to remember so that a later {item} can be answered instantly?',
    'Store what you have seen in a map (item to count, or item to position) so each lookup is constant time.',
    // A partner to look up only where the question pairs items (lookups.ts).
    'Walk through {input} once. For each {item}, first ask the map what it already holds for that {item} (whether it was seen, how often, where), then record the {item} itself. The answer comes from those lookups.',
  ],
  'prefix-sum': [
    'Could the total over any stretch of {input} be read from two totals you computed in advance?',
    'Precompute running totals so any range total is one subtraction; for counting ranges, count earlier running totals in a map.',
    'Build the running total from the first {item} onwards, starting with a zero for the empty prefix. A range from i to j is the total at j minus the total just before i. To count ranges with a target total, remember how often each running total has appeared.',
  ],
  sorting: [
    'Would the problem get easier if {input} were in order?',
    'Sort first, by the key that makes neighbours related, then solve it in one pass over the sorted order.',
    'Decide which key to sort by (value, start, end, or a custom comparison). Sort once. Then sweep from left to right, comparing each {item} only with its neighbour or with the last one kept.',
  ],
  'line-sweep': [
    'What if you only looked at the moments where something starts or ends?',
    'Turn each interval into a start event and an end event, sort the events, and sweep through them keeping a running count.',
    'List every start as plus one and every end as minus one. Sort by position, deciding whether an end and a start at the same spot touch or overlap. Walk through the events, updating the count, and record the answer whenever it peaks or changes.',
  ],
  'monotonic-stack': [
    'For each {item}, which earlier {items} can never be the answer for anything that comes later?',
    'Keep a stack of {items} in {stack order} order; each new {item} pops the ones it beats, and those pops are where answers are found.',
    'Walk through {input}. While the top of the stack is beaten by the current {item}, pop it: the current {item} is its next {next} one. Then push the current {item}. Anything left at the end has no such neighbour.',
  ],
  stack: [
    'Which earlier {item} does each new {item} need to be matched with: the first one, or the most recent one still open?',
    'Use a stack: push what is still open, and pop when the current {item} closes or cancels it.',
    'Read {input} left to right. Push openers (or pending values). When a closer or an operator arrives, pop what it refers to, combine, and push the result if needed. At the end, the stack must be empty or hold the answer.',
  ],
  queue: [
    'Do the {items} need to be handled in the order they arrived?',
    'Use a queue (or a double-ended queue) so the oldest {item} leaves first and the front is always the next to process.',
    'Put new {items} at the back. Before answering, drop from the front whatever has expired or can no longer be best. The front then holds the answer for the current moment.',
  ],
  'heap-priority-queue': [
    'Do you need the whole order, or only the current best few {items}?',
    'Keep a heap: a min-heap of size k for the k largest, two heaps for a median, or a heap of next candidates when merging.',
    'Push {items} into the heap as you meet them. When it holds more than you need, pop the worst. When you need the next best, pop the top and push whatever it unlocks. The heap top is the answer at any moment.',
  ],
  'divide-and-conquer': [
    'If you solved the left half and the right half of {input} separately, what would be left to combine?',
    'Split {input} in the middle, solve both halves recursively, and combine the two answers with a linear pass.',
    'Handle the smallest inputs directly. Otherwise split in two, get the answer for each half, and then count or build what crosses the middle, usually by walking both halves together. The combine step decides the running time.',
  ],
  string: [
    'Which property of the characters matters here: their counts, their order, or their positions?',
    'Work character by character, keeping counts per letter or comparing positions, instead of building new strings over and over.',
    'Scan {input} once, keeping a small table per letter or a pointer into the other string. Build the answer in a list of pieces and join at the end. Watch case, spaces and letters outside the expected alphabet.',
  ],
  math: [
    'Is there a formula or a property of the numbers (divisibility, parity, digits) that skips the search altogether?',
    'Look for the arithmetic fact behind the question and compute the answer directly, {care}.',
    'Try small values by hand and write down the pattern. Turn it into a formula or a short loop over digits or divisors. Check {small cases}{in range}.',
  ],
  'bit-manipulation': [
    'What happens to the binary digits of these numbers when you combine them?',
    'Work on the bits: exclusive-or cancels equal pairs, and-ing with one less clears the lowest set bit, and each bit position can be counted across all the {items} on its own.',
    'Decide what a single bit tells you. Fold all numbers together with the fitting bitwise operation, or loop over the bit positions counting the ones at each, and build the answer bit by bit.',
  ],
};
