import type { BlockedContext } from './context';

/*
 * Sparring is a practice tool. On live contests and proctored or hiring assessments it reads
 * nothing and the panel says why. Decided from the URL alone, before any extractor runs, so no
 * page content is ever read there.
 */

interface Rule {
  site: string;
  host: RegExp;
  path?: RegExp;
  /** Manifest patterns so the content script runs there and the panel can show the refusal. */
  matches: string[];
  reason: string;
}

// Short on purpose: these strings ship in the content script on every matched page.
const ASSESSMENT = 'This is a hiring or proctored assessment. Sparring is for practice, so it stays out.';
const LIVE = 'This is a live interview. Sparring is for practice, so it stays out.';

const RULES: Rule[] = [
  {
    site: 'leetcode',
    host: /(^|\.)leetcode\.(com|cn)$/,
    path: /^\/contest\/[^/]+\/problems\//,
    matches: [],
    reason:
      'This is a contest problem. Sparring does not help in contests; practise it once the contest is over.',
  },
  {
    site: 'leetcode',
    host: /(^|\.)leetcode\.(com|cn)$/,
    path: /^\/(interview|assessment)\//,
    matches: [],
    reason: ASSESSMENT,
  },
  {
    site: 'hackerrank',
    host: /(^|\.)hackerrank\.com$/,
    path: /^(\/[^/]+)?\/tests?\//,
    matches: [],
    reason: ASSESSMENT,
  },
  {
    site: 'codesignal',
    host: /(^|\.)codesignal\.com$/,
    path: /^\/(test|assessment|interview|certification|invite)/,
    matches: ['https://app.codesignal.com/*'],
    reason: ASSESSMENT,
  },
  {
    site: 'codility',
    host: /(^|\.)codility\.com$/,
    path: /^\/(c|test|cert|demo\/take-sample-test)\//,
    matches: ['https://app.codility.com/*'],
    reason: ASSESSMENT,
  },
  {
    site: 'coderpad',
    host: /^app\.coderpad\.io$/,
    matches: ['https://app.coderpad.io/*'],
    reason: LIVE,
  },
  {
    site: 'hackerearth',
    host: /(^|\.)hackerearth\.com$/,
    path: /^\/(assessment|challenges\/hiring|recruit)|\/test\//,
    matches: ['https://*.hackerearth.com/*'],
    reason: ASSESSMENT,
  },
  { site: 'hackerearth', host: /^assessment\.hackerearth\.com$/, matches: [], reason: ASSESSMENT },
  {
    site: 'karat',
    host: /(^|\.)karat\.(io|com)$/,
    path: /^\/(interview|candidate|i\/|session)/,
    matches: ['https://*.karat.io/*', 'https://*.karat.com/*'],
    reason: LIVE,
  },
  {
    site: 'assessment',
    host: /(^|\.)(hirevue\.com|testgorilla\.com|mettl\.com|imocha\.io|devskiller\.com|qualified\.io|byteboard\.dev)$/,
    matches: [
      'https://*.hirevue.com/*',
      'https://*.testgorilla.com/*',
      'https://*.mettl.com/*',
      'https://*.imocha.io/*',
      'https://*.devskiller.com/*',
      'https://*.qualified.io/*',
      'https://*.byteboard.dev/*',
    ],
    reason: ASSESSMENT,
  },
];

/** Content-script match patterns of assessment sites the coding extractors do not already cover. */
export const BLOCKED_MATCHES: readonly string[] = RULES.flatMap((rule) => rule.matches);

/** The refusal for a live contest or assessment URL, or null when practice is fine. */
export function blockedContext(url: URL): BlockedContext | null {
  const host = url.hostname.toLowerCase();
  for (const rule of RULES) {
    if (!rule.host.test(host) || (rule.path && !rule.path.test(url.pathname))) continue;
    return { kind: 'blocked', site: rule.site, url: url.href, reason: rule.reason };
  }
  return null;
}
