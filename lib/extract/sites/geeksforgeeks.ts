import { findObject, parseHtml, readJsonScript, str, textOf } from '../dom';
import { problemContext, readStatement } from '../problem';
import { cleanTitle, difficultyIn, difficultyOf, metaTitle } from '../problem-header';
import { titleFromSlug } from '../title-from-slug';
import type { SiteExtractor } from '../types';
import { readProblemFallback } from './generic';

const PROBLEM_PATH = /^\/problems\/([\w-]+)(?:\/|$)/;

function topicTags(value: unknown): string[] {
  const tags = value && typeof value === 'object' ? (value as { topic_tags?: unknown }).topic_tags : value;
  return Array.isArray(tags) ? tags.map(str).filter(Boolean) : [];
}

export const geeksforgeeks: SiteExtractor = {
  id: 'geeksforgeeks',
  name: 'GeeksforGeeks',
  matches: ['https://www.geeksforgeeks.org/*', 'https://practice.geeksforgeeks.org/*'],
  handles: (url) => /(^|\.)geeksforgeeks\.org$/.test(url.hostname),
  pageId: (url) => PROBLEM_PATH.exec(url.pathname)?.[1]?.toLowerCase(),
  extract(doc, url) {
    const slug = PROBLEM_PATH.exec(url.pathname)?.[1]?.toLowerCase();
    if (!slug) return null;
    // Next.js state carries the whole problem; its path inside the state changes between releases.
    const data = findObject(
      readJsonScript(doc, 'script#__NEXT_DATA__'),
      (node) => typeof node.problem_name === 'string' && typeof node.problem_question === 'string',
    );
    const dataSlug = str(data?.slug);
    if (data && (!dataSlug || dataSlug === slug)) {
      const title = cleanTitle(str(data.problem_name));
      if (title) {
        return problemContext({
          site: 'geeksforgeeks',
          url: url.href,
          id: slug,
          title,
          difficulty: difficultyOf(data.difficulty),
          ...readStatement(parseHtml(doc, str(data.problem_question))),
          tags: topicTags(data.tags),
          source: 'next-data',
        });
      }
    }
    // CSS-module classes keep their readable prefix and change only the hash suffix.
    const content = doc.querySelector('[class*="problems_problem_content"]');
    if (!content) return null;
    const header = doc.querySelector('[class*="problems_header_content"]');
    // A page saved without its header or <title> still names the problem in its URL.
    const title =
      cleanTitle(textOf(header?.querySelector('h3, h1'))) || metaTitle(doc) || titleFromSlug(slug);
    if (!title) return null;
    const difficulty = difficultyIn(header?.querySelectorAll('span, strong, div') ?? []);
    const tags = [...doc.querySelectorAll('a[href*="category%5B%5D="], a[href*="category[]="]')].map(textOf);
    return problemContext({
      site: 'geeksforgeeks',
      url: url.href,
      id: slug,
      title,
      difficulty,
      ...readStatement(content),
      tags,
      source: 'dom',
    });
  },
  // The header's difficulty, accuracy and points, the tab bar (Editorial, Comments) and the topic,
  // company and article tags below. The statement needs none of the tabs during a round.
  conceal:
    '[class*=problems_header_description],[class*=problems_header_menu],[class*=problems_accordion_container]',
  fallback: readProblemFallback,
};
