import type { PageContext } from '@/lib/extract/context';
import { extractPageDeep } from '@/lib/extract/full';
import { documentText, jobFromText, looksLikeJob, problemFromText } from './text';

/** An extractor that trips over an unexpected page must not cost the user the coach. */
function safeExtract(doc: Document, href: string): PageContext {
  try {
    return extractPageDeep(doc, href);
  } catch {
    return { kind: 'none', url: href, title: doc.title?.trim() ?? '' };
  }
}

/**
 * The context the coach reads for a saved or open page: the extractors' when they recognise it,
 * else the page's own text read like a paste (marked `source: 'text'`), so an unknown careers
 * page or a site redesign still gets coached. Blocked pages stay blocked.
 */
export function contextForCoach(doc: Document, href: string): PageContext {
  const context = safeExtract(doc, href);
  if (context.kind === 'blocked') return context;
  if (context.kind === 'problem' && context.statement.trim()) return context;
  if (context.kind === 'job' && context.description.trim()) return context;
  const text = documentText(doc);
  if (!text.trim()) return context;
  const fallback = looksLikeJob(text) ? jobFromText(text, href) : problemFromText(text, href);
  if (context.kind === 'problem' && fallback.kind === 'problem') {
    return { ...fallback, site: context.site, id: context.id, title: context.title };
  }
  return fallback;
}
