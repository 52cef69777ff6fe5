import type { ProblemContext } from '@/lib/extract/context';
import { complexityLimit } from './complexity';
import { collectionName, parseConstraints } from './constraints';
import { edgeCases } from './edge-cases';
import { hintLadder, techniqueRungs } from './hints';
import { detectInputs } from './inputs';
import { libraryCoaching } from './library/apply';
import type { LibraryMatch } from './library/lookup';
import { normalizeMath } from './normalize';
import { readGuarantees } from './promises';
import { expectedComplexity } from './target';
import { guessTechniques, isSure } from './techniques';
import type { ProblemAnalysis, TechniqueGuess } from './types';

export type { LibraryMatch } from './library/lookup';
export type { Hint, ProblemAnalysis, RelatedProblem, TechniqueGuess, TechniqueId } from './types';
export { TECHNIQUE_IDS } from './types';

/**
 * Everything the offline coach says about a problem: pure, synchronous, fast. With a library
 * match the coaching is Sparring's notes on that problem and the page adds its limits and edge
 * cases; without one, everything is reasoned from the statement.
 */
export function analyzeProblem(
  context: ProblemContext,
  library: LibraryMatch | null = null,
): ProblemAnalysis {
  const examples = context.examples.map((e) => `${e.input}\n${e.output}\n${e.explanation ?? ''}`).join('\n');
  // Inline-code backticks would split phrases the triggers read ("implement the `LRUCache` class").
  const statement = context.statement.replace(/`+/g, '');
  const body = normalizeMath([statement, examples, ...context.constraints].join('\n')).toLowerCase();
  const facts = parseConstraints(context.constraints, context.statement);
  const limit = complexityLimit(facts);
  const kinds = detectInputs(`${context.title.toLowerCase()}\n${body}`);
  const guarantees = readGuarantees(facts, body);
  const checklist = (techniques: readonly TechniqueGuess[]) =>
    edgeCases({ kinds, facts, body, guarantees, techniques: techniques.map((t) => t.id) });
  const reading = { complexityLimit: limit.limit, complexityLimitReason: limit.reason };
  if (library) {
    const { rungs, ...coaching } = libraryCoaching(library);
    return {
      ...coaching,
      ...reading,
      edgeCases: checklist(coaching.patterns),
      hints: hintLadder(rungs, 'library', context.hints),
    };
  }
  const patterns = guessTechniques({ title: normalizeMath(context.title), body, tags: context.tags }, facts);
  const target = expectedComplexity(patterns[0]?.id, facts, limit.limit);
  const rungs = techniqueRungs(patterns[0]?.id, kinds[0] ?? 'number', collectionName(facts));
  return {
    source: 'statement',
    library: null,
    patterns,
    techniqueSure: isSure(patterns),
    complexityTarget: target.target,
    complexityReason: target.reason,
    ...reading,
    edgeCases: checklist(patterns),
    hints: hintLadder(rungs, 'coach', context.hints),
    keyInsight: null,
    pitfalls: [],
    followUps: [],
    related: [],
  };
}
