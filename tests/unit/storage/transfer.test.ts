import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyProgress, type Progress, recordAnswer } from '@/lib/quiz/progress';
import { Rating, review } from '@/lib/quiz/scheduler';
import type { Question } from '@/lib/quiz/topics';
import {
  generatedItem,
  loadProgress,
  loadQuizPrefs,
  loadTargetRole,
  saveProgress,
  saveQuizPrefs,
  saveTargetRole,
} from '@/lib/storage/quiz';
import { EXPORT_FORMAT, exportData, importData, migrateQuizExport } from '@/lib/storage/transfer';
import { fillStorage, limitStorage } from './limited-storage';

const NOW = new Date(2025, 0, 20, 10);
const ROLE = { rounds: [{ kind: 'system-design' as const, weight: 2 }], skills: ['Kafka'] };
const GENERATED: Question = {
  id: 'gen-db-1',
  topic: 'databases',
  type: 'card',
  prompt: 'When does a covering index save a table lookup?',
  answer: 'When every column the query reads is in the index.',
  explanation: 'The index alone answers the query, so the heap is never read.',
  difficulty: 2,
  tags: ['indexing'],
  generated: true,
};

function progressOn(count: number): Progress {
  let progress = emptyProgress();
  for (let index = 0; index < count; index += 1) {
    progress = recordAnswer(progress, `db-${index}`, review(undefined, 'databases', Rating.Again, NOW), NOW);
  }
  return progress;
}

async function seed() {
  const progress = progressOn(1);
  await saveProgress(progress);
  await saveQuizPrefs({ topics: ['databases', 'concurrency'], newPerDay: 7 });
  await saveTargetRole(ROLE);
  await generatedItem.setValue([GENERATED]);
  return progress;
}

/** What storage.local holds, for "nothing changed" checks. */
const snapshot = () => fakeBrowser.storage.local.get(null);

describe('export and import of the user’s data', () => {
  let unlimit: (() => void) | undefined;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => unlimit?.());

  it('round-trips quiz progress, preferences, target role and generated questions into a fresh browser', async () => {
    const progress = await seed();
    const exported = await exportData(NOW);
    fakeBrowser.reset();
    const result = await importData(exported);
    expect(result).toEqual({
      ok: true,
      message:
        'Imported progress on 1 question, your quiz preferences, your target role and 1 generated question.',
    });
    await expect(loadProgress()).resolves.toEqual(progress);
    await expect(loadQuizPrefs()).resolves.toEqual({ topics: ['databases', 'concurrency'], newPerDay: 7 });
    await expect(loadTargetRole()).resolves.toEqual(ROLE);
    await expect(generatedItem.getValue()).resolves.toEqual([GENERATED]);
  });

  it('never exports the provider or its API key', async () => {
    await seed();
    await fakeBrowser.storage.local.set({
      provider: { kind: 'openai', apiKey: 'sk-secret-123', model: 'gpt-4.1-mini' },
      dailyTokenCap: 5000,
    });
    const exported = await exportData(NOW);
    expect(exported).not.toContain('sk-secret-123');
    expect(Object.keys(JSON.parse(exported).data)).toEqual([
      'quizProgress',
      'quizPrefs',
      'targetRole',
      'quizGenerated',
    ]);
  });

  it('reads a version 1 quiz export (migrated to the current format)', async () => {
    const progress = progressOn(2);
    const v1 = {
      format: 'sparring-quiz-progress',
      version: 1,
      exportedAt: NOW.toISOString(),
      progress,
      prefs: { topics: ['algorithms'], newPerDay: 4 },
    };
    expect(migrateQuizExport(v1)).toEqual({
      format: EXPORT_FORMAT,
      version: 3,
      exportedAt: NOW.toISOString(),
      data: { quizProgress: progress, quizPrefs: { topics: ['algorithms'], newPerDay: 4 } },
    });
    await expect(importData(JSON.stringify(v1))).resolves.toMatchObject({ ok: true });
    await expect(loadProgress()).resolves.toEqual(progress);
    await expect(loadQuizPrefs()).resolves.toEqual({ topics: ['algorithms'], newPerDay: 4 });
  });

  it('refuses what is not JSON, not an export, damaged in any section, or newer, and changes nothing', async () => {
    await seed();
    const before = await snapshot();
    const document = JSON.parse(await exportData(NOW));
    const damaged = structuredClone(document);
    damaged.data.quizProgress.cards['db-0'].due = 'soon';
    const badQuestion = structuredClone(document);
    badQuestion.data.quizGenerated.push({ ...GENERATED, id: 'gen-2', type: 'choice', choices: ['one'] });
    const cases: [string, RegExp][] = [
      ['{not json', /not JSON[\s\S]*Nothing was changed/],
      [JSON.stringify({ settings: {} }), /not a Sparring export/],
      [JSON.stringify([1, 2]), /not a Sparring export/],
      [
        JSON.stringify(damaged),
        /damaged[\s\S]*expected number[\s\S]*db-0[\s\S]*due[\s\S]*Nothing was changed/,
      ],
      [JSON.stringify(badQuestion), /quiz question Sparring can show[\s\S]*quizGenerated\[1\]/],
      [JSON.stringify({ ...document, version: 4 }), /newer Sparring \(file version 4\)/],
      [JSON.stringify({ ...document, data: {} }), /holds no data/],
    ];
    for (const [input, message] of cases) {
      const result = await importData(input);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error).toMatch(message);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file that would not fit beside what is stored, saying how big each is, and changes nothing', async () => {
    const quota = 40_000;
    unlimit = limitStorage(quota);
    await seed();
    await fakeBrowser.storage.local.set({ 'coach:leetcode:two-sum': { ticked: 'x'.repeat(20_000) } });
    const before = await snapshot();
    const big = JSON.parse(await exportData(NOW));
    big.data.quizProgress = progressOn(150);
    const result = await importData(JSON.stringify(big));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(
      /needs 0\.\d MB of storage; Sparring's storage holds 0\.0 MB in all, 0\.0 MB of it already taken[\s\S]*Nothing was changed/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('counts the data an import replaces as room, beside the restore point that keeps it', async () => {
    const quota = 100_000;
    unlimit = limitStorage(quota);
    const stored = progressOn(100);
    await saveProgress(stored);
    const size = JSON.stringify(stored).length;
    const replacement = JSON.parse(await exportData(NOW));
    replacement.data.quizProgress = progressOn(100);
    replacement.data.quizProgress.cards['db-0'].reps = 9;

    // Room for the file in place of the stored data, but not for keeping that data as well.
    await fillStorage(quota, 2_000);
    const refused = await importData(JSON.stringify(replacement));
    expect(refused.ok ? '' : refused.error).toMatch(
      /0\.\d MB more to keep what it replaces so the import can be undone/,
    );
    expect((await loadProgress()).cards['db-0']?.reps).toBe(1);

    await fakeBrowser.storage.local.remove('filler');
    await fillStorage(quota, size + 2_000);
    await expect(importData(JSON.stringify(replacement))).resolves.toMatchObject({ ok: true });
    expect((await loadProgress()).cards['db-0']?.reps).toBe(9);
  });

  it('refuses a file many times the quota before reading it', async () => {
    unlimit = limitStorage(1_000);
    const result = await importData(`{"format":"${EXPORT_FORMAT}","padding":"${'x'.repeat(5_000)}"}`);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/This file is 0\.0 MB, far more than Sparring's storage holds/),
    });
  });

  it('writes nothing when the browser refuses the write after all (the estimate was off)', async () => {
    await seed();
    unlimit = limitStorage(2_000);
    // A browser that states no quota: the check passes and the set() itself is refused.
    Object.assign(fakeBrowser.storage.local, { QUOTA_BYTES: undefined });
    const before = await snapshot();
    const big = JSON.parse(await exportData(NOW));
    big.data.quizProgress = progressOn(50);
    const result = await importData(JSON.stringify(big));
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/does not fit[\s\S]*Nothing was changed/),
    });
    expect(await snapshot()).toEqual(before);
  });
});
