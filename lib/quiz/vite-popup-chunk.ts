import path from 'node:path';
import type { Rolldown } from 'vite';

/** The chunk of modules the popup shares with other pages, named so the bench can find it. */
const POPUP_CHUNK = 'popup-core';

/**
 * Build-time only: every module the popup shares with another page goes into one chunk (Rolldown
 * keeps its small runtime apart; what only the popup uses stays in the popup's own chunk). By
 * default Rolldown splits shared modules by which pages share them: the popup fetched five files,
 * three under 1 KB gz. An extension page receives each file from the browser process in turn (a
 * trace shows them arriving 4–8 ms apart) and the first question waits for the last. The other
 * pages load this chunk whole, a few KB of the popup's shared code more than they need. Only
 * static imports are followed, so lazily imported modules (topic banks, views) stay lazy.
 */
export function popupCodeSplitting(
  root: string,
  popupPage = 'entrypoints/popup/index.html',
): Rolldown.CodeSplittingOptions {
  const popup = path.resolve(root, popupPage);
  let popupModules: Set<string> | undefined;
  const sharedWithOtherPage = new Map<string, boolean>();

  const staticImportsOfPopup = (graph: Rolldown.ChunkingContext): Set<string> => {
    const seen = new Set<string>();
    const pending = [popup];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      pending.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  };
  /** Whether another page (an HTML entry) reaches the module by static imports. */
  const isShared = (id: string, graph: Rolldown.ChunkingContext): boolean => {
    const known = sharedWithOtherPage.get(id);
    if (known !== undefined) return known;
    const seen = new Set<string>();
    const pending = [id];
    let shared = false;
    for (let next = pending.pop(); next !== undefined && !shared; next = pending.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      const info = graph.getModuleInfo(next);
      shared = next !== popup && next.endsWith('.html') && info?.isEntry === true;
      pending.push(...(info?.importers ?? []));
    }
    sharedWithOtherPage.set(id, shared);
    return shared;
  };

  return {
    groups: [
      {
        name: (id, graph) => {
          popupModules ??= staticImportsOfPopup(graph);
          return id !== popup && popupModules.has(id) && isShared(id, graph) ? POPUP_CHUNK : null;
        },
      },
    ],
  };
}
