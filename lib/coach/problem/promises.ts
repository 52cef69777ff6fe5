import type { ConstraintFacts, Variable } from './constraints';
import type { Guarantee } from './guarantees';

/** An element's value (`nums[i]`, `a_i`, `Node.val`, `h[i]`), as opposed to a size or a parameter. */
export function isElementValue(variable: Variable): boolean {
  return (
    variable.role === 'value' &&
    variable.names.some((name) => /\[[a-z]\]$|_[a-z]$|\.val$|^[a-z]\w*\[[a-z]\]\[[a-z]\]$/i.test(name))
  );
}

const isSize = (variable: Variable) => variable.role === 'size' || variable.role === 'dimension';

/** Counts of links or of operations (edges, rules, queries) rather than of the input's items. */
export function isLinkOrOperationCount(facts: ConstraintFacts, variable: Variable): boolean {
  // Bounded by a formula that grows faster than another size (m <= n(n-1)/2): a count of links.
  if (variable.grows) return true;
  const words = [
    ...variable.names,
    ...variable.names.flatMap((name) => facts.usage.nouns.get(name.toLowerCase()) ?? []),
  ].join(' ');
  return /\b(?:edges|roads|pairs|rules|relations|prerequisites|connections|links|queries|operations|calls|q)\b|\bedges\.length|\bprerequisites\.length/i.test(
    words.replace(/[._]/g, ' '),
  );
}

/** Two endpoint names that may not be equal ("u != v", "a_i != b_i", "A_i < B_i"): no edge loops. */
const DISTINCT_ENDS =
  /\b([a-z])(_i|_j)? ?!= ?([a-z])\2\b|\b([a-z])_i ?< ?([a-z])_i\b|\b(?:prev|from|src|start)_?i? ?!= ?(?:next|to|dst|end)_?i?\b/;

const PHRASES: [Guarantee, RegExp][] = [
  [
    'sorted',
    /\bsorted in (?:non-decreasing|non-increasing|ascending|descending|increasing|decreasing|strictly increasing) order\b|\b(?:is|are) sorted\b|\bsorted (?:array|list|integer array|sequence)\b|\ba_1 ?<=? ?a_2 ?<=? ?\.\.\.|\ba_1 ?< ?a_2 ?< ?\.\.\./,
  ],
  [
    'distinct',
    /\b(?:all |the )?(?:values|integers|elements|numbers|entries|a_i|nums\[i\]|keys)(?: of \w+| in \w+)? (?:are )?(?:all )?(?:unique|distinct|pairwise distinct|different)\b|\bpairwise distinct\b|\bno (?:two|duplicate) (?:values|elements|numbers|integers)|\bdistinct (?:integers|values|numbers|elements)\b|\bcontains no duplicates\b|\ba_i != a_j\b|\bunique (?:integers|values|numbers|elements)\b/,
  ],
  [
    'answer-exists',
    /\bexactly one (?:valid )?(?:answer|solution|such pair)\b|\b(?:it is )?guaranteed that (?:the )?(?:an |a )?(?:answer|solution|valid)\b|\bguaranteed to (?:exist|have a solution|be possible)\b|\balways (?:possible|exists?)\b|\bat least one (?:valid )?(?:answer|solution) (?:exists|is guaranteed)\b|\ban answer (?:always )?exists\b|\bthe answer (?:always )?exists\b|\b(?:a )?(?:consistent|valid) (?:order|answer|solution|ordering) (?:always )?exists\b|\bcan always be (?:rebuilt|done|reached|finished)\b/,
  ],
  [
    'lowercase-only',
    /\b(?:consists?|contains?|made up|composed) (?:of |only )?(?:only )?(?:of )?(?:english )?lowercase (?:english )?letters(?: only)?\b(?! and| or|, )|\b(?:uses?|using)? ?only (?:the first \w+ )?lowercase (?:english )?letters\b/,
  ],
  [
    'connected',
    /\b(?:the graph|graph) is connected\b|\bconnected (?:undirected )?graph\b|\b(?:it is )?(?:guaranteed|possible) (?:that )?(?:every|any|each) (?:city|node|vertex) (?:is reachable|can be reached|can reach)\b|\bthe given (?:edges|graph) forms? a tree\b|\bis a tree\b/,
  ],
  [
    'acyclic',
    /\b(?:has|contains|there (?:are|is)) no cycles?\b|\bacyclic\b|\bdag\b|\bthe given (?:edges|graph) forms? a tree\b|\bis a tree\b/,
  ],
  [
    'no-self-loops',
    /\bno self[- ]loops?\b|\b(?:u|a|x)_i ?!= ?(?:v|b|y)_i\b|\bno (?:edge|road) (?:connects|joins) a (?:node|city|vertex) (?:to|with) itself\b/,
  ],
  [
    'no-repeated-edges',
    /\bno (?:repeated|duplicate|multiple|parallel) edges\b|\ball (?:the )?(?:pairs|edges|roads)(?: \([^)]*\))? are (?:unique|distinct)\b|\bat most one (?:edge|road) (?:between|connects)\b|\bno two (?:edges|roads) connect the same\b/,
  ],
];

/**
 * What the statement promises about its input, read from its bounds and its own words: an
 * edge case one of these rules out is noise an interviewer would call wrong.
 */
export function readGuarantees(facts: ConstraintFacts, body: string): Set<Guarantee> {
  const promised = new Set<Guarantee>();
  const sizes = facts.variables.filter((v) => isSize(v) && v.lower !== undefined && !v.boundedBy);
  if (sizes.length > 0 && sizes.every((v) => (v.lower ?? 0) >= 1)) promised.add('non-empty');
  // At least two of the items the input is about: the sizes that are not links or operations.
  const counted = sizes.filter((v) => !isLinkOrOperationCount(facts, v));
  const items = counted.length > 0 ? counted : sizes;
  if (items.length > 0 && items.every((v) => (v.lower ?? 0) >= 2)) promised.add('min-two');
  const dimensions = facts.variables.filter((v) => v.role === 'dimension');
  if (dimensions.length >= 2 && dimensions.every((v) => (v.lower ?? 0) >= 2)) promised.add('grid-min-two');
  const nodes = facts.variables.find((v) => v.names.some((name) => /\bnodes?\b/.test(name)));
  if (nodes && (nodes.lower ?? 0) >= 1) promised.add('root-exists');
  if (/\b(?:root|head) (?:is )?(?:never|not) (?:null|empty|missing)\b|\bnon-empty (?:tree|list)\b/.test(body))
    promised.add('root-exists');
  const elements = facts.variables.filter(isElementValue);
  if (elements.length > 0 && elements.every((v) => v.lower !== undefined && v.lower >= 1))
    promised.add('positive');
  if (elements.length > 0 && elements.every((v) => v.lower !== undefined && v.lower >= 0))
    promised.add('non-negative');
  if (/\bnon-?empty\b(?! subarray| substring| subsequence| subset)/.test(body) && sizes.length === 0)
    promised.add('non-empty');
  for (const [guarantee, pattern] of PHRASES) if (pattern.test(body)) promised.add(guarantee);
  if (DISTINCT_ENDS.test(body)) promised.add('no-self-loops');
  return promised;
}
