import { isAmountOfPieces } from '../amounts';
import type { Variable } from '../constraints';
import { coveredThings, FEW_ITEMS } from '../covered-things';
import { isEdgeCount } from '../links';
import type { Shape } from '../shape';
import { isFactor, unsized } from '../size-words';
import { isSize, type ShapeReading } from './reading';

/**
 * Choosing a subset or an order of few items: their count alone drives the search, whatever
 * links between them the input also lists.
 */
export function subsetSearchShape({
  sizes,
  facts,
  body,
  technique,
  bound,
  size,
}: ShapeReading): Shape | undefined {
  const few = sizes.filter((v) => bound(v) <= 20 && !isEdgeCount(facts, v, undefined, body));
  if (few[0] && (technique === 'backtracking' || technique === 'bit-manipulation'))
    return { kind: 'one', n: size(few[0], 'n'), square: false };
  return undefined;
}

/**
 * Many items, each holding some of k <= 20 things the question wants all of: the sets of things
 * covered are the states, the items the moves between them, so the sizes multiply over 2^k.
 */
export function coveredSetsShape({ sizes, known, body, bound, size }: ShapeReading): Shape | undefined {
  const [items] = sizes;
  const covered = coveredThings(body);
  if (!items || !covered || bound(items) <= Math.max(FEW_ITEMS, covered.bound)) return undefined;
  const things = known.find((v) => v.names.some((name) => name.toLowerCase() === covered.letter));
  if (!things || things === items) return undefined;
  return { kind: 'product', n: size(items, 'n'), other: size(things, 'k'), grid: false, masks: true };
}

/** An amount a dynamic programme's table counts up to (a capacity, a number of pieces), beside the sizes. */
export function tableAmount({
  technique,
  known,
  facts,
  body,
  independent,
  bound,
}: ShapeReading): Variable | undefined {
  if (technique !== 'dynamic-programming') return undefined;
  return known.find(
    (v) =>
      !isSize(v) &&
      independent(v) &&
      !isFactor(facts.variables, v) &&
      !v.goal &&
      (v.role === 'param' || isAmountOfPieces(v, facts.variables, body)) &&
      (v.lower ?? 0) >= 0 &&
      bound(v) > 2 &&
      bound(v) <= 1e7,
  );
}

/**
 * No size is bounded. A value the solution counts up to (a DP over amounts, a table up to n) is the
 * size of the work; a count the answer must reach ("make m bouquets") is not what a table runs over.
 */
export function sizelessShape(reading: ShapeReading, amount: Variable | undefined): Shape {
  const { technique, known, facts, body, bound, size } = reading;
  const counted =
    amount ??
    (technique === 'dynamic-programming'
      ? known
          .filter(
            (v) => v.role === 'value' && !v.goal && (v.lower ?? 0) >= 0 && bound(v) > 2 && bound(v) <= 1e7,
          )
          .sort((a, b) => bound(b) - bound(a))[0]
      : undefined);
  if (counted) return { kind: 'one', n: size(counted, 'n'), square: false };
  return unsized(known, facts.variables, body);
}
