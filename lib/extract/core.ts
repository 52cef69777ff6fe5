import type { BlockedContext, PageContext } from './context';
import { titleOf } from './dom';
import type { SiteExtractor } from './types';
import { beginRead } from './visible';

/** `now` (epoch ms) decides whether a contest the page shows is still running. */
export type PageReader = (doc: Document, href: string, now?: number) => PageContext;

/** An extractor that trips over hostile markup is skipped rather than allowed to break the page. */
function attempt<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/**
 * A page reader over a list of extractors: assessments and live contests are refused first (from
 * the URL with `refuse`, then from what the page shows), then the first extractor that handles the
 * URL and recognises the page wins. When a site's reader finds nothing on a URL that names a
 * problem or posting (a redesign), its generic fallback reads the page before any other reader.
 * Each content script builds one over only its group of sites, so it bundles no other group's
 * parsers.
 */
export function createPageReader(
  extractors: readonly SiteExtractor[],
  refuse?: (url: URL) => BlockedContext | null,
): PageReader {
  return (doc, href, now = Date.now()) => {
    const url = new URL(href);
    const blocked = refuse?.(url);
    if (blocked) return blocked;
    beginRead();
    const handling = extractors.filter((extractor) => extractor.handles(url));
    for (const extractor of handling) {
      const reason = extractor.liveRound && attempt(() => extractor.liveRound?.(doc, url, now) ?? null);
      if (reason) return { kind: 'blocked', site: extractor.id, url: url.href, reason };
    }
    for (const extractor of handling) {
      const context =
        attempt(() => extractor.extract(doc, url)) ??
        attempt(() => {
          const id = extractor.pageId?.(url);
          return id ? (extractor.fallback?.(doc, url, extractor.id, id) ?? null) : null;
        });
      if (context) return context;
    }
    return { kind: 'none', url: url.href, title: titleOf(doc) };
  };
}

/** Manifest match patterns of a family of extractors. */
export function matchesOf(extractors: readonly SiteExtractor[]): string[] {
  return [...new Set(extractors.flatMap((extractor) => extractor.matches))];
}
