import type { QuizView } from '@/lib/quiz/view';

export interface KeyActions {
  select(choice: number): void;
  submit(): void;
  next(): void;
  flip(): void;
  grade(key: number): void;
  studyMore(): void;
}

/**
 * The popup's keyboard: 1–4 pick a choice (or grade a turned card), Enter checks then moves on
 * (or, past today's limit, studies more), Space turns a card. Returns whether the key was the
 * quiz's, so the caller can stop the browser from also acting on it (scrolling on Space, clicking
 * the focused button on Enter).
 */
export function handleQuizKey(key: string, view: QuizView, actions: KeyActions): boolean {
  if (view.kind === 'done') {
    if (key !== 'Enter' || !view.newLimitReached) return false;
    actions.studyMore();
    return true;
  }
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

/** The focused element, seen as a place keys go. */
export interface KeyTarget {
  /** A field the user types into (a number, a text): every key is its own. */
  typing: boolean;
  /** The keys the element itself acts on: Space ticks a checkbox, Enter and Space press a button. */
  operatedBy: readonly string[];
  /** The keyboard (Tab) brought the focus there; a click's leftover focus does not count. */
  keyboardFocused: boolean;
  /** One of the quiz's own buttons, whose keys the quiz handles itself. */
  quizKey: boolean;
}

/**
 * Whether a key belongs to the focused control rather than to the quiz. After a click on a topic
 * or the settings, the focus stays there but the user's next Enter is still meant for the quiz.
 */
export function isForTheControl(key: string, target: KeyTarget | null): boolean {
  if (!target || target.quizKey) return false;
  if (target.typing) return true;
  return target.keyboardFocused && target.operatedBy.includes(key);
}
