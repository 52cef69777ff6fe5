/**
 * What a hint must not give away, in one place: the words that name a technique or a data structure
 * (a first hint is a nudge about the problem, so it may use none of them), and the marks that only
 * code has (no hint may hold code: the ladder describes, the candidate writes).
 */

/**
 * Technique and data-structure names, each with the forms a writer would use. Word boundaries keep
 * "subset" and "recurring" clear, and "binary search tree" is a kind of input, not a technique.
 */
const SPOILER_PATTERNS: readonly RegExp[] = [
  /\bhash(?:es|ed|ing|map|set|table)?\b/i,
  /\b(?:hash ?)?maps?\b/i,
  /\b(?:hash ?)?sets?\b/i,
  /\bdictionar(?:y|ies)\b/i,
  /\blookup tables?\b/i,
  /\bpointers?\b/i,
  /\bfast and slow\b|\bslow and fast\b|\btortoise\b/i,
  /\bwindows?\b/i,
  /\bsliding\b/i,
  /\bbinary search\b(?! tree)/i,
  /\bbisect(?:ion|ing)?\b/i,
  /\bheaps?\b|\bheapify\b/i,
  /\bpriority queues?\b/i,
  /\bstacks?\b/i,
  /\bqueues?\b|\bdeques?\b/i,
  /\bmonotonic(?:ally)?\b/i,
  /\bdp\b/i,
  /\bdynamic\b/i,
  /\bmemo(?:i[sz](?:e|ed|ing|ation))?\b/i,
  /\btabulat(?:e|ed|ion|ing)\b/i,
  /\bsub-?problems?\b/i,
  /\bbottom-up\b|\btop-down\b/i,
  /\brecurs(?:e|ed|ion|ive|ively)\b/i,
  /\bbacktrack(?:s|ed|ing)?\b/i,
  /\bbfs\b|\bdfs\b/i,
  /\bbreadth[- ]first\b|\bdepth[- ]first\b/i,
  /\bgraphs?\b/i,
  /\badjacency\b|\bin-?degrees?\b/i,
  /\btopolog(?:y|ical(?:ly)?)\b|\btopo sort\b/i,
  /\bshortest[- ]paths?\b/i,
  /\bdijkstra\b|\bbellman\b|\bfloyd\b|\bkruskal\b|\bprim's\b|\bkadane\b/i,
  /\btries?\b/i,
  /\bunion(?:-find|s)?\b|\bdisjoint[- ]sets?\b/i,
  /\bgreed(?:y|ily)\b/i,
  /\bsort(?:s|ing)?\b/i,
  /\bbuckets?\b/i,
  /\bquickselect\b|\bquick ?sort\b|\bmerge ?sort\b/i,
  /\bdivide and conquer\b/i,
  /\bprefix(?:es)?\b/i,
  /\bbits?\b|\bbitwise\b|\bbit ?masks?\b/i,
  /\bxor\b/i,
  /\bsegment trees?\b|\bfenwick\b/i,
  /\bline sweep\b|\bsweep(?:ing)? line\b/i,
  /\bkmp\b|\bz-?function\b|\brabin[- ]karp\b|\bmanacher\b|\bsieve\b|\bmatrix exponentiation\b/i,
];

/** The first technique or data-structure name in `text`, or null when it names none. */
export function namedTechnique(text: string): string | null {
  for (const pattern of SPOILER_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}

/**
 * Marks that prose does not have: backticks, braces, assignment and comparison operators, calls and
 * indexing, statement ends, code keywords, identifiers in camelCase or snake_case, member access, and
 * line breaks (pseudo-code comes in lines). `O(n)` and prose semicolons ("…values; if it is there…")
 * are fine.
 */
const CODE_PATTERNS: readonly RegExp[] = [
  /[`{}]/,
  /=/,
  /&&|\|\||\+\+/,
  /;\s*(?:$|\))/m,
  /\n/,
  /\b(?:for|while|if|switch|catch)\s*\(/,
  /^\s*(?:def|function|return|const|let|var|class|import|elif|else:)\b/m,
  // A call, but not the functions big-O is written with: O(log(n * m)), O(n * sqrt(n)).
  /\b(?!O\(|log\(|sqrt\()[A-Za-z_]\w*\(/,
  /\b\w+\[/,
  /\b[a-z]+[A-Z]\w*/,
  /\b[A-Za-z]+_\w+/,
  /\b[a-z]\w*\.[a-z]\w{2,}/,
];

/** The first stretch of `text` that looks like code, or null when it reads as prose. */
export function codeIn(text: string): string | null {
  for (const pattern of CODE_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}
