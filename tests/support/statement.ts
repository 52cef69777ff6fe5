import { analyzeProblem } from '@/lib/coach/problem';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { edgeCases } from '@/lib/coach/problem/edge-cases';
import type { Guarantee } from '@/lib/coach/problem/guarantees';
import { readGuarantees } from '@/lib/coach/problem/promises';
import { type InputShape, readShape, type Shape } from '@/lib/coach/problem/shape';
import type { InputKind, TechniqueId } from '@/lib/coach/problem/types';
import { problemContext } from './problem-context';

/*
 * The coach's readers, each run on a statement a test writes itself: the rules are stated in terms
 * of how a statement is built, so each test writes one in that shape rather than loading a page.
 */

/** The text the readers search: the statement and its constraints, lower-cased. */
export const bodyOf = (statement: string, constraints: readonly string[]): string =>
  `${statement}\n${constraints.join('\n')}`.toLowerCase();

/** The whole analysis of a statement shown on LeetCode's example page, under `title`. */
export function analyse(statement: string, constraints: string[], title = 'Example') {
  return analyzeProblem(problemContext({ title, statement, constraints }));
}

/** What the panel shows of a statement's analysis: the lead, the first three, both figures, the hints. */
export function panelOf(statement: string, constraints: string[]) {
  const analysis = analyse(statement, constraints);
  return {
    top: analysis.patterns[0]?.id,
    ids: topThree(analysis),
    target: analysis.complexityTarget,
    limit: analysis.complexityLimit,
    reason: analysis.complexityLimitReason,
    hints: analysis.hints.map((hint) => hint.text),
  };
}

/** The ids of the three patterns an analysis leads with. */
export const topThree = (analysis: ReturnType<typeof analyse>) =>
  analysis.patterns.slice(0, 3).map((pattern) => pattern.id);

/** The input's shape, tests and parameter as read for a method (none when not given). */
export function inputShapeOf(statement: string, constraints: string[], technique?: TechniqueId): InputShape {
  return readShape(parseConstraints(constraints, statement), technique, bodyOf(statement, constraints));
}

/** What the running time is counted over, as read for a method (none when not given). */
export function shapeOf(statement: string, constraints: string[], technique?: TechniqueId): Shape {
  return inputShapeOf(statement, constraints, technique).shape;
}

/** The promises the statement and its constraints make. */
export function promised(statement: string, constraints: string[] = []): Set<Guarantee> {
  return readGuarantees(parseConstraints(constraints, statement), bodyOf(statement, constraints));
}

/**
 * The edge cases listed for a method on a statement, with no promise read (the guarantees are
 * empty): the page's own words decide.
 */
export function listedEdgeCases(
  statement: string,
  constraints: string[],
  kinds: InputKind[],
  techniques: TechniqueId[],
): string[] {
  return edgeCases({
    kinds,
    facts: parseConstraints(constraints, statement),
    body: bodyOf(statement, constraints),
    guarantees: new Set(),
    techniques,
    sure: true,
  });
}
