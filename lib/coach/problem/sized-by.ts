import { isMethod } from './certainty';
import { BUDGET } from './complexity';
import { totalSteps } from './limit';
import type { InputShape } from './shape';
// Families describe the input, not a method: they say nothing about the running time.
import { FAMILIES } from './technique-order';
import type { TechniqueGuess, TechniqueId } from './types';

/** Methods that answer two sequences in one pass together, or by a formula: no table needed. */
const DIRECT: readonly TechniqueId[] = ['two-pointers', 'math'];

/** The input a size belongs to: `nums1` for `nums1.length`, `words` for `words[i].length`. */
const inputOf = (name: string) => name.replace(/\[i\]|\.length\b|\.size\(\)/g, '');

/**
 * The technique whose reading of the sizes the figures count over: the leader, unless it comes
 * from the base rate alone and a method the page does point at ranks among the first three. A DP
 * reads some inputs as a table where a scan or a lookup reads a list: two sequences side by side
 * (n + m) as every pair of their prefixes (n * m: an edit distance, a common subsequence), items
 * beside an amount they must make (n * k: the ways to reach a target, the sums a subset can take).
 * When the input arrives in no order to merge, the table fits the time budget, and the DP is a
 * method the page points at, or the only one it names beside a family ("string" names the input,
 * not a way to compare two of them), the bounds were sized for the table: a scan cannot match two
 * texts with insertions between their characters, nor count the ways to make every amount.
 */
export function sizedBy(
  guesses: readonly TechniqueGuess[],
  read: (technique: TechniqueId | undefined) => InputShape,
  sorted: boolean,
): TechniqueId | undefined {
  const leading = guesses.slice(0, 3);
  // A guess from the base rate alone is no method: the first one the page itself points at is.
  const lead = (isMethod(guesses[0]) ? guesses[0] : (leading.find(isMethod) ?? guesses[0]))?.id;
  const dp = leading.find((guess) => guess.id === 'dynamic-programming');
  if (sorted || !dp || lead === dp.id) return lead;
  const other = leading.find((guess) => isMethod(guess) && guess !== dp && !FAMILIES.includes(guess.id));
  if (!isMethod(dp) && other) return lead;
  // Two pointers walk two sequences together in one pass (is one a subsequence of the other), and a
  // formula places each item directly: ranked ahead of the DP, either is the cheaper answer.
  const ahead = leading.slice(0, leading.indexOf(dp));
  if (ahead.some((guess) => isMethod(guess) && DIRECT.includes(guess.id))) return lead;
  const { shape } = read(lead);
  // Without the page's own word for the DP, only two sequences side by side make the table.
  const listed = isMethod(dp) ? shape.kind === 'one' || shape.kind === 'add' : shape.kind === 'add';
  if (!listed || (shape.kind === 'add' && shape.other.letter !== 'm')) return lead;
  const table = read(dp.id);
  // A table over pairs needs two things to pair: `s` and `s.length` name one string twice.
  if (table.shape.kind !== 'product' || table.shape.grid) return lead;
  if (inputOf(table.shape.n.name) === inputOf(table.shape.other.name)) return lead;
  return totalSteps(`O(n * ${table.shape.other.letter})`, table) <= BUDGET ? dp.id : lead;
}
