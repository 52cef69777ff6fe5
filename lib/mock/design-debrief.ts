import type { CheckVerdict } from './names';
import type { Score } from './rubric';

/*
 * The design round's debrief: each checklist item of the case judged covered, partly or missed,
 * with its evidence, and a score from the share covered when the candidate reviews alone.
 */

export const CHECK_LABELS: Record<CheckVerdict, string> = {
  covered: 'Covered',
  partly: 'Partly',
  missed: 'Missed',
};

export interface DebriefItem {
  /** The case's checklist item, word for word. */
  item: string;
  verdict: CheckVerdict;
  /** Where the notes or the conversation showed it (or what was missing). */
  evidence: string;
}

export interface Debrief {
  /** One per checklist item, in the case's order. */
  items: DebriefItem[];
  strengths: string[];
  gaps: string[];
  score: Score;
  by: 'model' | 'self';
}

/** The share of the checklist covered, a partly counting half. */
export function coverage(items: readonly Pick<DebriefItem, 'verdict'>[]): number {
  if (items.length === 0) return 0;
  const points = items.reduce(
    (sum, item) => sum + (item.verdict === 'covered' ? 1 : item.verdict === 'partly' ? 0.5 : 0),
    0,
  );
  return points / items.length;
}

/** A self-review's score from its coverage: most of a case's checklist is what a hire covers. */
export function scoreFromCoverage(share: number): Score {
  if (share >= 0.85) return 4;
  if (share >= 0.65) return 3;
  if (share >= 0.4) return 2;
  return 1;
}

const MAX_POINTS = 4;
const clip = (text: string, max: number) => text.trim().slice(0, max);

/**
 * A debrief in the case's shape from verdicts given by checklist index in any order: each item once,
 * in order; an item nobody judged is missed, and says so.
 */
export function buildDebrief(
  checklist: readonly string[],
  given: readonly { index: number; verdict: CheckVerdict; evidence: string }[],
  rest: { strengths: readonly string[]; gaps: readonly string[]; score?: Score; by: Debrief['by'] },
): Debrief {
  const items = checklist.map((item, index): DebriefItem => {
    const judged = given.find((entry) => entry.index === index);
    return judged
      ? { item, verdict: judged.verdict, evidence: clip(judged.evidence, 400) }
      : { item, verdict: 'missed', evidence: 'Not assessed.' };
  });
  const points = (list: readonly string[]) =>
    list
      .map((text) => clip(text, 300))
      .filter(Boolean)
      .slice(0, MAX_POINTS);
  return {
    items,
    strengths: points(rest.strengths),
    gaps: points(rest.gaps),
    score: rest.score ?? scoreFromCoverage(coverage(items)),
    by: rest.by,
  };
}
