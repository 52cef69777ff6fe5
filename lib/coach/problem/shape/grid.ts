import type { Variable } from '../constraints';
import { rectangleCount } from '../grid-questions';
import type { Shape } from '../shape';
import type { ShapeReading } from './reading';

/**
 * A board given by its dimensions: rows x columns (capped by any bound on their product), or a
 * square side, with the rectangles asked about it counted as q.
 */
export function gridShape({ sizes, facts, size }: ShapeReading): Shape | undefined {
  const dimensions = sizes.filter((v) => v.role === 'dimension');
  const rectangles = dimensions.length > 0 ? rectangleCount(facts) : undefined;
  const questions = rectangles ? { questions: size(rectangles, 'q') } : {};
  if (dimensions.length >= 2) {
    const [rows, columns] = dimensions as [Variable, Variable];
    const product = {
      kind: 'product',
      n: size(rows, 'n'),
      other: size(columns, 'm'),
      grid: true,
      ...questions,
    } as const;
    const names = (v: Variable) => v.names.map((name) => name.toLowerCase());
    const cells = facts.products.find((p) =>
      [rows, columns].every((side) => p.names.some((name) => names(side).includes(name.toLowerCase()))),
    )?.upper;
    return cells !== undefined && cells < product.n.bound * product.other.bound
      ? { ...product, cells }
      : product;
  }
  if (dimensions.length === 1)
    return { kind: 'one', n: size(dimensions[0] as Variable, 'n'), square: true, ...questions };
  return undefined;
}
