import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { DESIGN_LADDERS, designVariant } from '@/lib/coach/problem/hints/designs';
import { DEMAND_STRUCTURES } from '@/lib/coach/problem/knowledge/call-structures';
import { callRoles } from '@/lib/coach/problem/knowledge/calls';
import { spokenCall } from '@/lib/coach/problem/operations';
import type { TechniqueId } from '@/lib/coach/problem/types';
import {
  GENERALISE_CASES,
  PROBLEM_CASES,
  problemCases,
  sameComplexity,
} from '../../../support/problem-labels';

/*
 * A class is coached by what each call must do (stop 28): a call's own sentence says what it takes
 * out, looks up or moves, and that picks the structure, the cost per call and the hint. Run over
 * every labelled design page, tuned and generalise; the well-known classes keep their own ladders.
 */
const pages = [...problemCases(GENERALISE_CASES), ...problemCases(PROBLEM_CASES)].flatMap(
  ({ name, labels, context }) =>
    context && labels.techniques.includes('design')
      ? [{ name, labels, context, roles: callRoles(context.statement) }]
      : [],
);
// Pages the coach reads as a class or a stream of typed operations, whose calls it reads.
const read = pages.filter(
  ({ roles, context }) =>
    roles.length > 0 &&
    !designVariant(context.statement.toLowerCase()) &&
    analyzeProblem(context, null).patterns.some((guess) => guess.id === 'design'),
);
/** A call as the ladder names it: a method in words, a numbered kind "type-2", a marked kind "“?”". */
const hintName = (call: string) => {
  const kind = /^type (.)$/.exec(call)?.[1];
  return kind === undefined ? spokenCall(call) : /\d/.test(kind) ? `type-${kind}` : `“${kind}”`;
};
const demanded = (roles: (typeof read)[number]['roles']) =>
  new Set(roles.flatMap(({ demand }) => DEMAND_STRUCTURES[demand].techniques));

describe('each call of a class picks its structure', () => {
  it('reads the calls of a good share of the design pages', () => {
    expect(read.length).toBeGreaterThanOrEqual(8);
  });

  it('names, among the structures the calls demand, the one the interviewer expects', () => {
    const wrong = read
      .filter(({ labels, roles }) => !demanded(roles).has(labels.primary as TechniqueId))
      .map(({ name }) => name);
    expect(wrong).toEqual([]);
  });

  it('leads with that structure and aims at its cost per call', () => {
    const wrong = read.flatMap(({ name, labels, context }) => {
      const analysis = analyzeProblem(context, null);
      const lead = analysis.patterns[0]?.id;
      const target = analysis.complexityTarget ?? '';
      return lead === labels.primary && sameComplexity(target, labels.complexityTarget)
        ? []
        : [`${name}: ${lead} ${target}`];
    });
    expect(wrong).toEqual([]);
  });

  it('brings no heap and no list where nothing the class holds ever leaves or is reordered (near misses)', () => {
    const plain = pages.filter(({ labels }) => labels.primary === 'design' || labels.techniques.length === 2);
    const misled = plain.flatMap(({ name, labels, context }) => {
      const top = analyzeProblem(context, null)
        .patterns.slice(0, 1)
        .map((p) => p.id);
      const wrongly = top.filter(
        (id) =>
          !labels.techniques.includes(id) && ['heap-priority-queue', 'linked-list', 'queue'].includes(id),
      );
      return wrongly.length > 0 ? [`${name}: ${wrongly.join(', ')}`] : [];
    });
    expect(misled).toEqual([]);
  });
});

describe('the design ladder goes call by call', () => {
  it('asks first without naming a technique, then names each demanding call with its structure and why', () => {
    for (const { name, context, roles } of read) {
      const [first, second] = analyzeProblem(context, null).hints.map((hint) => hint.text);
      // A well-known class read from the whole page (its title, its examples) keeps its own ladder.
      if (Object.values(DESIGN_LADDERS).some(([nudge]) => first?.endsWith(nudge.slice(1)))) continue;
      // The first rung asks about the costliest call by its own name (operations.ts), naming no structure.
      expect(first, name).toMatch(/^(?:The call \S|The \S+ operation|One call)/);
      expect(first, name).not.toMatch(/\b(?:heap|map|queue|stack|trie|linked list|tree)\b/i);
      for (const { call } of roles) expect(second, name).toContain(hintName(call));
      expect(second, name).not.toMatch(/Give every call the structure/);
    }
  });
});
