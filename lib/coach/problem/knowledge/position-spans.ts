import type { GridQuestions } from '../grid-questions';
import { comparesFixedPieces } from './compared-pieces';
import type { Scene, Trigger } from './trigger';

/**
 * Queries over spans of positions, recognised by how their two ends are bounded (query-kinds.ts),
 * however the statement words the span ("x_a, ..., x_b", "between the a-th and b-th", "from day l
 * to day r", "the segment [l, r]"). The quoted words are that bound.
 */
const SPAN_BOUND =
  /\b[a-z]\w* (?:<=|<) [a-z]\w* (?:<=|<) (?:[a-z]|[a-z]\w*\.(?:length|size\(\)))(?: - 1)?(?![\w.])/;

/**
 * The best of a span (a minimum, a maximum, a gcd) cannot be taken back out of a running total:
 * a sum, a count or an XOR can.
 */
const EXTREME =
  /\b(?:min(?:imum|ima)?|max(?:imum|ima)?|lowest|highest|smallest|largest|greatest|tallest|shortest|coldest|warmest|hottest|loudest|cheapest|gcd|lcm|greatest common divisor)\b/;

/** A question's value compared with the list: a bound word, a band, a rank, or the comparison written out (`p_i <= b_j`). */
const COMPARES =
  /\b(?:at (?:most|least)|than|below|above|exceed\w*|between|rank)\b|\b[a-z]\w* [<>]=? [a-z]\w*/;

// One span asked once (a `left` and a `right` beside the list, no count of questions) is one pass:
// running totals pay for themselves only over many questions.
const fixed = (scene: Scene) => scene.positionSpans === 'fixed' && !scene.design && scene.shape !== 'one';

/** Rectangles asked about a grid (grid-questions.ts), each totalled or laid as marks: running totals in two dimensions. */
const rectangles = (kind: GridQuestions, why: string): Trigger => ({
  technique: 'prefix-sum',
  pattern: /\b(?:rows?|columns?|grid|board|matrix|map|field|cells?)\b/,
  weight: 4,
  why,
  when: (scene) => scene.gridQuestions === kind && !scene.design,
  also: ['matrix'],
});

export const POSITION_SPAN_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'prefix-sum',
    pattern: SPAN_BOUND,
    weight: 3,
    why: 'each query names a span of positions over values that never change: running totals answer a sum, a count or an XOR over any span with one subtraction',
    when: (scene) => fixed(scene) && !EXTREME.test(scene.body),
  },
  {
    technique: 'segment-tree',
    pattern: SPAN_BOUND,
    weight: 3,
    why: 'each query asks for the best of a span of positions, which no running total can subtract out: a sparse table or a tree over the spans answers it',
    when: (scene) => fixed(scene) && EXTREME.test(scene.body),
  },
  {
    technique: 'segment-tree',
    pattern: SPAN_BOUND,
    weight: 3.5,
    why: 'values change between queries over spans of positions: a Fenwick or segment tree takes log n for each update and each span',
    // Two pieces of an unchanging text compared read as a span and a point: compared-pieces.ts.
    when: (scene) => scene.positionSpans === 'changing' && !scene.design && !comparesFixedPieces(scene),
    also: ['prefix-sum'],
  },
  {
    technique: 'binary-search',
    pattern: SPAN_BOUND,
    weight: 3.5,
    why: 'each query counts the copies of a value it names inside a span of positions: a map from each value to the sorted list of its positions answers it by two halving searches, where running totals would need one per value',
    when: (scene) => scene.positionSpans === 'keyed' && !scene.design,
    also: ['hash-table'],
  },
  {
    technique: 'prefix-sum',
    pattern: SPAN_BOUND,
    weight: 3.5,
    why: 'each query counts the copies of a value it names inside a span of positions, and the values are few: a running count for each value answers any span by one subtraction, a constant number of passes over the list',
    when: (scene) => scene.positionSpans === 'tallied' && !scene.design,
  },
  {
    technique: 'binary-search',
    pattern: SPAN_BOUND,
    weight: 1.5,
    why: 'the sorted positions of each value, searched twice by halving, answer the same questions whatever the values: a log factor more than a running count per value',
    when: (scene) => scene.positionSpans === 'tallied' && !scene.design,
  },
  {
    technique: 'prefix-sum',
    pattern: SPAN_BOUND,
    weight: 3.5,
    why: 'every operation changes a span of positions and the answer is asked once, after all of them: a mark at each end of a span (a difference array), summed in one pass at the end, whatever the answer then takes from the values',
    when: (scene) => scene.positionSpans === 'batched' && !scene.design,
  },
  rectangles(
    'totals',
    'each rectangle asks for a total over a grid that never changes: running totals over every top-left block answer it from four of them',
  ),
  rectangles(
    'marks',
    'every rectangle changes the grid and the answer is read once they are all laid: a mark at each of its four corners (a two-dimensional difference array), summed along rows and columns in one pass',
  ),
  {
    technique: 'binary-search',
    pattern: COMPARES,
    weight: 3.5,
    why: 'each question compares one value with the whole list, which never changes: sorted once, the list answers how many lie below a value, or the first at least it, by one halving search',
    when: (scene) => !!scene.comparedQueries && !scene.design,
    also: ['sorting'],
  },
  {
    technique: 'prefix-sum',
    pattern: COMPARES,
    weight: 3.5,
    why: 'each question compares one value with the whole list, and the values fit in a range no wider than the list is long: a count per value, then running counts over the values, answer each question by one lookup',
    when: (scene) => !!scene.tabledQueries && !scene.design,
    also: ['hash-table'],
  },
];
