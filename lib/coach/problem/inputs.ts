import type { InputKind } from './types';

/** "path consists of English letters, digits, …", "num consists of digits": a text of those characters. */
const MADE_OF_CHARACTERS =
  /\bconsists? (?:only )?of (?:only )?(?:english |lowercase |uppercase |the )?(?:letters|digits|characters)\b/;

const KIND_PATTERNS: [InputKind, RegExp][] = [
  ['linked-list', /\blinked list\b|\blistnode\b|\bhead = \[|\blist1 = \[/],
  ['tree', /\bbinary (?:search )?tree\b|\btreenode\b|\broot = \[|\b(?:rooted )?tree\b|\broot\b/],
  [
    'graph',
    /\bgraph\b|\bedges?\b|\bvertices\b|\bcities\b|\broads\b|\bflights\b|\bprerequisites\b|\bnetwork\b|\bnodes? labell?ed\b/,
  ],
  [
    'matrix',
    // A cell read by two letter indices (`floor[r][c]`, `grid[i][j]`) is a table whatever its name;
    // `intervals[i][0]` reads a field of a pair.
    /\bmatrix\b|\bgrid\b|\b(?:chess ?)?board\b|\bm x n\b|\bn x n\b|\b2d (?:array|grid)\b|\brows? and \w+ columns?\b|\b[a-z]\w*\[[a-z]\]\[[a-z]\]/,
  ],
  // A meeting that takes time (it starts and ends, is scheduled, needs a room), not the place where
  // people meet ("the cheapest meeting point") nor two walkers meeting on the way. The look back
  // waits for the word itself: tried at every letter, it scanned 120 letters back each time.
  [
    'intervals',
    /\bintervals?\b|\[start\w*, ?end\w*\]|\bmeetings?\b(?=[^.]{0,120}\b(?:start|end|begin|finish|times?|schedul\w*|rooms?|until)\b)|(?=meeting)(?<=\b(?:start|end|times?|schedul\w*|rooms?)\b[^.]{0,120})\bmeetings?\b|\bstart\w*?(?:i|_i), ?end\w*?(?:i|_i)\b/,
  ],
  [
    'string',
    new RegExp(
      `\\bstrings?\\b|\\bsubstrings?\\b|\\bcharacters\\b|\\bs = "|\\bwords?\\b|\\b(?:lower|upper)case (?:english )?letters\\b|${MADE_OF_CHARACTERS.source}`,
    ),
  ],
  [
    'array',
    /\barrays?\b|\bnums\b|\blist of (?:integers|numbers)\b|\bsequence of\b|\ba_[1i]\b|\bintegers a\b|\b[a-z] (?:\w+ ){0,2}integers\b|\bnums = \[|\b[a-z]\w*\[i\]/,
  ],
];

/** Words by which a statement relates items as parent and child, which a tree as input has. */
const TREE_RELATION =
  /\bforms? an? (?:rooted )?tree\b|\bnodes?\b|\broot(?:ed)?\b|\bchild(?:ren)?\b|\bparents?\b|\bleaf\b|\bleaves\b|\bedges?\b|\bbinary\b|\bvertex\b|\bvertices\b|\bsubtrees?\b|\bdescendants?\b|\btreenode\b/;

/** A value quoted as data in an example (a tag "interval", a word "graph") says nothing about the input's shape. */
const QUOTED_DATA = /"[^"\n]*"/g;
/**
 * On a grid, an edge that links nothing is the grid's rim ("the northern and western edges of the
 * map", "a cell on an edge", cells that "share an edge"): a graph's edge joins two things, is listed
 * (`edges[i]`, an edge list) or has a direction or a weight.
 */
const RIM =
  /(?<!\b(?:directed|undirected|weighted) )\bedges?\b(?!\s*(?:between|from|connect|join|link|list|\[|weigh))/g;

/** The input shapes a problem talks about, most specific first; a bare number when nothing else. */
export function detectInputs(statement: string): InputKind[] {
  const quoted = statement.replace(QUOTED_DATA, '""');
  const gridded = KIND_PATTERNS.find(([kind]) => kind === 'matrix')?.[1].test(quoted) ?? false;
  // On a grid, the map's rim is read out before the graph's words are looked for.
  const text = gridded ? quoted.replace(RIM, ' rim ') : quoted;
  const kinds = KIND_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
  // A tree problem mentions nodes and a graph problem a root now and then: keep the one that leads.
  if (kinds.includes('tree') && kinds.includes('graph') && /\bbinary\b|\btreenode\b/.test(text)) {
    kinds.splice(kinds.indexOf('graph'), 1);
  }
  // "A string of lanterns" over nums[i] is an array: text needs characters or a string by name
  // ("the string dominoes", "tokens[i] is a string"), not the word alone.
  if (
    kinds.includes('string') &&
    kinds.includes('array') &&
    !MADE_OF_CHARACTERS.test(text) &&
    !/\bcharacters?\b|\bsubstrings?\b|\bletters?\b|\bs = "|\bwords?\b|(?<!\b(?:return|returns|output|print) )\b(?:a|the|given|binary|each) string (?!of\b|represent|that\b|which\b|denot|describ|where\b)[a-z]\w*|\b(?:array|list) of strings\b|\bis an? (?:\w+ )?string\b/.test(
      text,
    )
  ) {
    kinds.splice(kinds.indexOf('string'), 1);
  }
  // Trees standing in the cells of a grid or in a park, and a family tree that only dates its
  // people, are the story: a tree as input relates its items as parent and child (nodes, a root,
  // children, a parent, leaves or edges).
  if (kinds.includes('tree') && !TREE_RELATION.test(text)) {
    kinds.splice(kinds.indexOf('tree'), 1);
  }
  if (kinds.includes('linked-list') && kinds.includes('tree') && !/\btree\b/.test(text)) {
    kinds.splice(kinds.indexOf('tree'), 1);
  }
  return kinds.length > 0 ? kinds : ['number'];
}
