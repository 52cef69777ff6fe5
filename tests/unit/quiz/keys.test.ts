import { describe, expect, it, vi } from 'vitest';
import type { QuizView } from '@/lib/quiz/view';
import { handleQuizKey, isForTheControl } from '../../../entrypoints/popup/keys';
import { card, choice } from './sample';

function actions() {
  return {
    select: vi.fn(),
    submit: vi.fn(),
    next: vi.fn(),
    flip: vi.fn(),
    grade: vi.fn(),
    studyMore: vi.fn(),
  };
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

  it('studies more with Enter once today’s new questions are met, and ignores keys otherwise', () => {
    const keys = actions();
    expect(handleQuizKey('Enter', { kind: 'done', nextDueAt: null, newLimitReached: true }, keys)).toBe(true);
    expect(keys.studyMore).toHaveBeenCalledOnce();
    expect(handleQuizKey('Enter', { kind: 'done', nextDueAt: null, newLimitReached: false }, keys)).toBe(
      false,
    );
    expect(handleQuizKey('1', { kind: 'done', nextDueAt: null, newLimitReached: true }, keys)).toBe(false);
    expect(handleQuizKey('Enter', { kind: 'loading' }, keys)).toBe(false);
    expect(keys.studyMore).toHaveBeenCalledOnce();
  });
});

describe('keys and the focused control', () => {
  const checkbox = { typing: false, operatedBy: [' '], keyboardFocused: false, quizKey: false };
  const button = { ...checkbox, operatedBy: [' ', 'Enter'] };

  it('gives the quiz Enter and Space after a click left the focus on a topic or the settings', () => {
    expect(isForTheControl('Enter', checkbox)).toBe(false);
    expect(isForTheControl(' ', checkbox)).toBe(false);
    expect(isForTheControl('Enter', button)).toBe(false);
    expect(isForTheControl('Enter', null)).toBe(false);
  });

  it('leaves a control reached by Tab the keys it acts on, and the quiz the rest', () => {
    expect(isForTheControl(' ', { ...checkbox, keyboardFocused: true })).toBe(true);
    expect(isForTheControl('Enter', { ...checkbox, keyboardFocused: true })).toBe(false);
    expect(isForTheControl('Enter', { ...button, keyboardFocused: true })).toBe(true);
    expect(isForTheControl('2', { ...button, keyboardFocused: true })).toBe(false);
  });

  it('leaves every key to a field being typed in, and the quiz its own buttons', () => {
    expect(isForTheControl('2', { ...checkbox, operatedBy: [], typing: true })).toBe(true);
    expect(isForTheControl('Enter', { ...button, keyboardFocused: true, quizKey: true })).toBe(false);
  });
});
