import type { Trigger } from './trigger';

/** Traversals, orderings, weighted paths, trees and grids. */
export const GRAPH_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'breadth-first-search',
    pattern:
      /\bshortest (?:path|distance|route|transformation|sequence|clear path|bridge)\b|\bminimum (?:number of )?(?:moves|steps|jumps|mutations|knight moves|transformations|turns)\b|\bfewest (?:number of )?(?:moves|steps)\b/,
    weight: 2.5,
    why: 'with every move costing the same, the fewest moves come from exploring in rings',
  },
  {
    technique: 'breadth-first-search',
    pattern:
      /\blevel order\b|\b(?:level|row|depth) by (?:level|row|depth)\b|\beach level\b|\bzigzag\b|\bright side view\b|\bnearest\b|\b(?:each|every) minute\b|\bminutes? (?:until|that must elapse)\b|\brott(?:en|ing)\b|\bspreads?\b|\bdistance (?:of|from) (?:the )?nearest\b|\bunweighted\b/,
    weight: 2.5,
    why: 'things happening round by round, or level by level, is a breadth-first sweep',
  },
  {
    technique: 'depth-first-search',
    pattern:
      /\bislands?\b|\bflood fill\b|\bsurrounded regions?\b|\benclosed\b|\bregions?\b|\bconnected (?:area|region|group)s?\b|\breachable\b|\bcan reach\b|\bvisit (?:every|all)\b/,
    weight: 2,
    why: 'marking everything reachable from a start is a depth-first walk',
  },
  {
    technique: 'depth-first-search',
    pattern:
      /\bpath sum\b|\bpaths? from (?:the )?root\b|\broot-to-leaf\b|\ball paths\b|\bmaximum depth\b|\bminimum depth\b|\bdiameter\b|\bsubtrees?\b|\bancestor\b|\bheight-balanced\b|\bbalanced binary\b|\bsame tree\b|\bsymmetric\b|\binvert\b|\bvalid(?:ate)? (?:a )?binary search tree\b/,
    weight: 2.5,
    why: 'a tree question answered from the answers of the subtrees is a recursive walk',
  },
  {
    technique: 'depth-first-search',
    pattern: /\brecursi(?:on|ve|vely)\b|\bconnected components?\b|\bcycles?\b/,
    weight: 1.5,
    why: 'exploring as deep as possible before backing up finds components and cycles',
  },
  {
    technique: 'topological-sort',
    pattern:
      /\bprerequisites?\b|\bcourse schedule\b|\bdependenc(?:y|ies)\b|\bdepends? on\b|\bmust (?:be |come |happen |go )?(?:\w+ )?before\b|\bbuild order\b|\balien\b|\btopological\b|\brecipes?\b.{0,40}\bingredients?\b/,
    weight: 3,
    why: 'things that must come before others form a directed graph to be ordered',
  },
  {
    technique: 'topological-sort',
    pattern:
      /\bdag\b|\bdirected acyclic\b|\bvalid order(?:ing)?\b|\bany (?:valid )?order(?:ing)? .{0,30}\bbefore\b/,
    weight: 2,
    why: 'an order that respects every arrow is a topological order',
  },
  {
    technique: 'shortest-path',
    pattern:
      /\bnetwork delay\b|\bcheapest (?:flights?|path|route|price)\b|\bminimum (?:total )?(?:cost|time|effort|weight|price|distance) (?:to (?:reach|travel|get|go)|path|from)\b|\bdijkstra\b|\bbellman\b|\bfloyd\b|\bsignal to reach\b|\bat most k stops\b/,
    weight: 3,
    why: 'the cheapest route where steps cost different amounts is a weighted shortest path',
  },
  {
    technique: 'shortest-path',
    pattern:
      /\b(?:weighted|weights?|travel times?|costs?|lengths?|prices?|durations?)\b.{0,50}\b(?:edges?|roads?|flights?|routes?|connections?|paths?)\b|\b(?:edges?|roads?|flights?)\b.{0,50}\b(?:weights?|costs?|takes? \w+ (?:minutes|seconds|units))\b/,
    weight: 2,
    why: 'edges carry a cost, so plain ring-by-ring search is not enough',
  },
  {
    technique: 'shortest-path',
    pattern:
      /\b(?:after|takes?) \w+ (?:milliseconds|seconds|minutes|hours|units of time|time units)\b|\bhow long\b.{0,60}\b(?:all|every)\b/,
    weight: 2,
    why: 'each link takes its own time, so the earliest arrival is a weighted shortest path',
  },
  {
    technique: 'graph',
    pattern:
      /\bgraph\b|\bvertices\b|\bvertex\b|\bcities\b|\broads?\b|\bflights?\b|\bnetwork\b|\bneighbou?rs\b|\bundirected\b|\bdirected\b|\bedges?\b|\bconnected by\b/,
    weight: 2,
    why: 'the input is things joined by links: a graph',
  },
  {
    technique: 'binary-tree',
    pattern:
      /\bbinary (?:search )?tree\b|\btreenode\b|\bleft (?:child|subtree)\b|\bright (?:child|subtree)\b|\bbst\b|\binorder\b|\bpreorder\b|\bpostorder\b|\bleaf\b|\bleaf nodes\b/,
    weight: 3,
    why: 'the input is a binary tree, each node with at most two children',
  },
  {
    technique: 'binary-tree',
    pattern: /\broot\b|\btree\b/,
    weight: 1,
    why: 'the input hangs from a root',
  },
  {
    technique: 'matrix',
    pattern:
      /\bmatrix\b|\bgrid\b|\bboard\b|\bm x n\b|\bn x n\b|\bm \* n\b|\brows? and (?:the )?columns?\b|\b2d (?:array|grid|matrix)\b|\bspiral\b|\brotate the image\b|\bdiagonals?\b|\bcells?\b/,
    weight: 2,
    why: 'the input is a two-dimensional grid of cells',
  },
];
