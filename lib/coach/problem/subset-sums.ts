import type { ConstraintFacts, Variable } from './constraints';
import { isElementValue } from './counts';
import { takenWholeUnderCapacity } from './knowledge/amounts';
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
  const worths = worthTotals(facts, items, body);
  if (worths) return worths;
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

/**
 * Items that each weigh and are worth their own amounts, taken whole under one capacity too large
 * to count up to (W <= 10^9): the table runs over the total worth instead, holding the lightest
 * load for each worth, so the worths' total (n times the largest worth) is the size beside the n
 * items. The weights are the values the capacity bounds (`w_i <= W`); the worths are the others.
 */
function worthTotals(facts: ConstraintFacts, items: Variable, body: string): Size | null {
  if (!takenWholeUnderCapacity(body)) return null;
  const capacity = facts.variables.find(
    (v) => v.role === 'value' && !isElementValue(v) && (v.upper ?? 0) > MOST_SUMS,
  );
  if (!capacity) return null;
  const worth = facts.variables.find(
    (v) =>
      isElementValue(v) &&
      (v.lower ?? -1) >= 0 &&
      v.upper !== undefined &&
      !capacity.names.includes(v.boundedBy ?? '') &&
      v.upper < (capacity.upper ?? 0),
  );
  const total = (items.upper ?? 0) * (worth?.upper ?? 0);
  if (!worth || total < 2 || total > MOST_SUMS) return null;
  return { letter: 'k', name: `the sum of ${worth.names[0]}`, bound: total };
}
