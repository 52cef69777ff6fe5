import { CODING_EXTRACTORS } from './coding';
import { JOB_EXTRACTORS } from './jobs';
import { genericProblem } from './sites/generic';
import type { SiteExtractor } from './types';

/**
 * Every site Sparring reads, in the order they are tried (live contests and assessments are
 * refused before any of them, see blocked.ts). Adding a site: its module in sites/, one line in
 * its family's list (coding.ts or jobs/index.ts), its fixtures and its README row. The generic
 * problem reader goes last.
 */
export const EXTRACTORS: readonly SiteExtractor[] = [
  ...CODING_EXTRACTORS,
  ...JOB_EXTRACTORS,
  genericProblem(CODING_EXTRACTORS),
];
