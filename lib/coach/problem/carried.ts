import type { Question } from './costs';
import type { Figure } from './figures';
import type { InputShape } from './shape';
import type { TechniqueId } from './types';

/** A letter beside the page's own name for it, when the page calls it something else. */
const named = (letter: string, name: string) => (name === letter ? letter : `${letter} = ${name}`);

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
  const sides = shape.kind === 'product' ? [shape.n, shape.other] : shape.kind === 'one' ? [shape.n] : [];
  const letters = [...sides.map((side) => named(side.letter, side.name)), named('k', parameterName ?? 'k')];
  const renamed = letters.some((letter) => letter.includes(' = '));
  const where = `${grid ? 'the cells of an n x m grid' : 'n places'}${renamed ? ` (${letters.join(', ')})` : ', as the page names them'}`;
  if (asks.collectsAll && parameter <= FEW_GATHERED)
    return [
      `O(${places} * 2^k)`,
      `a state is a place and the set of the k things gathered so far (a bitmask) over ${where}, each state reached once`,
    ];
  return [
    `O(${places} * k)`,
    `a state is a place and how much of k it has used (or which of k moves it tries) over ${where}, each state reached once`,
  ];
}
