/** A title inside a sentence: "ML System design" → "ML system design"; acronyms keep their case. */
export function inSentence(title: string): string {
  return title.replace(/\b[A-Z][a-z][\w-]*/g, (word) => word.toLowerCase());
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
