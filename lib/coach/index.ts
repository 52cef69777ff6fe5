import type { PageContext } from '@/lib/extract/context';
import { type AnalyzeJobOptions, analyzeJob, type JobAnalysis } from './job';
import { analyzeProblem, type ProblemAnalysis } from './problem';
import { jobFromText, looksLikeJob, problemFromText } from './text';

export { analyzeJob, type JobAnalysis } from './job';
export { analyzeProblem, type ProblemAnalysis } from './problem';

export type CoachResult =
  | { kind: 'problem'; analysis: ProblemAnalysis }
  | { kind: 'job'; analysis: JobAnalysis };

/** The offline coach for whatever the page is; null for pages it has nothing to say about. */
export function analyze(context: PageContext, options: AnalyzeJobOptions = {}): CoachResult | null {
  switch (context.kind) {
    case 'problem':
      return { kind: 'problem', analysis: analyzeProblem(context) };
    case 'job':
      return { kind: 'job', analysis: analyzeJob(context, options) };
    default:
      return null;
  }
}

/** Pasted text: decides whether it reads like a problem or a posting, then analyses it the same way. */
export function analyzeText(
  text: string,
  options: AnalyzeJobOptions = {},
): { context: PageContext; result: CoachResult } {
  const context = looksLikeJob(text) ? jobFromText(text) : problemFromText(text);
  const result = analyze(context, options) as CoachResult;
  return { context, result };
}
