/*
 * The rubric interviewers score a coding round on: four dimensions, each scored 1 to 4 against
 * anchors that say what the score looks like in the room, and each score carrying the evidence
 * behind it. The verdict follows from the scores by one rule, whoever gave them (the model or the
 * candidate reviewing themselves), so two scorecards with the same scores always agree.
 */

import { DIMENSIONS, type Dimension } from './names';

export { DIMENSIONS, type Dimension };

export type Score = 1 | 2 | 3 | 4;
export const SCORES: readonly Score[] = [1, 2, 3, 4];

export interface DimensionSpec {
  title: string;
  /** What the dimension is about, in one line. */
  question: string;
  /** What each score looks like, 1 to 4. */
  anchors: Record<Score, string>;
}

export const RUBRIC: Record<Dimension, DimensionSpec> = {
  'problem-solving': {
    title: 'Problem solving',
    question:
      'Did you understand the problem and find an efficient approach, and could you say what it costs?',
    anchors: {
      1: 'Needed the approach given; could not say why a first idea was slow or wrong.',
      2: 'Reached a working approach only with strong hints, or stopped at the brute force; complexity wrong or missing.',
      3: 'Found an efficient approach with at most a nudge and stated its time and space correctly.',
      4: 'Pinned the input down first, reached the best approach unaided with its cost justified by the constraints, and handled the follow-ups.',
    },
  },
  coding: {
    title: 'Coding',
    question: 'Did you turn the approach into correct, readable code in your language?',
    anchors: {
      1: 'No working code, or code that does not follow the approach.',
      2: 'Code that works only after fixes the interviewer pointed out; hard to follow.',
      3: 'Working code with a slip or two you fixed yourself; readable and idiomatic.',
      4: 'Correct, clean code on the first pass: well named, in small pieces, boundaries handled on purpose.',
    },
  },
  verification: {
    title: 'Verification',
    question: 'Did you check your own code before anyone else had to?',
    anchors: {
      1: 'Did not test, or said the code worked without checking.',
      2: 'Tested only when asked, on the given example, and missed a bug the interviewer then found.',
      3: 'Dry-ran an example unprompted and named the main edge cases; fixed what you found.',
      4: 'Traced a well-chosen example, tested the edge cases that matter here, found your own bugs and said why they happened.',
    },
  },
  communication: {
    title: 'Communication',
    question: 'Could the interviewer follow your thinking the whole way?',
    anchors: {
      1: 'Silent or unclear for long stretches; the reasoning could not be followed.',
      2: 'Explained when asked; started coding without agreeing the plan, or missed the hints given.',
      3: 'Thought aloud through most of the round, checked in before coding, took hints well.',
      4: 'Led the conversation: clear and brief, assumptions checked, trade-offs weighed aloud.',
    },
  },
};

export const VERDICTS = ['strong-no-hire', 'no-hire', 'hire', 'strong-hire'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  'strong-no-hire': 'Strong no hire',
  'no-hire': 'No hire',
  hire: 'Hire',
  'strong-hire': 'Strong hire',
};

export interface DimensionScore {
  dimension: Dimension;
  score: Score;
  /** What the score rests on: things said or done in the round, one per line. */
  evidence: string[];
}

export interface Scorecard {
  /** One per dimension, in the rubric's order. */
  dimensions: DimensionScore[];
  verdict: Verdict;
  /** The debrief in two or three sentences: the strongest signal and the one thing to work on. */
  summary: string;
  /** Who scored: the model's interviewer, or the candidate's self-review. */
  by: 'model' | 'self';
}

/**
 * The verdict the scores add up to. A 1 anywhere is a no hire whatever the rest: one dimension
 * that failed outright sinks a real debrief too. A strong hire needs every dimension at 3 or more.
 */
export function verdictOf(scores: readonly Score[]): Verdict {
  if (scores.length === 0) return 'no-hire';
  const mean = scores.reduce<number>((sum, score) => sum + score, 0) / scores.length;
  const lowest = Math.min(...scores);
  if (lowest >= 3 && mean >= 3.5) return 'strong-hire';
  if (lowest >= 2 && mean >= 2.75) return 'hire';
  if (mean >= 1.75) return 'no-hire';
  return 'strong-no-hire';
}

export function isScore(value: unknown): value is Score {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

const MAX_EVIDENCE = 4;
const MAX_EVIDENCE_CHARS = 400;

/**
 * A scorecard in the rubric's shape from dimension scores given in any order: each dimension once,
 * in order, evidence trimmed and bounded, a dimension left unscored given `fallbackScore` and
 * evidence that says so; the verdict recomputed from the scores.
 */
export function buildScorecard(
  scores: readonly { dimension: Dimension; score: Score; evidence: readonly string[] }[],
  summary: string,
  by: Scorecard['by'],
  fallbackScore: Score = 1,
): Scorecard {
  const dimensions = DIMENSIONS.map((dimension): DimensionScore => {
    const given = scores.find((entry) => entry.dimension === dimension);
    const evidence = (given?.evidence ?? [])
      .map((line) => line.trim().slice(0, MAX_EVIDENCE_CHARS))
      .filter(Boolean)
      .slice(0, MAX_EVIDENCE);
    return {
      dimension,
      score: given?.score ?? fallbackScore,
      evidence: evidence.length > 0 ? evidence : ['Not scored: nothing in the round showed it.'],
    };
  });
  return {
    dimensions,
    verdict: verdictOf(dimensions.map((entry) => entry.score)),
    summary: summary.trim().slice(0, 800),
    by,
  };
}
