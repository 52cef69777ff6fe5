/**
 * Setters finish a bound with a clause about the same name ("1 <= N < 2 * 10^5, N is odd",
 * "2 <= n <= 2^16, and n is a power of two", "1 <= a_i <= n, where n is …", "q <= 10^5, q queries")
 * or open the next bound with the end of one ("N is odd, 1 <= A_i <= 10^9"). A comparison chain
 * reads a list after its last comparator ("2 * 10^5, N"), so the clause's first word would join it
 * as one more operand, bounded by the number before it: N bounded by N, a variable called "where".
 * A clause's word is followed (or preceded) by more words, never by a comparator or a comma-list.
 */

/**
 * What ends a clause's first word: a space and a word, an opening bracket or a length written
 * between bars ("where |S| denotes…"), not a comparator.
 */
const WORDS_AFTER = /^ (?:[A-Za-z(]|\|[A-Za-z][\w.]*\|\s+[A-Za-z]|\d+\s*[A-Za-z])/;
/** What a clause that runs into the next bound ends with: "is odd", "are distinct", "and". */
const CLAUSE_BEFORE =
  /\b(?:is|are|be|and|or|where|if|when|with|of|not)\s+$|[A-Za-z]{2,}\s+(?:is|are)\s+\S+\s+$/i;

/** The chain a clause joined, without it; `start` is where the chain begins in `text`. */
export function withoutClauses(chain: string, text: string, start: number): string {
  let trimmed = chain;
  const after = text.slice(start + chain.length);
  // "…, 2 * 10^5, N" followed by " is odd": the last operand opens a clause.
  const tail = /,\s*([A-Za-z_][\w.]*)$/.exec(trimmed);
  if (tail && WORDS_AFTER.test(after) && !/(?:<=|>=|==|!=|<|>)[^,]*$/.test(tail[1] ?? '')) {
    trimmed = trimmed.slice(0, tail.index);
  }
  // "odd, 1 <= A_i": the first operand closes the clause before it.
  const head = /^([A-Za-z_][\w.]*)\s*,\s*(?=-?\d)/.exec(trimmed);
  if (head && CLAUSE_BEFORE.test(text.slice(0, start))) trimmed = trimmed.slice(head[0].length);
  return trimmed;
}
