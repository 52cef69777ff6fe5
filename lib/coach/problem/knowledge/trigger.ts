import type { AnswerObject } from '../answer-object';
import type { Coverage } from '../coverage';
import type { GridQuestions } from '../grid-questions';
import type { Guarantee } from '../guarantees';
import type { PairCount } from '../pair-counts';
import type { Pairing } from '../pairings';
import type { PointerWalk } from '../pointer-walks';
import type { PositionSpans } from '../query-kinds';
import type { Shape } from '../shape';
import type { InputKind, TechniqueId } from '../types';
import type { ValueWork } from '../value-work';
import type { WordBeginnings } from '../word-beginnings';
import type { AnswerSetting } from './answer-settings';

/** What the statement is about as a whole, which decides whether a phrase means what it seems to. */
export interface Scene {
  /** Statement, examples and constraints, normalised and lower-cased. */
  body: string;
  /** The input shapes it talks about, most specific first. */
  kinds: readonly InputKind[];
  /** What the running time is counted over (values only, one collection, a graph, a class…). */
  shape: Shape['kind'];
  /** The largest bounded input size, if any. */
  largest: number | undefined;
  /** The largest bounded value, if any (a magnitude, not a size). */
  largestValue: number | undefined;
  /** What the input promises; 'sorted' only when the order is by what the question searches. */
  guarantees: ReadonlySet<Guarantee>;
  /** What a promised order is by ("id", "start time"), or null when the values themselves are in order. */
  sortedBy: string | null;
  /** A class to implement, or a stream of typed operations on a structure. */
  design: boolean;
  /** The design is a stream of typed operations read from the input (knowledge/calls.ts), not a class. */
  stream?: boolean;
  /** Moves or links carry different costs (lengths, times, prices). */
  weighted: boolean;
  /** The question counts moves that all cost the same (fewest moves, steps, jumps). */
  unitMoves: boolean;
  /** The answer depends on the input's own order: a contiguous run, positions, an order kept. */
  ordered: boolean;
  /** The items are spans on a line and every run asked about is a run of that line (line-runs.ts). */
  runsAlongTheLine?: boolean;
  /** Only numbers are given and operations change one of them: its values are the states (states.ts). */
  numberStates?: boolean;
  /** The input is a two-dimensional grid of cells. */
  grid: boolean;
  /** Values change between questions (updates interleaved with queries). */
  updates: boolean;
  /** Queries name spans of positions (`1 <= l <= r <= n`), over values fixed or changing (query-kinds.ts). */
  positionSpans?: PositionSpans | null;
  /** Rectangles asked about a grid: each totalled, or marks laid down before one answer (grid-questions.ts). */
  gridQuestions?: GridQuestions | null;
  /** Each of q questions compares a value it names against the whole unchanging list (query-kinds.ts). */
  comparedQueries?: boolean;
  /** The same compared questions over values no wider than the list is long (query-kinds.ts). */
  tabledQueries?: boolean;
  /** A count over pairs of items whose positions and values are tied (pair-counts.ts). */
  pairCount?: PairCount | null;
  /**
   * The pair count's bound is given anew by each of q questions over one unchanging list: the
   * pairs' values sorted once answer every bound by a halving search, where a walk per bound is q walks.
   */
  boundPerQuestion?: boolean;
  /** The input's own elements can be negative (a bound below zero), so a running total can fall. */
  negatives: boolean;
  /** The one value the question searches, the largest or smallest that passes a check (answer-settings.ts). */
  setting?: AnswerSetting | null;
  /** Where only values are bounded, how the answer is computed from them (value-work.ts). */
  valueWork?: ValueWork | null;
  /** What the answer is made of, when it is the counted items themselves (answer-object.ts). */
  answer?: AnswerObject | null;
  /** Two ends of a sortable list, two lists walked together, or one array changed in place (pointer-walks.ts). */
  pointerWalk?: PointerWalk | null;
  /** Items paired under a cap, matched across two lists, or kept by turns (pairings.ts). */
  pairing?: Pairing | null;
  /** Spans on a line whose question counts over the points they cover (coverage.ts). */
  coverage?: Coverage | null;
  /** Many words asked about by their beginnings, and what each question wants (word-beginnings.ts). */
  wordBeginnings?: WordBeginnings | null;
}

/**
 * One reviewed piece of knowledge: what a statement asks, in words, that points at a technique.
 * `why` is shown to the user after the quoted words, so it explains the link in plain language;
 * `when` says in which scenes the words mean that (a "bracket" outside text is not a stack).
 */
export interface Trigger {
  technique: TechniqueId;
  /** Matched against the lower-cased title, statement and constraints. */
  pattern: RegExp;
  /** How much one match counts; 3 is a strong signal, 1 a faint one. */
  weight: number;
  why: string;
  when?: (scene: Scene) => boolean;
  /** Techniques the standard solution uses alongside (a heap with the ordering, a sort first). */
  also?: readonly TechniqueId[];
}
