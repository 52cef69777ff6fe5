import type { ProblemContext } from '@/lib/extract/context';
import { type Asks, readAsks } from './asks';
import { type ConstraintFacts, parseConstraints } from './constraints';
import type { Guarantee } from './guarantees';
import { detectInputs } from './inputs';
import type { Scene } from './knowledge/trigger';
import { normalizeMath } from './normalize';
import { readGuarantees } from './promises';
import { readScene } from './scene';
import { statedTime } from './stated';
import type { InputKind } from './types';

/** Everything read from a statement before any technique is guessed. */
export interface Reading {
  /** The title, normalised. */
  title: string;
  /** Statement, examples and constraints, normalised and lower-cased. */
  body: string;
  /** Title, statement and constraints without the examples: what the learned model reads. */
  prose: string;
  facts: ConstraintFacts;
  kinds: InputKind[];
  guarantees: Set<Guarantee>;
  scene: Scene;
  asks: Asks;
  /** The running time the statement demands, canonical big-O, or null. */
  stated: string | null;
}

export function readProblem(context: ProblemContext): Reading {
  const examples = context.examples.map((e) => `${e.input}\n${e.output}\n${e.explanation ?? ''}`).join('\n');
  // Inline-code backticks and Markdown emphasis would split phrases the triggers read
  // ("implement the `LRUCache` class", "return *the* `k` *closest*"); a star between spaces or
  // digits is a product and stays.
  const statement = context.statement.replace(/`+/g, '').replace(/\*+([A-Za-z][^*\n]{0,80}?)\*+/g, '$1');
  const body = normalizeMath([statement, examples, ...context.constraints].join('\n')).toLowerCase();
  const title = normalizeMath(context.title);
  const facts = parseConstraints(context.constraints, context.statement);
  const kinds = detectInputs(`${context.title.toLowerCase()}\n${body}`);
  const prose = normalizeMath([context.title, statement, ...context.constraints].join('\n')).toLowerCase();
  // Promises are made by the statement and its constraints: an example's explanation describes one
  // answer ("so they are sorted in decreasing order"), never the input.
  const guarantees = readGuarantees(facts, prose);
  // The technique phrases read the statement itself: an example's explanation walks through one
  // input ("'r' and 't' both appear once") and says nothing about how to solve the problem.
  const scene = readScene(facts, prose, kinds, guarantees);
  const stated = statedTime(prose);
  return { title, body, prose, facts, kinds, guarantees, scene, asks: readAsks(scene.body), stated };
}
