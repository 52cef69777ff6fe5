import { LIVE_ROUND } from '../blocked';
import { textOf } from '../dom';
import { problemContext, readStatement } from '../problem';
import { cleanTitle, limitsOf, metaTitle } from '../problem-header';
import type { SiteExtractor } from '../types';
import { readProblemFallback } from './generic';

/* /problems/CODE, /START123/problems/CODE, /practice/course/…/problems/CODE. */
const PROBLEM_PATH = /\/problems\/([\w-]+)\/?$/;

/**
 * A contest's problem page (/START150D/problems/CODE) counts down the time left in a timer; the
 * practice page (/problems/CODE) and an ended contest show none, or say it has ended.
 */
function liveRound(doc: Document, url: URL): string | null {
  if (/^\/problems\//.test(url.pathname)) return null;
  for (const timer of doc.querySelectorAll('[class*="timer"], [class*="Timer"], [class*="countdown"]')) {
    const text = textOf(timer);
    if (/\d{1,2}:\d{2}(:\d{2})?|\d+\s*(hrs?|mins?|days?)\b/i.test(text) && !/ended|over|finished/i.test(text))
      return LIVE_ROUND;
  }
  return null;
}

export const codechef: SiteExtractor = {
  id: 'codechef',
  name: 'CodeChef',
  matches: ['https://www.codechef.com/*', 'https://codechef.com/*'],
  handles: (url) => /(^|\.)codechef\.com$/.test(url.hostname),
  pageId: (url) => PROBLEM_PATH.exec(url.pathname)?.[1]?.toUpperCase(),
  extract(doc, url) {
    const code = PROBLEM_PATH.exec(url.pathname)?.[1]?.toUpperCase();
    // The statement itself; its container also holds a course advert and the feedback sidebar.
    const statement =
      doc.querySelector('#problem-statement') ?? doc.querySelector('[class*="problem-statement"]');
    if (!code || !statement) return null;
    const heading = statement.querySelector('h1, h2, h3');
    const headingIsTitle =
      heading !== null && !/^(problem|input|output|constraints|sample)/i.test(textOf(heading));
    const title = cleanTitle(
      textOf(doc.querySelector('[class*="problem__title"] h1, #problem-name, h1[class*="title"]')) ||
        (headingIsTitle ? textOf(heading) : '') ||
        metaTitle(doc),
    );
    if (!title) return null;
    // Limits are "Time Limit: 1 secs" rows, or "More Info" pairs of a title span and a value span.
    const limitRows = [...doc.querySelectorAll('[class*="limit"], [class*="Limit"], span[class*="_title"]')]
      .map((el) => `${textOf(el)} ${el.matches('span') ? textOf(el.nextElementSibling) : ''}`)
      .join(' ');
    const time = /time limit\s*[:：]?\s*([\d.]+\s*(?:ms|seconds?|secs?|s))/i.exec(limitRows)?.[1] ?? '';
    const memory =
      /memory limit\s*[:：]?\s*([\d.]+\s*(?:[MG]i?B|megabytes?|gigabytes?))/i.exec(limitRows)?.[1] ?? '';
    return problemContext({
      site: 'codechef',
      url: url.href,
      id: code,
      title,
      // A course advert ("Learn the building blocks of Java … Start Learning") is no part of it.
      ...readStatement(
        statement,
        (node) =>
          (headingIsTitle && node === heading) ||
          (node.nodeType === 1 && !!(node as Element).querySelector?.('a[href*="/learn/course/"]')),
      ),
      tags: [...doc.querySelectorAll('[class*="tag"] a[href*="tags"], a[href*="/tags/problems/"]')].map(
        textOf,
      ),
      limits: limitsOf(time, memory),
      source: 'dom',
    });
  },
  // The difficulty rating, the tags and, among the statement's tabs, Solution and AI Help (the
  // third and fourth: MUI numbers its tabs, the labels have no attribute of their own).
  conceal: '[class*=_difficulty],[class*=_tags__container],[role=tab]:is([id$=panel-2],[id$=panel-3])',
  fallback: readProblemFallback,
  liveRound,
};
