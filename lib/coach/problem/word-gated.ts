/**
 * A reader's pattern behind the words it cannot match without, as the triggers' gates do
 * (knowledge/gate-words.ts): a pattern compiled after V8's optimising budget is spent tries every
 * place in the text, and a one-off scan of a whole statement for a phrase most statements never
 * hold cost more than some whole readers. Looking for the words first (`includes`, a fast search)
 * skips it on those statements. The words must be sound: every match holds one of them, which the
 * word-gated test checks against the pattern's own gate.
 */
export interface WordGated {
  readonly pattern: RegExp;
  readonly words: readonly string[];
}

/** Whether the text may hold a match: one of the words is in it. */
const mayHold = ({ words }: WordGated, text: string) => words.some((word) => text.includes(word));

export const wordGated = (pattern: RegExp, words: readonly string[]): WordGated => ({ pattern, words });

/** The pattern's `test`, run only where the text holds one of its words. */
export const gatedTest = (gated: WordGated, text: string): boolean =>
  mayHold(gated, text) && gated.pattern.test(text);

/** The pattern's `exec`, run only where the text holds one of its words. */
export const gatedExec = (gated: WordGated, text: string): RegExpExecArray | null =>
  mayHold(gated, text) ? gated.pattern.exec(text) : null;
