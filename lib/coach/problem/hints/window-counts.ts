/*
 * A class that counts recent events answers one of two questions, and the time-window ladder says
 * which the page asks: how many events (the queue's length), or how much they carry ("records
 * that count tickets were sold", "the sum of the amounts"), a running total kept beside the queue.
 * A limiter's rule is named only where the page limits something; on a counter it is another
 * problem's step.
 */

/** The recording call carries a quantity the answer adds up. */
const CARRIES_AMOUNT =
  /\b(?:sum|total) of (?:the |their )?(?:amounts|counts|quantities|sizes|prices|values|weights)\b|\brecords? (?:that )?(?:a \w+ of )?(?:count|amount|quantity)\b/;
/** The page accepts or refuses calls by a limit. */
const LIMITS = /\blimit(?:s|ed|er)?\b|\b(?:allow|accept|reject|refuse|block|throttl|deny)\w*\b/;

/** The window ladder's slots for this page; with no statement to read, both questions stay hedged. */
export function withWindowCounts(text: string, statement: string | undefined): string {
  // Code marks around a name ("records that `count` tickets") are no words.
  const amounts = !!statement && CARRIES_AMOUNT.test(statement.replace(/[`*]/g, ''));
  const limiter = !statement || LIMITS.test(statement);
  return text
    .replaceAll(
      '{window answer}',
      amounts
        ? 'so the answer is a running total of the amounts in the queue, added on recording and taken off as entries leave'
        : 'so the count is the queue’s length',
    )
    .replaceAll(
      '{limiter rule}',
      limiter ? ' (a limiter accepts a request only while that count is below the limit)' : '',
    )
    .replaceAll('{limiter step}', limiter ? ' (for a limiter, only when fewer than the limit remain)' : '')
    .replaceAll('{answer with}', amounts ? 'the running total' : 'the length');
}
