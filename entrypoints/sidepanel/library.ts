import { useEffect, useState } from 'react';
import { findInLibrary, type LibraryIndexItem, type LibraryMatch } from '@/lib/coach/problem/library/lookup';
import type { LibraryEntry } from '@/lib/coach/problem/library/schema';
import type { PageContext } from '@/lib/extract/context';

// Every entry's index item (slug, title, aliases) is bundled with the coach; an entry's prose is
// its own chunk, fetched only when the page is that problem. See library/vite-index.ts.
const INDEX: readonly LibraryIndexItem[] = Object.values(
  import.meta.glob<LibraryIndexItem>('/lib/coach/problem/library/entries/*.json', {
    eager: true,
    query: '?library-index',
    import: 'default',
  }),
);
const ENTRIES = import.meta.glob<LibraryEntry>('/lib/coach/problem/library/entries/*.json', {
  import: 'default',
});

async function load(slug: string): Promise<LibraryEntry | null> {
  const loader = ENTRIES[`/lib/coach/problem/library/entries/${slug}.json`];
  return loader ? loader() : null;
}

/**
 * The library entry for the context, once its chunk has arrived. `ready` stays false meanwhile, so
 * the panel never shows the statement's reading and then swaps in the notes.
 */
export function useLibraryMatch(context: PageContext | null): { ready: boolean; match: LibraryMatch | null } {
  const item = context?.kind === 'problem' ? findInLibrary(INDEX, context) : undefined;
  const slug = item?.slug ?? null;
  const [loaded, setLoaded] = useState<{ slug: string; match: LibraryMatch | null } | null>(null);
  useEffect(() => {
    if (!slug) return;
    let live = true;
    load(slug).then(
      (entry) => live && setLoaded({ slug, match: entry ? { entry, index: INDEX } : null }),
      () => live && setLoaded({ slug, match: null }),
    );
    return () => {
      live = false;
    };
  }, [slug]);
  if (!slug) return { ready: true, match: null };
  if (loaded?.slug !== slug) return { ready: false, match: null };
  return { ready: true, match: loaded.match };
}
