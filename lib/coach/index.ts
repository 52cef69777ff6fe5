import type { PageContext } from '@/lib/extract/context';
import { type AnalyzeJobOptions, analyzeJob, type JobAnalysis } from './job';
import { analyzeProblem, type LibraryMatch, type ProblemAnalysis } from './problem';
import { databaseEvidence } from './query';
import { jobFromText, looksLikeJob, problemFromText } from './text';

export { analyzeJob, type JobAnalysis } from './job';
export { analyzeProblem, type ProblemAnalysis } from './problem';

export type CoachResult =
  | { kind: 'problem'; analysis: ProblemAnalysis }
  | { kind: 'job'; analysis: JobAnalysis };

export interface AnalyzeOptions extends AnalyzeJobOptions {
  /** The problem library's entry for this page, found by the caller's loader (see problem/library). */
  library?: LibraryMatch | null;
}

/** The offline coach for whatever the page is; null for pages it has nothing to say about. */
export function analyze(context: PageContext, options: AnalyzeOptions = {}): CoachResult | null {
  switch (context.kind) {
    case 'problem':
      return { kind: 'problem', analysis: analyzeProblem(context, options.library ?? null) };
    case 'job':
      return { kind: 'job', analysis: analyzeJob(context, options) };
    default:
      return null;
  }
}

/**
 * Pasted text read as a context: whether it reads like a problem or a posting decides which. A
 * table schema makes it a problem however much it speaks of employees, salaries and departments.
 */
export function contextFromText(text: string): PageContext {
  const schema = databaseEvidence({ site: 'generic', statement: text, tags: [] }).length > 0;
  return looksLikeJob(text) && !schema ? jobFromText(text) : problemFromText(text);
}

/** Pasted text: decides whether it reads like a problem or a posting, then analyses it the same way. */
export function analyzeText(
  text: string,
  options: AnalyzeOptions = {},
): { context: PageContext; result: CoachResult } {
  const context = contextFromText(text);
  const result = analyze(context, options) as CoachResult;
  return { context, result };
}
