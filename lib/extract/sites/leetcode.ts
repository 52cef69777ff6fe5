import type { PageContext } from '../context';
import type { SiteExtractor } from '../types';

const PROBLEM_PATH = /^\/problems\/([a-z0-9-]+)/;

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** "1. Two Sum" → "Two Sum"; "Two Sum - LeetCode" → "Two Sum". */
function cleanTitle(raw: string): string {
  return raw
    .replace(/^\s*\d+\.\s*/, '')
    .replace(/\s*[-|]\s*(LeetCode|力扣.*)\s*$/i, '')
    .trim();
}

export const leetcode: SiteExtractor = {
  id: 'leetcode',
  matches: ['https://leetcode.com/*', 'https://leetcode.cn/*'],
  handles: (url) => /(^|\.)leetcode\.(com|cn)$/.test(url.hostname),
  extract(doc, url): PageContext | null {
    const slug = PROBLEM_PATH.exec(url.pathname)?.[1];
    if (!slug) return null;
    // The title link points at the current problem; after an SPA move the old DOM still links
    // to the old slug, so a mismatch means the page has not caught up yet.
    const link = doc.querySelector(`a[href^="/problems/${slug}"]`);
    const title = cleanTitle(text(link) || doc.title);
    if (!title) return null;
    return {
      kind: 'problem',
      site: 'leetcode',
      url: url.href,
      id: slug,
      title,
      statement: '',
      examples: [],
      constraints: [],
      tags: [],
      hints: [],
      source: 'dom',
    };
  },
};
