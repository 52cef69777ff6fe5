import type { PageContext, ProblemContext } from '@/lib/extract/context';
import { post } from '@/lib/messaging/content';
import type { ExtrasGet, ExtrasPut, ProblemExtras } from '@/lib/messaging/protocol';
import type { ContentScriptOptions } from './content-script';
import { applyExtras, extrasOf } from './extras';

/** Fetches what only the site's own API knows about a problem, or null where it has nothing. */
export type ExtrasLoader = (problem: ProblemContext) => Promise<ProblemExtras | null>;

/**
 * A content script's `enrich` over a site's API (LeetCode's GraphQL: tags and hints), asked once
 * per problem. The background keeps the answer, so a revisited problem costs the site no request.
 */
export function withCachedExtras(load: ExtrasLoader): NonNullable<ContentScriptOptions['enrich']> {
  /** By problem key: absent until asked for, null while unknown or when there are none. */
  const known = new Map<string, ProblemExtras | null>();

  const lookUp = async (problem: ProblemContext, key: string, refresh: () => void) => {
    const kept = (await post<typeof ExtrasGet>('extras/get', { key }).catch(() => null)) as {
      extras?: ProblemExtras | null;
    } | null;
    let found = kept?.extras ?? null;
    if (!found) {
      const loaded = await load(problem).catch(() => null);
      found = loaded && extrasOf(loaded);
      if (found) void post<typeof ExtrasPut>('extras/put', { key, extras: found }).catch(() => undefined);
    }
    known.set(key, found);
    if (found) refresh();
  };

  return (context: PageContext, refresh: () => void): PageContext => {
    if (context.kind !== 'problem') return context;
    // contextKey's spelling, without importing the schemas' module into every page.
    const key = `${context.site}:${context.id}`;
    if (!known.has(key)) {
      known.set(key, null);
      void lookUp(context, key, refresh);
    }
    return applyExtras(context, known.get(key) ?? null);
  };
}
