import { BLOCKED_EXCLUDES } from './blocked';
import { matchesOf } from './core';
import { atcoder } from './sites/atcoder';
import { codechef } from './sites/codechef';
import { codeforces } from './sites/codeforces';
import { cses } from './sites/cses';
import { geeksforgeeks } from './sites/geeksforgeeks';
import { hackerrank } from './sites/hackerrank';
import { leetcode } from './sites/leetcode';
import { neetcode } from './sites/neetcode';
import type { SiteExtractor } from './types';

/**
 * LeetCode (leetcode.com and leetcode.cn): the largest reader, its GraphQL enrichment and contests
 * refused by URL. A group of its own, so LeetCode's pages carry no other problem set's reader and
 * the other problem sets carry none of LeetCode's. One content script per group keeps each page's
 * script small: no page loads another group's readers.
 */
export const LEETCODE_EXTRACTORS: readonly SiteExtractor[] = [leetcode];

/** The other problem sets. */
export const PRACTICE_EXTRACTORS: readonly SiteExtractor[] = [hackerrank, geeksforgeeks, neetcode];

/** Judges, whose pages may show a running round (`liveRound`): their own content script. */
export const JUDGE_EXTRACTORS: readonly SiteExtractor[] = [codeforces, atcoder, codechef, cses];

/** Coding-practice sites, each with its own reader. */
// Pure calls, so a content script importing one group bundles no other group's readers.
export const CODING_EXTRACTORS: readonly SiteExtractor[] = /* @__PURE__ */ LEETCODE_EXTRACTORS.concat(
  PRACTICE_EXTRACTORS,
  JUDGE_EXTRACTORS,
);

/** Where the coding content scripts (and the editor bridge) run: practice sites and judges. */
export const CODING_MATCHES: string[] = /* @__PURE__ */ matchesOf(CODING_EXTRACTORS);

/** Assessment paths on those sites' hosts, where Sparring runs nothing at all. */
export const CODING_EXCLUDES: string[] = /* @__PURE__ */ BLOCKED_EXCLUDES.slice();
