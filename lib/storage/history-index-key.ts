/**
 * The history index's key (lib/storage/history-index.ts), apart from its shape: the progress
 * page's first script (entrypoints/history-read.ts) asks for it before anything else has loaded,
 * and must stay a few hundred bytes.
 */
export const HISTORY_INDEX_KEY = 'historyIndex';
