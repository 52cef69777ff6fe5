import { browser } from '@wxt-dev/browser';
import type { PracticeRecord } from '../practice/record';
import { type HistoryEntry, loadHistoryEntries, newestFirst, practiceFamily } from './history';
import { HISTORY_INDEX_KEY } from './history-index-key';
import { defineItem, upgrade, versionKey } from './item';

/*
 * The newest records of the practice history, stored beside it, so the progress page paints its
 * table's first screen from one small read: reading 2,000 records took most of a second before any
 * of the page's own code ran. The history itself stays the truth: the index is kept up to date from
 * every change to a record (whoever writes it: the panel, the worker, an import, its undo, a prune),
 * and the page checks it against the whole history once read, rebuilding it when it disagrees.
 */

/**
 * Records kept: the table's first screen (a 600 px box of 27 px rows and the rows drawn either
 * side) with room for a taller window.
 */
export const INDEX_SIZE = 60;

export interface HistoryIndex {
  /** How many records the history holds. */
  total: number;
  /**
   * The history's newest records, in the table's order (most recently seen first): always the
   * first of the whole history's, though fewer than INDEX_SIZE once the newest were removed.
   */
  newest: HistoryEntry[];
}

function repairIndex(raw: unknown): HistoryIndex | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { total, newest } = raw as Record<string, unknown>;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0 || !Array.isArray(newest))
    return null;
  const kept = new Map<string, HistoryEntry>();
  for (const entry of newest) {
    const { id, record } = (entry ?? {}) as Record<string, unknown>;
    const repaired = practiceFamily.shape.repair(record);
    if (typeof id === 'string' && id.length > 0 && repaired && !kept.has(id))
      kept.set(id, { id, record: repaired });
  }
  const ordered = [...kept.values()].sort(newestFirst).slice(0, INDEX_SIZE);
  return { total: Math.max(total, ordered.length), newest: ordered };
}

/** Null while none is built: the page then reads the whole history first, as before the index. */
export const historyIndexItem = defineItem<HistoryIndex | null>('local', HISTORY_INDEX_KEY, {
  version: 1,
  fallback: null,
  repair: repairIndex,
});

/** The index of a whole history, in the history's order. */
export function indexOf(history: readonly HistoryEntry[]): HistoryIndex {
  return { total: history.length, newest: history.slice(0, INDEX_SIZE) };
}

/** One record's change: what was stored before and after, null where nothing was. */
export interface RecordChange {
  before: PracticeRecord | null;
  after: PracticeRecord | null;
}

/**
 * The index after some records changed. The records kept are a prefix of the whole history, so a
 * record newer than the last one kept belongs in it, and one older cannot be placed (records
 * between them are not in the index): it waits for the next rebuild, unless the index held all.
 */
export function applyChanges(index: HistoryIndex, changes: ReadonlyMap<string, RecordChange>): HistoryIndex {
  let total = index.total;
  for (const { before, after } of changes.values()) total += Number(after !== null) - Number(before !== null);
  const holdsAll = index.newest.length >= index.total;
  const last = index.newest.at(-1);
  const kept = index.newest.filter((entry) => !changes.has(entry.id));
  for (const [id, { after }] of changes) {
    if (!after) continue;
    const entry = { id, record: after };
    if (holdsAll || (last && newestFirst(entry, last) < 0)) kept.push(entry);
  }
  return { total: Math.max(total, 0), newest: kept.sort(newestFirst).slice(0, INDEX_SIZE) };
}

/**
 * Whether a stored index is the one the whole history (in its order) gives. One left short by
 * removals is not: the page would paint fewer rows than its first screen from it.
 */
export function agrees(index: HistoryIndex | null, history: readonly HistoryEntry[]): boolean {
  if (!index || index.total !== history.length) return false;
  if (index.newest.length < Math.min(history.length, INDEX_SIZE)) return false;
  return JSON.stringify(index.newest) === JSON.stringify(history.slice(0, index.newest.length));
}

/** Build the index from the whole history and store it; resolves to it. */
export async function rebuildHistoryIndex(): Promise<HistoryIndex> {
  const index = indexOf(await loadHistoryEntries());
  await historyIndexItem.setValue(index);
  return index;
}

/**
 * After a view read the whole history: store the index it gives where the stored one disagrees
 * (a change the worker missed, or two writes racing). A failed write waits for the next read.
 */
export async function checkHistoryIndex(history: readonly HistoryEntry[]): Promise<void> {
  if (agrees(await historyIndexItem.getValue(), history)) return;
  await historyIndexItem.setValue(indexOf(history)).catch(() => undefined);
}

/**
 * The migration for histories recorded before the index existed (and for a lost index): build it
 * when none is stored. Run where the extension is installed or updated.
 */
export async function migrateHistoryIndex(): Promise<void> {
  if ((await historyIndexItem.getValue()) === null) await rebuildHistoryIndex();
}

/** The record a stored value holds, as a read of it would give it. */
function recordOf(raw: unknown, version: unknown): PracticeRecord | null {
  return upgrade(practiceFamily.shape, raw, (version as { v?: unknown } | undefined)?.v);
}

type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** The record changes among a storage change event's, by id. */
export function recordChanges(changes: StorageChanges): Map<string, RecordChange> {
  const found = new Map<string, RecordChange>();
  for (const [key, { oldValue, newValue }] of Object.entries(changes)) {
    const id = practiceFamily.idOf(key);
    if (id === null) continue;
    const version = changes[versionKey(key)];
    found.set(id, {
      before: recordOf(oldValue, version?.oldValue),
      after: recordOf(newValue, version?.newValue),
    });
  }
  return found;
}

/**
 * Keep the index up to date with every change to a record, from wherever it is written; the
 * changes are applied one event at a time, so two writers' changes never overwrite each other in
 * the index. With no index stored (or a broken one), it is rebuilt. Returns the unwatch, and a
 * promise for when the changes seen so far are applied (for tests).
 *
 * It listens to local storage's own event, not storage.onChanged: the worker writes each tab's
 * page context to storage.session at every page read, and the global event brought each of those
 * writes to the worker, old and new context copied into it, only for the listener to drop them.
 */
export function keepHistoryIndex(): { unwatch: () => void; settled: () => Promise<void> } {
  let queue = Promise.resolve();
  const listener = (changes: StorageChanges) => {
    const changed = recordChanges(changes);
    if (changed.size === 0) return;
    queue = queue
      .then(async () => {
        const index = await historyIndexItem.getValue();
        if (index === null) await rebuildHistoryIndex();
        else await historyIndexItem.setValue(applyChanges(index, changed));
      })
      // A full storage refuses the index: the page reads the whole history and tries again.
      .catch(() => undefined);
  };
  browser.storage.local.onChanged.addListener(listener);
  return { unwatch: () => browser.storage.local.onChanged.removeListener(listener), settled: () => queue };
}
