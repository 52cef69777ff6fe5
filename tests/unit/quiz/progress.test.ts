import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_QUIZ_PREFS } from '@/lib/quiz/prefs';
import { dayKey, emptyProgress, type Progress, recordAnswer, repairProgress } from '@/lib/quiz/progress';
import { Rating, review } from '@/lib/quiz/scheduler';
import { quizStats, streak } from '@/lib/quiz/stats';
import {
  loadProgress,
  loadQuizPrefs,
  loadTargetRole,
  saveProgress,
  saveQuizPrefs,
  saveTargetRole,
} from '@/lib/storage/quiz';

const NOW = new Date(2025, 5, 15, 20, 30);
const daysAgo = (n: number) => new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() - n, 12);

function answeredOn(...offsets: number[]): Progress {
  let progress = emptyProgress();
  offsets.forEach((offset, index) => {
    const when = daysAgo(offset);
    progress = recordAnswer(progress, `q-${index}`, review(undefined, 'algorithms', Rating.Good, when), when);
  });
  return progress;
}

describe('progress storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty and round-trips through storage.local', async () => {
    await expect(loadProgress()).resolves.toEqual(emptyProgress());
    const progress = answeredOn(0, 1);
    await saveProgress(progress);
    await expect(loadProgress()).resolves.toEqual(progress);
    expect(Object.keys(await fakeBrowser.storage.local.get())).toContain('quizProgress');
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('repairs a corrupted store: keeps the valid entries, drops the broken ones', async () => {
    const good = answeredOn(0);
    const [[id, card]] = Object.entries(good.cards) as [[string, unknown]];
    await fakeBrowser.storage.local.set({
      quizProgress: {
        cards: { [id]: card, broken: { ...(card as object), due: 'tomorrow' }, topicless: { due: 1 } },
        days: { ...good.days, yesterday: { answered: 1, new: 1 }, '2025-06-01': { answered: -3, new: 0 } },
      },
    });
    await expect(loadProgress()).resolves.toEqual(good);
  });

  it('repairs anything at all to a usable progress, never throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const progress = repairProgress(raw);
        expect(repairProgress(progress)).toEqual(progress);
      }),
    );
    for (const raw of [null, 'x', 42, [], { cards: [1, 2], days: 'no' }])
      expect(repairProgress(raw)).toEqual(emptyProgress());
  });

  it('keeps quiz preferences and repairs unknown topics', async () => {
    await expect(loadQuizPrefs()).resolves.toEqual(DEFAULT_QUIZ_PREFS);
    await saveQuizPrefs({ topics: ['databases'], newPerDay: 3 });
    await expect(loadQuizPrefs()).resolves.toEqual({ topics: ['databases'], newPerDay: 3 });
    await fakeBrowser.storage.local.set({ quizPrefs: { topics: ['astrology'], newPerDay: -1 } });
    await expect(loadQuizPrefs()).resolves.toEqual(DEFAULT_QUIZ_PREFS);
  });

  it('reads a saved target role, and none when the stored one is malformed', async () => {
    await expect(loadTargetRole()).resolves.toBeNull();
    const role = { rounds: [{ kind: 'coding' as const, weight: 2 }], skills: ['Go'] };
    await saveTargetRole(role);
    await expect(loadTargetRole()).resolves.toEqual(role);
    await fakeBrowser.storage.local.set({ targetRole: { rounds: 'all of them' } });
    await expect(loadTargetRole()).resolves.toBeNull();
  });
});

describe('stats', () => {
  it('counts a streak of consecutive days ending today', () => {
    expect(streak(answeredOn(0, 1, 2, 4), NOW)).toBe(3);
  });

  it('keeps yesterday’s streak alive until today ends', () => {
    expect(streak(answeredOn(1, 2), NOW)).toBe(2);
    expect(streak(answeredOn(2, 3), NOW)).toBe(0);
  });

  it('counts today’s answers, the new ones among them, and the reviews due', () => {
    let progress = answeredOn(3, 0, 0);
    const [first] = Object.keys(progress.cards) as [string];
    const again = review(progress.cards[first], 'algorithms', Rating.Good, NOW);
    progress = recordAnswer(progress, first, again, NOW);
    const stats = quizStats(progress, ['algorithms'], new Date(NOW.getTime() + 60 * 60_000));
    expect(stats).toMatchObject({ streak: 1, today: 3, newToday: 2 });
    expect(stats.due).toBe(2);
    expect(stats.nextDueAt).toBe(again.due);
    expect(quizStats(progress, ['databases'], NOW)).toMatchObject({ due: 0, nextDueAt: null });
    expect(dayKey(NOW)).toBe('2025-06-15');
  });
});
