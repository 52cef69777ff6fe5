import { BLOCKED_MATCHES } from './blocked';
import { matchesOf } from './core';
import { atcoder } from './sites/atcoder';
import { codechef } from './sites/codechef';
import { codeforces } from './sites/codeforces';
import { geeksforgeeks } from './sites/geeksforgeeks';
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

/** Where the coding content script runs: coding sites and the assessments it refuses on. */
export const CODING_MATCHES: string[] = [...new Set([...matchesOf(CODING_EXTRACTORS), ...BLOCKED_MATCHES])];

/** Where the editor bridge runs: practice sites only, never the assessments Sparring refuses on. */
export const CODING_EDITOR_MATCHES: string[] = matchesOf(CODING_EXTRACTORS);
