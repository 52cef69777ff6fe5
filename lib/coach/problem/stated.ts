import { canonicalComplexity } from './library/complexity-notation';

/** `O(...)` with at most one level of parentheses inside, in lower-cased text. */
const BIG_O = /\bo ?\(((?:[^()]|\([^()]*\))+)\)/g;
/** Words around a bound that make it a running time ("runs in", "time complexity", "each function"). */
const ABOUT_TIME = /\b(?:time|runtime|run time|runs?|works?|algorithm|solution|function|call|operation)\b/;
/** A bound on memory, not time: "O(1) extra memory", "O(1) space". */
const ABOUT_SPACE = /^\s*(?:extra |auxiliary |additional )?(?:memory|space)\b/;
/** A bound named to be beaten: "a naive O(n^2) loop is too slow". */
const TO_BEAT = /\b(?:naive|brute|too slow|obvious|trivial|straightforward)\b/;
/** "less than O(n)", "better than O(n^2)": a ceiling to beat, not the running time itself. */
const ONLY_A_CEILING = /\b(?:less|better|faster|lower|smaller) than\s*$/;

/** A linear bound demanded in words: "an algorithm that runs in linear time", "linear runtime complexity". */
const LINEAR_IN_WORDS =
  /\b(?:runs?|works?|algorithm|solution|solve it|do it)\b[^.]{0,40}?\bin linear (?:time|runtime)\b|\blinear (?:runtime|time) complexity\b/;

/**
 * The running time the statement itself demands ("You must write an algorithm that runs in
 * O(log n) time"), in canonical big-O; null when it names none. A demanded bound is what the
 * interviewer expects, whatever the technique guessed.
 */
export function statedTime(prose: string): string | null {
  for (const match of prose.matchAll(BIG_O)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const before = prose.slice(Math.max(0, start - 60), start);
    const after = prose.slice(end, end + 30);
    if (ABOUT_SPACE.test(after) || ONLY_A_CEILING.test(before)) continue;
    const sentence = `${before.split(/[.\n]/).pop() ?? ''} ${after.split(/[.\n]/)[0] ?? ''}`;
    if (!ABOUT_TIME.test(sentence) || TO_BEAT.test(sentence)) continue;
    // In a sentence about memory, only a bound followed by "time" is a running time.
    if (/\b(?:space|memory)\b/.test(sentence) && !/^\s*(?:average )?(?:time|runtime)\b/.test(after)) continue;
    const inner = match[1] ?? '';
    // Flattened superscripts ("n2" for n squared) and prose ("sum of lengths") are not read.
    if (/[a-z]\d|[a-z]{2,}/.test(inner.replace(/\blog\b/g, ''))) continue;
    const canonical = canonicalComplexity(`O(${inner})`);
    if (canonical) return canonical;
  }
  return LINEAR_IN_WORDS.test(prose) ? 'O(n)' : null;
}
