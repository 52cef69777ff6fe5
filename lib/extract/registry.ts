import { JOB_EXTRACTORS } from './jobs';
import { leetcode } from './sites/leetcode';
import type { SiteExtractor } from './types';

/** Every site Sparring reads. Adding a site: its module in sites/, one line here, its fixtures. */
export const EXTRACTORS: readonly SiteExtractor[] = [leetcode, ...JOB_EXTRACTORS];

/** The content script's match patterns: exactly the supported sites. */
export const CONTENT_MATCHES: string[] = [...new Set(EXTRACTORS.flatMap((e) => e.matches))];
