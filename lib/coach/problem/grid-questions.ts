import type { ConstraintFacts, Variable } from './constraints';

/**
 * Rectangles asked about a grid, read from how their corners are bounded rather than from what the
 * page calls them (questions, patches, strokes, tarps): two pairs of ends `r1 <= r2 <= n` and
 * `c1 <= c2 <= m`, each bounded by one side of the grid (or both by the side of a square), beside a
 * count of their own (`1 <= q <= 10^5`, `strokes.length`, N sheets).
 *
 * - `totals`: each rectangle asks for its own total or count: running totals over every top-left
 *   block answer it from four corners.
 * - `marks`: the rectangles change the grid and the answer is read once they are all in (the board
 *   returned, the cells covered twice counted): each marks its four corners, summed in one pass.
 */
export type GridQuestions = 'totals' | 'marks';

const named = (variable: Variable, name: string | undefined) =>
  !!name && variable.names.some((own) => own.toLowerCase() === name.toLowerCase());

/** The grid's sides: two dimensions, or the one side of a square board. */
const sidesOf = (facts: ConstraintFacts) => facts.variables.filter((v) => v.role === 'dimension');

/** How many pairs `start <= end <= side` the grid's sides bound: a rectangle's corners are two. */
function cornerPairs(facts: ConstraintFacts): number {
  const sides = sidesOf(facts);
  const ends = facts.variables.filter(
    (v) => v.role !== 'dimension' && sides.some((side) => named(side, v.boundedBy)),
  );
  return ends.filter((end) => facts.variables.some((start) => start !== end && named(end, start.boundedBy)))
    .length;
}

/**
 * The count of rectangles asked about the grid, when there is one: the largest count beside the
 * sides, whatever letter it takes ("k requests" is read as a parameter elsewhere); a value bounded
 * like a size ("1 <= v <= 1000") is smaller than the count of lines. One rectangle given by its
 * corners and nothing counted beside it is asked once.
 */
export function rectangleCount(facts: ConstraintFacts): Variable | undefined {
  if (cornerPairs(facts) < 2) return undefined;
  const counts = facts.variables.filter(
    (v) => (v.role === 'size' || v.role === 'param') && !v.total && !v.boundedBy && (v.upper ?? 0) > 1,
  );
  return counts.sort((a, b) => (b.upper ?? 0) - (a.upper ?? 0))[0];
}

/** Each rectangle gets its own answer ("for each question", "answer[k]", "the j-th request", "in the order asked"). */
/** What the grid's cells and the printed lines are called: "for every cell" or "the j-th number" is not one answer per rectangle. */
const CELLWISE = '(?:cell|tile|square|plot|position|row|column|number|line|value|integer|character)s?\\b';

const PER_RECTANGLE = new RegExp(
  `\\b(?:for|in|inside|of) (?:each|every) (?:of the )?(?!${CELLWISE})[a-z]+\\b|\\banswer\\[[a-z]\\]|\\bthe [a-z]-th (?!${CELLWISE})[a-z]+\\b|\\bin the order\\b`,
);

/** Whether the rectangles each ask for a total, or are marks laid down before one answer (GridQuestions). */
export function gridQuestions(body: string): GridQuestions {
  return PER_RECTANGLE.test(body) ? 'totals' : 'marks';
}
