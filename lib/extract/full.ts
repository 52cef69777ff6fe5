import type { PageContext } from './context';
import { extractPage } from './index';

/**
 * The whole pipeline, heavy fallbacks included (a careers page read with Readability). Used by
 * the CLI and the on-request "Read this page" action, never by the always-on content script.
 */
export function extractPageDeep(doc: Document, href: string): PageContext {
  return extractPage(doc, href);
}
