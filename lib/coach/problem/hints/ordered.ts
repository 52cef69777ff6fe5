import type { Ladder } from './ladder';

/**
 * Ladders for data that comes in order, or answers that do: a search over sorted positions, over
 * the range of answers a monotone check accepts, toward a peak or from a sorted grid's corner; two
 * sorted inputs merged; promised order swept as it comes, with no sort to add; the next greater
 * item asked of items on a circle, where one pass leaves answers behind the wrap.
 */
export type OrderedVariant =
  | 'search-sorted'
  | 'search-answer'
  | 'search-peak'
  | 'search-corner'
  | 'merge-sorted'
  | 'sweep-sorted'
  | 'next-around-circle';

export const ORDERED_LADDERS: Record<OrderedVariant, Ladder> = {
  'next-around-circle': [
    'For each {item}, which {items} met before it can never be the answer for anything met later? And since the {items} stand on a circle, where can the answer for the last few still lie?',
    'Keep a stack of {items} in {stack order} order; each new {item} pops the ones it beats, and those pops are where answers are found. Go round twice: the second round pushes nothing new and only answers the {items} still waiting, whose answer lies past the wrap.',
    'Walk the positions 0 to 2n - 1, reading the {item} at position i mod n. While the top of the stack is beaten by it, pop the top: this is its next {next} one. Push positions only during the first round. Whatever is still on the stack after the second round has no such neighbour anywhere on the circle.',
  ],
  'search-sorted': [
    'The {items} are in order: after one comparison in the middle, which half can you stop looking at?',
    'Binary search over the positions of {input}: compare with the middle and keep the half that can still hold the answer.',
    'Keep a low and a high index. Look at the middle {item}, decide which side the answer must be on, and move one bound past the middle. Stop when the bounds cross, and check what the last position means for the answer.',
  ],
  'search-answer': [
    'If someone handed you a value for {answer}, could one pass over {input} check whether it works, and would every {looser} value pass too?',
    'Binary search on the answer: the check is monotone, so halve the range of possible answers, testing each guess with one linear pass over {input}.',
    'Keep the range the answer can still lie in, from the lowest value that could be it to the highest. Try the middle with a single pass that checks it; if it passes, every {looser} value passes too, so keep the {kept} half with the middle in it, else the other half. The range closes on the {best} value that passes.',
  ],
  'search-peak': [
    'Look at one {item} in the middle and the one just after it: if the values rise there, must a peak lie further on?',
    'Binary search on the slope: compare the middle {item} with its right neighbour and keep the half that rises; past either end counts as lower than everything.',
    'Keep a low and a high index. While they differ, look at the middle: if the next {item} is larger, a peak lies to its right, so move low past the middle; otherwise one lies at the middle or to its left, so move high to the middle. Where they meet is a peak.',
  ],
  'search-corner': [
    'Every row and every column is in order. From which corner does one comparison rule out a whole row or a whole column?',
    'Walk from a corner where one direction grows and the other shrinks (the top right, say), stepping along the line where the order turns; a halving search in each row also works, more slowly.',
    'Start at the top-right {item}. If it is larger than what you look for, no {item} below it in that column can help, so step left; if smaller, step down. Each step discards a row or a column, and the walk ends within n + m steps, at the answer or at the edge.',
  ],
  'merge-sorted': [
    'Both inputs already come in the order the answer needs. Which entry has to come first overall, and where can it be?',
    'Two pointers, one per input: compare the two entries they point at, take the one that comes first and move that pointer on; when one input runs out, the rest of the other follows as it is.',
    'Keep an index into each input. While both have entries left, compare the entries under the indexes, append the one that comes first (the statement says which wins a tie) and advance its index. Then append whatever is left of either input.',
  ],
  'sweep-sorted': [
    'The {items} already come in order. What does that order tell you about where the answer’s first and last entries sit, and which {items} ever need comparing?',
    'No sort is needed: the promised order is the one to walk in, from one end or from both ends toward the middle, comparing each {item} only with its neighbour, the last one kept, or the one at the other end.',
    'Keep one index, or one at each end. At each step compare only the {items} under the indexes (or the last one kept), take or combine the one the answer needs next, and move that index on; one pass over the given order is the whole work.',
  ],
};
