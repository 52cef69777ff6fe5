import type { ProblemContext } from '@/lib/extract/context';
import { type AnswerObject, answerSearch, readAnswerObject } from './answer-object';
import { type Asks, readAsks } from './asks';
import { type ConstraintFacts, parseConstraints } from './constraints';
import { type CostAsks, readCostAsks } from './costs';
import { readCoverage } from './coverage';
import { coveredThings, FEW_ITEMS } from './covered-things';
import type { Guarantee } from './guarantees';
import { detectInputs } from './inputs';
import type { Scene } from './knowledge/trigger';
import { normalizeMath } from './normalize';
import { readPairing } from './pairings';
import { readGuarantees, sortedKey } from './promises';
import { readScene } from './scene';
import { lengthsOfParameters, readSignature, typedKinds, withoutOutputTypes } from './signature';
import { statedTime } from './stated';
import { nameDefinedTerms, termPromises } from './terms';
import type { InputKind } from './types';
import type { WordBeginnings } from './word-beginnings';

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
  /**
   * What a promised order is by ("id" in "sorted by id"), or null when the values themselves are in
   * order or nothing is. An order by a key the question never asks about ("sorted by arrival",
   * then "return the average wait") supports no halving search and no two pointers.
   */
  sortedBy: string | null;
  scene: Scene;
  asks: Asks;
  /** What the question asks that sets the cost only (costs.ts): not read by the learned model. */
  costs: CostAsks;
  /** The running time the statement demands, canonical big-O, or null. */
  stated: string | null;
}

export function readProblem(context: ProblemContext): Reading {
  const examples = context.examples.map((e) => `${e.input}\n${e.output}\n${e.explanation ?? ''}`).join('\n');
  // Inline-code backticks and Markdown emphasis would split phrases the triggers read
  // ("implement the `LRUCache` class", "return *the* `k` *closest*"); a star between spaces or
  // digits is a product and stays.
  // A typed function description says what the input is; its return type is the output, and is
  // left out of what the triggers and the model read ("Returns - string: YES or NO").
  const signature = readSignature(context.statement);
  // A term the statement defines in words is named beside its definition, and in place of the
  // name it coins, in the constraints too ("P is an arrangement of 1, ..., N"): terms.ts.
  const [statement = '', ...constraints] = nameDefinedTerms([
    withoutOutputTypes(context.statement, signature)
      .replace(/`+/g, '')
      .replace(/\*+([A-Za-z][^*\n]{0,80}?)\*+/g, '$1'),
    ...context.constraints.map((line) => lengthsOfParameters(line, signature)),
  ]);
  const body = normalizeMath([statement, examples, ...constraints].join('\n')).toLowerCase();
  const title = normalizeMath(context.title);
  const facts = parseConstraints(
    constraints,
    [lengthsOfParameters(context.statement, signature), ...(signature?.sides ?? [])].join('\n'),
    context.examples.map((example) => example.input).join('\n'),
  );
  const read = detectInputs(`${context.title.toLowerCase()}\n${body}`);
  const kinds = signature ? typedKinds(signature, read) : read;
  const prose = normalizeMath([context.title, statement, ...constraints].join('\n')).toLowerCase();
  // Promises are made by the statement and its constraints: an example's explanation describes one
  // answer ("so they are sorted in decreasing order"), never the input, and a title names the
  // question ("Sum of Unique Elements"), never a property of the input.
  const promises = normalizeMath([statement, ...constraints].join('\n')).toLowerCase();
  const guarantees = new Set([...readGuarantees(facts, promises), ...termPromises(promises)]);
  // The technique phrases read the statement itself: an example's explanation walks through one
  // input ("'r' and 't' both appear once") and says nothing about how to solve the problem.
  const sortedBy = guarantees.has('sorted') ? sortedKey(prose) : null;
  // The methods read the order the question searches: one by a key it never mentions again is none.
  const searchable = new Set(guarantees);
  if (sortedBy && !asksAbout(prose, sortedBy)) searchable.delete('sorted');
  const seen = readScene(facts, prose, kinds, searchable, sortedBy);
  // What the question takes or orders of the counted items: a search over them, or an order by a key.
  // Spans changed between questions are range updates, not a line swept once.
  const coverage =
    seen.design || seen.updates
      ? null
      : readCoverage(seen.body, facts, guarantees.has('sorted'), seen.largest);
  const pairing = seen.design ? null : readPairing(seen.body, seen.largest);
  // Few things every one of which the chosen items must hold are what is covered, not what is
  // chosen: the items chosen from are the many, and no search walks their subsets.
  const answer =
    (seen.largest ?? 0) > FEW_ITEMS && coveredThings(seen.body) ? null : readAnswerObject(seen.body, facts);
  const scene = {
    ...seen,
    // The first moment k spans overlap is no halving search: the count rises and falls along the line.
    // A count a greedy walk reaches directly (the fewest points, pieces or boats, the most matched)
    // needs no halving search over it either, though a larger count never fails.
    setting: (coverage && coverage.ask !== 'rooms') || pairing ? null : seen.setting,
    answer,
    // Two groups the items are split into, judged by their totals, are what a search over the
    // subsets builds: no pair of the items themselves is walked from both ends.
    pointerWalk: seen.pointerWalk?.shape === 'ends' && searchesSubsets(answer) ? null : seen.pointerWalk,
    pairing,
    coverage,
  };
  const stated = statedTime(prose);
  return {
    title,
    body,
    prose,
    facts,
    kinds,
    guarantees,
    sortedBy,
    scene,
    asks: asWords(
      withoutHalving(readAsks(scene.body, scene.setting ?? null), scene.answer, pairing !== null),
      scene.wordBeginnings ?? null,
    ),
    costs: readCostAsks(scene.body, scene.valueWork ?? null),
    stated,
  };
}

/**
 * No value is halved over where the answer is built directly:
 * - the least amount paid for a choice or an order of a few of the items ("the least he must pay so
 *   that every slot is filled") is the total of the items searched; two halves of up to forty items
 *   do sort and search, so their reading stays;
 * - a count a greedy walk over paired items reaches directly, whatever its words say.
 */
function withoutHalving(asks: Asks, answer: AnswerObject | null, walked: boolean): Asks {
  if (!asks.answerSearch) return asks;
  const search = answerSearch(answer);
  return walked || (search && search !== 'halves') ? { ...asks, answerSearch: false } : asks;
}

/**
 * Words asked about by their beginnings are text: the digits or bits they are written in ("strings
 * of 0 and 1", "letters and digits") are letters to walk, not values to compute with.
 */
function asWords(asks: Asks, wordBeginnings: WordBeginnings | null): Asks {
  return wordBeginnings ? { ...asks, arithmetic: false, xor: false } : asks;
}

/** The answer is some of a few items, each in or out: every subset, or the subsets of two halves. */
function searchesSubsets(answer: AnswerObject | null): boolean {
  const search = answerSearch(answer);
  return search === 'subsets' || search === 'halves';
}

/** Whether the question (its return, find or merge sentence) names the key an order is by. */
function asksAbout(prose: string, key: string): boolean {
  const word = key.split(/\s+/)[0] ?? key;
  const named = new RegExp(`\\b${word.replace(/[^\w]/g, '')}`);
  return prose
    .split(/\n|(?<=[.;!?])\s+/)
    .filter((sentence) =>
      /\b(?:return|find|print|output|merge|insert|add|search|determine|answer)\b/.test(sentence),
    )
    .some((sentence) => named.test(sentence));
}
