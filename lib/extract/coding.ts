import { BLOCKED_EXCLUDES } from './blocked';
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

/** Where the coding content script (and the editor bridge) run: practice sites only. */
export const CODING_MATCHES: string[] = matchesOf(CODING_EXTRACTORS);

/** Assessment paths on those sites' hosts, where Sparring runs nothing at all. */
export const CODING_EXCLUDES: string[] = [...BLOCKED_EXCLUDES];
