import type { QuizView } from '@/lib/quiz/view';

export interface KeyActions {
  select(choice: number): void;
  submit(): void;
  next(): void;
  flip(): void;
  grade(key: number): void;
}

/**
 * The popup's keyboard: 1–4 pick a choice (or grade a turned card), Enter checks then moves on,
 * Space turns a card. Returns whether the key was the quiz's, so the caller can stop the browser
 * from also acting on it (scrolling on Space, clicking the focused button on Enter).
 */
export function handleQuizKey(key: string, view: QuizView, actions: KeyActions): boolean {
  if (view.kind !== 'question') return false;
  const { question } = view.pick;
  const digit = /^[1-4]$/.test(key) ? Number(key) : null;
  if (question.type === 'choice') {
    if (digit !== null && !view.answered) {
      actions.select(digit - 1);
      return true;
    }
    if (key === 'Enter') {
      if (view.answered) actions.next();
      else actions.submit();
      return true;
    }
    return false;
  }
  if (!view.flipped && (key === ' ' || key === 'Enter')) {
    actions.flip();
    return true;
  }
  if (view.flipped && digit !== null) {
    actions.grade(digit);
    return true;
  }
  return false;
}
