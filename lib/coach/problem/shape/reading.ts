import type { ConstraintFacts, Variable } from '../constraints';
import { countsOperations } from '../links';
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

/** The sizes of the input and their bounds, capped by any sum over tests. */
export function readSizes(
  facts: ConstraintFacts,
  technique: TechniqueId | undefined,
  body: string,
): ShapeReading {
  const known = facts.variables.filter((v) => v.upper !== undefined && v.upper > 0);
  const sizeNames = new Set(known.filter(isSize).flatMap((v) => v.names.map((name) => name.toLowerCase())));
  const independent = (v: Variable) =>
    !(v.boundedBy && sizeNames.has(v.boundedBy.toLowerCase())) || outgrows(v, known, facts.usage);

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
