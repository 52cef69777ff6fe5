import type { BlockedContext } from './context';

/*
 * Sparring is a practice tool. On live contests and proctored or hiring assessments it reads
 * nothing and the panel says why. Decided from the URL alone, before any extractor runs, so no
 * page content is ever read there. Assessment vendors are in no content script's match patterns
 * (Sparring holds no host access there and adds nothing to their pages): the panel decides from
 * the tab's URL. Where an assessment shares a host with practice pages, its paths are excluded.
 */

interface Rule {
  site: string;
  host: RegExp;
  path?: RegExp;
  reason: string;
  /** The same problem's practice page, where there is one. */
  practice?(url: URL): string | undefined;
}

// Short on purpose: these strings ship in the content script on every matched page.
const ASSESSMENT = 'This is a hiring or proctored assessment. Sparring is for practice, so it stays out.';
const LIVE = 'This is a live interview. Sparring is for practice, so it stays out.';
const LEETCODE = /(^|\.)leetcode\.(com|cn)$/;
const LEETCODE_CONTEST = /^\/contest\/[^/]+\/problems\/([^/]+)/;

/** What the panel says on a judge's problem page while its contest is running. */
export const LIVE_ROUND =
  'This contest is running. Sparring does not help in live rounds; practise the problem once it is over.';

/** Contest pages on a practice host: the content script runs there and refuses before reading. */
const CONTESTS: Rule[] = [
  {
    site: 'leetcode',
    host: LEETCODE,
    path: LEETCODE_CONTEST,
    reason:
      'This is a contest problem. Sparring does not help in contests; practise it once the contest is over.',
    // Every contest problem joins the problem set under the same slug.
    practice: (url) => `${url.origin}/problems/${LEETCODE_CONTEST.exec(url.pathname)?.[1]}/`,
  },
];

/** Assessments on a practice host: their paths are excluded from the content script's patterns. */
const SHARED_HOSTS: Rule[] = [
  { site: 'leetcode', host: LEETCODE, path: /^\/(interview|assessment)\//, reason: ASSESSMENT },
  { site: 'hackerrank', host: /(^|\.)hackerrank\.com$/, path: /^(\/[^/]+)?\/tests?\//, reason: ASSESSMENT },
];

// The manifest patterns of those paths. Match patterns cannot say "at most one segment": a
// wildcard segment before HackerRank's "test" is the closest they come to `^(/[^/]+)?/tests?/`.
// Pure calls: the manifest uses the list (wxt.config.ts), no content script carries it.
const patterns = (hosts: string[], paths: string[]) =>
  hosts.flatMap((host) => paths.map((path) => `https://${host}${path}`));
export const BLOCKED_EXCLUDES: readonly string[] = /* @__PURE__ */ patterns(
  ['leetcode.com', 'leetcode.cn'],
  ['/interview/*', '/assessment/*'],
).concat(
  /* @__PURE__ */ patterns(
    ['www.hackerrank.com', 'hackerrank.com'],
    ['/test/*', '/tests/*', '/*/test/*', '/*/tests/*'],
  ),
);

/** Assessment vendors: no content script runs there; the panel decides from the tab's URL. */
const VENDORS: Rule[] = [
  {
    site: 'codesignal',
    host: /(^|\.)codesignal\.com$/,
    path: /^\/(test|assessment|interview|certification|invite)/,
    reason: ASSESSMENT,
  },
  {
    site: 'codility',
    host: /(^|\.)codility\.com$/,
    path: /^\/(c|test|cert|demo\/take-sample-test)\//,
    reason: ASSESSMENT,
  },
  { site: 'coderpad', host: /^app\.coderpad\.io$/, reason: LIVE },
  {
    site: 'hackerearth',
    host: /(^|\.)hackerearth\.com$/,
    path: /^\/(assessment|challenges\/hiring|recruit)|\/test\//,
    reason: ASSESSMENT,
  },
  { site: 'hackerearth', host: /^assessment\.hackerearth\.com$/, reason: ASSESSMENT },
  {
    site: 'karat',
    host: /(^|\.)karat\.(io|com)$/,
    path: /^\/(interview|candidate|i\/|session)/,
    reason: LIVE,
  },
  {
    site: 'assessment',
    host: /(^|\.)(hirevue\.com|testgorilla\.com|mettl\.com|imocha\.io|devskiller\.com|qualified\.io|byteboard\.dev)$/,
    reason: ASSESSMENT,
  },
];

/** The refusal for a contest or assessment URL, or null when practice is fine. */
export function blockedContext(url: URL): BlockedContext | null {
  return refusal(url, CONTESTS) ?? refusal(url, SHARED_HOSTS) ?? refusal(url, VENDORS);
}

/** The refusals a content script can meet: the others are on pages it never runs on. */
export function blockedContest(url: URL): BlockedContext | null {
  return refusal(url, CONTESTS);
}

function refusal(url: URL, rules: Rule[]): BlockedContext | null {
  const host = url.hostname.toLowerCase();
  for (const rule of rules) {
    if (!rule.host.test(host) || (rule.path && !rule.path.test(url.pathname))) continue;
    const blocked: BlockedContext = { kind: 'blocked', site: rule.site, url: url.href, reason: rule.reason };
    const practice = rule.practice?.(url);
    if (practice) blocked.practiceUrl = practice;
    return blocked;
  }
  return null;
}
