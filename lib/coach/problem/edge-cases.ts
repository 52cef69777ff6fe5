import type { ConstraintFacts } from './constraints';
import { contradictedBy } from './contradictions';
import { endpoints, isElementValue, linkOrOperation } from './counts';
import { momentsApart, speaksOfTies } from './distinct-moments';
import { casesFromBounds } from './edge-bounds';
import { hasReason } from './edge-reasons';
import { fitsTheInput } from './fit';
import type { Guarantee } from './guarantees';
import { ADVANCE_UP_TO } from './knowledge/reach';
import { ENDS_SAID, SHAPE_TRAPS, TECHNIQUE_TRAPS, type Trap } from './knowledge/traps';
import { fixedWindow } from './knowledge/windows';
import { fromOneStart } from './one-start';
import { mayOverflow } from './overflow';
import { NEAREST_OF_MANY, namedByThePage, permissionsOf } from './permissions';
import { equalNeighboursLine } from './stated-strictness';
import {
  emptySaidOnce,
  NAMED_NO_ANSWER,
  NO_ANSWER_TRAP,
  noAnswerLine,
  TIE_DOUBT,
  TIE_TRAP,
} from './stated-traps';
import type { InputKind, TechniqueId } from './types';

const MAX_CASES = 7;
/** Words that lay an input out in rows and columns. */
const GRID_WORDS = /\b(?:grid|matrix|matrices|rows?|columns?|cells?)\b/;
/**
 * Words of a grid that lay out no cells: things standing "in a row" form a line, and places given
 * by their coordinates ("shop i is at point (X_i, Y_i)" of a street grid) are points, not cells.
 */
const IN_A_ROW = /\bin (?:a|one|a single) row\b/g;
const POINTS = /\bpoints?\b[^.]{0,40}\(\s*[a-z]_\{?[a-z]\}?,\s*[a-z]_\{?[a-z]\}?\s*\)/;

/** A name with an index of its own: one of many listed values. */
const SUBSCRIPTED = /_\{?[a-z]\}?|\[[a-z]\]/i;
/** Traps that speak of links between items. */
const GRAPH_FORMS = /\bedges?\b|\bcomponents?\b|\bunvisited node\b/;
/** A statement about links: a graph, a tree, its nodes and edges (cells that share "an edge" are no graph). */
const LINK_WORDS = /\b(?:graph|trees?|edges|nodes?|vertex|vertices|roads|links|connections)\b/;
/** The trap of a node the search from the start never reaches. */
const UNREACHED = /\bcannot be reached from the start\b/;
/** The trap that restarts a search from every unvisited node. */
const RESTART = /^several separate components\b/i;
/** Traps that speak of the characters of a string. */
const STRING_FORMS = /\bcharacters?\b|\bupper-case letters\b/i;
/** A statement about text: strings, words, letters, characters. */
const STRING_WORDS =
  /\bstrings?\b|\bsubstrings?\b|\bcharacters?\b|\bletters?\b|\bwords?\b|\bsentences?\b|\btext\b/;

/** A row or column on its own, which a square board of side n only has when n = 1. */
const SINGLE_LINE = /^a single row or a single column\b/i;

export interface EdgeCaseInput {
  kinds: readonly InputKind[];
  facts: ConstraintFacts;
  /** Statement, examples and constraints, normalised and lower-cased. */
  body: string;
  /** The statement as the page writes it, case kept: the output rule's own words are quoted from it. */
  statement?: string;
  /** What the statement promises: no case it rules out is listed. */
  guarantees: ReadonlySet<Guarantee>;
  /** The likely techniques, leading first: their known traps come before generic ones. */
  techniques: readonly TechniqueId[];
  /** Whether the leading technique stands clear; when not, the runner-up's traps are listed too. */
  sure: boolean;
  /**
   * Of those, the ones the page points at only faintly (right on about half the labelled pages):
   * their traps are listed only where the trap names what the statement speaks of, and they make
   * no order worth testing.
   */
  faint?: readonly TechniqueId[];
  /**
   * The methods whose correctness is settled: by the page's structure (an exchange argument for a
   * greedy order) or by Sparring's notes naming them as the standard solution. Their doubts about
   * themselves are not the page's cases.
   */
  proven?: readonly TechniqueId[];
  /** The greedy is one sweep that only stretches a reach or a running surplus: it never chooses between items. */
  choosesNothing?: boolean;
  /**
   * The question splits linked items into two sides (asks.ts): a yes-or-no property of the links,
   * which a search answers with no goal to reach.
   */
  twoSides?: boolean;
  /** The traps Sparring's notes already name beside the checklist (their pitfalls): not said twice. */
  noted?: readonly string[];
}

/** A note that warns of overflow past 32 bits ("Sums reach 3 * 10^9, past 32-bit integers"). */
const NOTED_OVERFLOW = /\boverflow|\b(?:32|64)[- ]bits?\b|2\^31|2\^63/i;
/** A search's goal out of reach: a case of a way asked for, not of a split into two sides. */
const GOAL_UNREACHED = /^The goal cannot be reached\b/;
/** The values themselves ranked: "the k-th smallest element", "the k largest numbers". */
const RANKS_VALUES =
  /\b(?:k-?th|k) (?:smallest|largest|biggest|greatest|highest|lowest|least)\b(?! (?:\w+ ){0,2}(?:distances?|frequen\w*|sums?|pairs?|products?|differences?|costs?)\b)/;
/** The checklist's own 32-bit overflow lines, from the bounds or a method's running totals. */
const OVERFLOW_32 = /\bpast 2\^31\b/;

/**
 * The input shapes whose awkward forms are worth testing: the two the statement leads with, but
 * an array only when it is the input itself. Behind a graph, a grid, a string or intervals it is
 * the container of links, rows or pairs, whose values being equal or sorted means nothing; so is
 * an array of pairs.
 */
function shapesTested(kinds: readonly InputKind[], facts: ConstraintFacts, body: string): InputKind[] {
  // Items of a fixed length of two or three (trust[i].length == 2) are pairs or triples, not values;
  // a count of links (dependencies.length) says the array lists edges; a side says it is a grid.
  const container = facts.variables.some(
    (v) =>
      (v.role === 'item-size' && v.lower !== undefined && v.lower === v.upper && v.lower <= 3) ||
      v.role === 'dimension' ||
      (v.role === 'size' && linkOrOperation(facts, v, body) === 'edges'),
  );
  // Records whose fields name items ("1 <= A_i, B_i <= N", a ferry from harbour a to b) are links
  // between them, not values; a weight beside them (c) has no subscript of its own to list, while
  // a listed value (`a_i`, `|a_i|`, `h[i]`) keeps the array.
  const ends = endpoints(facts);
  const links =
    ends.length >= 2 &&
    !facts.variables.some(
      (v) => v.role === 'value' && !ends.includes(v) && v.names.some((n) => SUBSCRIPTED.test(n)),
    );
  // A matrix only when something is laid out in rows and columns: a design problem's examples are
  // nested lists of calls and arguments, not a grid.
  const grid =
    facts.variables.some((v) => v.role === 'dimension') ||
    (GRID_WORDS.test(body.replace(IN_A_ROW, '')) && !POINTS.test(body));
  // An array only when the input lists something (a length, an element, lines of items): three
  // integers a, b and n are no array whose values could all be equal. Bounds in prose ("between 1
  // and 50,000") read as none, so then the statement's word for it decides.
  const listed =
    facts.usage.listed.size > 0 ||
    (facts.variables.length === 0 && /\b(?:arrays?|lists?|sequences?)\b/.test(body)) ||
    facts.variables.some(
      (v) => v.role === 'size' || v.role === 'item-size' || v.role === 'dimension' || isElementValue(v),
    );
  // Text given as the rows of a grid (sides bounded as rows and columns) is no string of its own:
  // its single character is the grid's one cell, which the board's own lines name.
  const rows = facts.variables.some((v) => v.role === 'dimension');
  return kinds
    .slice(0, 2)
    .filter(
      (kind, index) =>
        (kind !== 'array' || (index === 0 && !container && !links && listed)) &&
        (kind !== 'matrix' || grid) &&
        (kind !== 'string' || !rows),
    );
}

/** Whether the trap is the named method's doubt about itself. */
function doubtedBy(id: TechniqueId, trap: Trap): boolean {
  return (TECHNIQUE_TRAPS[id] ?? []).includes(trap);
}

/**
 * The side of an n x n board, when the bounds name one side for both (see shape.ts) or the
 * statement draws the board square ("a board of n x n unit cells") from one bounded number.
 */
function squareBoard(facts: ConstraintFacts, body: string) {
  const sides = facts.variables.filter((v) => v.role === 'dimension');
  if (sides.length > 0) return sides.length === 1 ? sides[0] : undefined;
  const side = /\b([a-z]) x \1\b/.exec(body)?.[1];
  return side ? facts.variables.find((v) => v.names.includes(side) && v.lower !== undefined) : undefined;
}

/**
 * What the promises imply between them: a tree (connected, no cycle) joins n nodes with n - 1
 * edges, so no edge repeats and none loops back to its own node.
 */
function impliedPromises(guarantees: ReadonlySet<Guarantee>): ReadonlySet<Guarantee> {
  if (!(guarantees.has('connected') && guarantees.has('acyclic'))) return guarantees;
  return new Set<Guarantee>([...guarantees, 'no-self-loops', 'no-repeated-edges']);
}

/**
 * Whether the bounds let a value be negative, or zero: a value with no lower bound may be either.
 * The edge cases and the hints' checklists (hints/checks.ts) name those cases only where allowed.
 */
export function valueFloors(facts: ConstraintFacts): { negatives: boolean; zeros: boolean } {
  return {
    negatives: facts.variables.some((v) => v.role === 'value' && (v.lower ?? 0) < 0),
    zeros: facts.variables.some((v) => v.role === 'value' && (v.lower ?? 0) <= 0),
  };
}

/**
 * The checklist of inputs that break first attempts: what the bounds allow at their extremes,
 * the traps of the likely technique, then the awkward shapes of this kind of input. Nothing the
 * statement rules out is listed, whether the trap says so itself or its wording contradicts a
 * promise the statement makes.
 */
export function edgeCases(input: EdgeCaseInput): string[] {
  const faint = new Set(input.faint ?? []);
  const singleSource = fromOneStart(input.body);
  const page = { body: input.body, facts: input.facts };
  const shaped = shapesTested(input.kinds, input.facts, input.body).flatMap((kind) => SHAPE_TRAPS[kind]);
  const candidates: Trap[] = [
    ...casesFromBounds(input.facts, input.body, input.kinds, input.techniques[0]),
    ...namedByThePage(page),
    // A method only guessed at brings its traps only where the input gives it something to work on.
    ...input.techniques
      .slice(0, input.sure ? 1 : 2)
      .filter((id) => input.sure || fitsTheInput(id, { text: input.body, kinds: input.kinds }))
      .flatMap((id) => (TECHNIQUE_TRAPS[id] ?? []).filter((trap) => trap.mentions || !faint.has(id))),
    // A class is the whole problem, not a guess at its method: its traps stay behind its structures.
    ...(input.techniques.slice(input.sure ? 1 : 2, 3).includes('design')
      ? (TECHNIQUE_TRAPS.design ?? [])
      : []),
    ...(singleSource ? (TECHNIQUE_TRAPS['shortest-path'] ?? []).filter((t) => UNREACHED.test(t.text)) : []),
    ...shaped,
  ];
  const { negatives, zeros } = valueFloors(input.facts);
  // Edges, components and self-loops are a graph's awkward forms: on a board or a line of
  // positions that the statement never links, they mean nothing.
  const linked =
    (input.kinds.includes('graph') || input.kinds.includes('tree')) &&
    (LINK_WORDS.test(input.body) ||
      input.facts.variables.some((v) => linkOrOperation(input.facts, v, input.body) === 'edges'));
  // Letters and characters are a string's awkward forms: an array of integers has none.
  const textual = STRING_WORDS.test(input.body.replace(/\bin other words\b/g, ''));
  const promised = impliedPromises(input.guarantees);
  const methods = input.techniques.slice(0, input.sure ? 1 : 2).filter((id) => !faint.has(id));
  const canned = new Set(shaped);
  const reasoned = {
    body: input.body,
    facts: input.facts,
    kinds: input.kinds,
    methods,
    likely: input.techniques.slice(0, 3),
  };
  const board = squareBoard(input.facts, input.body);
  // Sides bounded above only ("n, m <= 1000") have their least size in words: no single row is known.
  const sides = input.facts.variables.filter((v) => v.role === 'dimension');
  const floorUnsaid = sides.length > 0 && sides.every((v) => v.lower === undefined && v.upper);
  const cornersApart = promised.has('grid-min-two') || promised.has('min-two');
  const proven = new Set(input.proven ?? []);
  // A tree, given as one or promised connected without a cycle, has one path between two nodes.
  const tree = input.kinds.includes('tree') || promised.has('acyclic');
  const fixed = fixedWindow(input.body);
  const permitted = permissionsOf(page, cornersApart);
  // What the statement says, read once rather than once per candidate trap.
  const advances = ADVANCE_UP_TO.test(input.body);
  const nearestOfMany = singleSource || NEAREST_OF_MANY.test(input.body);
  const allowed = candidates.filter(
    (trap) =>
      (!trap.negatives || negatives) &&
      (!trap.zero || zeros) &&
      (linked || !GRAPH_FORMS.test(trap.text)) &&
      // A node out of reach is a case of links; positions that only advance have the reach trap instead.
      (linked || !(UNREACHED.test(trap.text) && advances)) &&
      !(nearestOfMany && RESTART.test(trap.text)) &&
      (textual || !STRING_FORMS.test(trap.text)) &&
      (!trap.mentions || trap.mentions.test(input.body)) &&
      !trap.silent?.test(input.body) &&
      !(trap.doubtsMethod && [...proven].some((id) => doubtedBy(id, trap))) &&
      !(trap.cycles && tree) &&
      !(trap.movingWindow && fixed) &&
      !(input.twoSides && GOAL_UNREACHED.test(trap.text)) &&
      !(trap.choice && input.choosesNothing) &&
      (!trap.overflow || mayOverflow(input.facts, trap.overflow, input.body, input.kinds)) &&
      !trap.unless?.some((guarantee) => promised.has(guarantee)) &&
      contradictedBy(trap.text, promised).length === 0 &&
      (!canned.has(trap) || hasReason(trap.text, reasoned)) &&
      !((board || floorUnsaid) && SINGLE_LINE.test(trap.text)) &&
      permitted(trap.text),
  );
  // A square board has a single row only when its side is 1.
  if (
    board?.lower === 1 &&
    !promised.has('grid-min-two') &&
    candidates.some((trap) => SINGLE_LINE.test(trap.text))
  )
    allowed.push({ text: `A 1 x 1 board (${board.names[0]} = 1)` });
  // Overflow said once: the bounds' own figure ("values up to 10^9") says it better than the
  // generic line about the largest values.
  const figured = allowed.some((trap) => /past 2\^31|overflow; compare/.test(trap.text));
  // A formula's lines give the smallest values (where it breaks down) and the largest (where it
  // overflows) a reason each: the bare line for one number's extremes would say them again.
  const [largestLine, smallestLine] = TECHNIQUE_TRAPS.math ?? [];
  const extremesReasoned =
    allowed.some((trap) => trap === smallestLine) &&
    (figured || allowed.some((trap) => trap === largestLine));
  // A tie rule the statement states answers the generic doubt whether ties matter.
  const tied = allowed.includes(TIE_TRAP);
  // A trap that names why there may be no answer (the goal out of reach, a cycle) says the output
  // rule's case better than the generic line.
  const named = allowed.some((trap) => NAMED_NO_ANSWER.test(trap.text));
  // The notes' pitfall that works out the overflow with the page's figures says it once for both.
  const overflowNoted = (input.noted ?? []).some((line) => NOTED_OVERFLOW.test(line));
  // Moments the statement promises apart leave no tie in time to doubt.
  const apart = momentsApart(input.body);
  // A sweep's equal keys are a start and an end at one point, and so are those of a heap of spans
  // still running: ends the page settles order them.
  const lead = input.techniques[0];
  const endsSettled =
    (lead === 'line-sweep' || (lead === 'heap-priority-queue' && input.kinds.includes('intervals'))) &&
    ENDS_SAID.test(input.body);
  // A heap ranking the values themselves (the k-th smallest) has no equal keys where they are distinct.
  const keysDistinct =
    lead === 'heap-priority-queue' && promised.has('distinct') && RANKS_VALUES.test(input.body);
  const said = allowed.filter(
    (trap) =>
      !(figured && trap === TECHNIQUE_TRAPS.math?.[0]) &&
      !(extremesReasoned && trap === SHAPE_TRAPS.number[0]) &&
      !((tied || endsSettled || keysDistinct) && TIE_DOUBT.test(trap.text)) &&
      !(named && NO_ANSWER_TRAP.test(trap.text)) &&
      !(overflowNoted && (trap.overflow || OVERFLOW_32.test(trap.text))) &&
      !(apart && (TIE_DOUBT.test(trap.text) || speaksOfTies(trap.text))),
  );
  // Doubts the statement answers are said with its answer: the output for no answer, the rule for ties.
  const answered = said.map((trap) =>
    equalNeighboursLine(noAnswerLine(trap.text, input.statement), input.body),
  );
  return emptySaidOnce([...new Set(answered)]).slice(0, MAX_CASES);
}
