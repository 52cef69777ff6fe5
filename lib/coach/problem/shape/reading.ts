import type { ConstraintFacts, Variable } from '../constraints';
import { countsOperations } from '../operations-counted';
import type { Size } from '../shape';
import { outgrows } from '../size-words';
import type { TechniqueId } from '../types';

/** What every kind of shape is read from: the bounded variables, the sizes that grow and their bounds. */
export interface ShapeReading {
  facts: ConstraintFacts;
  technique: TechniqueId | undefined;
  body: string;
  /** The variables with a positive upper bound. */
  known: Variable[];
  /** The sizes that grow, largest bound first. */
  sizes: Variable[];
  /** The sum-over-tests bound that replaced the per-test one, quoted. */
  summed?: string;
  /** Not bounded by a size, or growing past it. */
  independent: (v: Variable) => boolean;
  /** The bound that counts: the sum over tests when one caps it. */
  bound: (v: Variable) => number;
  size: (v: Variable, letter: Size['letter']) => Size;
  countsOperations: (v: Variable) => boolean;
}

export const label = (variable: Variable) => variable.names[0] ?? 'n';
export const isSize = (v: Variable) => v.role === 'size' || v.role === 'dimension';
/** The most a fixed size ("costs.length == 3") holds and still counts as a constant. */
const FEW_FIXED = 10;

/** The letters a list is spelled with: `a` of `a_i`, `marked` of `marked[j]`. */
const listName = (name: string) => /^([a-z]\w*?)(?:_\w+|\[\w*\])$/i.exec(name)?.[1]?.toLowerCase();

/** The lists the statement counts with this letter: "a_1, a_2, ..., a_k", "int b[k]", "marked[] of k". */
function listsCountedBy(letter: string, body: string): Set<string> {
  const spelled = new RegExp(
    String.raw`\b([a-z]\w*)_1\b(?:[^.\n]|\.{2,3}|…){0,40}?\b\1_${letter}\b|\b([a-z]\w*)\[${letter}\]|\b([a-z]\w*)\[\] of (?:\w+ ){0,2}?${letter}\b`,
    'g',
  );
  return new Set([...body.matchAll(spelled)].map((m) => m[1] ?? m[2] ?? m[3] ?? ''));
}

/**
 * A count of positions of the main sequence ("K positions a_1, ..., a_K with 2 <= a_i <= N - 1",
 * "k broken stairs b_1, ..., b_k, each <= n"): each of its items is one place among the n, marked
 * in one pass, so it adds no dimension beside n, however high its own bound is written. A count
 * asked about one by one (queries, operations), or whose items are values of their own (forbidden
 * numbers up to 10^9), or a list of two labels each (the ends of an edge), stays a size.
 */
function countsPositions(
  facts: ConstraintFacts,
  v: Variable,
  known: readonly Variable[],
  body: string,
): boolean {
  const letter = v.names.find((name) => /^[a-z]$/i.test(name))?.toLowerCase();
  if (!letter || countsOperations(facts, v, body)) return false;
  const lists = listsCountedBy(letter, body);
  if (lists.size !== 1) return false;
  const [list] = lists;
  const sizeNamed = (name: string | undefined) =>
    known.find(
      (s) => s !== v && isSize(s) && s.names.some((own) => own.toLowerCase() === name?.toLowerCase()),
    );
  const sequence = facts.variables
    .filter((w) => w.role === 'value' && w.names.some((name) => listName(name) === list))
    .map((w) => sizeNamed(w.boundedBy))
    .find((s) => s !== undefined);
  return !!sequence && (v.upper ?? 0) <= (sequence.upper ?? 0);
}

/** The sizes of the input and their bounds, capped by any sum over tests. */
export function readSizes(
  facts: ConstraintFacts,
  technique: TechniqueId | undefined,
  body: string,
): ShapeReading {
  const known = facts.variables.filter((v) => v.upper !== undefined && v.upper > 0);
  const sizeNames = new Set(known.filter(isSize).flatMap((v) => v.names.map((name) => name.toLowerCase())));
  const independent = (v: Variable) =>
    (!(v.boundedBy && sizeNames.has(v.boundedBy.toLowerCase())) || outgrows(v, known, facts.usage)) &&
    !countsPositions(facts, v, known, body);

  const bounds = new Map<Variable, number>();
  let summed: string | undefined;
  // A size the statement fixes at a handful (costs.length == 3, newInterval.length == 2) is a
  // constant beside the sizes that grow: reading it costs nothing per item. Twelve targets or 26
  // letters may still be what a search runs over.
  const fixed = (v: Variable) => v.lower !== undefined && v.lower === v.upper && v.lower <= FEW_FIXED;
  const bounded = known.filter((v) => isSize(v) && independent(v));
  const sizes = bounded.some((v) => !fixed(v)) ? bounded.filter((v) => !fixed(v)) : bounded;
  for (const sum of facts.sums) {
    const owns = (v: Variable) =>
      sum.names.some((name) => v.names.some((own) => own.toLowerCase() === name.toLowerCase()));
    const matched = sizes.filter(owns);
    const targets = matched.length > 0 ? matched : sizes.slice(0, 1);
    if (targets.length === 0) continue;
    for (const v of targets) bounds.set(v, Math.min(sum.upper, v.upper ?? sum.upper));
    summed = sum.source;
  }
  const bound = (v: Variable) => bounds.get(v) ?? v.upper ?? 1;
  sizes.sort((a, b) => bound(b) - bound(a));
  return {
    facts,
    technique,
    body,
    known,
    sizes,
    ...(summed ? { summed } : {}),
    independent,
    bound,
    size: (v, letter) => ({ letter, name: label(v), bound: bound(v) }),
    countsOperations: (v) => countsOperations(facts, v, body),
  };
}
