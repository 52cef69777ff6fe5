import { BUDGET } from '../complexity';
import type { Variable } from '../constraints';
import { oneLetterMoves } from '../knowledge/distances';
import { ratioQuestions } from '../knowledge/routes';
import { endpointsOf } from '../links';
import type { Shape } from '../shape';
import { sizeRoles } from '../two-sizes';
import type { TechniqueId } from '../types';
import { label, type ShapeReading } from './reading';

/** Methods that answer a question about two places by walking from one towards the other. */
const WALKS: readonly (TechniqueId | undefined)[] = ['depth-first-search', 'breadth-first-search', 'graph'];

/**
 * n words of m letters each, searched breadth first with moves that change one letter (a word
 * ladder): the words are the places, and each of a word's m letters changed gives a candidate that
 * costs its m letters to build and look up. The length is whichever bound the page gives it: a second size,
 * the length of each word, or a parameter ("k letters").
 */
function wordsShape(reading: ShapeReading): Shape | undefined {
  const { body, technique, sizes, known, size } = reading;
  const [words] = sizes;
  if (technique !== 'breadth-first-search' || !words || !oneLetterMoves(body)) return undefined;
  const length =
    sizes.find((v) => v !== words) ??
    known.find((v) => v.role === 'item-size') ??
    known.find((v) => v.role === 'param');
  if (!length) return undefined;
  return { kind: 'product', n: size(words, 'n'), other: size(length, 'm'), grid: false, words: true };
}

/** A list of questions by its own name (`questions.length`, `queries.length`). */
const QUESTIONS_NAMED = /^(?:quer(?:y|ies)|questions|asks)\b/i;

/** Steps of a walk per question, q * (V + E). */
const perQuestion = (v: number, e: number, q: number) => q * (v + e);

/**
 * Questions that each name two places of a small graph (can a reach b, how many b one a buys) and
 * that the bounds let one walk answer each: the walk per question is the standard answer, as long
 * as nothing joins the places once for all of them (union-find for undirected reach). Either the
 * sizes are the places, the links and the questions, or the links are ratios between named units
 * (at most two new units a ratio) beside the questions.
 */
function questionWalksShape(reading: ShapeReading): Shape | undefined {
  const { facts, body, technique, sizes, size, bound, countsOperations } = reading;
  if (!WALKS.includes(technique) || sizes.length < 2) return undefined;
  const queries = sizes.find(
    (v) => countsOperations(v) || v.names.some((name) => QUESTIONS_NAMED.test(name)),
  );
  if (!queries) return undefined;
  const rest = sizes.filter((v) => v !== queries);
  if (ratioQuestions(body)) {
    const [ratios] = rest as [Variable | undefined];
    if (!ratios || perQuestion(2 * bound(ratios), bound(ratios), bound(queries)) > BUDGET) return undefined;
    return {
      kind: 'graph',
      v: { letter: 'V', name: `2 * ${label(ratios)}`, bound: 2 * bound(ratios) },
      e: size(ratios, 'E'),
      queries: size(queries, 'q'),
    };
  }
  if (rest.length < 2) return undefined;
  // The places are the count the links' ends are numbered by (1 <= u_i, v_i <= N).
  const roles = sizeRoles(facts, rest, body, technique);
  if (roles.kind !== 'graph' || endpointsOf(facts, roles.nodes) < 2) return undefined;
  if (perQuestion(bound(roles.nodes), bound(roles.edges), bound(queries)) > BUDGET) return undefined;
  return { kind: 'graph', v: size(roles.nodes, 'V'), e: size(roles.edges, 'E'), queries: size(queries, 'q') };
}

/** The shapes a walk reads: words a ladder moves between, and a small graph walked once per question. */
export function walkedShape(reading: ShapeReading): Shape | undefined {
  return wordsShape(reading) ?? questionWalksShape(reading);
}
