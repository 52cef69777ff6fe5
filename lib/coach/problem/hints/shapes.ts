import type { Ladder } from './ladder';

/**
 * The ladders of the shapes a technique takes that no family file owns: a greedy choice after a
 * sort or along one sweep, rooms in order or from a heap, states searched, subsets or orders
 * enumerated, the design classes told call by call. `variants.ts` chooses among them.
 */
export type ShapeVariant =
  | 'greedy-sweep'
  | 'fill-in-order'
  | 'greedy-sorted'
  | 'greedy-counts'
  | 'rooms-heap'
  | 'rooms-in-order'
  | 'search-states'
  | 'all-pairs'
  | 'enumerate-subsets'
  | 'enumerate-orders'
  | 'string-matching'
  | 'two-colouring'
  | 'relax-rounds'
  | 'count-earlier'
  | 'range-summaries'
  | 'water-levels'
  | 'letter-order'
  | 'design-structures'
  | 'design-calls'
  | 'design-operations';

export const SHAPE_LADDERS: Record<ShapeVariant, Ladder> = {
  'greedy-sweep': [
    'Walking through {input} once, what single number about the {items} seen so far decides everything that comes next?',
    'Sweep once and keep only that summary (how far you can get, or how much you carry), updating it at each {item}; a choice that never hurts later can be made on the spot.',
    'Go through the {items} in order. At each one, update the summary and decide right away whether it changes the answer (a new step, a new start, a new best). Argue why deciding now can never be worse than waiting.',
  ],
  // Items packed in their fixed order, each starting a fresh container when it does not fit (knowledge/fills.ts).
  'fill-in-order': [
    'The {items} keep their order, and each is placed before the next one comes. When the next does not fit with those already together, what choice is actually left?',
    'Only the load of the open group matters. Add each {item} while it fits and start a new group when it does not; nothing can be reordered, so closing a group early never helps a later {item}.',
    'Walk the {items} once with a running total for the open group and a count of groups. If adding the next {item} would pass the limit, count a new group and start its total at that {item}; otherwise add it. The count at the end is the answer.',
  ],
  'greedy-sorted': [
    'If you could choose the order in which to consider the {items}, which order would make each decision obvious?',
    'Sort the {items} by the key that decides (where they end, how big they are), then make the locally best choice for each in turn; an exchange argument shows it never hurts.',
    'Pick the sorting key and sort once. Walk through the {items}, taking each one when it still fits with what you already hold and skipping it otherwise. Try the rule on a small case where a different order would fail, to be sure the key is right.',
  ],
  'rooms-in-order': [
    'The {items} already come by start. When one starts, which of those still running frees up first, and has it already?',
    'They come in order, so no sort: keep the end times of everything still running in a min-heap; a new {item} takes over the one that ended first if it has ended, else it needs one more; the largest the heap gets is the answer.',
    'Walk through the {items} as given. For each, look at the earliest end time in the heap: if it is no later than this start, pop it. Push this {item}’s end and note the heap size; the largest size seen is the answer.',
  ],
  'greedy-counts': [
    'Which kind of {item} is the hardest to place, and how much room do its copies force on everything else?',
    'Count each kind: the most frequent kind sets the frame (its copies with the required gaps between them) and the others fill the gaps; a heap that always takes the most plentiful kind allowed next builds an actual order.',
    'Count how often each kind occurs. If the most frequent occurs f times, its copies need f - 1 gaps of the required size, plus a slot for every other kind that also occurs f times; compare that frame with the number of {items}. To build an order, repeatedly take the most plentiful kind not used too recently from a heap, holding back the kinds still waiting out their gap.',
  ],
  'rooms-heap': [
    'Go through the {items} by start. When one starts, which of those still running frees up first, and has it already?',
    'Sort by start and keep the end times of everything still running in a min-heap: a new {item} takes over the one that ended first if it has ended, else it needs one more; the largest the heap gets is the answer.',
    'Sort the {items} by start. For each, look at the earliest end time in the heap: if it is no later than this start, pop it. Push this {item}’s end and note the heap size; the largest size seen is the answer. Sweeping the sorted starts and ends, one up at a start and one down at an end, counts the same peak.',
  ],
  'search-states': [
    'Think of {input}, taken as a whole, as one position. Which positions does a single move lead to, and which are two moves away?',
    'Breadth-first search over states: encode all of {input} as one number (a bit per {item}), start from the given one and explore in rings, never entering a state twice.',
    'Encode {input} as given as one number, put it in a queue with distance zero and mark it seen. Take states from the front; for each possible move, work out the state it leads to and, if it is new, mark it and give it the distance plus one. The goal’s distance when it is first reached is the answer; if the queue empties first, it cannot be reached.',
  ],
  'all-pairs': [
    'If paths could pass only through the first k nodes, how would allowing one more node change the best distance between two nodes?',
    'Floyd-Warshall: take every node in turn as the middle and improve every pair whose path gets shorter through it; the table then holds every shortest distance, and each question reads it.',
    'Start the table from the direct edges as the statement defines them, zero from a node to itself and infinity where there is no edge. For each middle node k, for each pair i and j, keep the smaller of the current distance and the one through k. Then answer every question from the table, reporting unreachable pairs as the statement asks.',
  ],
  'enumerate-subsets': [
    'Each {item} is either in or out: how many choices is that, and is that few enough to try them all?',
    'Enumerate the subsets of {input}, one choice per {item}, either recursively (include it, then leave it out) or as bitmasks.',
    'Decide for the first {item}, recurse on the rest, then undo the choice and take the other branch. When every {item} is decided, check or record the subset. Cut a branch as soon as it can no longer lead to a valid one.',
  ],
  'enumerate-orders': [
    'How many orders of the {items} are there, and can you afford to try each one?',
    'Build every order one position at a time: pick an unused {item}, recurse, then put it back (backtracking over permutations).',
    'Keep the order built so far and which {items} are used. For the next position, try each unused {item}, recurse, and undo. When all are placed, check or count the order. Stop a branch early when its partial order can already not work.',
  ],
  'string-matching': [
    'When a comparison fails part-way through {input}, how much of what you already matched could you reuse instead of starting over?',
    'Compute for every position the longest proper prefix that is also a suffix ending there (the prefix function of KMP), or compare pieces with rolling hashes.',
    'Walk through {input} keeping the length of the current match. On a mismatch, fall back to the longest shorter prefix that still matches, as the table says, instead of restarting. The last value (or each full match) gives the answer.',
  ],
  'two-colouring': [
    'If one {item} goes to the first side, where must every {item} linked to it go, and what would prove a split impossible?',
    'Colour the {items} side by side with a breadth-first (or depth-first) walk from each one not yet coloured; a link between two of the same colour means no split exists.',
    'Give an uncoloured {item} the first colour and walk from it, giving every neighbour the opposite colour of the one it was reached from. If a neighbour already has the same colour, {no answer}. Start again from every {item} still uncoloured, since the links may form several groups.',
  ],
  'relax-rounds': [
    'If a cycle of trades or moves keeps improving what you hold, what happens to "the best value" of the places on it?',
    'Bellman-Ford: relax every edge V - 1 times so every best value settles, then one more round; anything that still improves lies on a gaining (negative) cycle.',
    'Start every place at the same value. Repeat V - 1 times: for each edge, improve its end if going through it is better. Then go over the edges once more: if any end still improves, a gaining cycle exists. With gains that multiply, compare sums of logarithms instead.',
  ],
  'count-earlier': [
    'Walking through {input} from left to right, what would you need to know about the {items} already passed to count the pairs each new {item} completes?',
    'Keep the values seen so far in a Fenwick (binary indexed) tree over their ranks, so "how many earlier values are larger" is one prefix query; a merge sort that counts across its two halves works too.',
    'Replace each value by its rank among all the values. Walk from left to right: ask the tree how many earlier ranks are larger (or smaller), add that to the answer, then record the current rank. For triples, count from both sides and combine the two counts at each middle {item}.',
  ],
  'range-summaries': [
    'Many questions ask about a stretch of {input} that never changes. What would you store about a stretch so that two neighbouring stretches combine into the answer for both?',
    'A segment tree (or a sparse table, when the summary can overlap) over {input}: each node keeps that summary of its range, and a question combines the few nodes covering it.',
    'Decide the summary a range needs (for a best value, the best; for things that pair up, what is matched inside and what is still open at each end) and how two halves merge. Build the tree bottom-up once, then answer each question by merging the nodes that exactly cover it, left to right.',
  ],
  'water-levels': [
    'Picture {input} as a row of bars. How high can water stand above one bar, and which bars on each side of it decide that height?',
    'The level above each bar is the lower of the highest bar on its left and the highest on its right, minus its own height; two pointers closing in from both ends (or the running highest from each side) give both without a second pass per bar.',
    'Keep one pointer at each end and the highest bar seen from each side. Move the side whose highest is lower: the water over the bar it passes is settled by that highest, so add the difference and update the highest. Stop when the pointers meet.',
  ],
  'letter-order': [
    'Compare two neighbouring words of {input}: what does the first place where they differ tell you about two letters?',
    'Each neighbouring pair gives one rule, "this letter comes before that one", at its first difference; the rules are the edges of a directed graph on the letters, and any topological order of it is an alphabet.',
    'Make every letter that appears a node. For each neighbouring pair, find the first position where they differ and add an edge; if they never differ and the first word is the longer, no alphabet works. Then repeatedly take a letter with no incoming edge left; letters never taken mean the rules contradict each other.',
  ],
  'design-calls': [
    'Take the calls one at a time: what does each one take out, look up or move, and could it do that without going through everything the class holds?',
    '{calls} The other calls only keep these structures up to date.',
    'For each call, say which structure it reads and which it changes; a call that changes one must change the others in the same step, so that they never disagree. Then settle the empty case: what each call returns when there is nothing to give.',
  ],
  'design-operations': [
    'Take the kinds of operation one at a time: what does each one take out, look up or move, and could it do that without going through everything kept so far?',
    '{calls} The other kinds only keep these structures up to date.',
    'For each kind, say which structure it reads and which it changes; an operation that changes one must change the others in the same step, so that they never disagree. Then settle the empty case: what each kind answers when nothing is kept.',
  ],
  'design-structures': [
    'Which operation is called most often, and what would it take to answer it without looking at everything stored?',
    'Give every call the structure that makes it fast, and know what each one keeps: {structures}.',
    'List the calls and the cost each must meet. For each structure, say which calls read it and which change it; a call that changes one must change the others in the same step, so that they never disagree. Then check the capacity and the empty cases.',
  ],
};
