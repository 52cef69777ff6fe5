import { blockedContext } from './blocked';
import type { PageContext } from './context';
import { textOf } from './dom';
import { EXTRACTORS } from './registry';

export type { PageContext } from './context';

/**
 * Read a page: live contests and assessments are refused first, then the first extractor that
 * handles the URL and recognises the page wins. A reader that trips over hostile markup is
 * skipped rather than allowed to break the page's content script.
 */
export function extractPage(doc: Document, href: string): PageContext {
  const url = new URL(href);
  const blocked = blockedContext(url);
  if (blocked) return blocked;
  for (const extractor of EXTRACTORS) {
    if (!extractor.handles(url)) continue;
    try {
      const context = extractor.extract(doc, url);
      if (context) return context;
    } catch {
      // Fall through to the next reader; "none" at worst.
    }
  }
  return { kind: 'none', url: url.href, title: textOf(doc.querySelector('title')) };
}
