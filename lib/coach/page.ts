import type { PageContext } from '@/lib/extract/context';
import { readAsExtension } from '@/lib/extract/pipeline';

/**
 * The context the coach reads for a saved page: exactly what the extension reads there (the
 * content script of the site's family, or "Read this page" elsewhere). No page-text fallback: a
 * contest list, a dashboard or a sign-in wall reads as nothing, as it does in the panel, and
 * pasted text goes through `contextFromText` instead.
 */
export function contextForCoach(doc: Document, href: string): PageContext {
  return readAsExtension(doc, href);
}
