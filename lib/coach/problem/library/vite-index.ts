import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { indexItem, practiceItem } from './lookup';
import type { LibraryEntry } from './schema';

/** The query that asks for an entry's index item instead of the whole entry. */
const INDEX_QUERY = 'library-index';

/** The query that asks for what the progress page needs of an entry (see `practiceItem`). */
const PRACTICE_QUERY = 'library-practice';

/**
 * Build-time only: serves `entries/<slug>.json?library-index` as the entry's index item (slug,
 * NeetCode slug, title, aliases), so the panel can load every entry's index eagerly while the
 * prose stays in one lazy chunk per entry. A module belongs to one chunk, which is why the index
 * must be a module of its own rather than a named import of the entry.
 */
export function libraryIndexPlugin(): Plugin {
  return {
    name: 'sparring:library-index',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if ((query !== INDEX_QUERY && query !== PRACTICE_QUERY) || !file?.endsWith('.json')) return null;
      const entry = JSON.parse(readFileSync(file, 'utf8')) as LibraryEntry;
      const item = query === INDEX_QUERY ? indexItem(entry) : practiceItem(entry);
      return { code: `export default ${JSON.stringify(item)};`, moduleType: 'js' };
    },
  };
}
