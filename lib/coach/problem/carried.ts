import type { Question } from './costs';
import type { Figure } from './figures';
import type { InputShape } from './shape';
import type { TechniqueId } from './types';

/** Few enough things gathered for every set of them to be a state (2^16 sets of cells still fit). */
const FEW_GATHERED = 16;

/**
 * A search over states where a place alone is not the state: beside the position it carries what k
 * counts. A walk that must gather every one of k things (keys, each opening its own door) is at a
 * place holding some set of them, so positions times 2^k states; a walk allowed k spare moves, or
 * choosing among k buttons, is at a place with some count used (or tries k moves from it), so
 * positions times k. A k that is a rank (the k-th), how far the walk reaches ("at distance k"), or
 * bounded by the input's size (K <= N / 2 ladders listed) multiplies nothing.
 */
export function carriedStates(
  technique: TechniqueId | undefined,
  input: InputShape,
  asks: Question,
): Figure | null {
  const { shape, parameter, parameterName } = input;
  if (technique !== 'breadth-first-search' || parameter === undefined || input.parameterWithin) return null;
  if (asks.kth || asks.reachOfK) return null;
  const grid = shape.kind === 'product' && shape.grid;
  if (!grid && !(shape.kind === 'one' && !shape.square)) return null;
  const places = grid ? 'n * m' : 'n';
  const where = grid
    ? `n rows by m columns of ${shape.n.name}`
    : `n = ${shape.kind === 'one' ? shape.n.name : 'n'}`;
  const k = `k = ${parameterName ?? 'k'}`;
  if (asks.collectsAll && parameter <= FEW_GATHERED)
    return [
      `O(${places} * 2^k)`,
      `a state is a place and the set of things gathered so far (a bitmask), ${where} and ${k}, each state reached once`,
    ];
  return [
    `O(${places} * k)`,
    `a state is a place and how much of k it has used (or which of k moves it tries), ${where} and ${k}, each state reached once`,
  ];
}
