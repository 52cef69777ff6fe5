import type { ConstraintFacts, Variable } from './constraints';

/*
 * What a bounded name counts: the input's items, an element's value, or links and operations on
 * the items. promises.ts, edge-cases.ts, the shape and the hints read them.
 */

/** An element's value (`nums[i]`, `a_i`, `Node.val`, `h[i]`), as opposed to a size or a parameter. */
export function isElementValue(variable: Variable): boolean {
  return (
    variable.role === 'value' &&
    variable.names.some((name) => /\[[a-z]\]$|_[a-z]$|\.val$|^[a-z]\w*\[[a-z]\]\[[a-z]\]$/i.test(name))
  );
}

/** A bound on how many items there are, or on one side of a table. */
export const isSize = (variable: Variable) => variable.role === 'size' || variable.role === 'dimension';

const LINK_NOUNS =
  /\b(?:edges|roads|pairs|rules|relations|prerequisites|connections|links|cables|wires|bridges|flights|friendships|alliances|routes|tunnels|channels|streets|railways|trains|dependencies|constraints|paths|trails|ferries|pipes|corridors|canals|passages)\b|\bedges\.length|\bprerequisites\.length/i;
const OPERATION_NOUNS =
  /\b(?:queries|operations|calls|updates|commands|instructions|requests|swaps|changes|q)\b|\bqueries\.length|\boperations\.length/i;
/** "Each cable joins …", "each road goes from …": the noun names links whatever it is. */
const JOINING =
  /\beach ([a-z]+?)s? (?:joins|connects|links|goes from|leads from|runs from|is between|lies between)\b/g;

/**
 * What a count counts when it is not the input's items: links between them (edges, rules, roads)
 * or operations on them (queries, updates), or null.
 */
export function linkOrOperation(
  facts: ConstraintFacts,
  variable: Variable,
  body = '',
): 'edges' | 'queries' | null {
  // Bounded by a formula that grows faster than another size (m <= n(n-1)/2): a count of links.
  if (variable.grows) return 'edges';
  const words = [
    ...variable.names,
    ...variable.names.flatMap((name) => facts.usage.nouns.get(name.toLowerCase()) ?? []),
  ]
    .join(' ')
    .replace(/[._]/g, ' ');
  if (OPERATION_NOUNS.test(words)) return 'queries';
  if (LINK_NOUNS.test(words)) return 'edges';
  const joining = [...body.matchAll(JOINING)].map((match) => match[1] ?? '');
  if (joining.some((noun) => new RegExp(`\\b${noun}s?\\b`).test(words))) return 'edges';
  return null;
}

/** Counts of links or of operations (edges, rules, queries) rather than of the input's items. */
export function isLinkOrOperationCount(facts: ConstraintFacts, variable: Variable, body = ''): boolean {
  return linkOrOperation(facts, variable, body) !== null;
}

/**
 * The fields that name items rather than measure them: bounded by a count of items ("1 <= a, b <=
 * n") or by such a field ("1 <= x_i < y_i <= N").
 */
export function endpoints(facts: ConstraintFacts): Variable[] {
  const sizes = new Set(facts.variables.filter(isSize).flatMap((v) => v.names));
  const named = (v: Variable, by: ReadonlySet<string>) =>
    v.role === 'value' && v.boundedBy !== undefined && by.has(v.boundedBy);
  const ends = facts.variables.filter((v) => named(v, sizes));
  const endNames = new Set(ends.flatMap((v) => v.names));
  return [...ends, ...facts.variables.filter((v) => !ends.includes(v) && named(v, endNames))];
}
