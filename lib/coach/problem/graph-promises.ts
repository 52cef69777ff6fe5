/*
 * What a statement promises about a graph as a whole, in words: that it is a tree, that every
 * node can reach every other, or (a question to join the network, "may be disconnected") not.
 */
export const TREE = [
  /\b(?:represents?|forms?|is|are|describes?|makes?) (?:an? )?(?:valid )?(?:undirected |unrooted )?trees?\b/,
  /\b(?:undirected|unrooted)(?: and (?:undirected|unrooted|weighted))? trees?\b/,
];
export const CONNECTED = [
  /\b(?:the graph|graph) is connected\b|\bconnected,? (?:undirected )?graph\b/,
  /\b(?:every|each|any|all) (?:\w+ ){0,2}(?:is|are|can be) (?:reachable|reached) from\b/,
  /\b(?:it is )?(?:guaranteed|possible) (?:that )?(?:every|any|each) (?:city|node|vertex) (?:is reachable|can be reached|can reach)\b/,
  /\bpossible to (?:reach|get to|travel to|go to|visit) (?:any|every|each) (?:\w+ )?from (?:any|every|each)\b/,
  // "Every town can reach every other town", "you can travel from any city to any other", "water
  // could flow from every tank to every other tank".
  /\b(?:every|each|any) (?:\w+ ){0,2}(?:can|could) (?:reach|get to|travel to|go to|visit) (?:every|each|any|all) (?:the )?other\b/,
  /\b(?:can|could|may) (?:reach|get to|travel to|go to|visit|travel|go|get|drive|walk|sail|fly|ride|flow|pass) from (?:any|every|each) (?:\w+ )?to (?:any|every|each) other\b/,
  // A tree with links added stays connected: "the cables come from a tree with one extra cable added".
  /\bfrom a (?:spanning )?tree\b[^.]{0,60}\b(?:extra|additional|added|one more)\b/,
  // Every two places joined directly: "between any two different harbours there is a direct ferry".
  /\b(?:between|for) (?:every|each|any) (?:two|pair of) (?:different |distinct )?\w+\b[^.]{0,40}\bthere is an? (?:direct )?(?:\w+ )?(?:edge|road|link|cable|flight|connection|path|route|bridge|wire|line|ferry)\b/,
  /\b(?:possible to|can) (?:travel|get|go|move|walk|drive|fly) between (?:any|every|each) (?:two|pair)\b/,
  // "There is a road between every pair of towns", "every two cities are joined by a road".
  /\b(?:edge|road|link|cable|flight|connection|path|route|bridge|wire)s? (?:between|joining|connecting) (?:every|each|any) (?:two|pair)\b/,
  /\b(?:every|each|any) (?:two|pair of) \w+ (?:is|are) (?:directly )?(?:connected|joined|linked|reachable)\b(?! by at most)/,
  // "The network is connected", "all the computers are connected, directly or through others";
  // cells "connected horizontally" or towns "connected by roads" say how, not that all are.
  /\b(?:the (?:\w+ )?(?:graph|network|tree|map)|all (?:the )?\w+) (?:is|are) (?:all |always |guaranteed to be )?connected\b(?! (?:horizontally|vertically|diagonally|\d|by|to|with|if|when|only|in)\b)/,
];
export const MAY_BE_DISCONNECTED =
  /\b(?:can|may|might) be disconnected\b|\bnot necessarily connected\b|\bmay not be connected\b/;
/**
 * The question is to join the network ("make all the computers connected"): what a sentence says
 * of reaching each other then describes a network in general, not this input.
 */
export const ASKS_TO_CONNECT =
  /\b(?:make|makes|making|become|becomes|so that|such that) (?:all |every |each |them )?(?:of )?(?:the )?(?:\w+ ){0,2}(?:connected|reachable)\b|\bso that (?:every|each|any|all) (?:\w+ ){0,2}can reach\b/;
