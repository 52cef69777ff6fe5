import { CODING_EXTRACTORS, CODING_MATCHES } from './coding';
import { JOB_EXTRACTORS, JOB_MATCHES } from './jobs';
import { genericProblem } from './sites/generic';
import type { SiteExtractor } from './types';

/**
 * Every site Sparring reads, in the order they are tried (live contests and assessments are
 * refused before any of them, see blocked.ts). Adding a site: its module in sites/, one line
 * here, its fixtures and its README row. The generic problem reader goes last.
 */
export const EXTRACTORS: readonly SiteExtractor[] = [
  ...CODING_EXTRACTORS,
  ...JOB_EXTRACTORS,
  genericProblem(CODING_EXTRACTORS),
];

/** Every pattern a content script runs on. */
export const CONTENT_MATCHES: string[] = [...new Set([...CODING_MATCHES, ...JOB_MATCHES])];

export { CODING_EXTRACTORS, CODING_MATCHES, JOB_EXTRACTORS, JOB_MATCHES };
