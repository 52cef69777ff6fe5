import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadProgress, saveQuizPrefs } from '@/lib/storage/quiz';
import { useQuiz } from '../../../entrypoints/popup/store';

function shown() {
  const { view } = useQuiz.getState();
  if (view.kind !== 'question') throw new Error(`expected a question, got ${view.kind}`);
  return view;
}

describe('popup quiz store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens on a question of the chosen topics, records the answer, and then says all done at the limit', async () => {
    await saveQuizPrefs({ topics: ['databases'], newPerDay: 1 });
    await useQuiz.getState().start();
    const { question } = shown().pick;
    expect(question.topic).toBe('databases');
    if (question.type === 'choice') {
      useQuiz.getState().select(question.answer);
      useQuiz.getState().submit();
      expect(shown().answered).toEqual({ correct: true });
      useQuiz.getState().next();
    } else {
      useQuiz.getState().flip();
      useQuiz.getState().grade(3);
    }
    await expect.poll(() => useQuiz.getState().view.kind).toBe('done');
    const progress = await loadProgress();
    expect(Object.keys(progress.cards)).toEqual([question.id]);
    expect(useQuiz.getState().stats).toMatchObject({ today: 1, newToday: 1, streak: 1, due: 0 });
  });
});
