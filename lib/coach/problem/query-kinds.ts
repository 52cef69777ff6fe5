import type { ConstraintFacts, Variable } from './constraints';

/**
 * What each query asks of the input, read from how its parameters are bounded rather than from
 * the words around them: two positions `l <= r` that the array's length bounds (`1 <= l <= r <= n`,
 * `0 <= l_i <= r_i < nums.length`) name a span of positions, and a lone parameter bounded like the
 * values ("how many are at most x") is compared against the whole list.
 */
export type PositionSpans = 'fixed' | 'changing';

const bounds = (variable: Variable, name: string | undefined) => !!name && variable.names.includes(name);

/**
 * Queries over spans of positions, and whether the values change between them. The pair's upper
 * end must be bounded by a size of one list, not a grid's side (a rectangle's corners) nor a value
 * (`1 <= L <= R <= 10^9` is a band of amounts, not of places). A third parameter the same length
 * bounds on its own (`1 <= p <= n`) picks one position: a point update between the questions.
 */
export function positionSpans(facts: ConstraintFacts, updates: boolean): PositionSpans | null {
  const sizes = facts.variables.filter((v) => v.role === 'size' && !v.total);
  const ends = facts.variables.filter((v) => sizes.some((size) => bounds(size, v.boundedBy)));
  // Ends that subscript the values (`arr[i] < arr[j]` for `1 <= i < j <= arr.length`) state a
  // promise about the list's order, not a question: only ends of their own (l and r) ask for a span.
  const subscripts = new Set(
    facts.variables.flatMap((v) =>
      v.names.flatMap((name) => [...name.matchAll(/\[(\w+)\]|_(\w+)$/g)].map((m) => m[1] ?? m[2])),
    ),
  );
  const asked = (v: Variable) => !v.index && !v.names.some((name) => subscripts.has(name));
  const pair = ends.find(
    (end) =>
      asked(end) &&
      facts.variables.some((start) => start !== end && asked(start) && bounds(end, start.boundedBy)),
  );
  if (!pair) return null;
  const point = ends.some(
    (other) => other !== pair && other.boundedBy === pair.boundedBy && !other.label && !other.index,
  );
  return updates || point ? 'changing' : 'fixed';
}

/**
 * A query that compares a value against the list ("how many cost at most b_j", "strictly heavier
 * than X_j", "a catalogue number smaller than x_j"): the list in order answers it by a halving
 * search. A query that names a key ("the room of badge x", "how often this word occurs") is a
 * lookup, and one over a span of positions is a running total or a tree, neither a search.
 */
const COMPARED =
  /\b(?:at (?:most|least)|no (?:more|less|fewer|greater|larger|smaller) than|not (?:more|less) than|(?:smaller|larger|greater|less|fewer|more|higher|lower|heavier|lighter|cheaper|costlier|older|younger|taller|shorter|longer|bigger|earlier|later) than|below|above|exceed(?:s|ing)?|closest to|nearest to)\b/;

export function queriesCompare(body: string, spans: PositionSpans | null): boolean {
  return !spans && COMPARED.test(body);
}
