import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyVerdict, isUnscheduled } from '@/lib/practice/attempt';
import { openRecord, type PracticeRecord, startTimer } from '@/lib/practice/record';
import { finishAttempt } from '@/lib/practice/review';
import {
  loadHistory,
  MAX_NOTE_CHARS,
  noteItem,
  practiceFamily,
  practiceItem,
  updateRecord,
} from '@/lib/storage/history';
import { upgrade } from '@/lib/storage/item';
import { HISTORY_LIMIT, pruneHistory } from '@/lib/storage/prune';
import { loadScheduledHistory } from '@/lib/storage/scheduled-history';

const T0 = new Date(2025, 0, 6, 9).getTime();

function recordOf(id: string, seen: number): PracticeRecord {
  return openRecord(
    null,
    { site: 'leetcode', id, url: `https://leetcode.com/problems/${id}/`, title: id, difficulty: 'Medium' },
    seen,
  );
}

describe('the practice history in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a record and reads it back whole, schedule included', async () => {
    const record = finishAttempt(startTimer(recordOf('two-sum', T0), T0), 'solved', 'you', T0 + 600_000);
    await practiceItem('leetcode:two-sum').setValue(record);
    await expect(practiceItem('leetcode:two-sum').getValue()).resolves.toEqual(record);
  });

  it('schedules, and writes back, an attempt the worker ended on a verdict when a view loads the history', async () => {
    const byWorker = applyVerdict(startTimer(recordOf('two-sum', T0), T0), { accepted: true }, T0 + 600_000);
    expect(isUnscheduled(byWorker)).toBe(true);
    await practiceItem('leetcode:two-sum').setValue(byWorker);
    const [shown] = await loadScheduledHistory();
    const expected = finishAttempt(startTimer(recordOf('two-sum', T0), T0), 'solved', 'page', T0 + 600_000);
    expect(shown?.review).toEqual(expected.review);
    await expect(practiceItem('leetcode:two-sum').getValue()).resolves.toEqual(shown);
  });

  it('repairs a broken field on its own and drops a record with no problem behind it', async () => {
    const record = recordOf('two-sum', T0);
    await fakeBrowser.storage.local.set({
      'practice:leetcode:two-sum': {
        ...record,
        difficulty: 'Impossible',
        techniques: ['hash-table', 7, 'two-pointers'],
        attempt: { ...record.attempt, offlineHints: -3, outcome: 'won' },
        review: { due: 'soon' },
        past: [{ endedAt: 1, outcome: 'solved', timeMs: 5, hints: 0, revealed: false, grade: 4 }, 'junk'],
      },
      'practice:leetcode:nothing': { site: 'leetcode', id: '', title: '', url: '' },
    });
    const repaired = await practiceItem('leetcode:two-sum').getValue();
    expect(repaired).toMatchObject({
      title: 'two-sum',
      difficulty: null,
      techniques: ['hash-table', 'two-pointers'],
      review: null,
      past: [{ endedAt: 1, outcome: 'solved', timeMs: 5, hints: 0, revealed: false, grade: 4 }],
    });
    expect(repaired?.attempt).toMatchObject({ offlineHints: 0, outcome: null, startedAt: T0 });
    await expect(practiceItem('leetcode:nothing').getValue()).resolves.toBeNull();
    expect((await loadHistory()).map((r) => r.id)).toEqual(['two-sum']);
  });

  it('reads anything stored as a record or nothing, and a repaired record repairs to itself', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const value = upgrade(practiceFamily.shape, raw, 1);
        expect(upgrade(practiceFamily.shape, JSON.parse(JSON.stringify(value)), 1)).toEqual(value);
      }),
    );
  });

  it('lists every problem, most recently seen first', async () => {
    await practiceItem('leetcode:a').setValue(recordOf('a', T0));
    await practiceItem('leetcode:b').setValue(recordOf('b', T0 + 5));
    await practiceItem('leetcode:c').setValue(recordOf('c', T0 + 2));
    expect((await loadHistory()).map((record) => record.id)).toEqual(['b', 'c', 'a']);
  });

  it('updates a record from what is stored, and writes nothing when nothing changes', async () => {
    await updateRecord('leetcode:a', (current) => current ?? recordOf('a', T0));
    await updateRecord('leetcode:a', (current) => current && startTimer(current, T0 + 1));
    expect((await practiceItem('leetcode:a').getValue())?.attempt.runningSince).toBe(T0 + 1);
    const before = await fakeBrowser.storage.local.get(null);
    await updateRecord('leetcode:a', (current) => current);
    await updateRecord('leetcode:zzz', () => null);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('keeps notes as Markdown text, cut to the longest kept, and an empty note as none', async () => {
    await noteItem('leetcode:a').setValue({ text: 'Use a **map**.', updatedAt: T0 });
    await expect(noteItem('leetcode:a').getValue()).resolves.toEqual({
      text: 'Use a **map**.',
      updatedAt: T0,
    });
    await fakeBrowser.storage.local.set({
      'notes:leetcode:b': { text: 'x'.repeat(MAX_NOTE_CHARS + 10), updatedAt: 1 },
    });
    expect((await noteItem('leetcode:b').getValue())?.text).toHaveLength(MAX_NOTE_CHARS);
    await fakeBrowser.storage.local.set({ 'notes:leetcode:c': { text: '', updatedAt: 1 } });
    await expect(noteItem('leetcode:c').getValue()).resolves.toBeNull();
  });
});

describe('pruning the history', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the most recently seen problems up to the bound, dropping the others with their notes', async () => {
    for (let index = 0; index < 5; index += 1) {
      await practiceItem(`leetcode:p${index}`).setValue(recordOf(`p${index}`, T0 + index));
      await noteItem(`leetcode:p${index}`).setValue({ text: `note ${index}`, updatedAt: T0 });
    }
    await fakeBrowser.storage.local.set({ 'coach:leetcode:p0': { hintsShown: 1 } });
    await expect(pruneHistory(3)).resolves.toBe(2);
    expect((await loadHistory()).map((record) => record.id)).toEqual(['p4', 'p3', 'p2']);
    await expect(noteItem('leetcode:p0').getValue()).resolves.toBeNull();
    await expect(noteItem('leetcode:p2').getValue()).resolves.toMatchObject({ text: 'note 2' });
    // Coaching state has its own bound (prunePerContext).
    expect(await fakeBrowser.storage.local.get('coach:leetcode:p0')).toHaveProperty('coach:leetcode:p0');
  });

  it('does nothing under the bound', async () => {
    await practiceItem('leetcode:a').setValue(recordOf('a', T0));
    await expect(pruneHistory()).resolves.toBe(0);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(2_000);
  });
});
