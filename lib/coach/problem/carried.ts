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

/**
 * Many items, each bringing some of k <= 20 things the question wants all of (shape/tables.ts): a
 * state is the set of things covered so far, and each item improves every state once, 2^k states
 * per item, where a table per item count or a walk over groups of items is not the bar.
 */
export function coveredStates(technique: TechniqueId | undefined, input: InputShape): Figure | null {
  const { shape } = input;
  if (shape.kind !== 'product' || !shape.masks) return null;
  if (technique !== 'dynamic-programming' && technique !== 'bit-manipulation') return null;
  return [
    'O(n * 2^k)',
    `a state is the set of the things covered so far, a bitmask of ${named('k', shape.other.name)} bits, and each of the ${named('n', shape.n.name)} items improves every state once`,
  ];
}

/**
 * A choice at every step that no other step limits is each step's best, one look at every choice.
 * A DP whose states the question spells out: a step and the choice made at it, when every choice
 * is ruled by the one before (k choices a step when the page counts them, else a fixed few), or a
 * place on a walk that only goes one way, whose best walk looks at the k places a move reaches (or,
 * with no reach given, at every place before it in the walk's order). Grids and graphs keep the
 * search's own count, each cell or vertex and each move once.
 */
export function stepStates(
  technique: TechniqueId | undefined,
  input: InputShape,
  asks: Question,
): Figure | null {
  const { shape, parameter, parameterName } = input;
  // The choices a step has are the table's second side, in the letter the page's sizes read it by.
  const choices =
    shape.kind === 'product'
      ? { letter: shape.other.letter, name: shape.other.name }
      : shape.kind === 'one' && parameter !== undefined
        ? { letter: 'k', name: parameterName ?? 'k' }
        : null;
  if (asks.freeSteps && technique === 'greedy' && !asks.tiedSteps)
    return choices
      ? [
          `O(n * ${choices.letter})`,
          `each step's best of its ${named(choices.letter, choices.name)} choices, found in one look at every choice`,
        ]
      : ['O(n)', "each step's best choice taken on its own, in one pass"];
  if (technique !== 'dynamic-programming' && technique !== 'depth-first-search') return null;
  if (asks.tiedSteps && technique === 'dynamic-programming') {
    if (choices)
      return [
        `O(n * ${choices.letter})`,
        `a state is a step and the choice made at it (${named(choices.letter, choices.name)} choices), each filled from the step before: keep the best and second best of that step so each state looks back in O(1)`,
      ];
    if (shape.kind === 'one')
      return [
        'O(n)',
        'a state is a step and the choice made at it, a fixed few a step, each filled from the step before',
      ];
    return null;
  }
  if (!asks.oneWay || shape.kind !== 'one') return null;
  if (parameter !== undefined)
    return [
      'O(n * k)',
      `every move goes strictly one way, so the best walk from each place is found once, looking at the ${named('k', parameterName ?? 'k')} places a move reaches`,
    ];
  return [
    'O(n^2)',
    'every move goes strictly one way, so in that order the best chain ending at each item looks back at every item before it',
  ];
}
