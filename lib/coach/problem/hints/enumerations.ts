import type { AnswerSearch } from '../answer-object';
import type { Ladder } from './ladder';

/**
 * Ladders for the searches whose standard shape is not "try every subset or order" itself: pieces
 * placed so that none attacks another (one per row, the attacked lines kept in sets), up to forty
 * items split into halves whose subset totals are matched (meet in the middle), and orders of far
 * too many items counted by factorials. Each names the page's own items.
 */
export type EnumerationVariant = 'place-pieces' | 'halve-subsets' | 'count-orders';

export const ENUMERATION_LADDERS: Record<EnumerationVariant, Ladder> = {
  'place-pieces': [
    'Two {items} in one row would already clash, so every row holds exactly one. Filling the rows from the top, what must you remember to know where the next one may go?',
    'Place one {item} per row, trying each column of the row, and undo the placement on return (backtracking). Keep the taken columns and both kinds of diagonal (row minus column, row plus column) in sets, so each check costs O(1).',
    'Recurse on the row. For each column whose column, row - column and row + column are all free, mark the three, recurse on the next row, then unmark them. A row past the last one is a complete placement: count it or write down its columns. No board that breaks a rule is ever built, which keeps the search near n! partial boards, far below n^n.',
  ],
  'halve-subsets': [
    'Every {item} is in or out, and 2 to the power n choices are far too many to list. How many choices does each half of the {items} have on its own, and how could one choice from each half make a whole?',
    'Meet in the middle: list every subset total of the first half and of the second half (2^(n/2) each), sort one list, and for each total of the other find its partners with a binary search (or two pointers over both sorted lists).',
    'Build each half’s totals by adding one {item} at a time to the totals so far. Sort the second list. For each total t of the first, search the second for what the question needs: how many equal the target minus t (the gap between two bounds), or the largest one not above the limit minus t. The empty choice is a total of 0 in each half.',
  ],
  'count-orders': [
    'There are far too many orders of the {items} to build even one list of them. How many orders are there with no rule at all, and how many of them break each rule?',
    'Count with factorials modulo the prime: all orders, minus those that break a rule, plus those subtracted twice (inclusion-exclusion). n!, (n - 1)! and the rest come from one table built up to n.',
    'Build the factorials up to n modulo the prime in one pass. Fixing one of them in a place leaves (n - 1)! orders of the others, fixing two leaves (n - 2)!, and a rule that holds in exactly half the orders by symmetry halves n! (multiply by the inverse of 2). Add and subtract the cases the rules name, keep every step modulo the prime (add the prime before a subtraction), and check small n against a brute force.',
  ],
};

/** The ladder a search over the answer's items calls for, when the common enumerations do not fit it. */
export function enumerationVariant(
  search: AnswerSearch | null,
  attacks: boolean,
  lead: string | undefined,
): EnumerationVariant | undefined {
  if (attacks && (lead === 'backtracking' || lead === 'bit-manipulation')) return 'place-pieces';
  if (search === 'halves') return 'halve-subsets';
  if (search === 'factorials') return 'count-orders';
  return undefined;
}
