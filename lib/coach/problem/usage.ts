/**
 * How the statement uses its one-letter names, which decides whether a bound is a size: "n
 * integers", "N cities", "an array of length n", "a_1, …, a_n", "the next m lines" count things
 * and drive the running time; "an integer X", "X yen" only name a magnitude.
 */
export interface NameUsage {
  /** Lower-cased letters the statement counts things with. */
  counted: Set<string>;
  /** What each counting letter counts, where a noun says so ("m" → "edges"). */
  nouns: Map<string, string[]>;
  /** Lower-cased letters introduced as one number ("given an integer n"). */
  single: Set<string>;
  /** Whether the input has queries or operations to answer (so `q` counts them). */
  queries: boolean;
}

/** Plural words after a letter that measure a magnitude rather than count items ("k times", "x yen"). */
const NOT_ITEMS =
  /^(?:is|as|has|was|its|this|does|less|plus|minus|us|thus|always|perhaps|yes|whereas|across|times|seconds|minutes|hours|days|weeks|months|years|units|meters|metres|kilometers|kilometres|miles|dollars|cents|yen|rupees|points|degrees|percent|bits|bytes)$/;
const ADJECTIVES =
  '(?:distinct|different|positive|non-negative|negative|integer|non-empty|lowercase|uppercase|empty|other|unique|given|more|consecutive|small|large|identical|possible|[a-z]+-[a-z]+)';
const COUNTED_BY_NOUN = new RegExp(`\\b([a-z])\\s+(?:${ADJECTIVES}\\s+){0,2}([a-z]{2,}s)\\b`, 'gi');
const COUNTED_BY_PHRASE: RegExp[] = [
  /\bof (?:length|size) ([a-z])\b/gi,
  /\b[a-z]_?1 ?, ?[a-z]_?2 ?, ?(?:\.\.\.|…) ?, ?[a-z]_?([a-z])\b/gi,
  /\b(?:the )?(?:next|following) ([a-z]) lines\b/gi,
  /\b([a-z]) lines follow\b/gi,
  /\b(?:labell?ed|numbered|indexed) (?:from )?[01] (?:to|through) ([a-z])\b/gi,
  /\b([a-z]) ?x ?[a-z]\b|\b[a-z] ?x ?([a-z])\b/gi,
];
const SINGLE =
  /\b(?:an?|one|the|single|positive|non-negative)\s+(?:positive\s+|non-negative\s+|single\s+)?(?:integer|number|value)\s+([a-z])\b(?!\s*(?:integers|numbers|\w+s\b))/gi;

export function readUsage(text: string): NameUsage {
  const counted = new Set<string>();
  const nouns = new Map<string, string[]>();
  for (const match of text.matchAll(COUNTED_BY_NOUN)) {
    const [, letter = '', noun = ''] = match;
    if (/^[ai]$/i.test(letter) || NOT_ITEMS.test(noun.toLowerCase())) continue;
    const key = letter.toLowerCase();
    counted.add(key);
    nouns.set(key, [...(nouns.get(key) ?? []), noun.toLowerCase()]);
  }
  for (const pattern of COUNTED_BY_PHRASE) {
    for (const match of text.matchAll(pattern)) {
      const letter = match[1] ?? match[2];
      if (letter && !/^[ai]$/i.test(letter)) counted.add(letter.toLowerCase());
    }
  }
  const single = new Set<string>();
  for (const match of text.matchAll(SINGLE)) {
    for (const letter of (match[1] ?? '').match(/\b[a-z]\b/gi) ?? []) {
      if (!/^and$/i.test(letter)) single.add(letter.toLowerCase());
    }
  }
  return {
    counted,
    nouns,
    single,
    queries: /\bquer(?:y|ies)\b|\boperations?\b|\brequests?\b|\bcommands?\b|\bevents?\b/i.test(text),
  };
}
