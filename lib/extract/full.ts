import type { PageContext } from './context';
import { extractPage } from './index';
import { readCareersPage } from './readable';

/**
 * The whole pipeline, heavy fallbacks included (a careers page read with Readability). Used by
 * the CLI and the on-request "Read this page" action, never by the always-on content script.
 */
export function extractPageDeep(doc: Document, href: string): PageContext {
  const context = extractPage(doc, href);
  if (context.kind !== 'none') return context;
  return readCareersPage(doc, new URL(href)) ?? context;
}
