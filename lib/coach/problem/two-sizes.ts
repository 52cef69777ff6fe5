import type { ConstraintFacts, Variable } from './constraints';
import {
  definesPairs,
  endpointsOf,
  GRAPH_TECHNIQUES,
  isEdgeCount,
  isNodeCount,
  joinsItems,
  LINK_WORDS,
} from './links';
import { countsOperations, countsQuestions } from './operations-counted';
import { escaped, spanEnds } from './query-kinds';
import type { TechniqueId } from './types';

/**
 * What two or more sizes are to each other: the vertices and edges of a graph, an input and the
 * questions asked of it, or two inputs read side by side (a table when a DP pairs them).
 */
export type SizeRoles =
  | { kind: 'graph'; nodes: Variable; edges: Variable }
  | { kind: 'queries'; input: Variable; queries: Variable }
  | { kind: 'pair'; table: boolean };

/**
 * Instructions that each name two items ("dish A_i before dish B_i", both labels of the N dishes)
 * when the method walks a graph and nothing else links the items: they are the graph's edges, not
 * questions asked of it. A count named as queries, operations or updates stays a count of questions.
 */
function statesLinks(
  facts: ConstraintFacts,
  sizes: readonly Variable[],
  asked: Variable | undefined,
  technique: TechniqueId | undefined,
  body: string,
): boolean {
  if (!asked || !GRAPH_TECHNIQUES.includes(technique) || technique === 'union-find' || technique === 'graph')
    return false;
  if (countsQuestions(facts, asked, body)) return false;
  const items = sizes.filter((v) => v !== asked);
  return (
    items.length === 1 &&
    endpointsOf(facts, items[0] as Variable) >= 1 &&
    !isEdgeCount(facts, items[0] as Variable, undefined)
  );
}

/** "every shelf from a to b", "each post from l to r": the story walks the span between its two ends. */
function stretchWalked(start: Variable, end: Variable, body: string): boolean {
  const spelled = (v: Variable) => v.names.map(escaped).join('|');
  return new RegExp(
    `\\b(?:every|each|all)\\b[^.;]{0,40}\\bfrom (?:\\w+ )?(?:${spelled(start)}) (?:to|through|until) (?:\\w+ )?(?:${spelled(end)})\\b`,
  ).test(body);
}

/** The roles of the sizes, largest first (`first` and `second` are the two largest). */
export function sizeRoles(
  facts: ConstraintFacts,
  sizes: readonly Variable[],
  body: string,
  technique: TechniqueId | undefined,
): SizeRoles {
  const [first, second] = sizes as [Variable, Variable];
  const linksOf = (v: Variable, nodes?: Variable) => isEdgeCount(facts, v, nodes, body);
  const asked = [first, second].find((v) => countsOperations(facts, v, body));
  // A count the links' ends label ("1 <= a_i, b_i <= n") is the vertices, even when the question
  // asks something of each of them ("for every town, return ...").
  const labelled = !!asked && endpointsOf(facts, asked) >= 2 && sizes.some((v) => linksOf(v, asked));
  const queries = labelled || statesLinks(facts, sizes, asked, technique, body) ? undefined : asked;
  // Nodes, edges and queries on them (Floyd's "n nodes, m edge lines, q query lines"): the graph
  // is what the work is counted over; each query then reads what the search left behind. The
  // nodes are what the edges join, however the statement names them.
  const rest = sizes.filter((v) => v !== queries);
  const joined = (v: Variable) => !linksOf(v) && rest.some((e) => e !== v && linksOf(e, v));
  const graphNodes = queries ? (rest.find((v) => isNodeCount(facts, v)) ?? rest.find(joined)) : undefined;
  const graphEdges = rest.find((v) => v !== graphNodes && linksOf(v, graphNodes));
  if (graphNodes && graphEdges) return { kind: 'graph', nodes: graphNodes, edges: graphEdges };
  if (queries) return { kind: 'queries', input: queries === first ? second : first, queries };
  const nodes =
    sizes.find((v) => endpointsOf(facts, v) >= 2) ??
    sizes.find((v) => isNodeCount(facts, v)) ??
    (linksOf(first, second) ? second : first);
  const edges = sizes.find((v) => v !== nodes && linksOf(v, nodes));
  // Lines that each name a span of the list's positions (`1 <= l_i <= r_i <= n`) ask something of
  // the list, whatever they are called ("m requests", "M strokes", "asks.length"): their count is q.
  const ends = spanEnds(facts);
  const spanned = ends?.end.boundedBy?.toLowerCase();
  const list = spanned
    ? sizes.find((v) => v.names.some((name) => name.toLowerCase() === spanned))
    : undefined;
  const spans = list && technique !== 'dynamic-programming' ? sizes.find((v) => v !== list) : undefined;
  // Ends the story walks from one to the other ("raises every shelf from a to b") are a stretch of
  // the list, never an edge between two of its items.
  if (ends && list && spans && stretchWalked(ends.start, ends.end, body))
    return { kind: 'queries', input: list, queries: spans };
  // Labels of items joined in pairs are edges unless the solution is not a graph one, when they
  // are positions (i and j of a pair of indices).
  const graphLike = technique === undefined || GRAPH_TECHNIQUES.includes(technique);
  // A count named like links ("M tickets") is only edges when something links: values that
  // label the items, a statement about a graph, or entries spelled as pairs of items.
  const linked =
    endpointsOf(facts, nodes) > 0 ||
    LINK_WORDS.test(body) ||
    (!!edges && (joinsItems(facts, edges, body) || definesPairs(edges, body)));
  if ((edges && linked) || (graphLike && endpointsOf(facts, nodes) >= 2))
    return { kind: 'graph', nodes, edges: edges ?? (sizes.find((v) => v !== nodes) as Variable) };
  if (list && spans) return { kind: 'queries', input: list, queries: spans };
  return { kind: 'pair', table: technique === 'dynamic-programming' };
}
