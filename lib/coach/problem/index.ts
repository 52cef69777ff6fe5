import type { ProblemContext } from '@/lib/extract/context';
import { complexityTarget } from './complexity';
import { collectionName, parseConstraints } from './constraints';
import { edgeCases } from './edge-cases';
import { hintLadder } from './hints';
import { detectInputs } from './inputs';
import { normalizeMath } from './normalize';
import { guessTechniques } from './techniques';
import type { ProblemAnalysis } from './types';

export type { ComplexityTarget, Hint, ProblemAnalysis, TechniqueGuess, TechniqueId } from './types';
export { TECHNIQUE_IDS } from './types';

/** Everything the offline coach says about a problem, from the page alone: pure, synchronous, fast. */
export function analyzeProblem(context: ProblemContext): ProblemAnalysis {
  const examples = context.examples.map((e) => `${e.input}\n${e.output}\n${e.explanation ?? ''}`).join('\n');
  // Inline-code backticks would split phrases the triggers read ("implement the `LRUCache` class").
  const statement = context.statement.replace(/`+/g, '');
  const body = normalizeMath([statement, examples, ...context.constraints].join('\n')).toLowerCase();
  const facts = parseConstraints(context.constraints, context.statement);
  const verdict = complexityTarget(facts);
  const patterns = guessTechniques({ title: normalizeMath(context.title), body, tags: context.tags }, facts);
  const kinds = detectInputs(`${context.title.toLowerCase()}\n${body}`);
  return {
    patterns,
    complexityTarget: verdict.target,
    complexityReason: verdict.reason,
    edgeCases: edgeCases(kinds, facts, body),
    hints: hintLadder(context.hints, patterns[0]?.id, kinds[0] ?? 'number', collectionName(facts)),
  };
}
