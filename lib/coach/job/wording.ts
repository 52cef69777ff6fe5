/** A title inside a sentence: "ML System design" → "ML system design"; acronyms keep their case. */
export function inSentence(title: string): string {
  return title.replace(/\b[A-Z][a-z][\w-]*/g, (word) => word.toLowerCase());
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
};

/** A count as a posting writes it, in digits or in words ("3", "three"); NaN for anything else. */
export function countOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number.parseInt(word, 10);
}
