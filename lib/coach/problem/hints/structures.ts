import type { TechniqueId } from '../types';
import type { Ladder } from './ladder';

/** Rungs for graph, tree, grid and data-structure techniques, and the big strategies. */
export const STRUCTURE_LADDERS: Partial<Record<TechniqueId, Ladder>> = {
  'breadth-first-search': [
    'If every move costs the same, which {items} can you reach in one move, then in two?',
    'Explore in rings from the start with a queue, so that {items} are first reached by the fewest moves.',
    'Put every start in a queue with distance zero and mark it seen. Take {items} from the front, look at each unvisited neighbour, mark it, give it the distance plus one and add it at the back. The target’s distance when first reached is the answer.',
  ],
  'depth-first-search': [
    'From one {item}, can you reach everything connected to it and mark it so you never count it twice?',
    'Walk as deep as possible from each unvisited {item}, marking as you go{tree calls}.',
    'Loop over all {items}. From each one not seen yet, start a walk that marks it and recurses into its unmarked neighbours (or children). Count the walks, or combine the values the children return, to get the answer.',
  ],
  'topological-sort': [
    'Which {items} have nothing that must come before them?',
    'Build a directed graph of "must come before", then repeatedly take the {items} with no remaining incoming arrows.',
    'Count incoming arrows for every {item}. Queue the ones with none. Take one out, append it to the order, and lower the count of everything it points to, queueing any that reach zero. If some are never taken, there is a cycle.',
  ],
  'shortest-path': [
    'When moves cost different amounts, why might the path with fewer moves not be the cheapest?',
    'Use a shortest-path method for weighted edges: a priority queue keyed by the best known cost, always expanding the cheapest {item} next.',
    'Set every cost to infinity except the start at zero. Keep a priority queue of {items} by cost. Pop the cheapest, skip it if it is out of date, and relax each edge: if going through it is cheaper, record the new cost and push it.',
  ],
  graph: [
    'What are the nodes here, and what connects two of them?',
    'Build an adjacency list from the input, then decide which traversal answers the question.',
    'Create a list of neighbours for each node from the pairs given, in both directions if the links are undirected. Keep a seen marker per node, and run the traversal from the right starting points.',
  ],
  'binary-tree': [
    'What would you need to know from the left subtree and from the right subtree to answer for the whole of {input}?',
    'Recurse on the tree: each call handles one node and combines what its two children report.',
    'Decide what an empty subtree returns. For a node, get the answers from the left and right children, combine them with the node’s own value, and return that upwards, updating a global best if the question needs one.',
  ],
  'linked-list': [
    'Which links must change, and what must you still be holding when you change one so that the rest of {input} is not lost?',
    'Rewire the next pointers with a few variables: a dummy node in front of the head, the node before the part being changed, and the next node saved before its link is overwritten. Where the question is about a middle, a cycle or a place counted from the end, two walkers at different speeds (or a fixed gap apart) find it in one pass.',
    'Put a dummy node before the head so the first node is not special. Walk with one pointer (a slow one and a fast one only for a middle, a cycle or a distance from the end), saving the next node before relinking and keeping the previous node so you can attach to it. Return the node after the dummy.',
  ],
  matrix: [
    // One pass over the cells in place; a walk ring by ring or from cell to neighbour has its own ladder (grids.ts).
    'Which {items} does the answer for one {item} depend on, and can you visit each {item} only a few times?',
    'Work through the grid {item} by {item}, row by row, keeping only what the next {item} needs; where the grid changes as you go, decide whether a change must wait until every {item} has been read as it was.',
    'Loop over the rows and, inside, the columns. For each {item}, read the {items} it depends on (checking bounds at the border), record what the answer needs, and keep new values apart from old ones (a copy, or a mark in spare bits) when every {item} must change at once.',
  ],
  'union-find': [
    'If you only ever merge groups, how could you tell quickly whether two {items} are already in the same one?',
    'Use a disjoint-set forest: each {item} points to a parent, find follows to the root, union links two roots.',
    'Start with every {item} as its own group. For each link, find both roots; if they differ, join them and reduce the group count, otherwise this link closes a cycle. Compress paths as you find so later finds are quick.',
  ],
  trie: [
    'Many words share beginnings: could you store each shared beginning only once?',
    'Build a prefix tree: each node is a prefix, with a child per next letter and a flag where a word ends.',
    'Insert each word letter by letter, creating children as needed, and mark the last node. To look up a word or prefix, follow the letters from the root; a missing child means no match. For searches over a board, walk the tree alongside the board.',
  ],
  'segment-tree': [
    'Do the queries and the updates interleave, so that recomputing each time from scratch is too slow?',
    'Keep a tree over ranges (a segment tree or a binary indexed tree) so both a point update and a range query take logarithmic time.',
    'Each tree node stores the sum or minimum of its range. An update changes one leaf and every node above it. A query combines the few nodes that exactly cover the asked range. Build it once from the starting values.',
  ],
  design: [
    'Which operation is called most often, and what would make it constant time?',
    'Pick one or two structures that together make every operation fast, often a map for lookup plus a list, heap or queue for order.',
    'List the operations and the cost each must meet. Choose the structure for the hardest one, then add a second that keeps the first in sync. Update both in every method, and check the capacity and empty cases.',
  ],
  'dynamic-programming': [
    'If you knew the answer for every smaller version of this problem, could you build the answer for this one?',
    'Define a state (a prefix, a position, a remaining amount), write how it depends on smaller states, and fill a table in order.',
    'Say in words what the value for one state means. Write the choice made at that state and the smaller states each choice leads to. Set the base cases, fill the states from smallest to largest (or memoise a recursion), and read the answer from the full state.',
  ],
  greedy: [
    'Is there a choice you could always make first without ever regretting it?',
    'Make the locally best choice at each step, usually after sorting, and convince yourself by exchange that it never hurts.',
    'Sort the {items} by the key that matters (end time, cost, size). Walk through them, taking each one when it fits with what you already have and skipping it otherwise. Check the rule on a case where it could go wrong before trusting it.',
  ],
  backtracking: [
    'If you build a candidate one choice at a time, when can you tell early that it is already hopeless?',
    'Explore choices recursively: choose, recurse, undo; prune branches that break a rule as soon as they do.',
    'Keep the partial answer. At each step, loop over the choices still allowed, add one, recurse, then remove it. When the partial answer is complete, record a copy. Skip equal choices at the same depth to avoid duplicates.',
  ],
};
