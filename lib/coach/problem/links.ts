import { escapeRegExp } from './amounts';
import type { ConstraintFacts, Variable } from './constraints';
import type { TechniqueId } from './types';

/**
 * Which sizes count links between the input's items (edges, roads, wait lists), which count the
 * items they join (nodes, cities), and which count operations or questions on them: what decides
 * a graph's V and E, or an input's n beside its q.
 */

const EDGE_NAMES =
  /\b(?:edges|roads|flights|prerequisites|times|connections|bridges|pairs|relations|friendships|dependencies|links|wires|tunnels|cables|routes|trust|tickets|paths|roads)\b/i;
const NODE_NAMES =
  /\b(?:nodes|vertices|cities|towns|islands|courses|computers|servers|people|stations|rooms|houses|villages)\b/i;
export const LINK_WORDS =
  /\b(?:graph|edges?|vertex|vertices|nodes?|roads?|flights?|airports?|cities|towns|connections?|links?)\b/;

/** The nouns the statement counts with a size's names ("n cities", "m roads"). */
export function nouns(facts: ConstraintFacts, variable: Variable): string[] {
  return variable.names.flatMap((name) => facts.usage.nouns.get(name.toLowerCase()) ?? []);
}

/** Things the statement says join two others ("each pipe connects two houses", "a track runs between"): links, whatever their name. */
export function joinsItems(facts: ConstraintFacts, variable: Variable, body: string): boolean {
  return nouns(facts, variable).some((noun) =>
    new RegExp(
      `\\b(?:(?:each|every|an?|the) ${noun.replace(/s$/, '')}|${noun.replace(/s$/, '')} [a-z](?:_i)?) (?:connects|joins|links|(?:runs|lies|goes|is) between(?! -?\\d)|(?:goes|leads|runs) from)\\b`,
    ).test(body),
  );
}

/** Short labels of two items (`u`, `a_i`, `bi`), not the corners of a point (x, y) nor the ends of a range. */
const ITEM_LABEL = '(?![xylr](?:_?i)?\\b|lo\\b|hi\\b)[a-z]{1,2}(?:_?i)?';

/**
 * A list whose entries the statement spells as two item labels, with or without a weight after them
 * (`roads[i] = [a, b, leagues]`, `rules[i] = [a, b]`): each entry joins two items, whatever the
 * list is called. Points (`[x, y]`) and ranges (`[l, r]`, `[start, end]`) are not links.
 */
export function definesPairs(variable: Variable, body: string): boolean {
  return variable.names.some((name) => {
    const base = /^([a-z]\w*)\.(?:length|size)(?:\(\))?$/i.exec(name)?.[1]?.toLowerCase();
    return (
      !!base &&
      (new RegExp(`\\b${base}\\[i\\] = \\[${ITEM_LABEL}, ?${ITEM_LABEL}(?:, ?\\w+)?\\]`).test(body) ||
        (new RegExp(`\\b${base}\\[i\\] = \\[from(?:_i)?, ?to(?:_i)?, ?\\w+\\]`).test(body) &&
          FROM_END_TO_END.test(body)))
    );
  });
}

/**
 * Entries `[from, to, amount]` are links when something goes from one end to the other ("a pipe
 * from tank from to tank to") or the ends must differ ("from != to"); `[from, to]` alone is as
 * often a span of positions or times.
 */
const FROM_END_TO_END = /\bfrom (?:\w+ )?from(?:_i)? to (?:\w+ )?to(?:_i)?\b|\bfrom(?:_i)? != to(?:_i)?\b/;

/**
 * A sentence that joins two labels of one count ("a passage between caves a and b", "carries the
 * sound from tower U_i to tower V_i", "connects wells u and v"): each such line is a link between
 * two of the counted items, whatever the story calls the items and the link.
 */
export function joinsLabels(variables: readonly Variable[], text: string): boolean {
  const byCount = new Map<string, string[]>();
  for (const v of variables)
    if (v.label && v.boundedBy)
      byCount.set(v.boundedBy.toLowerCase(), [
        ...(byCount.get(v.boundedBy.toLowerCase()) ?? []),
        ...v.names.map((name) => escapeRegExp(name.toLowerCase())),
      ]);
  const lower = text.toLowerCase();
  return [...byCount.values()].some((names) => {
    if (names.length < 2) return false;
    const label = `(?:${names.join('|')})`;
    const gap = String.raw`(?:\w+ ){0,2}?`;
    return new RegExp(
      String.raw`\b(?:between|join(?:s|ing)?|connect(?:s|ing)?|link(?:s|ing)?) ${gap}${label} and ${gap}${label}\b|\bfrom ${gap}${label},? (?:to|into|towards?) ${gap}${label}\b`,
    ).test(lower);
  });
}

/** The input has a line per counted item, or one fewer ("the next n lines", "n - 1 lines follow"). */
export function linesPerCount(count: Variable, text: string): boolean {
  const lower = text.toLowerCase();
  return count.names.some((name) =>
    new RegExp(String.raw`\b${escapeRegExp(name.toLowerCase())}(?: ?- ?1)? lines\b`).test(lower),
  );
}

/** A question of time or distance along the links. */
const HOW_LONG =
  /\bhow (?:many|much) (?:minutes|hours|seconds|days|time)\b|\bhow long\b|\b(?:shortest|fastest|quickest|earliest) (?:time|route|path|way|distance)\b|\b(?:least|minimum) (?:time|distance)\b/;

/**
 * Links that carry an amount of their own: a sentence that joins two labels also names another
 * per-link value ("from tower U_i to tower V_i in W_i seconds", "between a_i and b_i for c_i
 * coins", "a fire at beacon U_i is seen at beacon V_i after T_i minutes", and, where the question asks how
 * long, "a trail leads from village a to village b and takes c minutes"). A flag bounded by 1 (a kind
 * of note, 0 or 1) is no amount.
 */
export function linksCarryAmounts(variables: readonly Variable[], text: string): boolean {
  const lower = text.toLowerCase();
  // A bare letter ("takes c minutes") is a per-link amount only where the question asks how long
  // or how far: beside a cost to join everything it is as likely a plain input value.
  const bare = HOW_LONG.test(lower);
  const asWord = (name: string) =>
    new RegExp(String.raw`(?<![\w\[])${escapeRegExp(name.toLowerCase())}(?![\w\[])`);
  const amounts = variables
    .filter((v) => !v.label && v.role === 'value' && (v.upper ?? 0) > 1)
    .flatMap((v) => v.names.filter((name) => /(?:_i|\[i\])$/i.test(name) || (bare && /^[a-z]$/i.test(name))))
    .map(asWord);
  if (amounts.length === 0) return false;
  // Two labels written per link (`U_i`, `V_i`) name the link's ends wherever they stand together.
  const ends = variables
    .filter((v) => v.label)
    .flatMap((v) => v.names.filter((name) => /(?:_i|\[i\])$/i.test(name)))
    .map(asWord);
  const namesEnds = (sentence: string) =>
    joinsLabels(variables, sentence) || ends.filter((end) => end.test(sentence)).length >= 2;
  return lower
    .split(/[.;]\s|\n/)
    .some((sentence) => namesEnds(sentence) && amounts.some((amount) => amount.test(sentence)));
}

/** Things named like links between items: roads, cables, edges. */
export function namesLinks(nouns: readonly string[]): boolean {
  return nouns.some((noun) => EDGE_NAMES.test(noun));
}

/** A count of links: named like edges, said to join items, spelled as pairs of items, or bounded faster than the node count grows. */
export function isEdgeCount(
  facts: ConstraintFacts,
  variable: Variable,
  nodes: Variable | undefined,
  body = '',
): boolean {
  if (variable.names.some((name) => EDGE_NAMES.test(name.replace(/[._]/g, ' ')))) return true;
  if (namesLinks(nouns(facts, variable))) return true;
  if (joinsItems(facts, variable, body) || definesPairs(variable, body)) return true;
  // Bounded by a formula that grows faster than the node count (m <= n * (n - 1) / 2): only edges do.
  return (
    !!nodes &&
    !!variable.grows &&
    nodes.names.some((name) => name.toLowerCase() === variable.grows?.toLowerCase())
  );
}

/** A count of the things links join: named like nodes, cities or computers. */
export function isNodeCount(facts: ConstraintFacts, variable: Variable): boolean {
  return (
    variable.names.some((name) => NODE_NAMES.test(name.replace(/[._]/g, ' ')) || /^num[A-Z]/.test(name)) ||
    nouns(facts, variable).some((noun) => NODE_NAMES.test(noun))
  );
}

/** Range ends (l, r, left, right) bound by a size are positions, not the ends of an edge. */
const RANGE_ENDS = /^(?:l|r|left|right|lo|hi|start|end|from|to|index|i|j)(?:_?i)?$|^(?:l|r)_?\w?$/i;
/** Techniques whose work is counted over vertices and edges. */
export const GRAPH_TECHNIQUES: readonly (TechniqueId | undefined)[] = [
  'breadth-first-search',
  'depth-first-search',
  'topological-sort',
  'shortest-path',
  'union-find',
  'graph',
];

/** Whether a value's bound leads, directly or through other values (a < b <= n), to this size. */
function boundedByChain(facts: ConstraintFacts, value: Variable, size: Variable): boolean {
  const names = new Set(size.names.map((name) => name.toLowerCase()));
  let current: Variable | undefined = value;
  for (let hop = 0; hop < 3 && current?.boundedBy; hop++) {
    const bound = current.boundedBy.toLowerCase().replace(/ ?- ?1$/, '');
    if (names.has(bound)) return true;
    current = facts.variables.find((v) => v.names.some((name) => name.toLowerCase() === bound));
  }
  return false;
}

/**
 * How many values are labels of this size's items ("1 <= u, v <= n", "0 <= rooms[i][j] < n"):
 * two or more, or one inside lists of items, and the input joins items, which is what edges do.
 */
export function endpointsOf(facts: ConstraintFacts, nodes: Variable): number {
  return facts.variables
    .filter(
      (v) =>
        v.role === 'value' &&
        !v.names.every((name) => RANGE_ENDS.test(name)) &&
        boundedByChain(facts, v, nodes),
    )
    .reduce((count, v) => count + (v.names.some((name) => /\]\[[a-z]\]$/.test(name)) ? 2 : 1), 0);
}

/** How a statement says a per-item list holds other items: "after[i] lists the jobs", "prereq[i] is the list of courses". */
const HOLDS = '(?:lists|is (?:the|a) list of|is (?:the|a) set of|holds|contains|names|gives)';

/**
 * A list per item that holds other items of the same count ("after[i] lists the jobs that must
 * finish before job i"): each entry joins two items, so the lists are the edges of a directed graph.
 */
export function waitLists(
  facts: ConstraintFacts,
  sizes: readonly Variable[],
  body: string,
): { lists: Variable; nodes: Variable } | undefined {
  for (const lists of facts.variables.filter((v) => v.role === 'item-size')) {
    const base = lists.names
      .map((name) => /^([a-z]\w*)\[i\]\.(?:length|size)$/i.exec(name)?.[1])
      .find(Boolean);
    if (!base) continue;
    const nodes = sizes.find(
      (v) =>
        !v.total &&
        nouns(facts, v).some((noun) =>
          new RegExp(
            `\\b${base.toLowerCase()}\\[i\\],? ${HOLDS} (?:the |all (?:the )?|every |some )?(?:other )?${noun}\\b`,
          ).test(body),
        ),
    );
    if (nodes) return { lists, nodes };
  }
  return undefined;
}
