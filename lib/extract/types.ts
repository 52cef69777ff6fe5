import type { PageContext } from './context';

/**
 * One site's reader: its URL patterns and its parsing, nothing else. Pure: it reads the document
 * it is given (never layout or innerText), so the same code runs in the browser and in Node.
 */
export interface SiteExtractor {
  /** The `site` id it reports (several modules may share one, e.g. generic fallbacks). */
  readonly id: string;
  /** Manifest match patterns the content script is injected on. */
  readonly matches: readonly string[];
  /** Whether this extractor handles the URL (mirrors and paths the match patterns cannot say). */
  handles(url: URL): boolean;
  /** The page's context, or null when this page is not one it can read. */
  extract(doc: Document, url: URL): PageContext | null;
}
