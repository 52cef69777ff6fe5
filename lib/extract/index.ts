import type { PageContext } from './context';
import { EXTRACTORS } from './registry';

export type { PageContext } from './context';

/** Read a page: the first extractor that handles the URL and recognises the page wins. */
export function extractPage(doc: Document, href: string): PageContext {
  const url = new URL(href);
  for (const extractor of EXTRACTORS) {
    if (!extractor.handles(url)) continue;
    const context = extractor.extract(doc, url);
    if (context) return context;
  }
  return { kind: 'none', url: url.href, title: doc.title.trim() };
}
