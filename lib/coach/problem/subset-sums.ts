import type { ConstraintFacts, Variable } from './constraints';
import { isElementValue } from './counts';
import { TO_ONE_OF_TWO, TOTALS_COMPARED } from './knowledge/sequence-tables';
import type { Size } from './shape';

/** Items shared out between two sides, or a subset chosen, by the sums they make (not a contiguous run). */
const SUBSET_SPLIT =
  /\b(?:exactly )?one of (?:the )?two\b|\b(?:two|2) (?:disjoint |non-empty )?(?:subsets|groups|sets|piles|teams|halves)\b|\bpartition(?:ed)? (?:\w+ ){0,3}into two\b|\bsubsets? (?:whose|with|of) (?:\w+ ){0,2}sums?\b/;
const SUM_WORDS = /\b(?:sums?|totals?|total weights?)\b/;
const CONTIGUOUS = /\bcontiguous\b|\bsubarrays?\b|\bconsecutive\b|\bprefix\b/;
/** The most sums a table can run over: beyond it the sums are magnitudes, not states. */
const MOST_SUMS = 1e6;

/**
 * Items split between two sides, or a subset picked, by what their values add up to: the sums
 * reachable so far are the table's states, so the total of the values (n times the largest) is a
 * size, k, beside the n items (a subset-sum table, O(n * k)).
 */
export function subsetSums(facts: ConstraintFacts, items: Variable, body: string): Size | null {
  // Each item handed whole to one of two sides, the sides' totals compared, is the same split.
  const split = SUBSET_SPLIT.test(body) || TO_ONE_OF_TWO.test(body);
  if (!split || !(SUM_WORDS.test(body) || TOTALS_COMPARED.test(body)) || CONTIGUOUS.test(body)) return null;
  const values = facts.variables.filter(
    (v) => isElementValue(v) && (v.lower ?? -1) >= 0 && v.upper !== undefined,
  );
  const largest = Math.max(0, ...values.map((v) => v.upper ?? 0));
  const total = (items.upper ?? 0) * largest;
  if (largest < 2 || total > MOST_SUMS) return null;
  return { letter: 'k', name: `the sum of ${values[0]?.names[0] ?? 'the values'}`, bound: total };
}
