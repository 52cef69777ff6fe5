/*
 * What a statement promises about a graph as a whole, in words: that it is a tree, that every
 * node can reach every other, or (a question to join the network, "may be disconnected") not.
 */
export const TREE = [
  // "The park is a rooted tree", "the given edges specify a tree": a rooted tree is still one tree.
  /\b(?:represents?|forms?|is|are|describes?|makes?|specif(?:y|ies)|defines?) (?:an? )?(?:valid )?(?:undirected |unrooted |rooted )?trees?\b/,
  /\b(?:undirected|unrooted)(?: and (?:undirected|unrooted|weighted))? trees?\b/,
  // "There is exactly one route between any two junctions": a tree told by its paths.
  /\b(?:exactly one|only one|a unique|one and only one|a single) (?:simple )?(?:route|path|way|chain \w+) (?:\w+ ){0,2}(?:between|connecting|joining) (?:any|every|each) (?:two|pair)\b/,
];
export const CONNECTED = [
  /\b(?:the graph|graph) is connected\b|\bconnected,? (?:undirected )?graph\b/,
  /\b(?:every|each|any|all) (?:\w+ ){0,2}(?:is|are|can be) (?:reachable|reached) from\b/,
  /\b(?:it is )?(?:guaranteed|possible) (?:that )?(?:every|any|each) (?:city|node|vertex) (?:is reachable|can be reached|can reach)\b/,
  /\bpossible to (?:reach|get to|travel to|go to|visit) (?:any|every|each) (?:\w+ )?from (?:any|every|each)\b/,
  // "Every town can reach every other town", "you can travel from any city to any other", "water
  // could flow from every tank to every other tank".
  /\b(?:every|each|any) (?:\w+ ){0,2}(?:can|could) (?:reach|get to|travel to|go to|visit) (?:every|each|any|all) (?:the )?other\b/,
  /\b(?:can|could|may|possible to) (?:reach|get to|travel to|go to|visit|travel|go|get|drive|walk|sail|fly|ride|flow|pass) from (?:any|every|each) (?:\w+ )?to (?:any|every|each) other\b/,
  // A tree with links added stays connected: "the cables come from a tree with one extra cable added".
  /\bfrom a (?:spanning )?tree\b[^.]{0,60}\b(?:extra|additional|added|one more)\b/,
  // Every two places joined directly: "between any two different harbours there is a direct ferry".
  /\b(?:between|for) (?:every|each|any) (?:two|pair of) (?:different |distinct )?\w+\b[^.]{0,40}\bthere is an? (?:direct )?(?:\w+ )?(?:edge|road|link|cable|flight|connection|path|route|bridge|wire|line|ferry)\b/,
  /\b(?:possible to|can) (?:travel|get|go|move|walk|drive|fly) between (?:any|every|each) (?:two|pair)\b/,
  // "The given roads let you travel between any two towns", "the cables allow any computer to reach
  // any other": said of the links, never of a move ("each ticket lets you travel to any other city").
  /\b(?:roads|edges|cables|links|flights|bridges|tunnels|routes|connections|wires|streets|railways|ferries|paths|lines)\b[^.]{0,30}\b(?:lets?|allows?|enables?|permits?) (?:you |us |anyone |one |people |travell?ers |(?:any|every|each) \w+ )?(?:to )?(?:travel|get|go|move|walk|drive|fly|sail|ride|reach|send)\b[^.]{0,40}\b(?:between (?:any|every|each) (?:two|pair)|(?:to )?(?:any|every|each) other)\b/,
  // "The roads connect all the cities", "the given cables link all computers": said of the links as
  // they are (a demand to connect them all is no promise: "must", "so that" are read apart).
  /\b(?:the )?(?:given )?(?:roads|edges|cables|links|flights|bridges|tunnels|routes|connections|wires|streets|railways|ferries|paths|lines|trails|pipes|corridors) (?:already )?(?:connect|join|link|span) (?:together )?all (?:the )?(?:\w+ )?(?:cities|towns|villages|nodes|vertices|islands|computers|houses|stations|rooms|points|places|junctions|sites|servers|machines|clearings|huts|planets|airports|districts)\b/,
  // Every node joined to one hub: "every computer is connected to the server", "each town is
  // linked to the capital, directly or through others"; never to its own neighbours.
  /\b(?:every|each|all(?: the)?) \w+ (?:is|are) (?:\w+ )?(?:connected|linked|joined) (?:\w+ )?to (?:the )?(?:server|root|capital|hub|centre|center|headquarters|depot|source|main \w+|\w+ \d+)\b/,
  // "There is a road between every pair of towns", "every two cities are joined by a road".
  /\b(?:edge|road|link|cable|flight|connection|path|route|bridge|wire)s? (?:between|joining|connecting) (?:every|each|any) (?:two|pair)\b/,
  /\b(?:every|each|any) (?:two|pair of) \w+ (?:is|are) (?:directly )?(?:connected|joined|linked|reachable)\b(?! by at most)/,
  // A way from each place to every other, or no place left out: "from any town there is a way along
  // the roads to any other town", "no town is cut off from the rest".
  /\bfrom (?:any|every|each) \w+,? (?:there (?:is|exists) an? (?:way|path|route|walk|road|trail|chain|sequence)|(?:one|you|we|anyone) can (?:get|go|travel|walk|drive|reach|ride|sail))\b[^.]{0,50}?\bto (?:any|every|each|all) (?:the )?other\b/,
  // "From city 1 every other city can be reached": every place reachable from one.
  /\bfrom (?:\w+ )?(?:\d+|[a-z]|the \w+),? (?:every|each|all|any) (?:the )?(?:other )?\w+ (?:can be|is|are|could be) (?:reached|reachable)\b/,
  /\bno (?:\w+ )?(?:city|town|village|node|vertex|island|computer|house|station|room|place|junction|site|server|hub|district|planet|airport|clearing|hut) (?:is|gets|will be|was) (?:ever )?(?:cut off|isolated|unreachable|stranded|disconnected)\b/,
  // "The network is connected", "all the computers are connected, directly or through others";
  // cells "connected horizontally" or towns "connected by roads" say how, not that all are.
  /\b(?:the (?:\w+ )?(?:graph|network|tree|map)|all (?:the )?\w+) (?:is|are) (?:all |always |guaranteed to be )?(?:\w+ and |\w+, )?connected\b(?! (?:horizontally|vertically|diagonally|\d|by|to|with|if|when|only|in)\b)/,
];
/** A graph "simple" by name (AtCoder's "The given graph is simple"): no self-loops, no repeated edges. */
export const SIMPLE_GRAPH =
  /\b(?:graph|network) is (?:\w+ and |\w+, )?simple\b|\bsimple (?:(?:undirected|directed|connected|weighted|unweighted),? (?:and )?)*graph\b/;
/** Exactly n - 1 links ("n villages and n - 1 roads", "each of the next n - 1 lines"): connected, they make a tree. */
export const N_MINUS_ONE_LINKS =
  /\b(?:exactly )?n ?- ?1 (?:\w+ )?(?:edges|roads|tunnels|streets|links|cables|wires|bridges|paths|connections|corridors|lines)\b/;
export const MAY_BE_DISCONNECTED =
  /\b(?:can|may|might) be (?:disconnected|cut off|isolated|unreachable)\b|\bnot necessarily connected\b|\bmay not be connected\b|\b(?:can|may|might|could) have no (?:\w+ )?(?:path|road|link|route|connection|edge|bridge|ferry|cable)s?\b|\b(?:can|may|might|could) (?:consist of|be split into|fall into|form|have) (?:several|many|multiple|more than one|two or more) (?:separate )?(?:parts|pieces|components|groups|islands)\b/;
/**
 * The question is to join the network ("make all the computers connected"): what a sentence says
 * of reaching each other then describes a network in general, not this input.
 */
export const ASKS_TO_CONNECT =
  /\b(?:make|makes|making|become|becomes|so that|such that) (?:all |every |each |them )?(?:of )?(?:the )?(?:\w+ ){0,2}(?:connected|reachable)\b|\bso that (?:every|each|any|all) (?:\w+ ){0,2}can reach\b/;

/** Endpoints in increasing order ("1 <= A_i < B_i <= N"): a loop-free list of pairs. */
const ORDERED_ENDS = /\b([a-z])_i ?< ?(?!\1_i)[a-z]_i\b/;
/** Two endpoint names that may not be equal ("ui != vi", "a_i != b_i", "from_i != to_i", "edges[i] != i"). */
export const DISTINCT_ENDS = [
  /\b([a-z][a-z]*?)(_?[ij]) ?!= ?(?!\1\2)[a-z]+\2\b/,
  /\b(?:prev|from|src|start)_?i? ?!= ?(?:next|to|dst|end)_?i?\b/,
  /\b[a-z]+\[i\](?:\[[a-z]\])? ?!= ?i\b/,
  /\bu ?!= ?v\b/,
  /\bno self[- ]?(?:loops|edges)\b/,
  // An adjacency list that never lists its own node: "graph[u] does not contain u".
  /\b[a-z]+\[([a-z])\] (?:does not|doesn't|will not|won't|never) contains? \1\b/,
  ORDERED_ENDS,
  /\b(?:no|not any) (?:\w+ ){0,2}(?:has|have|with) an? (?:\w+ )?(?:edge|road|link|cable|flight|connection)s? (?:to|with) itself\b/,
  // "No road connects a city to itself", "no task is required to wait for itself".
  /\bno (?:\w+ ){1,2}(?:connects|joins|links|leads|goes|runs|points|loops) (?:back )?(?:\w+ ){0,3}(?:to|with) itself\b/,
  /\bno (?:\w+ ){1,2}(?:is required to |has to |needs to |is made to )?(?:waits?|depends?|relies?|requires?) (?:on |for )?itself\b/,
  // CSES' "A road always connects two different cities": every link's ends differ.
  /\b(?:an?|each|every) (?:edge|road|link|cable|flight|connection|bridge|wire|tunnel|street|channel) (?:always )?(?:connects|joins|links|goes between) two (?:different|distinct) \w+\b/,
];
/**
 * Ends without the underscore ("ui < vi") or bare letters ("x != y"): an edge's ends only when
 * the statement is about a graph ("fromi < toi" is a trip, "p != q" two nodes of a tree).
 */
export const LOOSE_ENDS = [/\b([a-z]+?)i ?< ?(?!\1i)[a-z]+i\b/, /\b[a-z] ?!= ?[a-z]\b/];

/** Every pair listed once: "all the pairs (a_i, b_i) are distinct". */
export const PAIRS_DISTINCT =
  /\ball (?:of )?(?:the )?(?:pairs|tuples|edges|roads|links|connections)(?: (?:of )?[a-z]+)?(?: \([^)]*\)| \[[^\]]*\])?(?: given)? are (?:all )?(?:unique|distinct|different)\b/;
/** An adjacency list whose entries are distinct ("all the elements of graph[i] are unique"). */
export const NEIGHBOURS_DISTINCT =
  /\ball (?:of )?(?:the )?(?:elements|values|entries|neighbou?rs) (?:of|in) [a-z]+\[[a-z]\] are (?:unique|distinct|different)\b/;

/** No two links join the same two nodes, in the words setters use. */
export const REPEATED_EDGES = [
  // "There are no self-loops or repeated edges" as well as "no repeated edges".
  /\bno (?:self[- ]?loops? (?:or|and|nor) (?:no )?)?(?:repeated|duplicate|multiple|parallel) (?:edges|roads|links|flights|cables|connections|routes|bridges|wires|channels)\b/,
  // AtCoder's "no self-loops and no multi-edges", "multiedges", "multi-edges".
  /\bno (?:self[- ]?loops? (?:or|and|nor) (?:no )?)?multi-?(?:ple )?edges\b/,
  /\bno two \w+ (?:are|is) (?:directly )?(?:connected|joined|linked) by more than one\b/,
  /\b(?:no|never|not)(?: be| have)?(?: any)? (?:two |more than one )?(?:repeated |duplicate |multiple |parallel )?(?:direct )?(?:edges|roads|links|flights|cables|connections|routes|bridges|wires|channels) (?:between|connecting|joining) (?:the same|any two|a pair|two)\b/,
  /\b(?:at most one|only one) (?:direct )?(?:edge|road|link|flight|cable|connection|route|bridge|wire|channel) (?:between|connects|joins|connecting|joining)\b/,
  /\b(?:any|every|each) (?:\w+ )?pair(?: of \w+)? is (?:connected|joined|linked) by at most one\b/,
  /\bno two (?:edges|roads|links|cables) (?:connect|join) the same\b/,
  // "Each pair (a_i, b_i) appears at most once", "no requirement is listed twice".
  /\b(?:each|every|any) (?:unordered |ordered )?(?:pair|edge|road|link|connection|requirement|dependency|friendship|cable|flight)\b(?: of (?:\w+ )?(?:cities|towns|nodes|vertices|islands|computers|people|friends|stations|points|villages))?(?: \([^)]*\)| [a-z]_?i(?:,? (?:and )?[a-z]_?i)?)?,? (?:appears|occurs|is (?:given|listed|written)) (?:at most once|only once|once)\b/,
  /\bno (?:pair|edge|road|link|connection|requirement|dependency|friendship|cable|flight)s? (?:\([^)]*\) )?(?:appears|occurs|is (?:given|listed|repeated)) (?:twice|more than once)\b/,
  // AtCoder's "(A_i, B_i) != (A_j, B_j) (i != j)".
  /\(([a-z])_i, ?([a-z])_i\) ?!= ?\(\1_j, ?\2_j\)/,
];

/** No cycle: "no circular dependency", "a task never waits on itself, directly or indirectly". */
export const ACYCLIC =
  /\b(?:has|have|contains?|there (?:are|is)|forms?|makes?|creates?) no (?:\w+ )?(?:cycles?|cyclic)\b|\bnever (?:forms?|makes?|creates?|contains?|has|have) (?:a |any )?(?:\w+ )?cycles?\b|\bno (?:\w+ )?(?:circular|cyclic)\b|\bno (?:\w+ ){1,3}(?:depends?|depending|waits?|waiting|relies?|relying) (?:on|for) itself\b|\bnever (?:\w+ ){0,2}(?:wait|depend)\w* (?:on|for) (?:each other|one another) in a (?:circle|loop|cycle)\b|\b(?:no|never|not)\b[^.]{0,60}\b(?:itself|its own)\b[^.]{0,30}\bindirectly\b|\b(?:does|do) not (?:contain|have|form) (?:any |a )?cycles?\b|\bwithout (?:any )?cycles\b|\bacyclic\b|\bdag\b|\b(?:can|could|will|may) never (?:come|get|go|return|travel|walk|ski|ride)(?: back)? to (?:a|an|the same|any) \w+ (?:\w+ ){0,2}(?:left|visited|passed|leaves|left behind)\b|\b(?:cannot|can't|can not) (?:come|get|go|return)(?: back)? to (?:a|an|the same|any) \w+ (?:\w+ ){0,2}(?:after leaving it|left|visited|passed)\b|\b(?:never|cannot|can't|does not|do not)\b (?:\w+ ){0,4}(?:wait|depend)s? (?:on|for) (?:itself|themselves)\b/;
