import { evaluate } from './evaluate';

/*
 * A bound on the sum of per-item sizes is the total size of the input: "L_1 + L_2 + ... + L_K <=
 * 2 * 10^5" (AtCoder), "sum_{i=1}^n k_i <= 2 * 10^5" (Codeforces), "the sum of the lengths of all
 * the words", "at most 10^5 books in total". Whatever the number of lists, the work is counted over
 * that total. A sum of values ("piles[0] + ... + piles[n - 1] <= 10^9", "1 + 2 + ... + n") bounds a
 * magnitude and is no size.
 */

export interface WrittenTotal {
  /** The per-item size summed (`L_i`, `logs[i].length`, `|S_i|`), or the noun counted ("books"). */
  term: string;
  upper: number;
  source: string;
}

const NUMBER = String.raw`([-\d*^+ ]*\d)`;
/** "L_1 + L_2 + ... + L_K <= 2 * 10^5": a sum written out term by term. */
const WRITTEN_SUM = new RegExp(
  String.raw`([A-Za-z|][\w.[\]|]*)\s*\+\s*(?:[^<>=+]{1,40}\+\s*)?\.\.\.\s*\+\s*[^<>=]{1,60}?<=\s*${NUMBER}`,
  'g',
);
/** "sum_{i=1}^N C_i <= 2 * 10^5" (normalized to "sum _i=1^N C_i"), "\\sum |s_i| <= 10^6" with no range. */
const SIGMA = new RegExp(
  String.raw`\bsum(?:\s*_?\s*[a-z]\s*=\s*[01]\s*\^\s*[\w.]+)?\s+([A-Za-z]\w*_[a-z]|\|[^|]{1,20}\||[A-Za-z]\w*\[[a-z]\]\.(?:length|size)(?:\(\))?)\s*<=\s*${NUMBER}`,
  'gi',
);
/** "The carts hold at most 10^5 books in total", "There <= 10^4 books in total". */
const IN_TOTAL = new RegExp(
  String.raw`(?:<=|\bat most|\bup to|\bno more than)\s*${NUMBER}\s+([a-z]+s)\s+in total\b`,
  'gi',
);

/** A length spelled as one (`logs[i].length`, `|S_i|`, `len(s)`, "lengths"). */
function isLengthTerm(term: string): boolean {
  return /\.(?:length|size)(?:\(\))?$|^\|.+\|$|^len\(|^(?:lengths?|sizes?)$/i.test(term.trim());
}

/**
 * Whether a subscripted name counts what each item holds: it bounds another name's last index
 * (`T_{i,L_i}`, written `T_iL_i` once normalized) or counts things ("C_i parcels", "k_i songs").
 */
function countsPerItem(term: string, whole: string): boolean {
  const base = /^([A-Za-z]\w*?)_(?:[a-z0-9])$/.exec(term.trim())?.[1];
  if (!base) return false;
  const escaped = base.replace(/[^\w]/g, '');
  return (
    new RegExp(`[A-Za-z]_[a-z0-9]+${escaped}_[a-z0-9]\\b`).test(whole) ||
    new RegExp(`\\b${escaped}_[a-z0-9] (?:[a-z]+ )?[a-z]{3,}s\\b`, 'i').test(whole)
  );
}

/** Whether the summed term is a size of one item rather than a value. */
export function isSizeTerm(term: string, whole: string): boolean {
  return isLengthTerm(term) || countsPerItem(term, whole);
}

/** The totals one normalized constraint states, in any of the notations judges use. */
export function readWrittenTotals(text: string, whole: string): WrittenTotal[] {
  const found: WrittenTotal[] = [];
  const add = (term: string, bound: string, source: string) => {
    const upper = evaluate(bound);
    // The first term names them all: L_1 stands for every L_i, logs[0].length for logs[i].length.
    const each = term.replace(/_[0-9]$/, '_i').replace(/\[[0-9]\]/, '[i]');
    if (upper !== undefined && isSizeTerm(term, whole))
      found.push({ term: each, upper, source: source.trim() });
  };
  for (const match of text.matchAll(WRITTEN_SUM)) add(match[1] ?? '', match[2] ?? '', match[0]);
  for (const match of text.matchAll(SIGMA)) add(match[1] ?? '', match[2] ?? '', match[0]);
  for (const match of text.matchAll(IN_TOTAL)) {
    const upper = evaluate(match[1] ?? '');
    if (upper !== undefined) found.push({ term: match[2] ?? '', upper, source: match[0].trim() });
  }
  return found;
}

/** The constraint without its written sums and their bounds, so the names summed bound nothing alone. */
export function withoutWrittenSums(text: string): string {
  return text.replace(WRITTEN_SUM, ' ').replace(SIGMA, ' ');
}
