import type { PageContext } from './context';
import type { PageAccess, SiteExtractor } from './types';

/**
 * The registered enrichment hooks of a family of sites, run for the content script: each problem
 * or posting is asked about once per page lifetime, and what the hook learnt is added to every
 * later reading of that same problem or posting (an answer that arrives after an in-app move to
 * another problem waits for its own problem). `refresh` asks for a new report once it arrives.
 */
export function createEnricher(
  extractors: readonly SiteExtractor[],
  page: PageAccess,
): (context: PageContext, refresh: () => void) => PageContext {
  const learnt = new Map<string, ((context: PageContext) => PageContext) | null>();
  return (context, refresh) => {
    if (context.kind !== 'problem' && context.kind !== 'job') return context;
    const hook = extractors.find((extractor) => extractor.id === context.site)?.enrich;
    if (!hook) return context;
    const key = `${context.site}:${context.id}`;
    if (!learnt.has(key)) {
      learnt.set(key, null);
      void hook(context, page)
        .then((apply) => {
          if (!apply) return;
          learnt.set(key, apply);
          refresh();
        })
        .catch(() => undefined);
    }
    return learnt.get(key)?.(context) ?? context;
  };
}
