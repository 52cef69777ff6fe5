import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openRecord, type PracticeRecord } from '@/lib/practice/record';
import { finishAttempt } from '@/lib/practice/review';
import { emptyProgress, recordAnswer } from '@/lib/quiz/progress';
import { Rating, review } from '@/lib/quiz/scheduler';
import { chatItem } from '@/lib/storage/chat';
import { coachStateItem, EMPTY_COACH_STATE } from '@/lib/storage/coach-state';
import { loadHistory, noteItem, practiceItem } from '@/lib/storage/history';
import { generatedItem, loadProgress, saveProgress, saveQuizPrefs, saveTargetRole } from '@/lib/storage/quiz';
import { exportData, importData, restorePointItem, undoImport } from '@/lib/storage/transfer';

const T0 = new Date(2025, 0, 6, 9).getTime();
const NOW = new Date(T0 + 86_400_000);

function problem(id: string, seen: number): PracticeRecord {
  const opened = openRecord(
    null,
    { site: 'leetcode', id, url: `https://leetcode.com/problems/${id}/`, title: id, difficulty: 'Easy' },
    seen,
  );
  return finishAttempt(opened, 'solved', 'you', seen + 60_000);
}

async function seedEverything() {
  await practiceItem('leetcode:two-sum').setValue(problem('two-sum', T0));
  await practiceItem('codeforces:1520D').setValue({ ...problem('x', T0), site: 'codeforces', id: '1520D' });
  await noteItem('leetcode:two-sum').setValue({ text: 'Complement in a **map**.', updatedAt: T0 });
  await coachStateItem('leetcode:two-sum').setValue({ ...EMPTY_COACH_STATE, hintsShown: 2, usedAt: T0 });
  await coachStateItem('greenhouse:42').setValue({
    ...EMPTY_COACH_STATE,
    interviewDate: '2025-03-01',
    usedAt: T0,
  });
  await chatItem('leetcode:two-sum').setValue({
    turns: [{ role: 'user', content: 'Why a map?' }],
    usedAt: T0,
  });
  await saveProgress(
    recordAnswer(emptyProgress(), 'alg-1', review(undefined, 'algorithms', Rating.Good, NOW), NOW),
  );
  await saveTargetRole({ rounds: [{ kind: 'coding', weight: 1 }], skills: ['Go'] });
  await saveQuizPrefs({ topics: ['algorithms'], newPerDay: 5 });
  await generatedItem.setValue([]);
}

const snapshot = () => fakeBrowser.storage.local.get(null);

describe('exporting everything and importing it record by record', () => {
  beforeEach(() => fakeBrowser.reset());

  it('restores the history, notes, coach states (a posting’s plan too), chats and quiz into a wiped browser', async () => {
    await seedEverything();
    const stored = await snapshot();
    const file = await exportData(NOW);
    expect(Object.keys(JSON.parse(file).data)).toEqual([
      'quizProgress',
      'quizPrefs',
      'targetRole',
      'quizGenerated',
      'practice',
      'notes',
      'coach',
      'chats',
    ]);
    fakeBrowser.reset();
    const result = await importData(file);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.message).toMatch(
      /2 problems in your history, 1 note, the coach's state on 2 problems or postings and 1 chat\.$/,
    );
    const { restorePoint: _point, ...restored } = await snapshot();
    expect(restored).toEqual(stored);
  });

  it('keeps the newer of each record, and everything the file does not hold', async () => {
    await practiceItem('leetcode:a').setValue(problem('a', T0 + 10));
    await practiceItem('leetcode:b').setValue(problem('b', T0));
    await noteItem('leetcode:a').setValue({ text: 'mine, older', updatedAt: T0 });
    const file = JSON.parse(await exportData(NOW));
    file.data.practice['leetcode:a'] = { ...problem('a', T0), title: 'older in the file' };
    file.data.practice['leetcode:c'] = problem('c', T0);
    file.data.notes['leetcode:a'] = { text: 'from the file, newer', updatedAt: T0 + 5 };
    delete file.data.practice['leetcode:b'];
    await expect(importData(JSON.stringify(file))).resolves.toMatchObject({ ok: true });
    const history = await loadHistory();
    expect(history.map((record) => `${record.id}:${record.title}`).sort()).toEqual(['a:a', 'b:b', 'c:c']);
    await expect(noteItem('leetcode:a').getValue()).resolves.toMatchObject({ text: 'from the file, newer' });
  });

  it('merges quiz progress question by question, the later review winning', async () => {
    const early = new Date(T0);
    const mine = recordAnswer(
      recordAnswer(emptyProgress(), 'q1', review(undefined, 'algorithms', Rating.Good, NOW), NOW),
      'q2',
      review(undefined, 'algorithms', Rating.Again, early),
      early,
    );
    await saveProgress(mine);
    const file = JSON.parse(await exportData(NOW));
    file.data.quizProgress = recordAnswer(
      recordAnswer(emptyProgress(), 'q2', review(undefined, 'algorithms', Rating.Easy, NOW), NOW),
      'q3',
      review(undefined, 'databases', Rating.Good, NOW),
      NOW,
    );
    await importData(JSON.stringify(file));
    const merged = await loadProgress();
    expect(Object.keys(merged.cards).sort()).toEqual(['q1', 'q2', 'q3']);
    expect(merged.cards.q2?.last_review).toBe(NOW.getTime());
    expect(merged.cards.q1).toEqual(mine.cards.q1);
  });

  it('keeps a restore point, and undoing the import puts back exactly what was there', async () => {
    await seedEverything();
    const other = JSON.parse(await exportData(NOW));
    fakeBrowser.reset();
    await practiceItem('leetcode:mine').setValue(problem('mine', T0));
    await noteItem('leetcode:two-sum').setValue({ text: 'newer note, kept', updatedAt: T0 + 999 });
    const before = await snapshot();
    await importData(JSON.stringify(other));
    expect(await restorePointItem.getValue()).toMatchObject({
      description: expect.stringMatching(/^Imported /),
    });
    await expect(noteItem('leetcode:two-sum').getValue()).resolves.toMatchObject({
      text: 'newer note, kept',
    });
    await expect(undoImport()).resolves.toMatch(/problems in your history/);
    expect(await snapshot()).toEqual(before);
    await expect(undoImport()).resolves.toBeNull();
  });

  it('refuses a file with one damaged record, naming it, and changes nothing', async () => {
    await seedEverything();
    const before = await snapshot();
    const file = JSON.parse(await exportData(NOW));
    file.data.practice['leetcode:two-sum'].attempt.elapsedMs = -5;
    const result = await importData(JSON.stringify(file));
    expect(result.ok ? '' : result.error).toMatch(
      /damaged[\s\S]*not a problem in your history Sparring can read[\s\S]*practice\["leetcode:two-sum"\][\s\S]*Nothing was changed/,
    );
    const badKey = JSON.parse(await exportData(NOW));
    badKey.data.notes = { 'no id here': { text: 'x', updatedAt: 1 } };
    expect(await importData(JSON.stringify(badKey))).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
  });

  it('reads a version 2 file (the quiz’s sections alone)', async () => {
    const v2 = {
      format: 'sparring-export',
      version: 2,
      exportedAt: NOW.toISOString(),
      data: { targetRole: { rounds: [{ kind: 'behavioral', weight: 1 }], skills: [] } },
    };
    await expect(importData(JSON.stringify(v2))).resolves.toEqual({
      ok: true,
      message: 'Imported your target role.',
    });
  });
});
