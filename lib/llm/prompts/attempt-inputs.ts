import type { HintAttempt } from './attempt';

/** Which of the user's inputs a hint used, as the panel says it ("your code and your last approach"). */
export function attemptInputs(attempt: HintAttempt | undefined): string | null {
  const used = [
    attempt?.code?.trim() ? 'your code' : null,
    attempt?.approach?.trim() ? 'your last approach' : null,
  ].filter((part) => part !== null);
  return used.length > 0 ? used.join(' and ') : null;
}
