import { readdirSync, readFileSync } from 'node:fs';
import type { ProblemContext } from '@/lib/extract/context';
import { findInLibrary, indexItem, type LibraryIndexItem, type LibraryMatch } from './lookup';
import { LibraryEntry } from './schema';

const ENTRIES = new URL('./entries/', import.meta.url);

export interface NodeLibrary {
  index: readonly LibraryIndexItem[];
  /** The entry for a page, or null when the library does not know the problem. */
  match(context: Pick<ProblemContext, 'site' | 'id' | 'title'>): LibraryMatch | null;
}

/**
 * The library for Node (the CLI, the bench, tests): every entry read from the directory once and
 * validated, where the panel loads the same files lazily through Vite.
 */
export function loadLibrary(dir: URL = ENTRIES): NodeLibrary {
  const entries = new Map<string, LibraryEntry>();
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const entry = LibraryEntry.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    entries.set(entry.slug, entry);
  }
  const index = [...entries.values()].map(indexItem);
  return {
    index,
    match(context) {
      const item = findInLibrary(index, context);
      const entry = item && entries.get(item.slug);
      return entry ? { entry, index } : null;
    },
  };
}
