import { BLOCKED_MATCHES } from './blocked';
import { JOB_EXTRACTORS } from './jobs';
import { atcoder } from './sites/atcoder';
import { codechef } from './sites/codechef';
import { codeforces } from './sites/codeforces';
import { geeksforgeeks } from './sites/geeksforgeeks';
import { genericProblem } from './sites/generic';
import { hackerrank } from './sites/hackerrank';
import { leetcode } from './sites/leetcode';
import { neetcode } from './sites/neetcode';
import type { SiteExtractor } from './types';

/** Coding-practice sites, each with its own reader. */
export const CODING_EXTRACTORS: readonly SiteExtractor[] = [
  leetcode,
  hackerrank,
  codeforces,
  atcoder,
  geeksforgeeks,
  neetcode,
  codechef,
];

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

/** The content script's match patterns: the supported sites and the assessments it refuses on. */
export const CONTENT_MATCHES: string[] = [
  ...new Set([...EXTRACTORS.flatMap((e) => e.matches), ...BLOCKED_MATCHES]),
];
