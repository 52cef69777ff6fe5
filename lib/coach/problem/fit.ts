import type { InputKind, TechniqueId } from './types';

/** Shapes the reading finds that a walk can follow: a graph, a tree, a board, a chain of nodes. */
const LINKED_KINDS: ReadonlySet<InputKind> = new Set(['graph', 'tree', 'matrix', 'linked-list']);
/** Moves between states, which no input kind names: what a search over states walks. */
const MOVES =
  /\b(?:cells?|nodes?|edges?|roads?|links?|linked|connect(?:s|ed|ion|ions)?|neighbou?rs?|adjacent|moves?|steps?|states?|jumps?|paths?|routes?|reach(?:es|ed|able)?|transform(?:s|ed)?|dependenc(?:y|ies)|prerequisites?)\b/;
/** A contiguous run the question asks about. */
const RUN =
  /\bsub(?:array|string)s?\b|\bcontiguous\b|\bconsecutive\b|\bwindows?\b|\bstretch(?:es)?\b|\bstreaks?\b|\bunbroken\b|\b(?:in a )?row\b/;

/**
 * The input a method's idea needs, as the reading names it: a string method needs text to match or
 * scan in. A word that names a value ("the pattern of the lonely sock" on a list of integers) is
 * no text, and a typed signature or the input's own words decide what the input is.
 */
const KIND_NEEDS: Partial<Record<TechniqueId, readonly InputKind[]>> = {
  string: ['string'],
};

/** Searches and graph methods: they walk links, a board, or moves the statement describes in words. */
const WALKS: ReadonlySet<TechniqueId> = new Set([
  'breadth-first-search',
  'depth-first-search',
  'shortest-path',
  'topological-sort',
  'union-find',
  'graph',
]);

/** What a fit is judged on: the statement (lower-cased) and the input kinds the reading found. */
export interface FitInput {
  text: string;
  kinds: readonly InputKind[];
}

/** Whether a method's idea has the kind of input it needs, by the reading's kinds alone. */
export function fitsTheKinds(id: TechniqueId, kinds: readonly InputKind[]): boolean {
  const needs = KIND_NEEDS[id];
  return !needs || needs.some((kind) => kinds.includes(kind));
}

/**
 * Whether a method has something to work on in this statement: a search needs a graph, a tree or
 * a board the reading found, or moves between states in the statement's words; a string method
 * needs text; a window needs a contiguous run asked about.
 */
export function fitsTheInput(id: TechniqueId, input: FitInput): boolean {
  if (KIND_NEEDS[id]) return fitsTheKinds(id, input.kinds);
  if (WALKS.has(id)) return input.kinds.some((kind) => LINKED_KINDS.has(kind)) || MOVES.test(input.text);
  if (id === 'sliding-window') return RUN.test(input.text);
  return true;
}
