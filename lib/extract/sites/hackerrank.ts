import { textOf } from '../dom';
import { problemContext, readStatement } from '../problem';
import { cleanTitle, difficultyIn, metaTitle } from '../problem-header';
import { titleFromSlug } from '../title-from-slug';
import type { SiteExtractor } from '../types';
import { readProblemFallback } from './generic';

const CHALLENGE_PATH = /^\/(?:contests\/[\w-]+\/)?challenges\/([\w-]+)/;

export const hackerrank: SiteExtractor = {
  id: 'hackerrank',
  name: 'HackerRank',
  matches: ['https://www.hackerrank.com/*', 'https://hackerrank.com/*'],
  handles: (url) => /(^|\.)hackerrank\.com$/.test(url.hostname),
  pageId: (url) => CHALLENGE_PATH.exec(url.pathname)?.[1]?.toLowerCase(),
  extract(doc, url) {
    const slug = CHALLENGE_PATH.exec(url.pathname)?.[1]?.toLowerCase();
    const body = doc.querySelector('.challenge-body-html');
    if (!slug || !body) return null;
    const title = cleanTitle(
      textOf(
        doc.querySelector('h1.page-label, .challenge-page-label-wrapper h1, h2.hr_tour-challenge-name'),
      ) ||
        metaTitle(doc) ||
        // A page saved without its header or <title> still names the challenge in its URL.
        titleFromSlug(slug),
    );
    if (!title) return null;
    const difficulty = difficultyIn(doc.querySelectorAll('[class*="difficulty"]'));
    return problemContext({
      site: 'hackerrank',
      url: url.href,
      id: slug,
      title,
      difficulty,
      ...readStatement(body),
      tags: [
        ...doc.querySelectorAll(
          '.challenge-sidebar a[href*="/domains/"], .breadcrumb-item a[href*="/domains/"]',
        ),
      ].map(textOf),
      source: 'dom',
    });
  },
  // The difficulty, the breadcrumb's domain (the topic), and the Editorial and Discussions tabs.
  conceal: '[class*=difficulty],[href*="/domains/"],[href$="/editorial"],[href$="/forum"]',
  fallback: readProblemFallback,
};
