import { textOf } from '../dom';
import { nodesToMarkdown } from '../markdown';
import { problemContext, readStatement } from '../problem';
import { cleanTitle, difficultyIn, metaTitle } from '../problem-header';
import type { SiteExtractor } from '../types';
import { readProblemFallback } from './generic';

const PROBLEM_PATH = /^\/problems\/([\w-]+)/;
const ARTICLE = ['app-article .my-article-component-container', 'app-article', '.question-tab'];

/** NeetCode's hints are collapsed <details>: "Recommended Time & Space Complexity", "Hint 1", … */
function hintOf(details: Element): string {
  const summary = textOf(details.querySelector('summary'));
  const body = nodesToMarkdown([...details.childNodes].filter((n) => (n as Element).tagName !== 'SUMMARY'));
  return summary && body ? `${summary}: ${body}` : body;
}

export const neetcode: SiteExtractor = {
  id: 'neetcode',
  name: 'NeetCode',
  matches: ['https://neetcode.io/*'],
  handles: (url) => /(^|\.)neetcode\.io$/.test(url.hostname),
  pageId: (url) => PROBLEM_PATH.exec(url.pathname)?.[1]?.toLowerCase(),
  extract(doc, url) {
    const slug = PROBLEM_PATH.exec(url.pathname)?.[1]?.toLowerCase();
    if (!slug) return null;
    // Angular renders the statement as an article; no embedded problem data is served.
    const article = ARTICLE.map((selector) => doc.querySelector(selector)).find(Boolean);
    if (!article) return null;
    const heading = article.querySelector('h1');
    const title = cleanTitle(textOf(heading)) || metaTitle(doc);
    if (!title) return null;
    const details = [...article.querySelectorAll('details')];
    return problemContext({
      site: 'neetcode',
      url: url.href,
      id: slug,
      title,
      difficulty: difficultyIn(doc.querySelectorAll('[class*="difficulty"]')),
      ...readStatement(article, (node) => node === heading || details.some((d) => d === node)),
      tags: [...doc.querySelectorAll('.topics-container .topic-tag, app-article ~ * .topic-tag')].map(textOf),
      hints: details.map(hintOf).filter(Boolean),
      source: 'dom',
    });
  },
  // The difficulty, the collapsed hints and complexity in the article, the topic tags, and the tab
  // bar, whose Solution tab opens the written solutions. The bar's class (tabs-list) is the one public
  // scrapers of the problem page wait for before clicking Solution; the statement is not in it.
  conceal: '[class*=difficulty],app-article details,.topics-container,.tabs-list',
  fallback: readProblemFallback,
};
