import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadBank } from '@/lib/quiz/bank';
import type { BankPart } from '@/lib/quiz/queue';
import { Rating, review } from '@/lib/quiz/scheduler';
import { shardOf } from '@/lib/quiz/shards';
import type { Topic } from '@/lib/quiz/topics';
import { loadProgress, saveProgress, saveQuizPrefs } from '@/lib/storage/quiz';
import { choice } from './sample';

const fetched = vi.hoisted(() => [] as { topic: Topic; part: BankPart }[]);
vi.mock('@/lib/quiz/bank', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/quiz/bank')>();
  return {
    loadBank: (topic: Topic, part: BankPart) => {
      fetched.push({ topic, part });
      return actual.loadBank(topic, part);
    },
  };
});

/** A fresh popup: the store keeps its session in the module, as one popup window does. */
async function openPopup() {
  vi.resetModules();
  const { useQuiz } = await import('../../../entrypoints/popup/store');
  await useQuiz.getState().start();
  return useQuiz;
}

type Quiz = Awaited<ReturnType<typeof openPopup>>;

function shown(quiz: Quiz) {
  const { view } = quiz.getState();
  if (view.kind !== 'question') throw new Error(`expected a question, got ${view.kind}`);
  return view;
}

/** Answer whatever is on screen, right, and wait for the next view. */
async function answerRight(quiz: Quiz) {
  const { question } = shown(quiz).pick;
  if (question.type === 'choice') {
    quiz.getState().select(question.answer);
    quiz.getState().submit();
    quiz.getState().next();
  } else {
    quiz.getState().flip();
    quiz.getState().grade(3);
  }
  await expect
    .poll(() => {
      const { view } = quiz.getState();
      return view.kind !== 'question' || view.pick.question.id !== question.id;
    })
    .toBe(true);
}

describe('popup quiz store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fetched.length = 0;
    // Node has no idle callbacks; the next task is when a popup with nothing to paint is idle.
    vi.stubGlobal('requestIdleCallback', (task: () => void) => setTimeout(task, 0));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('opens on a question of the chosen topics, records the answer, and then says all done at the limit', async () => {
    await saveQuizPrefs({ topics: ['databases'], newPerDay: 1 });
    const quiz = await openPopup();
    const { question } = shown(quiz).pick;
    expect(question.topic).toBe('databases');
    await answerRight(quiz);
    expect(quiz.getState().view.kind).toBe('done');
    const progress = await loadProgress();
    expect(Object.keys(progress.cards)).toEqual([question.id]);
    expect(quiz.getState().stats).toMatchObject({ today: 1, newToday: 1, streak: 1, due: 0 });
  });

  it('fetches the banks the next questions need, not all six at every open', async () => {
    const quiz = await openPopup();
    expect(shown(quiz).pick.question.topic).toBe('algorithms');
    // The bank of the question on screen, and the one the next question will come from.
    // The first questions of the topic on screen, and of the one the next question will come from.
    await expect.poll(() => fetched.length).toBe(2);
    expect(fetched).toEqual([
      { topic: 'algorithms', part: 'first' },
      { topic: 'system-design', part: 'first' },
    ]);
  });

  it('shows the first question before fetching anything else, which waits until the popup is idle', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    const quiz = await openPopup();
    expect(shown(quiz).pick.question.topic).toBe('algorithms');
    expect(fetched).toEqual([{ topic: 'algorithms', part: 'first' }]);
    for (const task of idle.splice(0)) task();
    await expect.poll(() => fetched.length).toBe(2);
  });

  it('reads storage once, early, generated questions included, and asks them once the bank is seen', async () => {
    const bank = await loadBank('algorithms', 'all');
    fetched.length = 0;
    const now = new Date();
    const later = new Date(now.getTime() + 30 * 86_400_000);
    const cards = Object.fromEntries(
      bank.map((question) => [question.id, review(undefined, 'algorithms', Rating.Good, now)]),
    );
    await saveProgress({
      cards: Object.fromEntries(
        Object.entries(cards).map(([id, card]) => [id, { ...card, due: later.getTime() }]),
      ),
      days: {},
    });
    await saveQuizPrefs({ topics: ['algorithms'], newPerDay: 5 });
    const generated = { ...choice('algorithms', 900), generated: true };
    await fakeBrowser.storage.local.set({ quizGenerated: [generated] });
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    // popup.html's first script asks before the store has loaded; the store takes its answer up.
    (await import('../../../entrypoints/quiz-read')).default.main();
    const quiz = await openPopup();
    expect(shown(quiz).pick.question).toEqual(generated);
    expect(reads).toHaveBeenCalledTimes(1);
    // Its first questions were all seen, so the whole bank was needed to know nothing else is left.
    expect(fetched).toEqual([
      { topic: 'algorithms', part: 'first' },
      { topic: 'algorithms', part: 'all' },
    ]);
  });

  it('opens on the most overdue review after fetching only its shard, not the whole bank', async () => {
    const bank = await loadBank('databases', 'all');
    fetched.length = 0;
    const yesterday = new Date(Date.now() - 86_400_000);
    const reviewed = bank.slice(0, 20);
    const cards = Object.fromEntries(
      reviewed.map((question, i) => [
        question.id,
        { ...review(undefined, 'databases', Rating.Good, yesterday), due: yesterday.getTime() + i },
      ]),
    );
    await saveProgress({ cards, days: {} });
    const quiz = await openPopup();
    expect(shown(quiz).pick).toMatchObject({ question: reviewed[0], reason: 'due' });
    expect(fetched[0]).toEqual({ topic: 'databases', part: { shard: shardOf(reviewed[0]?.id ?? '') } });
    await answerRight(quiz);
    expect(shown(quiz).pick).toMatchObject({ question: reviewed[1], reason: 'due' });
    expect(fetched.map(({ part }) => part)).not.toContain('all');
  });

  it('"Study more" allows more new questions today, past the limit', async () => {
    await saveQuizPrefs({ topics: ['behavioral'], newPerDay: 1 });
    const quiz = await openPopup();
    await answerRight(quiz);
    expect(quiz.getState().view).toMatchObject({ kind: 'done', newLimitReached: true });
    await quiz.getState().studyMore();
    expect(shown(quiz).pick.reason).toBe('new');
    for (let i = 0; i < 10; i++) await answerRight(quiz);
    expect(quiz.getState().view).toMatchObject({ kind: 'done', newLimitReached: true });
    expect(Object.keys((await loadProgress()).cards)).toHaveLength(11);
  });

  it('a higher daily limit set from "all done" brings a question back', async () => {
    await saveQuizPrefs({ topics: ['concurrency'], newPerDay: 1 });
    const quiz = await openPopup();
    await answerRight(quiz);
    expect(quiz.getState().view.kind).toBe('done');
    await quiz.getState().setNewPerDay(5);
    expect(shown(quiz).pick.reason).toBe('new');
    expect(quiz.getState().prefs?.newPerDay).toBe(5);
  });
});
