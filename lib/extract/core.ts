import { blockedContext } from './blocked';
import type { PageContext } from './context';
import { textOf } from './dom';
import type { SiteExtractor } from './types';

export type PageReader = (doc: Document, href: string) => PageContext;

/**
 * A page reader over a list of extractors: live contests and assessments are refused first, then
 * the first extractor that handles the URL and recognises the page wins. A reader that trips over
 * hostile markup is skipped rather than allowed to break the page's content script. Each content
 * script builds one over only its family of sites, so it bundles no other site's parser.
 */
export function createPageReader(extractors: readonly SiteExtractor[]): PageReader {
  return (doc, href) => {
    const url = new URL(href);
    const blocked = blockedContext(url);
    if (blocked) return blocked;
    for (const extractor of extractors) {
      if (!extractor.handles(url)) continue;
      try {
        const context = extractor.extract(doc, url);
        if (context) return context;
      } catch {
        // Fall through to the next reader; "none" at worst.
      }
    }
    return { kind: 'none', url: url.href, title: textOf(doc.querySelector('title')) };
  };
}

/** Manifest match patterns of a family of extractors. */
export function matchesOf(extractors: readonly SiteExtractor[]): string[] {
  return [...new Set(extractors.flatMap((extractor) => extractor.matches))];
}
