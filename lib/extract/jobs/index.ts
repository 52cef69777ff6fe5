import type { SiteExtractor } from '../types';

/** Job-board readers, site-specific first, schema.org JSON-LD on any site last. */
export const JOB_EXTRACTORS: readonly SiteExtractor[] = [];
