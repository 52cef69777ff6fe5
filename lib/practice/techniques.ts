import type { ProblemAnalysis } from '../coach/problem';

/** A technique the coach is at least this sure of is worth recording against the problem. */
const SURE = 0.5;

/**
 * The techniques the history keeps for a problem, from the offline coach's analysis: the library's
 * for a problem it knows, otherwise those the coach is fairly sure of, at most three, or its best
 * guess when it is sure of none.
 */
export function recordedTechniques(analysis: Pick<ProblemAnalysis, 'patterns' | 'source'>): string[] {
  if (analysis.source === 'library') return analysis.patterns.map((pattern) => pattern.id);
  const sure = analysis.patterns.filter((pattern) => pattern.confidence >= SURE).slice(0, 3);
  return (sure.length > 0 ? sure : analysis.patterns.slice(0, 1)).map((pattern) => pattern.id);
}
