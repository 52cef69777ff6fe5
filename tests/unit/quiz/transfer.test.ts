import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadQuizPrefs, saveQuizPrefs } from '@/lib/quiz/prefs';
import { emptyProgress, loadProgress, recordAnswer, saveProgress } from '@/lib/quiz/progress';
import { Rating, review } from '@/lib/quiz/scheduler';
import { exportProgress, importProgress } from '@/lib/quiz/transfer';

const NOW = new Date(2025, 0, 20, 10);

async function seed() {
  const progress = recordAnswer(
    emptyProgress(),
    'db-004',
    review(undefined, 'databases', Rating.Again, NOW),
    NOW,
  );
  await saveProgress(progress);
  await saveQuizPrefs({ topics: ['databases', 'concurrency'], newPerDay: 7 });
  return progress;
}

describe('quiz export and import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips progress and preferences into a fresh browser', async () => {
    const progress = await seed();
    const exported = await exportProgress(NOW);
    fakeBrowser.reset();
    await expect(importProgress(exported)).resolves.toEqual({ ok: true, questions: 1, days: 1 });
    await expect(loadProgress()).resolves.toEqual(progress);
    await expect(loadQuizPrefs()).resolves.toEqual({ topics: ['databases', 'concurrency'], newPerDay: 7 });
  });

  it('rejects what is not JSON, not an export, or damaged, and leaves progress untouched', async () => {
    const progress = await seed();
    const document = JSON.parse(await exportProgress(NOW));
    const damaged = structuredClone(document);
    damaged.progress.cards['db-004'].due = 'soon';
    const cases: [string, RegExp][] = [
      ['{not json', /not JSON/],
      [JSON.stringify({ settings: {} }), /not a Sparring quiz progress export/],
      [JSON.stringify([1, 2]), /not a Sparring quiz progress export/],
      [JSON.stringify(damaged), /damaged[\s\S]*expected number[\s\S]*db-004[\s\S]*due/],
      [JSON.stringify({ ...document, version: 2 }), /version/],
    ];
    for (const [input, message] of cases) {
      const result = await importProgress(input);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error).toMatch(message);
    }
    await expect(loadProgress()).resolves.toEqual(progress);
  });
});
