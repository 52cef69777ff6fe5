import { waits } from './dependencies';
import { spacedOut } from './kept-apart';
import type { Scene, Trigger } from './trigger';

/** An array whose values are how far one may jump: reaching the end is a greedy sweep, not a search. */
export const jumpArray = (scene: Scene) =>
  /\b(?:longest|maximum|farthest|furthest) jump\b|\bjump (?:length|at most)\b|\b(?:jump|hop|leap)s? (?:forward |ahead )?(?:by )?(?:at most|up to)\b|\bany of the next\b|\bup to \w+\[i\] (?:\w+ )?(?:steps|positions|places|further|ahead|forward)\b|\b(?:any|every|each) (?:\w+ )?(?:from|between) (?:\w+ )?i ?\+ ?1 (?:to|and|through) (?:\w+ )?i ?\+ ?\w+\[i\]|\b(?:up to|as far as) (?:\w+ )?i ?\+ ?\w+\[i\]|\bfrom 1 (?:up )?to \w+\[i\]/.test(
    scene.body,
  );

/**
 * Moves that change the values of a long array (raise one, swap two, take from a pile): no
 * positions to walk between, and far too many arrays to search, so the fewest moves is arithmetic
 * or a greedy argument, not a breadth-first search.
 */
const valueMoves = (scene: Scene) =>
  scene.shape === 'one' &&
  !scene.grid &&
  (scene.largest ?? 0) > 20 &&
  !scene.kinds.some((kind) => kind === 'graph' || kind === 'tree' || kind === 'matrix') &&
  !PLACES.test(scene.body);
/** Moves between places (indices, stops, squares), which a search can walk. */
const PLACES =
  /\b(?:go|move|jump|get|travel|hop)s? to\b[^.]{0,30}\b(?:index|indices|position|stop|node|square|stone|cell)\b|\b(?:index|position|stop|node|square|stone|cell)\b[^.]{0,40}\b(?:go|move|jump|get|travel|hop)s? to\b|\breach (?:the )?(?:last|target|end|final)\b/;

/**
 * The question counts the groups something falls into: fields, patches, ponds, regions, or
 * whatever the statement calls the group it defines ("belong to the same blot" … "the number of blots").
 */
export const GROUPS_COUNTED =
  /\b(?:belongs? to|are in|is in|are part of|is part of|form|make up|lie in) (?:the same|one|a single) (\w+?)(?:y|ies|es|s)?\b[\s\S]{0,300}?\b(?:how many|number of|count(?: the| all)?) (?:separate |distinct |different )?(?:\w+ ){0,2}?\1(?:y|ies|es|s)?\b|\b(?:how many|number of|count(?: the| all)?) (?:separate |distinct |different |disjoint |individual )?(?:\w+ ){0,2}?(?:fields|patches|regions|areas|groups|islands|ponds|lakes|pools|blobs|clusters|components|pieces|zones|forests|shapes|territories|colonies|spots|rooms)\b/;
/** Which cells belong together: those that touch, side by side or corner to corner. */
const CELLS_TOUCH =
  /\b(?:touch\w*|adjacent|side by side|share an? (?:side|edge|corner)|horizontally|vertically|diagonally|4-directionally|8-directionally|(?:up|down),? (?:down|up|left|right)|neighbou?r\w*|connected)\b/;

/**
 * Places joined in pairs by links, however the story names them: roads, ferries, tunnels,
 * acquaintances, or the i-th link joining two items the list names (`x_i` and `y_i`).
 */
const PROSE_GRAPH =
  /\b(?:pairs? of|some|certain|several) (?:\w+ ){0,3}(?:are|is) (?:directly )?(?:joined|linked|connected)\b|\b(?:joined|linked|connected) by (?:a |an )?(?:\w+ )?(?:roads?|flights?|ferr(?:y|ies)|cables?|wires?|bridges?|rails?|railways?|tunnels?|paths?|footpaths?|trails?|pipes?|routes?|corridors?|canals?)\b|\b(?:direct )?(?:flights?|ferr(?:y|ies)|cables?|bridges?|tunnels?|footpaths?)\b[^.]{0,40}\b(?:between|joining|linking|connecting)\b|\b(?:join|joins|link|links|connect|connects) (?:some|certain|several|pairs of)\b|\b(?:join|joins|link|links|connect|connects) (?:\w+ ){0,2}`?[a-z]\w*(?:_i|\[i\])`? and `?[a-z]\w*(?:_i|\[i\])`?/;
/** The input is a graph, whether its format lists the links or the story tells them. */
export const graphScene = (scene: Scene) =>
  scene.shape === 'graph' || (PROSE_GRAPH.test(scene.body) && !scene.grid && !scene.kinds.includes('tree'));
/** The goal may be out of reach. */
const MAY_FAIL = /\bor -1\b|\breturn -1\b|\b-1 if\b|\bnever\b|\bcannot\b|\bimpossible\b|\bunreachable\b/;

/** The answer is an order of letters (an alphabet, a ranking of the symbols) to work out. */
const LETTER_ORDER_RECOVERED =
  /\b(?:recover|work out|deduce|derive|reconstruct|infer|figure out|determine|output|return|find|give)\b[^.]{0,60}\b(?:(?:order|ranking|sequence|precedence)\b[^.]{0,40}\b(?:letters|characters|symbols|(?:agrees?|consistent|is consistent) with|explains?|under which)|alphabet|letter order)\b/;
/** The order of the letters is part of the input ("and the order of the alphabet", `order.length == 26`). */
const ORDER_GIVEN =
  /\b(?:given|and) (?:\w+ ){0,3}(?:the )?(?:order|ranking) of (?:the )?(?:alphabet|letters)\b|\b(?:order|alphabet|ranking)\.length == 26\b/;
/** A list the statement says is sorted by some order. */
const SORTED_LIST = /\bsorted\b|\bin order\b|\bordered\b|\bdictionary\b|\balphabeti(?:[sz]ed|cal)\b/;
/** An order of letters learned from a list sorted by it: a topological order of the letters. */
export const alphabetFromList = (body: string) => LETTER_ORDER_RECOVERED.test(body) && SORTED_LIST.test(body);

/**
 * Things that must come before others: prerequisites, dependencies, a build order. Items that "do
 * not depend on each other" say the opposite.
 */
export const PRECEDES =
  /\bprerequisites?\b|\bdependenc(?:y|ies)\b|\b(?<!\b(?:not|never) )depends? on\b(?! (?:each other|one another)\b)|\bmust (?:be |come |happen |go )?(?:\w+ ){0,2}(?:before|first)\b|\bbefore (?:\w+ ){0,2}can (?:begin|start)\b|\bbuild order\b|\btopological\b|\brecipes?\b.{0,40}\bingredients?\b|\bcircular reference\b|\brefer(?:s)? to cells\b|\bin an earlier (?:term|semester|step)\b/;

/**
 * Something that passes on to its neighbours once a round ("every hour, each healthy tree that
 * shares a side with a frosted one becomes frosted"): every source spreads at the same time, and
 * the question is when the last item is reached, or whether one never is.
 */
export const SPREADS_EACH_ROUND =
  /\b(?:every|each) (?:minute|second|day|hour|round|turn)\b.{0,160}\b(?:spreads?|spoils?|rots?|tells?|burns?|infects?|catch(?:es)?|learns?|becomes?|shares? (?:a|an) (?:side|edge) with|(?:adjacent|neighbou?ring) (?:cells?|squares?|tiles?|blocks?))\b|\bfirst (?:day|minute|time|round) on which\b|\bminutes? until\b.{0,40}\b(?:no|every|all)\b/;

/** Traversals, orderings, weighted paths, trees and grids. */
export const GRAPH_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'breadth-first-search',
    pattern:
      /\b(?:minimum|fewest|smallest|least) (?:number of )?(?:\w+ )?(?:moves|steps|jumps|throws|turns|transformations|mutations|hops|rides|buses|operations to reach)\b|\bshortest (?:path|distance|route|clear path|transformation|sequence)\b|\bnumber of cells on the shortest\b/,
    weight: 2.5,
    why: 'when every move costs the same, the fewest moves come from exploring in rings',
    // Turns that are time slots for items kept apart count slots, not moves between positions.
    when: (scene) => !scene.weighted && !jumpArray(scene) && !spacedOut(scene) && !valueMoves(scene),
  },
  {
    technique: 'breadth-first-search',
    pattern: SPREADS_EACH_ROUND,
    weight: 3,
    why: 'something that spreads one step per round is a breadth-first sweep, one ring per round',
    when: (scene) => !scene.weighted,
  },
  {
    technique: 'breadth-first-search',
    pattern:
      /\blevel order\b|\b(?:level|row|depth) by (?:level|row|depth)\b|\beach level\b|\bzigzag\b|\bright side view\b|\bthe next row (?:its|their) children\b/,
    weight: 3,
    why: 'a tree read level by level is a breadth-first walk with a queue',
    when: (scene) => scene.kinds.includes('tree'),
  },
  {
    technique: 'breadth-first-search',
    pattern:
      /\bevery (?:edge|road|link) has (?:the same )?(?:length|weight|cost)\b|\bunweighted\b|\ball (?:edges|roads|links) have the same (?:length|weight|cost)\b/,
    weight: 3,
    why: 'with equal edge lengths, breadth-first order is distance order',
  },
  {
    technique: 'breadth-first-search',
    pattern:
      /\btwo (?:teams|groups|colou?rs|sets|rooms|dormitories|camps|sides|halves|tables|buses|classes)\b(?! (?:are|is) (?:considered )?(?:different|distinct)\b).{0,200}\b(?:different|opposite|never (?:in|on) the same|(?:not|never) (?:\w+ ){0,3}(?:in|on|share) the same)\b|\bbipartite\b|\b(?:is|are) free\b.{0,120}\bcosts? 1\b|\bcosts? 1\b.{0,120}\b(?:is|are) free\b/,
    weight: 2.5,
    why: 'colouring or costing layer by layer is a breadth-first walk',
    also: ['depth-first-search', 'shortest-path'],
  },
  {
    technique: 'breadth-first-search',
    pattern:
      /\bdistance (?:of|from|to) (?:the )?(?:nearest|closest)\b|\bnearest (?:exit|gate|land|water|zero|0)\b/,
    weight: 2.5,
    why: 'distances to the nearest source come from one breadth-first sweep started at all sources',
    when: (scene) => !scene.weighted,
  },
  {
    technique: 'shortest-path',
    pattern: /\b(?:distance|route|path|trip) (?:of|from|to) (?:the )?(?:nearest|closest)\b/,
    weight: 3,
    why: 'links of different lengths make the nearest source a weighted question: one Dijkstra started from every source at once',
    when: (scene) => scene.weighted,
    also: ['heap-priority-queue', 'graph'],
  },
  {
    technique: 'depth-first-search',
    pattern:
      /\bislands?\b|\bflood fill\b|\bsurrounded regions?\b|\benclosed\b|\bconnected (?:area|region|group|piece)s?\b|\b(?:group|region) of (?:land|connected|adjacent)\b/,
    weight: 2.5,
    why: 'marking everything connected to a start is a depth-first walk',
    also: ['breadth-first-search'],
    // A hollow "enclosed" by higher bars in a row is water between bars, not a region to flood.
    when: (scene) => scene.grid || (scene.shape !== 'one' && !/\bbridges?\b.{0,60}\bquer/.test(scene.body)),
  },
  {
    technique: 'depth-first-search',
    pattern: GROUPS_COUNTED,
    weight: 3,
    why: 'cells that touch form groups: each cell not yet seen starts a new one, and a walk over its neighbours marks the rest of it',
    // A grid the sizes do not describe ("1 <= rows, cols <= 500") is still a grid of cells.
    when: (scene) =>
      (scene.grid || (scene.kinds.includes('matrix') && /\bgrid\b|\bcells?\b/.test(scene.body))) &&
      CELLS_TOUCH.test(scene.body),
    also: ['breadth-first-search'],
  },
  {
    technique: 'depth-first-search',
    pattern:
      /\bpath sum\b|\broot-to-leaf\b|\bpaths? from (?:the )?root\b|\bmaximum depth\b|\bminimum depth\b|\bdiameter\b|\bsubtrees?\b|\bancestor\b|\bheight-balanced\b|\bsame tree\b|\bsymmetric\b|\binvert\b|\bvalid(?:ate)? (?:a )?binary search tree\b|\bthe reporting lines form a tree\b|\bform(?:s)? a tree\b/,
    weight: 2.5,
    why: 'a tree answered from the answers of its subtrees is a recursive walk',
    // An ancestor in a family's records, or a symmetric word, is no tree: the statement must give one.
    when: (scene) => scene.kinds.includes('tree') || scene.kinds.includes('graph'),
  },
  {
    technique: 'depth-first-search',
    pattern:
      /\bcan (?:you )?(?:enter|visit|reach) (?:every|all)\b|\b(?:is|are) reachable from\b|\breachable\b|\bvisit (?:every|all) (?:rooms?|nodes?|cities)\b|\b(?:starting|beginning) (?:with|from|at)\b[^.]{0,80}\b(?:can|could) (?:\w+ ){0,2}?be (?:opened|reached|visited|entered|unlocked)\b/,
    weight: 2,
    why: 'everything reachable from a start is found by one depth-first walk',
    also: ['breadth-first-search'],
  },
  {
    technique: 'topological-sort',
    pattern: PRECEDES,
    weight: 3,
    why: 'things that must come before others form a directed graph to be put in order',
    also: ['depth-first-search'],
  },
  {
    technique: 'topological-sort',
    pattern:
      /\b(?:fewest|minimum number of|smallest number of) (?:terms|semesters|rounds|stages|levels)\b|\b(?:value|time|moment) (?:of|at which) (?:every|all)\b.{0,80}\b(?:installed|computed|finished|done)\b|\bcompute the value of every\b|\bearliest (?:moment|time)\b.{0,60}\b(?:all|every)\b/,
    weight: 2,
    why: 'working through the order level by level gives the number of rounds, or each item’s value from those before it',
    when: (scene) => /\bbefore\b|\bdepend|\bprerequisite|\brefer/.test(scene.body),
    also: ['dynamic-programming', 'breadth-first-search'],
  },
  {
    technique: 'topological-sort',
    pattern:
      /\b(?:dependenc(?:y|ies)|dependency graph)\b.{0,80}\b(?:no cycles|acyclic)\b|\b(?:no cycles|acyclic)\b.{0,80}\bdependenc/,
    weight: 2,
    why: 'acyclic dependencies can always be put in order',
  },
  {
    technique: 'topological-sort',
    pattern:
      /\balien\b|\bforeign (?:language|dictionary|alphabet)\b|\border of (?:the )?letters\b|\bletters? in an order of its own\b|\bsorted by (?:that|their|its) order\b/,
    weight: 3,
    why: 'each adjacent pair of sorted words says which letter comes first: an ordering of a directed graph',
    // An alphabet handed over as input is only looked up: checking words against it is no search.
    when: (scene) => !ORDER_GIVEN.test(scene.body),
  },
  {
    technique: 'topological-sort',
    pattern: LETTER_ORDER_RECOVERED,
    weight: 3,
    // Recovering an order differs from checking words against one the input gives.
    why: 'a list sorted by an unknown order of letters: the first difference between each pair of neighbours says which letter comes first, and an order of all of them is a topological order of those edges',
    when: (scene) => SORTED_LIST.test(scene.body) && !ORDER_GIVEN.test(scene.body),
    also: ['graph', 'breadth-first-search'],
  },
  {
    technique: 'breadth-first-search',
    pattern:
      /\b(?:fewest|minimum number of|least number of|smallest number of|as few) (?!new |more |additional |extra )[a-z-]+\b/,
    weight: 3,
    why: 'every link counts one, so the fewest links between two places come from a breadth-first search, ring by ring',
    // The fewest rounds of a dependency order are its levels, a topological question first.
    when: (scene) =>
      graphScene(scene) &&
      !scene.weighted &&
      MAY_FAIL.test(scene.body) &&
      !PRECEDES.test(scene.body) &&
      !waits(scene.body),
    also: ['graph'],
  },
  {
    technique: 'depth-first-search',
    pattern:
      /\b(?:how many|which|whether|number of|count)\b[^.]{0,80}\b(?:can|could)\b[^.]{0,50}?\b(?:reach|get to|visit|(?:travel|drive|walk|ride|fly|sail|go|move) to)\b|\bfrom (?:every|each|any) \w+ to (?:every|each|any) (?:other )?\w+\b/,
    weight: 2.5,
    why: 'everything reachable from a start along the links is found by one walk over the graph',
    when: (scene) => graphScene(scene) && !scene.weighted,
    also: ['breadth-first-search'],
  },
  {
    technique: 'shortest-path',
    pattern:
      /\bnetwork delay\b|\bcheapest (?:flights?|path|route|price|way)\b|\bdijkstra\b|\bbellman\b|\bfloyd\b|\bat most k stops\b/,
    weight: 3,
    why: 'the cheapest route where steps cost different amounts is a weighted shortest path',
  },
  {
    technique: 'shortest-path',
    pattern:
      /\bsignal\b.{0,80}\breach\b|\bshortest (?:path|route|distance)\b|\b(?:how long|earliest)\b.{0,60}\b(?:every|all)\b.{0,40}\b(?:received|reached|reach)\b/,
    weight: 3,
    why: 'the cheapest route where steps cost different amounts is a weighted shortest path',
    when: (scene) => scene.weighted,
  },
  {
    technique: 'shortest-path',
    pattern:
      /\bstrictly larger amount\b|\barbitrage\b|\bnegative cycle\b|\bamount of the same currency\b|\bwithin a distance of at most\b|\bdistances? between every pair\b/,
    weight: 3,
    why: 'distances between all pairs, or a cycle that keeps gaining, are classic shortest-path questions',
    also: ['dynamic-programming'],
  },
  {
    technique: 'graph',
    pattern:
      /\bgraph\b|\bvertices\b|\bvertex\b|\bundirected\b|\bdirected\b|\btwo-way roads?\b|\bone-way\b|\broads?\b.{0,40}\b(?:join|connect)s?\b/,
    weight: 2,
    why: 'the input is things joined by links: a graph',
  },
  {
    technique: 'graph',
    pattern: PROSE_GRAPH,
    weight: 2,
    why: 'things joined in pairs by links, however the story names them: a graph',
    // An input format that lists the links already says so (boundSignals in techniques.ts).
    when: (scene) => scene.shape !== 'graph' && !scene.grid && !scene.kinds.includes('tree'),
  },
  {
    technique: 'graph',
    pattern: /\bminimum number of swaps\b.{0,80}\bsort|\bswaps?\b.{0,60}\bsort(?:ed|s)? the (?:array|list)\b/,
    weight: 2.5,
    why: 'where each element has to go forms cycles, and a cycle of length c needs c - 1 swaps',
  },
  {
    technique: 'binary-tree',
    pattern:
      /\bbinary (?:search )?tree\b|\btreenode\b|\bleft (?:child|subtree)\b|\bright (?:child|subtree)\b|\bbst\b|\binorder\b|\bpreorder\b|\bpostorder\b|\broot\b.{0,40}\btree\b/,
    weight: 2.5,
    why: 'the input is a binary tree, each node with at most two children',
  },
  {
    technique: 'matrix',
    pattern:
      /\bspiral\b|\brotate the (?:image|matrix|grid)\b|\btranspose\b|\bdiagonals?\b.{0,40}\b(?:matrix|grid)\b|\b(?:whole|entire) row and (?:the )?(?:whole |entire )?column\b/,
    weight: 3,
    why: 'the work is moving around the rows and columns of a matrix',
    also: ['hash-table'],
  },
  {
    technique: 'matrix',
    pattern: /\bgrid\b|\bmatrix\b|\bm x n\b|\bn x m\b|\brows? and (?:the )?columns?\b|\bcells?\b/,
    weight: 1.5,
    why: 'the input is a two-dimensional grid of cells',
    when: (scene) => scene.grid,
  },
];
