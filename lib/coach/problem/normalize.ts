/**
 * Constraint text arrives in many spellings (TeX from Codeforces and AtCoder, HTML superscripts
 * flattened by extraction, Unicode from pasted text). One canonical ASCII form keeps the parser
 * small: `<=`, `>=`, `*`, `^`, plain digits.
 */
const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
};

/** A verb's helper as judges write it before "not exceed": "does", "won't", "is guaranteed to", … */
const NOT = String.raw`(?:(?:do(?:es)?|will|shall|can|would|must)\s+not|do(?:es)?n['’]t|won['’]t|can['’]?t|cannot|(?:is|are)\s+guaranteed\s+not\s+to)`;
/** "is", "are", "will be", "must be", "is guaranteed to be", "is always". */
const BE = String.raw`(?:(?:is|are)(?:\s+guaranteed\s+to\s+be|\s+always)?|(?:will|shall|must|can)\s+be)`;

/** Bounds written in words, as CodeChef, Codeforces and GeeksforGeeks word them, read as the sign. */
const PHRASES: [RegExp, string][] = [
  [new RegExp(String.raw`\b(?:${NOT}\s+exceed|never\s+exceeds?)\b`, 'gi'), '<='],
  [
    new RegExp(
      String.raw`\b${BE}\s+(?:at\s+most|not\s+(?:greater|more|larger)\s+than|no\s+(?:more|greater|larger)\s+than|less\s+than\s+or\s+equal\s+to|smaller\s+than\s+or\s+equal\s+to)\b`,
      'gi',
    ),
    '<=',
  ],
  [
    new RegExp(
      String.raw`\b${BE}\s+(?:at\s+least|not\s+(?:less|smaller)\s+than|no\s+(?:less|smaller)\s+than|greater\s+than\s+or\s+equal\s+to|larger\s+than\s+or\s+equal\s+to)\b`,
      'gi',
    ),
    '>=',
  ],
];

const SHORT_NAME = String.raw`(?!(?:It|it)\b)[A-Za-z](?:_\w+|\[\w+\]|\w{0,2})`;
/** "N is an integer between 1 and 100 (inclusive)": names, an optional note, the two ends. */
const BETWEEN = new RegExp(
  String.raw`\b(${SHORT_NAME}(?:\s*,\s*(?:and\s+)?${SHORT_NAME}|\s+and\s+${SHORT_NAME})*)(\s*\([^()]*\))?\s+(?:is|are)\s+(?:(?:an?|both|all)\s+)?(?:(?:positive\s+|non-negative\s+)?(?:integers?|numbers?)\s+)?between\s+(-?[\d*^]+)\s+and\s+(-?[\d*^]+)(?:\s*\((?:both\s+)?inclusive\)|,?\s+(?:both\s+)?inclusive\b)?`,
  'g',
);

/**
 * "The length of S is between 1 and 10, inclusive": the same range in words, of a name's length.
 * Read by BETWEEN alone it would bound S as a value, and "the length of" would be left dangling.
 */
const LENGTH_BETWEEN = new RegExp(
  String.raw`\b(?:[Tt]he\s+)?(?:lengths?|sizes?)\s+of\s+(?:the\s+)?(?:strings?\s+|arrays?\s+|lists?\s+|sequences?\s+)?${BETWEEN.source.slice(2)}`,
  'g',
);

/** A fraction's part in parentheses only when it has a sum at its top level: n(n-1) stays as it is. */
function grouped(part: string): string {
  const flat = part.trim().replace(/\([^()]*\)/g, '1');
  return /[-+]/.test(flat) ? `(${part.trim()})` : part.trim();
}

export function normalizeMath(raw: string): string {
  let text = raw
    // Markdown from the extractors: inline code and emphasis around names ("`n` integers", "*H*").
    .replace(/`+/g, '')
    .replace(/\*+([A-Za-z][^*\n]{0,80}?)\*+/g, '$1')
    .replace(/\$\$\$|\$/g, ' ')
    .replace(
      /\\frac\{([^{}]*)\}\{([^{}]*)\}/g,
      (_, top: string, bottom: string) => `${grouped(top)}/${grouped(bottom)}`,
    )
    // "the length of each word" is an item's size, as words[i].length says it.
    .replace(/\b(?:the )?length of each (\w+?)s?\b/gi, '$1s[i].length')
    // A double subscript is one name: T_{i,j} is not "T_i" and "j".
    .replace(/_\{([^{}]*)\}/g, (_, inner: string) => `_${inner.replace(/[\s,]+/g, '')}`)
    .replace(/\\left|\\right|\\mathrm|\\text|\\displaystyle|\\,|\\;|\\!|\\ /g, ' ')
    // AtCoder's older statements write \leqq and ≦ (the Japanese forms of <=).
    .replace(/\\(?:leqq|leq?|leqslant)\b|≤|⩽|≦|&lt;=/g, '<=')
    .replace(/\\(?:geqq|geq?|geqslant)\b|≥|⩾|≧|&gt;=/g, '>=')
    .replace(/\\lt\b|&lt;/g, '<')
    .replace(/\\gt\b|&gt;/g, '>')
    .replace(/\\neq?\b|≠/g, '!=')
    .replace(/\\(?:cdot|times)\b|·|×|⋅|∙/g, '*')
    // HackerRank writes a product with a letter x: "2 x 10^5", "n x (n - 1)".
    .replace(/(\d) x (?=\d)|\b([a-z]) x (?=\()/g, (_, digit?: string, name?: string) => `${digit ?? name} * `)
    .replace(/\\ldots|\\dots|\\cdots|…/g, '...')
    .replace(/[−–—\x96\x97](?=\s*\d)/g, '-')
    .replace(/\*\*/g, '^')
    .replace(/\{([^{}]*)\}/g, '$1')
    .replace(/\\/g, ' ');
  text = text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+/g, (run) => `^${[...run].map((c) => SUPERSCRIPT_DIGITS[c]).join('')}`);
  // Thousands separators: "200 000" with a thin or non-breaking space, "200,000" without a space.
  text = text.replace(/(\d)[\u2009\u202f\u00a0](?=\d{3}\b)/g, '$1').replace(/(\d),(?=\d{3}\b)/g, '$1');
  // "1e5" written as a number.
  text = text.replace(/\b(\d+(?:\.\d+)?)e(\d+)\b/gi, '$1*10^$2');
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  // AtCoder's older wording, "N is an integer between 1 and 100 (inclusive)", "A and B are integers
  // between 1 and 9", written as the bound it is; a note on the name's index ("a_i (1 <= i <= N)")
  // moves after it. Names are short, so prose ("the answer is between") is left alone.
  const bound =
    (of = '') =>
    (_: string, names: string, note: string | undefined, low: string, high: string) => {
      const listed = names
        .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
        .map((name) => `${name}${of}`)
        .join(', ');
      return `${low} <= ${listed} <= ${high}${note ?? ''}`;
    };
  text = text.replace(LENGTH_BETWEEN, bound('.length')).replace(BETWEEN, bound());
  // "1 <= length of s <= 10^5" (or "is at most", read above) with no signature to type s: a length in a bound is a size, as
  // s.length says it, not a name "length" and a value "of s"; GeeksforGeeks' "size of linked list"
  // is the list's. A total length is a sum, read apart.
  text = text.replace(
    /(?<!\b(?:total|sum|combined|overall|summed) )\b(?:the )?(?:length|size) of (?:the )?(?:string |array |list |sequence )?(?:(?:doubly |singly )?linked )?([A-Za-z]\w*)(?=\s*(?:<=|<|>=|>|==?)(?!\s*[A-Za-z]))/gi,
    '$1.length',
  );
  // min(n - 1, 100) is at most each argument: keep the number as the bound.
  text = text.replace(
    /\bmin ?\(([^()]*?(?:\([^()]*\))?[^()]*?), ?([^()]*)\)/g,
    (whole, a: string, b: string) => {
      const numeric = [a, b].find((arg) => /^[-\d*^+ ]+$/.test(arg.trim()));
      return numeric ? numeric.trim() : whole;
    },
  );
  return text.replace(/[ \t\u00a0\u2009\u202f]+/g, ' ');
}
