import type { PageContext } from './context';
import { extractPage } from './index';
import { readCareersPage } from './readable';

/**
 * The whole pipeline, heavy fallbacks included (a careers page read with Readability): what
 * "Read this page" runs on request on a page no content script covers, never on page load.
 */
export function extractPageDeep(doc: Document, href: string, now?: number): PageContext {
  const context = extractPage(doc, href, now);
  if (context.kind !== 'none') return context;
  return readCareersPage(doc, new URL(href)) ?? context;
}
