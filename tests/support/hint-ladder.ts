import { expect } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { codeIn, namedTechnique } from '@/lib/coach/problem/library/spoilers';
import { problemContext } from './problem-context';

/** The three rungs the offline coach gives for a statement of our own wording. */
export function hintLadder(statement: string, constraints: string[], tags: string[] = []): string[] {
  const { hints } = analyzeProblem(problemContext({ statement, constraints, tags }));
  return hints.map((hint) => hint.text);
}

/** The rules every ladder keeps: a question first that names no technique, and no code anywhere. */
export function expectSoundLadder(rungs: string[]) {
  expect(rungs).toHaveLength(3);
  expect(rungs[0]).toMatch(/\?$/);
  expect(namedTechnique(rungs[0] ?? ''), rungs[0]).toBeNull();
  for (const rung of rungs) expect(codeIn(rung), rung).toBeNull();
}
