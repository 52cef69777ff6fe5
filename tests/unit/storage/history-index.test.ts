import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openRecord, type PracticeRecord } from '@/lib/practice/record';
import { getValues } from '@/lib/storage/get-values';
import { loadHistoryEntries, practiceItem, updateRecord } from '@/lib/storage/history';
import {
  agrees,
  checkHistoryIndex,
  type HistoryIndex,
  historyIndexItem,
  INDEX_SIZE,
  indexOf,
  keepHistoryIndex,
  migrateHistoryIndex,
} from '@/lib/storage/history-index';
import { pruneHistory } from '@/lib/storage/prune';

const T0 = new Date(2025, 0, 6, 9).getTime();

function recordOf(id: string, seen: number): PracticeRecord {
  return openRecord(
    null,
    { site: 'leetcode', id, url: `https://leetcode.com/problems/${id}/`, title: id, difficulty: 'Easy' },
    seen,
  );
}

const entriesOf = (records: PracticeRecord[]) =>
  Object.fromEntries(records.map((record) => [`practice:leetcode:${record.id}`, record]));

/** The index the whole stored history gives. */
async function expected(): Promise<HistoryIndex> {
  return indexOf(await loadHistoryEntries());
}

describe('the history index', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migration to version 1: a history recorded before the index gets one, in the table’s order', async () => {
    const records = Array.from({ length: INDEX_SIZE + 5 }, (_, i) => recordOf(`p${i}`, T0 + (i % 7) * 1_000));
    await fakeBrowser.storage.local.set(entriesOf(records));
    await expect(historyIndexItem.getValue()).resolves.toBeNull();
    await migrateHistoryIndex();
    const index = await historyIndexItem.getValue();
    expect(index?.total).toBe(INDEX_SIZE + 5);
    expect(index?.newest).toHaveLength(INDEX_SIZE);
    // Newest first; ties (seven records share each instant) by id.
    expect(index?.newest.slice(0, 3).map((entry) => entry.id)).toEqual([
      'leetcode:p13',
      'leetcode:p20',
      'leetcode:p27',
    ]);
    expect(index).toEqual(await expected());
  });

  it('migration leaves an index already built alone, and builds an empty one for an empty history', async () => {
    await migrateHistoryIndex();
    await expect(historyIndexItem.getValue()).resolves.toEqual({ total: 0, newest: [] });
    await fakeBrowser.storage.local.set(entriesOf([recordOf('late', T0)]));
    await migrateHistoryIndex();
    await expect(historyIndexItem.getValue()).resolves.toEqual({ total: 0, newest: [] });
  });

  it('reads a broken index as none, and drops broken or repeated entries of a good one', async () => {
    await fakeBrowser.storage.local.set({ historyIndex: { total: -1, newest: [] } });
    await expect(historyIndexItem.getValue()).resolves.toBeNull();
    const record = recordOf('a', T0);
    await fakeBrowser.storage.local.set({
      historyIndex: {
        total: 1,
        newest: [
          { id: 'leetcode:a', record },
          { id: 'leetcode:a', record },
          { id: 'x', record: { site: 3 } },
          7,
        ],
      },
    });
    await expect(historyIndexItem.getValue()).resolves.toEqual({
      total: 1,
      newest: [{ id: 'leetcode:a', record }],
    });
  });

  it('follows updates, imports, removals and prunes as they are written, from any writer', async () => {
    const kept = keepHistoryIndex();
    await migrateHistoryIndex();
    await updateRecord('leetcode:first', () => recordOf('first', T0));
    await kept.settled();
    expect(await historyIndexItem.getValue()).toEqual(await expected());
    // An import writes many records in one set().
    await fakeBrowser.storage.local.set(
      entriesOf(Array.from({ length: 80 }, (_, i) => recordOf(`imported${i}`, T0 + i * 60_000))),
    );
    await kept.settled();
    expect(await historyIndexItem.getValue()).toEqual(await expected());
    await practiceItem('leetcode:imported79').removeValue();
    await pruneHistory(50);
    await kept.settled();
    const index = await historyIndexItem.getValue();
    expect(index?.total).toBe(50);
    expect(agrees(index, await loadHistoryEntries())).toBe(true);
    kept.unwatch();
  });

  it('stays a prefix of the whole history, with its count, under any writes', async () => {
    const ids = Array.from({ length: INDEX_SIZE + 30 }, (_, i) => `p${i}`);
    const write = fc.record({
      ids: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 20 }),
      seen: fc.integer({ min: 0, max: 200 }),
      remove: fc.boolean(),
    });
    // A history past the index's size, so writes land below its last record and removals shorten it.
    const start = fc.array(fc.integer({ min: 0, max: 200 }), {
      minLength: INDEX_SIZE,
      maxLength: ids.length,
    });
    await fc.assert(
      fc.asyncProperty(start, fc.array(write, { minLength: 1, maxLength: 25 }), async (seens, writes) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.local.set(
          entriesOf(seens.map((seen, i) => recordOf(ids[i] as string, T0 + seen * 1_000))),
        );
        const kept = keepHistoryIndex();
        await migrateHistoryIndex();
        for (const { ids: chosen, seen, remove } of writes) {
          if (remove) await fakeBrowser.storage.local.remove(chosen.map((id) => `practice:leetcode:${id}`));
          else
            await fakeBrowser.storage.local.set(
              entriesOf(chosen.map((id, i) => recordOf(id, T0 + (seen + i) * 1_000))),
            );
          await kept.settled();
          const index = (await historyIndexItem.getValue()) as HistoryIndex;
          const whole = await loadHistoryEntries();
          expect(index.total).toBe(whole.length);
          expect(index.newest).toEqual(whole.slice(0, index.newest.length));
        }
        kept.unwatch();
      }),
      { numRuns: 60 },
    );
  });

  it('is rebuilt by the page’s check when it disagrees with the whole history, and only then', async () => {
    await fakeBrowser.storage.local.set(entriesOf([recordOf('a', T0), recordOf('b', T0 + 1)]));
    await historyIndexItem.setValue({ total: 1, newest: [] });
    await checkHistoryIndex(await loadHistoryEntries());
    const rebuilt = await historyIndexItem.getValue();
    expect(rebuilt).toEqual(await expected());
    expect(rebuilt?.newest.map((entry) => entry.id)).toEqual(['leetcode:b', 'leetcode:a']);
    let writes = 0;
    fakeBrowser.storage.onChanged.addListener(() => {
      writes += 1;
    });
    await checkHistoryIndex(await loadHistoryEntries());
    expect(writes).toBe(0);
  });

  it('is rebuilt from the history when a record changes and none is stored', async () => {
    const kept = keepHistoryIndex();
    await fakeBrowser.storage.local.set(entriesOf([recordOf('a', T0), recordOf('b', T0 + 1)]));
    await kept.settled();
    expect(await historyIndexItem.getValue()).toEqual(await expected());
    kept.unwatch();
  });

  it('is asked for by the progress page’s first script, and its first read takes that answer up', async () => {
    await fakeBrowser.storage.local.set(entriesOf([recordOf('a', T0)]));
    const index = await expected();
    await historyIndexItem.setValue(index);
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    (await import('../../../entrypoints/history-read')).default.main();
    expect(await getValues(historyIndexItem)).toEqual([index]);
    expect(reads).toHaveBeenCalledTimes(1);
    // Taken once: a later read asks storage again, and sees later writes.
    await historyIndexItem.setValue(null);
    expect(await getValues(historyIndexItem)).toEqual([null]);
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
