import { describe, expect, it, vi } from 'vitest';
import type { QuizView } from '@/lib/quiz/view';
import { handleQuizKey } from '../../../entrypoints/popup/keys';
import { card, choice } from './sample';

function actions() {
  return { select: vi.fn(), submit: vi.fn(), next: vi.fn(), flip: vi.fn(), grade: vi.fn() };
}

const asking = (
  question = choice('algorithms', 1),
  extra: Partial<Extract<QuizView, { kind: 'question' }>> = {},
) =>
  ({
    kind: 'question',
    pick: { question, reason: 'new' },
    selected: null,
    answered: null,
    flipped: false,
    ...extra,
  }) as QuizView;

describe('popup keyboard', () => {
  it('picks a choice with 1–4, checks with Enter, moves on with Enter', () => {
    const keys = actions();
    expect(handleQuizKey('3', asking(), keys)).toBe(true);
    expect(keys.select).toHaveBeenCalledWith(2);
    handleQuizKey('Enter', asking(undefined, { selected: 2 }), keys);
    expect(keys.submit).toHaveBeenCalledOnce();
    handleQuizKey('Enter', asking(undefined, { selected: 2, answered: { correct: true } }), keys);
    expect(keys.next).toHaveBeenCalledOnce();
    expect(handleQuizKey('1', asking(undefined, { answered: { correct: true } }), keys)).toBe(false);
    expect(handleQuizKey('x', asking(), keys)).toBe(false);
  });

  it('turns a card with Space, then grades it with 1–4', () => {
    const keys = actions();
    const recall = card('behavioral', 1);
    expect(handleQuizKey('2', asking(recall), keys)).toBe(false);
    expect(handleQuizKey(' ', asking(recall), keys)).toBe(true);
    expect(keys.flip).toHaveBeenCalledOnce();
    handleQuizKey('4', asking(recall, { flipped: true }), keys);
    expect(keys.grade).toHaveBeenCalledWith(4);
    expect(keys.select).not.toHaveBeenCalled();
  });

  it('ignores keys when no question is on screen', () => {
    expect(handleQuizKey('Enter', { kind: 'done', nextDueAt: null, newLimitReached: true }, actions())).toBe(
      false,
    );
  });
});
